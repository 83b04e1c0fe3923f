"""The summary sheet and the all-editions report as PDF, read back as a person reads them."""

from __future__ import annotations

import copy
import datetime as dt
import io

import pytest
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTCurve, LTRect
from pypdf import PdfReader

from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.interchange import loads_editions
from balagh.core.model import Edition, FigureValue, Qualifier
from balagh.documents.summary.figures import qualified
from balagh.documents.summary.pdf import render_summary_pdf
from balagh.documents.summary.tiles import SHORT_LABELS
from balagh.platform.assets import read_text
from balagh.platform.settings import Settings
from readback import group_lines, page_glyphs, read_pdf_lines, read_pdf_text

DAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def editions() -> list[Edition]:
    return loads_editions(read_text("demo", "editions.json"), list(DEFAULT_BY_KEY))


@pytest.fixture(scope="module")
def fez(editions: list[Edition]) -> Edition:
    return next(e for e in editions if e.number == 4)


@pytest.fixture(scope="module")
def fez_pdf(fez: Edition, editions: list[Edition]) -> bytes:
    return render_summary_pdf(fez, editions, DEFAULT_BY_KEY, Settings(), generated_on=DAY)


def pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def lone_total() -> Edition:
    return Edition(
        number=5, city_ar="الرباط", city_fr="Rabat",
        start_date=dt.date(2025, 5, 1), end_date=dt.date(2025, 5, 4),
        figures={"visitors_total": FigureValue(900000, Qualifier.MORE_THAN)},
    )


def test_fez_sheet_fits_one_page_with_header(fez_pdf: bytes) -> None:
    assert pages(fez_pdf) == 1
    text = read_pdf_text(fez_pdf)
    assert "المديرية العامة للأمن الوطني" in text  # letterhead
    assert "بطاقة تلخيصية: الدورة الرابعة لأيام الأبواب المفتوحة للأمن الوطني" in text
    assert "مدينة فاس، من 17 إلى 21 ماي 2023" in text
    assert "«67 سنة من التحديث المتواصل لمرفق مواطن»" in text
    assert "تاريخ الإعداد: 27 نونبر 2026" in text


def test_fez_sheet_reads_back_every_figure_on_its_table_row(
    fez: Edition, fez_pdf: bytes
) -> None:
    lines = read_pdf_lines(fez_pdf)[0]
    for key, figure in fez.figures.items():
        label = DEFAULT_BY_KEY[key].label_ar
        value = qualified(figure.value, figure.qualifier)
        assert any(label in line and value in line for line in lines), (label, value)


def test_fez_sheet_compares_with_tangier_and_marks_the_record(fez_pdf: bytes) -> None:
    lines = read_pdf_lines(fez_pdf)[0]
    row = next(line for line in lines if "حوالي 515.000" in line)
    # Grouped digits; the sign before the number and the percent in brackets, as written.
    assert row == ("العدد الإجمالي للزوار حوالي 1.150.000 حوالي 515.000 +635.000 (+123,3 %) "
                   "رقم قياسي")
    assert any("طنجة 2019" in line for line in lines)  # the previous edition is named
    # The visitors tile: value with its qualifier, the change and the record badge.
    assert any("حوالي 1.150.000 أكثر من 630.000" in line for line in lines)
    # its change signed as in the table, beside the green triangle
    assert any(line.startswith("+635.000 (+123,3 %)") for line in lines)
    # The tiles of a row read from the right, as they stand on the page.
    assert "حوالي 1.150.000 أكثر من 630.000 أكثر من 20.000.000 2.300" in lines
    assert "150 31 465" in lines
    tile_labels = next(line for line in lines if line.startswith("العدد الإجمالي للزوار رقم"))
    assert "رقم قياسي" in tile_labels
    # Pavilions: 31 against 16 is a record too; peak visitors were not published in 2019.
    pavilions = next(line for line in lines if line.startswith("الأروقة الموضوعاتية"))
    assert pavilions.endswith("+15 (+93,8 %) رقم قياسي")
    peak = next(line for line in lines if line.startswith("زوار أيام الذروة"))
    assert "غير منشور" in peak and "رقم قياسي" not in peak


