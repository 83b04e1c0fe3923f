"""What real PDF readers copy from the summary sheets, the report of all editions and the
card: each table row from its label (the rightmost cell) to the left, cells apart; a tile's
qualifier, then its number; changes with their sign («-220.000 (-15,7 %)»), in pdf.js
(Firefox), PyMuPDF (MuPDF, SumatraPDF) and poppler's pdftotext.

pdf.js returns text as it is drawn and puts a space between two pieces only where the pen
moves right; the pieces of these pages are drawn in reading order (right to left), and a
mark on a hidden layer gives pdf.js the space between them: it reads as a zero-width space
and a space (:data:`MARK`; ``balagh.typeset.reader_layer``). poppler and MuPDF leave the
hidden layer out.

poppler keeps each signed figure whole («+635.000», «+123,3 %») but, in a right-to-left line,
takes the closing bracket that ends a left-to-right run for a right-to-left character and
moves it to the front («)+635.000 (+123,3 %»); no bracketed convention escapes that, so only
the figures themselves are checked there. MuPDF returns a cell that mixes Arabic and a
number in the order drawn («1.150.000 حوالي»), as it does for any producer.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from balagh.app.cards import make_card
from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.model import Edition
from balagh.documents.summary.all_pdf import render_all_editions_pdf
from balagh.documents.summary.pdf import render_summary_pdf
from balagh.platform.settings import Settings
from editions_series import demo_editions
from pdf_readers import mupdf, pdfjs, pdftotext

DAY = dt.date(2026, 11, 27)
MARK = "\u200b "  # what pdf.js reads for the hidden reader space between two pieces


@pytest.fixture(scope="module")
def editions() -> list[Edition]:
    return demo_editions()


@pytest.fixture(scope="module")
def fez(editions: list[Edition], tmp_path_factory: pytest.TempPathFactory) -> Path:
    pdf = tmp_path_factory.mktemp("sheets") / "fez.pdf"
    pdf.write_bytes(render_summary_pdf(editions[3], editions, DEFAULT_BY_KEY, Settings(),
                                       generated_on=DAY))
    return pdf


@pytest.fixture(scope="module")
def el_jadida(editions: list[Edition], tmp_path_factory: pytest.TempPathFactory) -> Path:
    pdf = tmp_path_factory.mktemp("sheets") / "el-jadida.pdf"
    latest = max(editions, key=lambda e: e.number)
    pdf.write_bytes(render_summary_pdf(latest, editions, DEFAULT_BY_KEY, Settings(),
                                       generated_on=DAY))
    return pdf


def _lines(pdf: Path) -> list[str]:
    """pdf.js's text, line by line, no-break spaces read as spaces."""
    return pdfjs(pdf).text.replace("\u00a0", " ").split("\n")


def _items(pdf: Path) -> list[tuple[str, str]]:
    """(text, direction) of every pdf.js item, no-break spaces read as spaces."""
    return [(str(item["str"]).replace("\u00a0", " "), str(item.get("dir")))
            for page in pdfjs(pdf).pages for item in page if str(item["str"]).strip()]


def test_tiles_read_qualifier_number_and_signed_change(fez: Path, el_jadida: Path) -> None:
    lines = _lines(fez)
    assert f"حوالي{MARK}1.150.000" in lines  # not «حوالي1.150.000»
    assert f"أكثر من{MARK}630.000" in lines
    assert f"العدد الإجمالي للزوار{MARK}رقم قياسي" in lines  # the label, then the badge
    assert "+635.000 (+123,3 %)" in lines  # the tile's change, beside its triangle
    # El Jadida's peak days fell: the red triangle, and the figure says so in every reader.
    jadida = _lines(el_jadida)
    assert "-220.000 (-15,7 %)" in jadida and "220.000 (15,7 %)" not in jadida
    muted = mupdf(el_jadida).replace("\u00a0", " ")
    assert "-220.000 (-15,7 %)" in muted and "\n220.000 (15,7 %)" not in muted
    poppler = pdftotext(el_jadida).replace("\u00a0", " ")
    assert poppler.count("-220.000 (-15,7 %") == 2  # the tile and the table row
    assert "‪220.000 (15,7 %" not in poppler


def test_sheet_rows_read_from_the_label_in_pdfjs(fez: Path) -> None:
    lines = _lines(fez)
    m = MARK
    assert (f"العدد الإجمالي للزوار{m}حوالي 1.150.000{m}حوالي 515.000{m}+635.000 (+123,3 %)"
            f"{m}رقم قياسي") in lines
    assert f"الأروقة الموضوعاتية{m}31{m}16{m}+15 (+93,8 %){m}رقم قياسي" in lines
    # a label in two sizes: the figure's name, then its days, then the value
    assert (f"زوار أيام الذروة{m}(يوما الجمعة والسبت 19و20 ماي){m}أكثر من 630.000{m}"
            "غير منشور") in lines
    assert f"المؤشر{m}القيمة" in lines  # the header, from the right
    assert f"العدد الإجمالي للزوار حسب الدورة{m}الدورة الحالية" in lines  # title, legend
    items = _items(fez)
    assert ("+635.000 (+123,3 %)", "ltr") in items and ("+15 (+93,8 %)", "ltr") in items


