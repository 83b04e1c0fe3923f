"""The summary tab with the real documents layer: preview and exports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_helpers import PromptLog, fez_number
from PySide6.QtWidgets import QFileDialog

from balagh.gui.summary_tab import ALL_EDITIONS


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
    if not window.services.documents.has("render_summary_pdf"):
        pytest.fail("render_summary_pdf missing from the documents layer")
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

    if window.services.documents.has("summary_xlsx"):
        xlsx_path = tmp_path / "summary.xlsx"
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *a, **k: (str(xlsx_path), ""))
        tab.export_xlsx()
        qtbot.waitUntil(lambda: xlsx_path.exists(), timeout=20000)
        from openpyxl import load_workbook

        workbook = load_workbook(xlsx_path)
        assert workbook.sheetnames
        assert any(str(xlsx_path) in text for text in prompt_log.infos)


def test_all_editions_report(window: Any, qtbot: Any) -> None:
    tab = _summary_tab(window, qtbot)
    tab.which.setCurrentIndex(tab.which.findData(ALL_EDITIONS))
    if window.services.documents.has("render_all_editions_pdf"):
        qtbot.waitUntil(lambda: tab.preview.page_count() >= 1, timeout=20000)
    else:  # said plainly, buttons off, nothing crashes
        assert "غير متوفرة" in tab.preview.message.text()
        assert not tab.pdf_button.isEnabled()
