"""Release drafts are never lost, and a new edition's tabs never show another edition.

Typing in the release is stored after a pause (the preview waits for it); closing the
window, picking another edition, leaving the tab or exporting right after the last key
must store it at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_fakes_documents import FakeDocuments
from gui_helpers import PromptLog, drafted, fez_number, save_and_wait, type_text

from balagh.core.model import ReleaseStatus

SAVE_FIRST = "احفظ الدورة أولا لإعداد بلاغها"


def _draft_and_type(window: Any, text: str) -> Any:
    """Open Fez's release tab, generate a draft and type ``text`` at its end."""
    window.open_edition(fez_number(window))
    window.tabs.setCurrentWidget(window.release_tab)
    tab = window.release_tab
    drafted(tab)
    release = tab.controller.release
    assert release is not None and release.id is not None
    tab.editor.moveCursor(tab.editor.textCursor().MoveOperation.End)
    type_text(tab.editor, text)
    assert tab.controller.unsaved  # still inside the pause: nothing stored yet
    return release


def _stored_end(services: Any, release: Any) -> str:
    return str(services.releases.get_release(release.id).paragraphs[-1])


def test_closing_right_after_typing_keeps_the_draft(
    fake_documents: FakeDocuments, window: Any, services: Any
) -> None:
    release = _draft_and_type(window, " وشكرا")
    assert window.close()
    assert _stored_end(services, release).endswith("وشكرا")


def test_picking_another_edition_right_after_typing_keeps_the_draft(
    fake_documents: FakeDocuments, window: Any, services: Any
) -> None:
    release = _draft_and_type(window, " وشكرا")
    other = next(e.number for e in services.editions.list_editions() if e.year == 2019)
    assert window.open_edition(other)
    assert _stored_end(services, release).endswith("وشكرا")
    # Back on Fez, the draft shown is the one typed.
    assert window.open_edition(fez_number(window))
    assert window.release_tab.editor.paragraphs()[-1].endswith("وشكرا")


def test_leaving_the_tab_right_after_typing_keeps_the_draft(
    fake_documents: FakeDocuments, window: Any, services: Any
) -> None:
    release = _draft_and_type(window, " وشكرا")
    window.tabs.setCurrentWidget(window.summary_tab)
    assert _stored_end(services, release).endswith("وشكرا")
    assert not window.release_tab.controller.unsaved


def test_exporting_right_after_typing_keeps_and_exports_the_text(
    fake_documents: FakeDocuments, window: Any, services: Any, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, prompt_log: PromptLog,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    release = _draft_and_type(window, " وشكرا")
    target = tmp_path / "draft.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.release_tab.export_pdf()
    assert _stored_end(services, release).endswith("وشكرا")
    assert target.read_bytes().startswith(b"%PDF")
    assert fake_documents.rendered[-1].paragraphs[-1].endswith("وشكرا")
    assert any(str(target) in text for text in prompt_log.infos)  # the export is confirmed


def test_issuing_right_after_typing_issues_the_typed_text(
    fake_documents: FakeDocuments, window: Any, services: Any, prompt_log: PromptLog
) -> None:
    fake_documents.check_release = lambda *a, **k: []  # type: ignore[method-assign]
    release = _draft_and_type(window, " وشكرا")
    window.release_tab.issue()
    issued = services.releases.get_release(release.id)
    assert issued.status is ReleaseStatus.ISSUED
    assert issued.paragraphs[-1].endswith("وشكرا")


def _assert_waiting(window: Any) -> None:
    tab = window.release_tab
    assert SAVE_FIRST in tab.status.text()
    assert tab.controller.release is None and tab.editor.toPlainText() == ""
    for button in (tab.generate_button, tab.issue_button, tab.export_button,
                   tab.print_button, tab.check_button, tab.save_button):
        assert not button.isEnabled()
    summary = window.summary_tab
    assert summary.notice.isVisibleTo(summary)
    assert "احفظ الدورة أولا" in summary.notice.text()
    for button in (summary.refresh_button, summary.pdf_button, summary.xlsx_button):
        assert not button.isEnabled()


def test_a_new_edition_shows_no_other_editions_release_or_summary(
    fake_documents: FakeDocuments, window: Any, services: Any
) -> None:
    window.open_edition(fez_number(window))
    drafted(window.release_tab)
    assert window.release_tab.controller.release is not None
    assert window.new_edition()
    _assert_waiting(window)


def test_a_duplicate_waits_for_saving_then_shows_the_new_edition(
    fake_documents: FakeDocuments, window: Any, services: Any, qtbot: Any
) -> None:
    fez = fez_number(window)
    window.open_edition(fez)
    drafted(window.release_tab)
    assert window.duplicate_edition(fez)
    _assert_waiting(window)
    window.tabs.setCurrentWidget(window.summary_tab)
    _assert_waiting(window)  # showing the summary tab renders nothing of Fez
    form = window.form
    assert save_and_wait(qtbot, window), [
        form.problems.item(i).text() for i in range(form.problems.count())]
    number = int(form.number.text())
    tab = window.release_tab
    assert tab.controller.edition is not None and tab.controller.edition.number == number
    assert SAVE_FIRST not in tab.status.text()
    assert tab.controller.release is None  # the copy has no release of its own yet
    assert tab.generate_button.isEnabled()
    assert not window.summary_tab.notice.isVisibleTo(window.summary_tab)
    assert window.summary_tab.pdf_button.isEnabled()
    assert window.summary_tab.edition is not None
    assert window.summary_tab.edition.number == number