def test_sheet_rows_in_mupdf_and_pdftotext(fez: Path) -> None:
    """MuPDF: each row from its label, the cells apart; poppler: each cell on its own line,
    the figures whole. Neither copies the hidden layer."""
    text = mupdf(fez).replace("\u00a0", " ")
    row = text[text.index("العدد الإجمالي للزوار \n"):]
    order = [row.index(cell) for cell in ("العدد الإجمالي للزوار", "1.150.000 حوالي",
                                          "515.000 حوالي", "+635.000 (+123,3 %)",
                                          "رقم قياسي")]
    assert order == sorted(order) and order[-1] < 120
    assert "الأروقة الموضوعاتية \n31\n \n16\n \n+15 (+93,8 %)\n رقم قياسي" in text
    assert "المؤشر القيمة الدورة السابقة" in text
    poppler = pdftotext(fez).replace("\u00a0", " ")
    for figure in ("+635.000", "+123,3 %", "+15", "+93,8 %", "1.150.000", "20.000.000"):
        assert figure in poppler, figure
    assert "635.000+" not in poppler and "% 123,3+" not in poppler
    assert "\u200b" not in text and "\u200b" not in poppler


def test_hidden_layer_is_off_and_unlisted(fez: Path) -> None:
    root = PdfReader(fez).trailer["/Root"]
    properties = root["/OCProperties"]
    group = properties["/OCGs"][0].get_object()
    assert group["/Type"] == "/OCG"
    assert [g.get_object() for g in properties["/D"]["/OFF"]] == [group]
    assert list(properties["/D"]["/Order"]) == []  # not in the viewers' layer panels


def test_report_rows_read_from_the_edition(editions: list[Edition], tmp_path: Path) -> None:
    pdf = tmp_path / "all.pdf"
    pdf.write_bytes(render_all_editions_pdf(editions, DEFAULT_BY_KEY, Settings(),
                                            generated_on=DAY))
    lines = _lines(pdf)
    m = MARK
    assert any(line.startswith(f"الدورة 4{m}- فاس 2023{m}حوالي 1.150.000{m}"
                               f"+635.000 (+123,3 %){m}أكثر من 630.000") for line in lines)
    assert not any(line.startswith("- ") for line in lines)  # not «- الجديدة 2025 الدورة 6»
    items = _items(pdf)
    for change in ("+635.000 (+123,3 %)", "+255.000 (+98,1 %)", "+180.000 (+225 %)"):
        assert (change, "ltr") in items, change
    # the total row: every demo edition's visitors added up, grouped with dots
    total = sum(e.figures["visitors_total"].value for e in editions
                if "visitors_total" in e.figures)
    shown = f"{total:,}".replace(",", ".")
    assert any(text == shown or text.endswith(f" {shown}") for text, _ in items), shown


def test_card_text_in_pdfjs_and_mupdf(editions: list[Edition], tmp_path: Path) -> None:
    pdf = tmp_path / "card.pdf"
    pdf.write_bytes(make_card(editions[3], editions, DEFAULT_BY_KEY, Settings(),
                              size=(1080, 1350), image="pdf"))
    lines = _lines(pdf)
    for expected in ("حصيلة الدورة", "الدورة الرابعة لأيام الأبواب المفتوحة للأمن الوطني",
                     f"العدد الإجمالي للزوار{MARK}رقم قياسي", f"حوالي{MARK}1.150.000",
                     f"أكثر من{MARK}20.000.000", "2.300"):
        assert expected in lines, expected
    muted = mupdf(pdf)
    assert "العدد الإجمالي للزوار رقم قياسي" in muted and "\u200b" not in muted


def test_theme_with_quotes_and_years_in_pdfjs(editions: list[Edition], tmp_path: Path) -> None:
    """A theme in «…» ending with a range of years: pdf.js reads the closing guillemet
    after the years, as the page shows it, not «1956–«2026» (the cut of the release's
    lines, between the dash and the years, left «»2026» in a piece without Arabic, which
    pdf.js reads left to right)."""
    import copy

    edition = copy.deepcopy(editions[3])
    theme = "الأمن الوطني (DGSN): 70 سنة من “الالتزام” والوفاء - 1956–2026"
    edition.theme = theme
    pdf = tmp_path / "theme.pdf"
    pdf.write_bytes(render_summary_pdf(edition, editions, DEFAULT_BY_KEY, Settings(),
                                       generated_on=DAY))
    assert any(line.endswith(f"الشعار: «{theme}»") for line in _lines(pdf))
