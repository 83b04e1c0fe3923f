"""Changing the interface language without a restart.

The settings dialog calls :func:`choose_language`: the application's translators, direction
and locale change (``balagh.gui.app.apply_language``), Qt sends ``QEvent.LanguageChange`` to
every widget, and the main window, on that event, rebuilds its panels and menus in the new
language (:func:`rebuild_window`) on the edition and tab that were open. Texts of Qt's own
widgets (standard buttons, file dialogs) follow Qt's own catalogue by themselves.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from balagh.messages import current_language

if TYPE_CHECKING:
    from balagh.gui.window.main_window import MainWindow

log = logging.getLogger(__name__)

#: Status-bar widgets the panels add when they are built (removed before they are rebuilt).
_STATUS_WIDGETS = ("last_backup_label", "role_label")


class LanguageFollower(QObject):
    """Rebuilds its window when Qt says the language changed (once the translators are all
    installed: the rebuild waits for the event loop)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self._changed)
        return False

    def _changed(self) -> None:
        if not self.window.closed and self.window.isVisible():  # a closed window stays
            rebuild_window(self.window)


def apply_saved_language(window: MainWindow) -> bool:
    """After the settings were saved: their interface language, if another, at once (True
    then: the window is rebuilt in it on the next turn of the event loop)."""
    if window.services is not None and window.services.language != window.language:
        choose_language(window.services.language)
        return True
    return False


def choose_language(language: str) -> None:
    """Switch the running application to ``language`` (windows follow on LanguageChange)."""
    from balagh.gui.window.app import apply_language

    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_language(app, language)


def _settle(window: MainWindow, seconds: float = 20.0) -> None:
    """Let the background work finish and its results reach the panels they were for,
    before those panels are deleted."""
    deadline = time.monotonic() + seconds
    while window.jobs.busy and time.monotonic() < deadline:
        window.jobs.wait(1000)
        QApplication.processEvents()


def _drop_panels(window: MainWindow) -> None:
    """Delete what ``attach`` built (menus, actions and their shortcuts, controllers), now:
    the rebuilt window must not answer a shortcut twice nor list the former language."""
    window.menuBar().clear()
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    doomed: list[QObject] = [*window.menuBar().findChildren(QMenu, options=direct),
                             *window.findChildren(QAction, options=direct),
                             window.controller, window.sync]
    for item in doomed:
        item.setParent(None)
        item.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def rebuild_window(window: MainWindow) -> bool:
    """Rebuild ``window`` in the current interface language; False when nothing changed or
    the staff kept unsaved changes (the former language is then put back)."""
    language = current_language()
    if language == window.language:
        return False
    if window.services is None:  # still opening, or the start-up error page
        window.language = language
        window.setWindowTitle(window.tr("بلاغ") + "[*]")
        return True
    window.flush_release()
    if not window.confirm_leave():
        choose_language(window.language)
        return False
    number = window.controller.original_number
    tab = window.tabs.currentIndex()
    window.window_state.save(window, window.splitters(), window.tabs)
    release = window.release_page.if_built()
    if release is not None:
        release.shutdown()
    _settle(window)
    window.statusBar().clearMessage()  # in the former language, and it would hide nothing
    for name in _STATUS_WIDGETS:
        label = window.findChild(QLabel, name)
        if label is not None:
            window.statusBar().removeWidget(label)
            label.deleteLater()
    _drop_panels(window)
    window.setLocale(QLocale())  # dates and numbers of the new panels in the new language
    window.language = language
    window.attach(window.services)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the former panels
    if number is not None and window.controller.original_number != number:
        window.open_edition(number)
    window.tabs.setCurrentIndex(tab)
    log.info("interface language changed to %s", language)
    return True