def test_signs_and_percents_stand_where_they_are_written(fez_pdf: bytes) -> None:
    """«+635.000 (+123,3 %)» on the page, read left to right: the sign just left of the
    digits it belongs to, the «%» just right of its number after a no-break space, never
    «635.000+» nor «% 123,3» (what the bidi algorithm makes of an unisolated sign)."""
    signs = plus = 0
    for line in group_lines(page_glyphs(fez_pdf)[0]):
        for before, glyph, after in zip(line, line[1:], line[2:], strict=False):
            if after.text == "%":
                signs += 1
                assert before.text.isdigit() and glyph.text.isspace(), line
                assert after.x - before.x_end < 3.0, line
            if glyph.text == "+":
                plus += 1
                assert after.text.isdigit() and after.x - glyph.x_end < 0.5, line
                assert not before.text.isdigit(), line
    assert signs == 4  # two tiles and two table rows
    assert plus == 8  # two changes and two percents, in the tiles and in the table


def test_fez_sheet_lists(fez: Edition, fez_pdf: bytes) -> None:
    text = read_pdf_text(fez_pdf)
    for item in [*fez.audiences, *fez.seminars]:
        assert f"• {item}" in text
    assert "رواق مشترك مع المجلس الوطني لحقوق الإنسان" in text
    assert "المركز الوطني لتحاقن الدم" in text
    for heading in ("الفئات الزائرة", "الأروقة المشتركة", "مواضيع الندوات واللقاءات العلمية",
                    "أبرز ما ميز الدورة"):
        assert heading in text


def test_chart_is_vector_with_readable_labels(fez_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(fez_pdf))
    resources = reader.pages[0]["/Resources"]
    assert "/XObject" not in resources  # no picture: the charts are drawn
    shapes = [
        item for page in extract_pages(io.BytesIO(fez_pdf)) for item in page
        if isinstance(item, LTRect | LTCurve)
    ]
    assert len(shapes) >= 4 + 7  # four bars and seven tiles at least
    lines = read_pdf_lines(fez_pdf)[0]
    assert "العدد الإجمالي للزوار حسب الدورة الدورة الحالية" in lines
    # The editions read right to left, oldest first.
    assert "الدار البيضاء 2017 مراكش 2018 طنجة 2019 فاس 2023" in lines
    for value in ("1.150.000", "515.000", "260.000", "80.000"):
        assert value in lines


def test_daily_chart_when_daily_figures_exist(fez: Edition, editions: list[Edition]) -> None:
    daily = copy.deepcopy(fez)
    daily.daily_visitors = {
        daily.start_date + dt.timedelta(i): v
        for i, v in enumerate([150000, 194100, 210000, 420000, 175900])
    }
    pdf = render_summary_pdf(daily, editions, DEFAULT_BY_KEY, Settings(), generated_on=DAY)
    text = read_pdf_text(pdf)
    assert "الزوار حسب اليوم" in text and "أيام الذروة" in text
    line = next(x for x in text.splitlines() if "الأربعاء 17" in x)
    assert "الأربعاء 17 الخميس 18 الجمعة 19 السبت 20 الأحد 21" in line
    # Both charts on the same row: the editions chart's labels too.
    assert "الدار البيضاء 2017 مراكش 2018 طنجة 2019 فاس 2023" in line


def test_only_a_total_gives_a_tidy_one_page_sheet() -> None:
    lone = lone_total()
    pdf = render_summary_pdf(lone, [lone], DEFAULT_BY_KEY, Settings(), generated_on=DAY)
    assert pages(pdf) == 1
    text = read_pdf_text(pdf)
    assert "أكثر من 900.000" in text
    assert text.count("العدد الإجمالي للزوار") == 2  # one tile and one table row
    others = [label for key, label in SHORT_LABELS.items() if key != "visitors_total"]
    assert not any(label in text for label in others)  # no empty tiles
    for absent in ("None", "غير منشور", "الدورة السابقة", "حسب الدورة", "رقم قياسي", "•"):
        assert absent not in text  # no comparison, no one-bar chart, no empty lists


def test_only_a_total_among_the_demo_editions(editions: list[Edition]) -> None:
    editions = editions[:4]  # the 2017–2023 editions: Fez is the one before
    lone = lone_total()
    pdf = render_summary_pdf(lone, [*editions, lone], DEFAULT_BY_KEY, Settings(),
                             generated_on=DAY)
    assert pages(pdf) == 1
    lines = read_pdf_lines(pdf)[0]
    row = next(line for line in lines if "أكثر من 900.000 حوالي" in line)
    assert row == "العدد الإجمالي للزوار أكثر من 900.000 حوالي 1.150.000 -250.000 (-21,7 %)"
    assert "الدار البيضاء 2017 مراكش 2018 طنجة 2019 فاس 2023 الرباط 2025" in lines


