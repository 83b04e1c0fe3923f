"""The summary tab with the real documents layer: preview and exports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_helpers import PromptLog, fez_number
from PySide6.QtWidgets import QFileDialog

from balagh.gui.summary.tab import ALL_EDITIONS


def _summary_tab(window: Any, qtbot: Any) -> Any:
    window.open_edition(fez_number(window))
    tab = window.summary_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: window.services.documents.known(), timeout=20000)
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=20000)
    return tab


def test_summary_sheet_preview_and_exports(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    prompt_log: PromptLog,
) -> None:
    tab = _summary_tab(window, qtbot)
    assert window.services.documents.available()
    qtbot.waitUntil(lambda: tab.preview.page_count() >= 1, timeout=20000)
    first = tab.preview.data
    tab.french.setChecked(True)  # French labels: a new render replaces the preview
    qtbot.waitUntil(lambda: tab.preview.data not in (b"", first), timeout=20000)
    assert tab.preview.page_count() >= 1

    pdf_path = tmp_path / "summary.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf_path), ""))
    tab.export_pdf()
    qtbot.waitUntil(lambda: pdf_path.exists(), timeout=20000)
    assert pdf_path.read_bytes().startswith(b"%PDF")

    xlsx_path = tmp_path / "summary.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(xlsx_path), ""))
    tab.export_xlsx()
    qtbot.waitUntil(lambda: xlsx_path.exists(), timeout=20000)
    from openpyxl import load_workbook

    workbook = load_workbook(xlsx_path)
    cells = [str(c.value) for ws in workbook.worksheets for row in ws.iter_rows() for c in row]
    assert any("فاس" in value for value in cells)
    assert any(str(xlsx_path) in text for text in prompt_log.infos)


def test_all_editions_report_preview_and_exports(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    prompt_log: PromptLog,
) -> None:
    """The all-editions report shows in the same preview and exports as PDF and XLSX."""
    from readback import read_pdf_text

    tab = _summary_tab(window, qtbot)
    qtbot.waitUntil(lambda: tab.preview.page_count() >= 1, timeout=20000)
    sheet = tab.preview.data
    tab.which.setCurrentIndex(tab.which.findData(ALL_EDITIONS))
    qtbot.waitUntil(lambda: tab.preview.data not in (b"", sheet), timeout=20000)
    assert tab.preview.page_count() >= 1
    assert tab.pdf_button.isEnabled() and tab.xlsx_button.isEnabled()
    text = read_pdf_text(tab.preview.data)
    # every demo edition is in it
    for city in ("الجديدة", "أكادير", "فاس", "طنجة", "مراكش", "الدار البيضاء"):
        assert city in text

    pdf_path = tmp_path / "all.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf_path), ""))
    tab.export_pdf()
    qtbot.waitUntil(lambda: pdf_path.exists(), timeout=20000)
    assert "طنجة" in read_pdf_text(pdf_path.read_bytes())

    assert tab.last.isVisible() and tab.last.text() == "كل الدورات"
    every = tab.preview.data
    tab.last.setValue(2)  # the two most recent editions only
    qtbot.waitUntil(lambda: tab.preview.data not in (b"", every), timeout=20000)
    text = read_pdf_text(tab.preview.data)
    assert "(آخر دورتين)" in text and "الدار البيضاء" not in text
    tab.last.setValue(0)

    xlsx_path = tmp_path / "all.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(xlsx_path), ""))
    tab.export_xlsx()
    qtbot.waitUntil(lambda: xlsx_path.exists(), timeout=20000)
    from openpyxl import load_workbook

    sheet_one = load_workbook(xlsx_path).worksheets[0]
    cities = [row[1].value for row in sheet_one.iter_rows(min_row=2, max_row=7)]
    # one row per edition, newest first
    assert cities == ["الجديدة", "أكادير", "فاس", "طنجة", "مراكش", "الدار البيضاء"]
    assert sheet_one.sheet_view.rightToLeft
    assert str(xlsx_path) in prompt_log.infos[-1]


def test_social_media_card_preview_and_exports(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    prompt_log: PromptLog,
) -> None:
    """The card of the edition previews in the tab at the chosen size and exports as PNG
    (exact pixels) and PDF (its text reads back)."""
    import io

    from PIL import Image
    from pypdf import PdfReader

    from balagh.gui.summary.tab import CARD
    from readback import read_pdf_text

    tab = _summary_tab(window, qtbot)
    qtbot.waitUntil(lambda: tab.preview.page_count() >= 1, timeout=20000)
    sheet = tab.preview.data
    tab.which.setCurrentIndex(tab.which.findData(CARD))
    qtbot.waitUntil(lambda: tab.preview.data not in (b"", sheet), timeout=20000)
    assert tab.png_button.isVisible() and not tab.xlsx_button.isVisible()
    assert tab.card.size.isVisible()
    page = PdfReader(io.BytesIO(tab.preview.data)).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == (1080, 1080)
    card = tab.preview.data
    tab.card.size.setCurrentIndex(tab.card.size.findData("1200x675"))
    qtbot.waitUntil(lambda: tab.preview.data not in (b"", card), timeout=20000)
    page = PdfReader(io.BytesIO(tab.preview.data)).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == (1200, 675)
    assert "حوالي 1.150.000" in read_pdf_text(tab.preview.data)

    png_path = tmp_path / "card.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(png_path), ""))
    tab.export_png()
    qtbot.waitUntil(lambda: png_path.exists(), timeout=20000)
    assert Image.open(png_path).size == (1200, 675)
    pdf_path = tmp_path / "card.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf_path), ""))
    tab.export_pdf()
    qtbot.waitUntil(lambda: pdf_path.exists(), timeout=20000)
    assert "العدد الإجمالي للزوار" in read_pdf_text(pdf_path.read_bytes())
    assert str(pdf_path) in prompt_log.infos[-1]


def test_card_of_a_recorded_day(window: Any, qtbot: Any) -> None:
    """An edition with daily figures offers each day; the day's card is previewed."""
    import datetime as dt

    from balagh.gui.summary.tab import CARD
    from readback import read_pdf_text

    tab = _summary_tab(window, qtbot)
    edition = tab.edition
    assert edition is not None
    edition.daily_visitors = {edition.start_date: 145000,
                              edition.start_date + dt.timedelta(1): 199100}
    tab.set_current(edition)
    assert tab.card.day.count() == 3  # the whole edition and its two days
    tab.which.setCurrentIndex(tab.which.findData(CARD))
    qtbot.waitUntil(lambda: not window.jobs.busy and tab.preview.page_count() >= 1,
                    timeout=20000)
    before = tab.preview.data
    tab.card.day.setCurrentIndex(2)
    qtbot.waitUntil(lambda: tab.preview.data not in (b"", before), timeout=20000)
    text = read_pdf_text(tab.preview.data)
    assert "حصيلة اليوم الثاني" in text and "344.100" in text


