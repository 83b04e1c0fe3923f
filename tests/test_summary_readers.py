"""What real PDF readers copy from the summary documents: grouped figures and changes that
read «+635.000 (+123,3 %)», as written, in pdf.js (Firefox) and PyMuPDF (MuPDF, SumatraPDF).

poppler's pdftotext keeps each signed figure whole («+635.000», «+123,3 %») but, in a
right-to-left line, takes the closing bracket that ends a left-to-right run for a
right-to-left character and moves it to the front («)+635.000 (+123,3 %»); no bracketed
convention escapes that (a middle dot would, at the cost of the convention the office
asked for), so only the figures themselves are checked there."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from balagh.app.cards import make_card
from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.model import Edition
from balagh.documents.summary.all_pdf import render_all_editions_pdf
from balagh.documents.summary.pdf import render_summary_pdf
from balagh.platform.settings import Settings
from editions_series import demo_editions
from pdf_readers import mupdf, pdfjs, pdftotext

DAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def editions() -> list[Edition]:
    return demo_editions()


def _items(pdf: Path) -> list[tuple[str, str]]:
    """(text, direction) of every pdf.js item, no-break spaces read as spaces."""
    return [(str(item["str"]).replace("\u00a0", " "), str(item.get("dir")))
            for page in pdfjs(pdf).pages for item in page if str(item["str"]).strip()]


def test_sheet_changes_and_figures_in_pdfjs_and_pdftotext(
    editions: list[Edition], tmp_path: Path
) -> None:
    pdf = tmp_path / "fez.pdf"
    pdf.write_bytes(render_summary_pdf(editions[3], editions, DEFAULT_BY_KEY, Settings(),
                                       generated_on=DAY))
    items = _items(pdf)
    # The change cells: one left-to-right item each, the sign before the number.
    assert ("+635.000 (+123,3 %)", "ltr") in items
    assert ("+15 (+93,8 %)", "ltr") in items
    assert ("635.000 (123,3 %)", "ltr") in items  # the tile, beside its triangle
    texts = [text for text, _ in items]
    for figure in ("1.150.000", "20.000.000", "2.300"):
        assert any(figure in text for text in texts), figure
    assert not any("635.000+" in text or "000-" in text for text in texts)
    assert "+635.000 (+123,3 %)" in mupdf(pdf).replace("\u00a0", " ")
    poppler = pdftotext(pdf).replace("\u00a0", " ")
    for figure in ("+635.000", "+123,3 %", "+15", "+93,8 %", "1.150.000", "20.000.000"):
        assert figure in poppler, figure
    assert "635.000+" not in poppler and "% 123,3+" not in poppler


def test_report_growth_in_pdfjs(editions: list[Edition], tmp_path: Path) -> None:
    pdf = tmp_path / "all.pdf"
    pdf.write_bytes(render_all_editions_pdf(editions, DEFAULT_BY_KEY, Settings(),
                                            generated_on=DAY))
    items = _items(pdf)
    for change in ("+635.000 (+123,3 %)", "+255.000 (+98,1 %)", "+180.000 (+225 %)"):
        assert (change, "ltr") in items, change
    # the total row: every demo edition's visitors added up, grouped with dots
    total = sum(e.figures["visitors_total"].value for e in editions
                if "visitors_total" in e.figures)
    shown = f"{total:,}".replace(",", ".")
    assert any(text == shown or text.endswith(f" {shown}") for text, _ in items), shown


def test_card_text_in_pdfjs(editions: list[Edition], tmp_path: Path) -> None:
    pdf = tmp_path / "card.pdf"
    pdf.write_bytes(make_card(editions[3], editions, DEFAULT_BY_KEY, Settings(),
                              size=(1080, 1350), image="pdf"))
    texts = [text for text, _ in _items(pdf)]
    for expected in ("حصيلة الدورة", "الدورة الرابعة لأيام الأبواب المفتوحة للأمن الوطني",
                     "العدد الإجمالي للزوار", "1.150.000", "20.000.000", "رقم قياسي"):
        assert any(expected in text for text in texts), expected
