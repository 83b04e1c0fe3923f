"""The window's save dialogs write a format under its own extension: a name typed without
one gets it, a name ending in another format's extension (summary.pdf for an Excel workbook,
a release PDF named .docx) is refused with the reason and the dialog asks again on the name
corrected — the same check as ``-o`` on the command line (``platform.output_names``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_fakes_documents import FakeDocuments
from gui_helpers import PromptLog, drafted, fez_number, fez_release_tab
from PySide6.QtWidgets import QFileDialog

from balagh.core.errors import BalaghError
from balagh.gui.file_dialogs import checked_save_name, filter_extensions

BACKUP_FILTERS = "نسخة SQLite (*.db);;أرشيف قابل للنقل (*.zip)"


class Answers:
    """The save dialog: gives the names in order ("" = Cancel), records what it suggested."""

    def __init__(self, *names: str) -> None:
        self.names = list(names)
        self.suggested: list[str] = []

    def __call__(self, _parent: Any, _title: str, suggested: str, _filters: str,
                 *_rest: Any) -> tuple[str, str]:
        self.suggested.append(suggested)
        return (self.names.pop(0) if self.names else ""), ""


def test_an_excel_workbook_is_not_written_under_a_pdf_name(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    prompt_log: PromptLog,
) -> None:
    window.open_edition(fez_number(window))
    tab = window.summary_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: window.services.documents.known(), timeout=20000)
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=20000)
    answers = Answers(str(tmp_path / "summary.pdf"), str(tmp_path / "summary"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answers)
    tab.export_xlsx()
    written = tmp_path / "summary.xlsx"
    qtbot.waitUntil(lambda: written.exists(), timeout=20000)
    assert not (tmp_path / "summary.pdf").exists() and not (tmp_path / "summary").exists()
    refusal = prompt_log.errors[0]
    assert "summary.pdf" in refusal and ".pdf" in refusal and ".xlsx" in refusal
    assert answers.suggested[1] == str(tmp_path / "summary.xlsx")  # asked again, corrected
    from openpyxl import load_workbook

    assert load_workbook(written).worksheets  # a real workbook under its own name
    assert str(written) in prompt_log.infos[-1]


def test_a_release_pdf_is_not_written_under_a_word_name(
    fake_documents: FakeDocuments, window: Any, qtbot: Any, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, prompt_log: PromptLog,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    tab = fez_release_tab(window, qtbot)
    drafted(tab)
    qtbot.waitUntil(lambda: bool(tab.controller.current_pdf()), timeout=20000)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", Answers(str(out / "b.docx")))
    tab.export_pdf()  # refused, then the user cancels the second dialog
    assert list(out.iterdir()) == []
    assert ".docx" in prompt_log.errors[-1] and ".pdf" in prompt_log.errors[-1]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", Answers(str(out / "بلاغ.نهائي")))
    tab.export_pdf()
    written = out / "بلاغ.نهائي.pdf"
    assert written.read_bytes().startswith(b"%PDF")


def test_the_chosen_filter_gives_the_extension() -> None:
    """A backup: the filter chosen in the dialog decides the extension added; both formats
    are accepted by name; another extension is refused, naming both."""
    assert filter_extensions(BACKUP_FILTERS) == [".db", ".zip"]
    zip_filter = "أرشيف قابل للنقل (*.zip)"
    assert filter_extensions(BACKUP_FILTERS, zip_filter) == [".zip", ".db"]
    assert checked_save_name("/x/نسخة", BACKUP_FILTERS, zip_filter) == "/x/نسخة.zip"
    assert checked_save_name("/x/نسخة", BACKUP_FILTERS) == "/x/نسخة.db"
    assert checked_save_name("/x/N.DB", BACKUP_FILTERS, zip_filter) == "/x/N.DB"
    with pytest.raises(BalaghError) as refused:
        checked_save_name("/x/n.pdf", BACKUP_FILTERS)
    french = refused.value.text("fr")
    assert "n.pdf" in french and ".db" in french and ".zip" in french
    assert "-o" not in french and not any("\u0600" <= ch <= "\u06ff" for ch in french)