def test_the_window_and_the_command_line_write_the_same_report(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], demo_store: Any,
) -> None:
    """«آخر دورتين» as Excel from the summary tab and from ``balagh summary all --last 2``:
    both go through balagh.app.summaries.editions_report and give the same workbook."""
    from openpyxl import load_workbook

    from balagh.app import summaries
    from balagh.cli.main import main

    calls: list[tuple[str, Any]] = []
    real = summaries.editions_report

    def spy(*args: Any, **kwargs: Any) -> bytes:
        calls.append((str(args[3]), kwargs.get("selection")))
        return real(*args, **kwargs)

    monkeypatch.setattr(summaries, "editions_report", spy)
    tab = _summary_tab(window, qtbot)
    tab.which.setCurrentIndex(tab.which.findData(ALL_EDITIONS))
    tab.last.setValue(2)
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=20000)
    from_window = tmp_path / "window.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(from_window), ""))
    tab.export_xlsx()
    qtbot.waitUntil(lambda: from_window.exists(), timeout=20000)
    from_cli = tmp_path / "cli.xlsx"
    url = demo_store.engine.url.render_as_string(hide_password=False)
    assert main(["--db", url, "summary", "all", "--last", "2",
                 "-o", str(from_cli)]) == 0
    assert "(2)" in capsys.readouterr().out

    xlsx_calls = [selection for fmt, selection in calls if fmt == "xlsx"]
    assert len(xlsx_calls) == 2 and xlsx_calls[0].last == xlsx_calls[1].last == 2

    def cells(path: Path) -> list[list[Any]]:
        book = load_workbook(path)
        return [[cell.value for row in sheet.iter_rows() for cell in row]
                for sheet in book.worksheets]

    assert cells(from_window) == cells(from_cli)
    assert "الدار البيضاء" not in str(cells(from_cli))  # the two most recent editions only
