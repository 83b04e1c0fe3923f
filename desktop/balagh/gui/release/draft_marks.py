"""What the window shows about the release draft being typed, and what it asks before leaving.

Typing in the release is stored after a pause (``ReleaseController``); until then the
release tab's title carries «*» and the window its modified mark, and each store says so in
the status bar («حفظت مسودة البلاغ (12:41)»). Quitting or opening another edition stores the
draft at once; only when that fails (someone issued or changed the draft meanwhile, the
database refused) does the window ask: save again, discard the typed text, or stay.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from balagh.gui import prompts

#: The mark an unsaved tab title ends with.
UNSAVED_MARK = " *"
#: How long the «draft saved» message stays in the status bar (ms).
SAVED_MESSAGE_MS = 4000


def install(window: Any) -> None:
    """Connect the release controller's signals to the tab title, the window's modified
    mark and the status bar."""
    controller = window.release_tab.controller
    title = window.tabs.tabText(window.tabs.indexOf(window.release_tab))

    def unsaved_changed(unsaved: bool) -> None:
        index = window.tabs.indexOf(window.release_tab)
        window.tabs.setTabText(index, title + (UNSAVED_MARK if unsaved else ""))
        window.setWindowModified(is_modified(window))

    def saved(_release: object) -> None:
        when = dt.datetime.now().strftime("%H:%M")
        text = QCoreApplication.translate("DraftMarks", "حفظت مسودة البلاغ (%1).")
        window.statusBar().showMessage(text.replace("%1", when), SAVED_MESSAGE_MS)

    controller.unsaved_changed.connect(unsaved_changed)
    controller.draft_saved.connect(saved)
    # The edition's own mark must not wipe the release's out (and the other way round).
    window.controller.dirty_changed.connect(
        lambda _dirty: window.setWindowModified(is_modified(window)))


def is_modified(window: Any) -> bool:
    """Unsaved changes in the edition form or in the release draft."""
    page = getattr(window, "release_page", None)  # not built yet: nothing typed in it
    release_tab = page.if_built() if page is not None else None
    unsaved_release = release_tab is not None and release_tab.controller.unsaved
    return bool(window.controller.dirty) or unsaved_release


def confirm_leave(window: Any) -> bool:
    """Store the release text typed a moment ago before leaving it (quit, other edition).

    True when it is fine to go on: stored, or the user chose to discard it. When storing
    fails (the error has been shown), ask: save again, discard, or cancel.
    """
    page = getattr(window, "release_page", None)
    tab = page.if_built() if page is not None else None
    if tab is None:  # the release tab is not built yet: nothing was typed in it
        return True
    while not tab.flush():
        answer = prompts.ask_unsaved(
            window, QCoreApplication.translate("DraftMarks", "مسودة البلاغ"))
        if answer is prompts.Answer.DISCARD:
            tab.controller.discard_edits()
            return True
        if answer is not prompts.Answer.SAVE:
            return False
    return True