def test_long_lists_flow_to_a_second_page(fez: Edition, editions: list[Edition]) -> None:
    long = copy.deepcopy(fez)
    long.seminars = [f"{topic} ({n})" for n in range(1, 7) for topic in fez.seminars]
    long.highlights = fez.highlights * 5
    pdf = render_summary_pdf(long, editions, DEFAULT_BY_KEY, Settings(), generated_on=DAY,
                             french_labels=True)
    assert pages(pdf) == 2
    first, second = read_pdf_lines(pdf)
    assert "+635.000 (+123,3 %)" in "\n".join(first)
    assert any("Nombre total de visiteurs" in line for line in first)  # French labels
    assert second[0] == "المملكة المغربية" and second[-1] == "الصفحة 2 من 2"
    seminars = [line for page in (first, second) for line in page
                if line.startswith("• ") and line[2:] in long.seminars]
    assert seminars == [f"• {s}" for s in long.seminars]  # every topic, whole, in order


def test_french_labels_make_header_tiles_and_table_bilingual_arabic_first(
    fez: Edition, editions: list[Edition]
) -> None:
    pdf = render_summary_pdf(fez, editions, DEFAULT_BY_KEY, Settings(), generated_on=DAY,
                             french_labels=True)
    lines = [line for page in read_pdf_lines(pdf) for line in page]
    title = lines.index("بطاقة تلخيصية: الدورة الرابعة لأيام الأبواب المفتوحة للأمن الوطني")
    assert lines[title + 1] == ("Fiche récapitulative : 4e édition des Journées portes "
                                "ouvertes de la DGSN")
    place = next(i for i, line in enumerate(lines) if line.startswith("مدينة فاس"))
    assert lines[place + 1] == "Fès, du 17 au 21 mai 2023"
    assert lines[place + 3] == "Établie le 27 novembre 2026"
    # Tiles: the French label on the line under the Arabic ones, read from the right.
    arabic = lines.index("العدد الإجمالي للزوار رقم قياسي زوار أيام الذروة المشاهدات الرقمية "
                         "موظفو الشرطة")
    assert lines[arabic + 1] == ("Nombre total de visiteurs Visiteurs des jours de pointe "
                                 "Vues sur les réseaux sociaux Fonctionnaires de police mobilisés")
    assert "أرقام الدورة ومقارنتها بالدورة السابقة - Chiffres et comparaison avec l'édition " \
        "précédente" in lines
    assert "Donneurs de sang" in lines  # under «المتبرعون بالدم» in the table
    assert "الفئات الزائرة - Publics" in "\n".join(lines)
    # Without the switch, no French at all.
    plain_text = read_pdf_text(render_summary_pdf(fez, editions, DEFAULT_BY_KEY, Settings(),
                                                  generated_on=DAY))
    assert not any("a" <= ch.lower() <= "z" for ch in plain_text)


def test_sheet_text_copies_as_base_letters(fez_pdf: bytes) -> None:
    text = "".join(
        c.get_text() for page in extract_pages(io.BytesIO(fez_pdf)) for c in _chars(page)
    )
    # The glyphs drawn are joined presentation forms; what a reader copies is base letters.
    assert "\u0645" in text and "\u0627" in text
    assert not [ch for ch in text if "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff"]


def _chars(node: object) -> list[LTChar]:
    if isinstance(node, LTChar):
        return [node]
    try:
        children = list(node)  # type: ignore[call-overload]
    except TypeError:
        return []
    return [c for child in children for c in _chars(child)]


def test_metadata_and_letterhead_from_settings(fez: Edition, editions: list[Edition]) -> None:
    settings = Settings(letterhead_lines=["المملكة المغربية", "ولاية أمن فاس"])
    pdf = render_summary_pdf(fez, editions, DEFAULT_BY_KEY, settings, generated_on=DAY)
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None and meta.title == "بطاقة تلخيصية - الدورة الرابعة (فاس 2023)"
    assert meta.author == "ولاية أمن فاس"
    assert "ولاية أمن فاس" in read_pdf_text(pdf)


