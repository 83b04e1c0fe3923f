"""An issued release is shown when its edition is reopened, read-only, with a way to correct it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gui_fakes_documents import FakeDocuments
from gui_helpers import PromptLog, drafted, fez_number, screenshot, type_text

from balagh.core.model import ReleaseStatus


def _issue_fez(window: Any) -> Any:
    window.open_edition(fez_number(window))
    window.tabs.setCurrentWidget(window.release_tab)
    tab = window.release_tab
    drafted(tab)
    tab.issue()
    issued = tab.controller.release
    assert issued.status is ReleaseStatus.ISSUED
    return issued


def test_every_field_of_an_issued_release_is_read_only(
    fake_documents: FakeDocuments, window: Any, prompt_log: PromptLog
) -> None:
    _issue_fez(window)
    tab = window.release_tab
    assert tab.title.isReadOnly() and tab.place.isReadOnly() and tab.date.isReadOnly()
    assert tab.editor.isReadOnly()
    before = tab.title.text()
    type_text(tab.title, "عنوان آخر")
    assert tab.title.text() == before  # typing changes nothing on screen either


def test_reopening_the_edition_shows_the_issued_release_and_offers_a_correction(
    fake_documents: FakeDocuments, window: Any, services: Any, qtbot: Any,
    prompt_log: PromptLog,
) -> None:
    issued = _issue_fez(window)
    other = next(e.number for e in services.editions.list_editions() if e.year == 2019)
    window.open_edition(other)
    tab = window.release_tab
    assert tab.controller.release is None or tab.controller.release.id != issued.id
    assert not tab.correct_button.isVisible()

    window.open_edition(fez_number(window))
    shown = tab.controller.release
    assert shown is not None and shown.id == issued.id
    banner = tab.status.text()
    assert "صدر هذا البلاغ تحت المرجع" in banner and "للقراءة فقط" in banner
    assert "\u2066" + str(issued.reference) + "\u2069" in banner  # the reference reads LTR
    assert "لا توجد مسودة" not in banner
    assert tab.editor.paragraphs() == issued.paragraphs
    assert tab.title.isReadOnly() and tab.editor.isReadOnly()
    assert not tab.issue_button.isEnabled() and tab.export_button.isEnabled()
    stored_pdf = services.releases.get_release(issued.id).pdf
    qtbot.waitUntil(lambda: tab.controller.last_pdf == stored_pdf, timeout=20000)
    assert tab.preview.page_count() == 1
    assert tab.correct_button.isVisible() and tab.correct_button.isEnabled()
    assert tab.correct_button.text() == "تصحيح"

    tab.correct_button.click()
    draft = tab.controller.release
    assert draft.status is ReleaseStatus.DRAFT and draft.id not in (None, issued.id)
    assert draft.supersedes_id == issued.id
    assert tab.editor.paragraphs() == issued.paragraphs
    assert not tab.title.isReadOnly() and not tab.editor.isReadOnly()
    assert not tab.correct_button.isVisible()
    tab.editor.moveCursor(tab.editor.textCursor().MoveOperation.End)
    type_text(tab.editor, " (تصحيح)")
    tab.issue()
    second = tab.controller.release
    assert second.status is ReleaseStatus.ISSUED and second.reference != issued.reference
    assert second.paragraphs[-1].endswith("(تصحيح)")
    # The first release is on record unchanged.
    assert services.releases.get_release(issued.id).paragraphs == issued.paragraphs


def test_screenshot_of_an_issued_release(
    fake_documents: FakeDocuments, window: Any, services: Any, qtbot: Any,
    prompt_log: PromptLog, tmp_path: Path,
) -> None:
    issued = _issue_fez(window)
    window.open_edition(next(e.number for e in services.editions.list_editions()
                             if e.year == 2019))
    window.open_edition(fez_number(window))
    window.tabs.setCurrentWidget(window.release_tab)
    tab = window.release_tab
    qtbot.waitUntil(lambda: tab.preview.page_count() == 1, timeout=20000)
    assert tab.controller.release.id == issued.id
    screenshot(window, tmp_path / "issued_release.png")
    assert tab.isVisible() and tab.preview.isVisible()
