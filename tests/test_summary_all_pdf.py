"""The all-editions report: one row per edition on landscape pages, readable from one edition
to a thousand, read back as a person reads it; its chart labels never overlap."""

from __future__ import annotations

import datetime as dt
import io
import itertools

import pytest
from pypdf import PdfReader

from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.errors import BalaghError
from balagh.core.model import Edition
from balagh.documents.summary.all_model import Selection, build_all_editions, select_editions
from balagh.documents.summary.all_pdf import (
    CHART_EDITIONS,
    chart_bars,
    older_sentence,
    render_all_editions_pdf,
    visitors_chart,
)
from balagh.documents.summary.charts import editions_visitors_chart
from balagh.documents.summary.model import build_summary
from balagh.documents.summary.pdf import charts
from balagh.platform.settings import Settings
from editions_series import demo_editions, edition_series
from readback import read_pdf_lines, read_pdf_text

DAY = dt.date(2026, 11, 27)
LANDSCAPE_WIDTH = 842 - 2 * 42.52


@pytest.fixture(scope="module")
def editions() -> list[Edition]:
    # the 2017–2023 demo editions, the four these reports' expectations were written for
    return [e for e in demo_editions() if e.year <= 2023]


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height))
            for p in PdfReader(io.BytesIO(pdf)).pages]


def test_demo_report_one_row_per_edition_with_growth_and_totals(
    editions: list[Edition],
) -> None:
    pdf = render_all_editions_pdf(editions, DEFAULT_BY_KEY, Settings(), generated_on=DAY)
    sizes = page_sizes(pdf)
    assert all(w > h for w, h in sizes)  # landscape
    # Tangier's area (editions_found.json) adds a column: the closing sentence of the report
    # goes to a second page
    assert len(sizes) == 2
    lines = [line for page in read_pdf_lines(pdf) for line in page]
    text = "\n".join(lines)
    assert "الدورات المسجلة: 4، من 2017 إلى 2023" in text
    # Newest first; the growth against the previous edition right after the visitors.
    fez = next(line for line in lines if line.startswith("الدورة 4 - فاس 2023"))
    assert fez.startswith("الدورة 4 - فاس 2023 حوالي 1.150.000 +635.000 (+123,3 %) أكثر من "
                          "630.000 أكثر من 20.000.000 2.300 150 31 465")
    rows = [line.split(" - ")[0] for line in lines if line.startswith("الدورة ") and " - " in line]
    assert rows[:4] == ["الدورة 4", "الدورة 3", "الدورة 2", "الدورة 1"]
    casablanca = next(line for line in lines if line.startswith("الدورة 1 - الدار البيضاء"))
    assert "(" not in casablanca  # the first edition has nothing to grow from
    assert any(line.startswith("الدورة 2 - مراكش 2018 أكثر من 260.000 +180.000 (+225 %)")
               for line in lines)
    total = next(line for line in lines if line.startswith("المجموع"))
    assert total.startswith("المجموع حوالي 2.005.000")
    assert "(2 من أصل 4 دورات)" in text  # a total that leaves editions out says so
    assert ("مجموع زوار الدورات التي نشر عدد زوارها (4): حوالي مليونين و5 آلاف زائر "
            "(2.005.000).") in text
    assert "الدار البيضاء 2017 مراكش 2018 طنجة 2019 فاس 2023" in lines  # chart, oldest right


def test_seven_editions_make_one_table_not_a_half_empty_second_block() -> None:
    pdf = render_all_editions_pdf(edition_series(7), DEFAULT_BY_KEY, Settings(),
                                  generated_on=DAY, french_labels=True)
    assert len(page_sizes(pdf)) == 2
    lines = [line for page in read_pdf_lines(pdf) for line in page]
    heads = [line for line in lines if line.startswith("الدورة ") and " - " not in line]
    assert len(heads) == 2  # the key figures' table and the other figures' table
    assert sum(1 for line in lines if line.startswith("الدورة 7 - فاس 2026")) == 2
    assert "Bilan des éditions des Journées portes ouvertes de la DGSN" in lines
    assert "أرقام الدورات - Chiffres des éditions" in lines


def test_a_hundred_editions_keep_the_chart_to_the_recent_ones() -> None:
    series = edition_series(100)
    pdf = render_all_editions_pdf(series, DEFAULT_BY_KEY, Settings(), generated_on=DAY)
    pages = read_pdf_lines(pdf)
    assert len(pages) <= 10
    text = read_pdf_text(pdf)
    for number in (1, 50, 100):
        assert f"الدورة {number} - " in text  # every edition has its row
    labels = [f"{e.city_ar} {e.year}" for e in series[-CHART_EDITIONS:]]
    assert " ".join(labels) in text  # the chart: the twelve most recent, oldest right
    assert "الدورات الأقدم (88 دورة، من 1927 إلى 2014، خارج المبيان)" in text


