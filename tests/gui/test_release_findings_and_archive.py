"""Release findings wrapped in the list, archive columns and export, file dialog folders,
the wording of the delete refusal."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_fakes_documents import FakeDocuments
from gui_helpers import PromptLog, drafted, fez_number
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication, QFileDialog

from balagh.documents.release.consistency_findings import Discrepancy, DiscrepancyKind
from balagh.gui import file_dialogs
from balagh.gui.release.archive_dialog import ArchiveDialog
from balagh.messages import PerLanguage


@pytest.fixture(autouse=True)
def _fresh_folder_memory() -> Any:
    file_dialogs.forget()
    yield
    file_dialogs.forget()


def test_long_findings_wrap_instead_of_being_cut(
    fake_documents: FakeDocuments, window: Any, qtbot: Any
) -> None:
    window.open_edition(fez_number(window))
    window.tabs.setCurrentWidget(window.release_tab)
    tab = window.release_tab
    sentence = "العدد الإجمالي للزوار المذكور في الفقرة الأولى لا يطابق العدد المسجل " * 4
    tab._show_checks([Discrepancy(DiscrepancyKind.DIFFERS, 0, "465",
                                  PerLanguage(ar=sentence, fr="long"))])
    QApplication.processEvents()
    list_widget = tab.checks
    rect = list_widget.visualItemRect(list_widget.item(0))
    line = list_widget.fontMetrics().height()
    assert rect.height() >= 2 * line  # several lines, not one cut line
    assert rect.width() <= list_widget.viewport().width()
    assert list_widget.horizontalScrollBar().maximum() == 0


def test_archive_columns_fit_and_pdf_export_is_confirmed(
    fake_documents: FakeDocuments, window: Any, services: Any, qtbot: Any, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, prompt_log: PromptLog,
) -> None:
    window.open_edition(fez_number(window))
    tab = window.release_tab
    drafted(tab)
    tab.issue()
    issued = tab.controller.release
    dialog = ArchiveDialog(services, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    table = dialog.table
    assert table.horizontalScrollBar().maximum() == 0  # «الحالة», «تاريخ الإصدار» in view
    header = table.horizontalHeader()
    for column in range(dialog.model.columnCount()):
        title = dialog.model.headerData(column, header.orientation())
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title)
        assert header.sectionSize(column) >= table.sizeHintForColumn(column)  # values whole

    target = tmp_path / "archive.pdf"
    seen: list[str] = []

    def save_name(_parent: Any, _title: str, suggested: str, _f: str) -> tuple[str, str]:
        seen.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    dialog.export_selected()
    assert target.read_bytes() == services.releases.get_release(issued.id).pdf
    assert any(str(target) in text for text in prompt_log.infos)  # as the Excel export does
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    )
    first = Path(seen[0])
    assert first.name.startswith("balagh-") and first.suffix == ".pdf"
    if Path(documents).is_dir():
        assert first.parent == Path(documents)  # not the program's working folder
    else:
        assert first.parent == Path.home()
    # The next dialog starts where the last file went.
    dialog.export_selected()
    assert Path(seen[1]).parent == tmp_path


def test_refusing_to_delete_reads_naturally(
    fake_documents: FakeDocuments, window: Any, prompt_log: PromptLog
) -> None:
    window.open_edition(fez_number(window))
    tab = window.release_tab
    drafted(tab)
    tab.issue()
    assert not window.delete_edition(fez_number(window))
    assert prompt_log.errors[-1] == f"لا يمكن حذف الدورة {fez_number(window)} لأن لها بلاغا صادرا."
    assert window.issued_refusal(4, 2) == "لا يمكن حذف الدورة 4 لأن لها بلاغين صادرين."
    assert window.issued_refusal(4, 3) == "لا يمكن حذف الدورة 4 لأن لها 3 بلاغات صادرة."
    assert window.issued_refusal(4, 11) == "لا يمكن حذف الدورة 4 لأن لها 11 بلاغا صادرا."