def test_chart_bars_read_right_to_left_and_labels_fit_their_slot(
    editions: list[Edition],
) -> None:
    from reportlab.graphics.shapes import Rect, String

    from balagh.documents.summary.charts import Bar, bar_chart
    from balagh.typeset.fonts import register_fonts, text_width

    names = ["الدار البيضاء 2017", "مراكش 2018", "طنجة 2019", "فاس 2023"] * 3
    bars = [Bar(name, 1000 * (i + 1), highlight=i == 11) for i, name in enumerate(names)]
    drawing = bar_chart(bars, width=300, height=120, title="العدد الإجمالي للزوار")
    rects = [shape for shape in drawing.contents if isinstance(shape, Rect)]
    assert rects[0].x > rects[-1].x  # the first bar is the rightmost
    assert rects[-1].height == max(r.height for r in rects)
    base = min(r.y for r in rects)
    labels = [s for s in drawing.contents
              if isinstance(s, String) and s.text.strip() and s.y < base]
    # Long labels go on two lines (city above, year below) rather than under 4.5 pt.
    years = [s for s in labels if s.text.isdigit()]
    assert len(labels) - len(years) == 12 and years  # twelve bars, some on two lines
    fonts = register_fonts()
    slot = 300 / 12
    for label in labels:
        width = text_width(label.text, fonts.face(label.fontName == fonts.bold), label.fontSize)
        assert width <= slot - 3.9 and label.fontSize >= 4.5


@pytest.mark.parametrize(("number", "ordinal", "french"), [
    (100, "الدورة المائة", "100e édition"),
    (101, "الدورة الأولى بعد المائة", "101e édition"),
])
def test_sheet_of_edition_one_hundred_and_one_hundred_and_one(
    fez: Edition, editions: list[Edition], number: int, ordinal: str, french: str
) -> None:
    edition = copy.deepcopy(fez)
    edition.number = number
    pdf = render_summary_pdf(edition, editions, DEFAULT_BY_KEY, Settings(), generated_on=DAY,
                             french_labels=True)
    lines = read_pdf_lines(pdf)[0]
    assert f"بطاقة تلخيصية: {ordinal} لأيام الأبواب المفتوحة للأمن الوطني" in lines
    assert any(line.startswith(f"Fiche récapitulative : {french}") for line in lines)
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None and meta.title == f"بطاقة تلخيصية - {ordinal} (فاس 2023)"


def test_french_tile_label_stands_clear_of_the_arabic_dots(
    fez: Edition, editions: list[Edition]
) -> None:
    """The dots Amiri sets under «الإجمالي» (navy) end above the French label «Nombre total»
    (grey) of the first tile: they touched its «o» («tôtal») when set 2 pt closer."""
    import pymupdf

    pdf = render_summary_pdf(fez, editions, DEFAULT_BY_KEY, Settings(), generated_on=DAY,
                             french_labels=True)
    with pymupdf.open(stream=pdf, filetype="pdf") as document:
        page = document[0]
        word = min((w for w in page.get_text("words") if w[4] == "total"), key=lambda w: w[1])
        pixmap = page.get_pixmap(dpi=400, clip=pymupdf.Rect(word[0], word[1] - 10, word[2],
                                                            word[3]))
    navy, grey = [], []
    for y in range(pixmap.height):
        for x in range(pixmap.width):
            r, g, b = pixmap.pixel(x, y)[:3]
            if b > r + 40 and r < 150:
                navy.append(y)
            elif max(r, g, b) - min(r, g, b) < 15 and r < 190:
                grey.append(y)
    assert navy and grey and max(navy) < min(grey)


def test_latin_quotation_in_a_source_note_shows_as_written(editions: list[Edition]) -> None:
    """El Jadida's visitors note quotes the MAP in French: «MAP: «Quelque 2.400.000»», not
    with its closing guillemet at the far left of the line («MAP: «Quelque 2.400.000)."""
    jadida = max(editions, key=lambda e: e.number)
    assert "«Quelque 2.400.000»" in jadida.figures["visitors_total"].note
    pdf = render_summary_pdf(jadida, editions, DEFAULT_BY_KEY, Settings(), generated_on=DAY)
    lines = read_pdf_lines(pdf)[0]
    assert any(line.endswith("MAP: «Quelque 2.400.000»") for line in lines)
    assert not any("«MAP" in line for line in lines)
