"""The release draft tells what it holds: «*» on the release tab and the window's modified
mark while typed text waits to be stored, «حفظت مسودة البلاغ» in the status bar when it is;
quitting or switching edition when the draft cannot be stored asks (save, discard, cancel);
a new edition's empty release form shows no date of another edition."""

from __future__ import annotations

import dataclasses
from typing import Any

from gui_fakes_documents import FakeDocuments
from gui_helpers import PromptLog, drafted, fez_number, type_text

from balagh.core.model import Release
from balagh.gui import prompts
from balagh.gui.release.tab import NO_DATE
from balagh.store.releases import SqlReleaseRepository

SAVED = "حفظت مسودة البلاغ"


def _tab_title(window: Any) -> str:
    return str(window.tabs.tabText(window.tabs.indexOf(window.release_tab)))


def _draft_and_type(window: Any, text: str) -> Release:
    window.open_edition(fez_number(window))
    window.tabs.setCurrentWidget(window.release_tab)
    tab = window.release_tab
    drafted(tab)
    release = tab.controller.release
    assert release is not None and release.id is not None
    tab.editor.moveCursor(tab.editor.textCursor().MoveOperation.End)
    type_text(tab.editor, text)
    return release


def _someone_else_saves(services: Any, release: Release) -> None:
    """Another workstation stores the same draft meanwhile (its version moves on)."""
    other = SqlReleaseRepository(services.releases._engine, actor="amina@poste-2")
    stored = other.get_release(release.id)
    other.save_draft(dataclasses.replace(stored, paragraphs=[*stored.paragraphs, "سطر أمينة"]))


def test_typed_text_is_marked_until_it_is_stored(
        fake_documents: FakeDocuments, window: Any, qtbot: Any) -> None:
    _draft_and_type(window, " وشكرا")
    assert _tab_title(window).endswith(" *")
    assert window.isWindowModified()
    # The pause in typing stores the draft: the marks go and the status bar says so.
    qtbot.waitUntil(lambda: not window.release_tab.controller.unsaved, timeout=20000)
    assert not _tab_title(window).endswith("*")
    assert not window.isWindowModified()
    assert SAVED in window.statusBar().currentMessage()


def test_the_save_draft_button_says_it_saved(
        fake_documents: FakeDocuments, window: Any) -> None:
    _draft_and_type(window, " وشكرا")
    window.statusBar().clearMessage()
    window.release_tab.save_button.click()
    assert SAVED in window.statusBar().currentMessage()
    assert not _tab_title(window).endswith("*")


def test_an_edition_edit_keeps_the_window_marked_after_the_draft_is_stored(
        fake_documents: FakeDocuments, window: Any) -> None:
    _draft_and_type(window, " وشكرا")
    type_text(window.form.theme, "!")
    window.release_tab.save_button.click()
    assert window.isWindowModified()  # the edition's change is still unsaved


def test_quitting_when_the_draft_cannot_be_stored_asks(
        fake_documents: FakeDocuments, window: Any, services: Any,
        prompt_log: PromptLog) -> None:
    release = _draft_and_type(window, " وشكرا")
    _someone_else_saves(services, release)
    prompt_log.unsaved_answer = prompts.Answer.CANCEL
    assert not window.close()
    assert prompt_log.asked[-1] == "unsaved: مسودة البلاغ"
    assert any("amina@poste-2" in text for text in prompt_log.errors)  # who changed it
    assert window.release_tab.controller.unsaved  # still there, still marked
    assert _tab_title(window).endswith(" *")
    prompt_log.unsaved_answer = prompts.Answer.DISCARD
    assert window.close()
    stored = services.releases.get_release(release.id)
    assert stored.paragraphs[-1] == "سطر أمينة"  # the other workstation's text stands


def test_switching_edition_when_the_draft_cannot_be_stored_asks(
        fake_documents: FakeDocuments, window: Any, services: Any,
        prompt_log: PromptLog) -> None:
    release = _draft_and_type(window, " وشكرا")
    _someone_else_saves(services, release)
    other = next(e.number for e in services.editions.list_editions() if e.year == 2019)
    prompt_log.unsaved_answer = prompts.Answer.CANCEL
    assert not window.open_edition(other)
    assert window.controller.original_number == fez_number(window)
    assert window.release_tab.editor.paragraphs()[-1].endswith("وشكرا")
    prompt_log.unsaved_answer = prompts.Answer.DISCARD
    assert window.open_edition(other)
    assert window.controller.original_number == other
    assert not window.isWindowModified()


def test_a_draft_that_stores_is_not_asked_about(
        fake_documents: FakeDocuments, window: Any, services: Any,
        prompt_log: PromptLog) -> None:
    release = _draft_and_type(window, " وشكرا")
    assert window.close()
    assert not [a for a in prompt_log.asked if a.startswith("unsaved")]
    assert services.releases.get_release(release.id).paragraphs[-1].endswith("وشكرا")


def test_a_new_edition_release_form_shows_no_other_date(
        fake_documents: FakeDocuments, window: Any) -> None:
    window.open_edition(fez_number(window))
    window.tabs.setCurrentWidget(window.release_tab)
    tab = window.release_tab
    drafted(tab)
    assert tab.date.date().year() == 2023  # Fez's release: 22 May 2023
    for start in (window.new_edition, window.next_edition):
        assert start()
        assert tab.date.date() == NO_DATE
        assert tab.date.text() == "—"
        assert not tab.date.isEnabled()
        window.controller.discard()
        window.open_edition(fez_number(window))