def test_older_editions_summed_up_in_a_sentence() -> None:
    view = build_all_editions(edition_series(20), DEFAULT_BY_KEY)
    older = view.visitors[:-CHART_EDITIONS]
    total = sum(bar.visitors for bar in older)
    sentence = older_sentence(view)
    assert sentence.startswith("الدورات الأقدم (8 دورات، من 2007 إلى 2014، خارج المبيان)")
    assert f"مجموع زوارها {total:,}".replace(",", ".") in sentence
    assert older_sentence(build_all_editions(edition_series(12), DEFAULT_BY_KEY)) == ""


def _boxes(drawing: object) -> list[tuple[str, tuple[float, float, float, float]]]:
    from reportlab.graphics.shapes import String

    return [(item.text, item.getBounds()) for item in drawing.contents  # type: ignore[attr-defined]
            if isinstance(item, String) and item.text.strip()]


def _overlaps(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def assert_no_overlap(drawing: object) -> int:
    boxes = _boxes(drawing)
    for (text_a, a), (text_b, b) in itertools.combinations(boxes, 2):
        assert not _overlaps(a, b), (text_a, a, text_b, b)
    return len(boxes)


@pytest.mark.parametrize("count", [1, 2, 7, 100, 1000])
def test_report_chart_labels_never_overlap(count: int) -> None:
    view = build_all_editions(edition_series(count), DEFAULT_BY_KEY)
    if count < 2:
        assert len(view.visitors) == 1  # one bar compares nothing: no chart
        return
    drawing = visitors_chart(view, LANDSCAPE_WIDTH)
    shown = len(chart_bars(view))
    assert shown == min(count, CHART_EDITIONS)
    # Title, legend, and for each bar its value and its label (one or two lines).
    assert assert_no_overlap(drawing) >= 2 + 2 * shown


@pytest.mark.parametrize("count", [4, 8, 100])
def test_edition_sheet_chart_labels_never_overlap(count: int) -> None:
    """The half-width chart of an edition's sheet (beside the daily chart) stays readable:
    long city names go on two lines, the series is cut to the most recent editions."""
    series = edition_series(count)
    latest = series[-1]
    latest.daily_visitors = {latest.start_date + dt.timedelta(i): 1000 * (i + 1)
                             for i in range(4)}
    view = build_summary(latest, series, DEFAULT_BY_KEY, generated_on=DAY)
    drawings = charts(view, 510.0)
    assert len(drawings) == 2
    for drawing in drawings:
        assert_no_overlap(drawing)
    bars = [s for s in drawings[1].contents if type(s).__name__ == "Rect"]
    assert len(bars) <= 8 + 1  # eight editions at most (and the legend's swatch)


def test_long_city_names_go_on_two_lines() -> None:
    from balagh.core.model import Qualifier
    from balagh.documents.summary.model import EditionBar

    bars = [EditionBar(n, 2000 + n, "الدار البيضاء", "Casablanca", 1000 * n, Qualifier.EXACT,
                       n == 8) for n in range(1, 9)]
    drawing = editions_visitors_chart(bars, width=240, height=104)
    texts = [text for text, _ in _boxes(drawing)]
    assert texts.count(texts[-1]) == 1
    assert_no_overlap(drawing)
    assert sum(1 for text in texts if text.isdigit() and len(text) == 4) == 8  # the years


def test_last_editions_and_range_of_years(editions: list[Edition]) -> None:
    assert [e.number for e in select_editions(editions, Selection(last=2))] == [3, 4]
    chosen = select_editions(editions, Selection(first_year=2018, last_year=2019))
    assert [e.year for e in chosen] == [2018, 2019]
    pdf = render_all_editions_pdf(editions, DEFAULT_BY_KEY, Settings(), generated_on=DAY,
                                  selection=Selection(last=2))
    text = read_pdf_text(pdf)
    assert "الدورات المسجلة: 2، من 2019 إلى 2023 (آخر دورتين)" in text
    assert "الدورة 2 - " not in text
    # The first edition kept still shows its growth against the one before it.
    assert "الدورة 3 - طنجة 2019 حوالي 515.000 +255.000 (+98,1 %)" in text


@pytest.mark.parametrize(("selection", "word"), [
    (Selection(last=0), "1 على الأقل"),
    (Selection(first_year=2020, last_year=2018), "بعد سنة النهاية"),
    (Selection(first_year=2030), "لا توجد دورات"),
])
def test_bad_selection_is_named(
    editions: list[Edition], selection: Selection, word: str
) -> None:
    with pytest.raises(BalaghError) as caught:
        select_editions(editions, selection)
    assert word in caught.value.message_ar and caught.value.message_fr


def test_one_edition_and_none(editions: list[Edition]) -> None:
    one = read_pdf_lines(render_all_editions_pdf(editions[:1], DEFAULT_BY_KEY, Settings(),
                                                 generated_on=DAY))[0]
    assert "الدورات المسجلة: 1، سنة 2017" in one
    assert "الدورة 1 - الدار البيضاء 2017 حوالي 80.000" in one  # no pavilions: no source
    assert not any(line.startswith("المجموع") for line in one)  # one value is not a total
    assert not any("حسب الدورة" in line for line in one)  # one bar compares nothing
    empty = render_all_editions_pdf([], DEFAULT_BY_KEY, Settings(), generated_on=DAY)
    assert "لا توجد دورات مسجلة في قاعدة البيانات." in read_pdf_text(empty)
