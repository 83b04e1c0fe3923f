"""The main window: editions list beside the tabs (edition form, release, summary), menus.

The window is shown empty first; ``attach(services)`` fills it once the store is open, so
start-up never waits for the database or the PDF libraries.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QSplitter,
    QWidget,
)

from balagh.core.model import Edition
from balagh.gui import prompts
from balagh.gui.release import draft_marks
from balagh.gui.services import Services
from balagh.gui.window import edition_actions, later_tabs, title
from balagh.gui.window.assembly import attach_at_once, attach_in_steps
from balagh.gui.window.language_switch import LanguageFollower, apply_saved_language
from balagh.gui.window.state import WindowState
from balagh.gui.workers import JobRunner
from balagh.platform.settings import Settings

if TYPE_CHECKING:
    from balagh.gui.edition.controller import EditionFormController
    from balagh.gui.edition.form import EditionForm
    from balagh.gui.edition.list_panel import EditionsPanel
    from balagh.gui.edition.list_sync import EditionsSync
    from balagh.gui.release.tab import ReleaseTab
    from balagh.gui.summary.tab import SummaryTab
    from balagh.gui.widgets.deferred_tab import DeferredTab
    from balagh.gui.widgets.scrolling_tabs import ScrollingTabs
    from balagh.gui.window.startup_error import StartupErrorPage

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Balagh's one window."""

    save_action: QAction
    focus_mode_action: QAction
    file_menu: QMenu
    release_menu: QMenu
    summary_menu: QMenu
    help_menu: QMenu
    undo_action: QAction
    redo_action: QAction
    # Built by ``balagh.gui.window.assembly`` once the store is open:
    panel: EditionsPanel
    form: EditionForm
    controller: EditionFormController
    tabs: ScrollingTabs
    splitter: QSplitter
    sync: EditionsSync
    #: The release and summary tabs' pages, built after the window is usable or on first
    #: need (``balagh.gui.window.later_tabs``); ``release_tab`` and ``summary_tab`` build them.
    release_page: DeferredTab[ReleaseTab]
    summary_page: DeferredTab[SummaryTab]

    def __init__(self, language: str = "ar", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.services: Services | None = None
        self.closed = False  # set once the window has accepted to close
        self.startup_notices: list[QWidget] = []  # non-blocking start-up messages
        #: The settings read at start-up (the error page may change the database in them).
        self.startup_settings: Settings | None = None
        #: Opens another database in this window (set by ``balagh.gui.window.app``); None: restart.
        self.reopen: Callable[[str], None] | None = None
        self.error_page: StartupErrorPage | None = None
        #: The last valid number of the edition in the form (``title.named_number``).
        self.last_number: str | None = None
        self._error_menu: QMenu | None = None
        self.jobs = JobRunner(self)
        LanguageFollower(self)  # rebuilt in another language on LanguageChange
        self.setObjectName("main_window")
        self.resize(1280, 820)
        self._placeholder = QLabel(self.tr("جار فتح قاعدة البيانات…"), self)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(self._placeholder)
        self.progress_text = QLabel(self)
        self.progress_text.setObjectName("progress_text")
        self.progress_text.setVisible(False)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("progress")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.setVisible(False)
        #: The database in plain words («قاعدة البيانات: balagh.db»), its full place as tooltip.
        self.database_label = QLabel(self)
        self.database_label.setObjectName("database_label")
        self.statusBar().addWidget(self.database_label)
        self.statusBar().addPermanentWidget(self.progress_text)
        self.statusBar().addPermanentWidget(self.busy)
        self.jobs.busy_changed.connect(self._busy_changed)
        self.setWindowTitle(self.tr("بلاغ") + "[*]")
        #: Size, position, splitters and tab, remembered per screen setup.
        self.window_state = WindowState()

    @property
    def release_tab(self) -> ReleaseTab:
        """The release tab (built now if it is not yet)."""
        return self.release_page.content()

    @property
    def summary_tab(self) -> SummaryTab:
        """The summary tab (built now if it is not yet)."""
        return self.summary_page.content()

    def show_on_screen(self) -> None:
        """Show the window where it was left on this screen setup, or fitting the screen."""
        self.window_state.place(self)

    def splitters(self) -> dict[str, QSplitter]:
        """Every resizable split of the window, by the name it is remembered under."""
        if self.services is None:
            return {}
        release = self.release_page.if_built()  # a tab not built yet keeps what it had
        return {"main": self.splitter, **(release.splitters() if release is not None else {})}

    def show_tab(self, page: QWidget) -> None:
        """Bring a tab forward with the keyboard focus inside it (Ctrl+1, Ctrl+2, Ctrl+3)."""
        self.tabs.show_page(page)

    def open_menus(self) -> None:
        """F10: open the first menu of the menu bar (then the arrows move through them)."""
        actions = [a for a in self.menuBar().actions() if a.isVisible() and a.menu()]
        if actions:
            self.menuBar().setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.menuBar().setActiveAction(actions[0])

    # ----- building once the store is open ---------------------------------------------------
    def attach(self, services: Services) -> None:
        """Fill the window with the panels working on ``services`` (all steps at once; the
        application builds them one turn of the event loop at a time: see
        ``balagh.gui.window.assembly``)."""
        attach_at_once(self, services)

    def attach_in_steps(self, services: Services, then: Callable[[], None] | None = None,
                        usable: Callable[[], None] | None = None) -> None:
        """Fill the window a step per turn of the event loop, calling ``usable()`` once the
        window is connected and ``then()`` after the last step."""
        attach_in_steps(self, services, then, usable)

    def forget_error_page(self) -> None:
        """The start-up error page and its menu are gone (a store is open now)."""
        self.error_page = None
        if self._error_menu is not None:
            self.menuBar().clear()
            self._error_menu.deleteLater()
            self._error_menu = None

    def _busy_changed(self, busy: bool) -> None:
        """Background work started or ended: show or reset the progress indicator."""
        self.busy.setVisible(busy)
        if not busy:
            self.busy.setRange(0, 0)  # back to "working…" for the next job
            self.progress_text.clear()
            self.progress_text.setVisible(False)

    def show_progress(self, done: int, total: int, text: str = "") -> None:
        """Progress of a long job (called on the GUI thread through ``JobRunner``)."""
        self.busy.setRange(0, max(total, 0))
        self.busy.setValue(min(done, total))
        self.busy.setVisible(True)
        self.progress_text.setText(text)
        self.progress_text.setVisible(bool(text))

    def show_startup_error(self, message: str) -> None:
        """The store could not be opened: say why in the window itself, and offer a way out.

        Paths in the message read left to right; «اختيار قاعدة بيانات أخرى…» and «إنهاء»
        are offered, and the File menu (settings, quit) stays usable.
        """
        from balagh.gui.window.startup_error import (
            StartupErrorPage,
            isolate_paths,
            without_heading,
        )

        heading = self.tr("تعذر فتح قاعدة البيانات")  # the page's heading: not said twice
        self._placeholder.setText(isolate_paths(without_heading(message, heading)))
        self._placeholder.setWordWrap(True)
        if self.error_page is None:
            self.takeCentralWidget()  # keeps the placeholder label alive for the page
            page = StartupErrorPage(self._placeholder, self)
            page.choose_requested.connect(self.choose_other_database)
            page.quit_requested.connect(self.close)
            self.setCentralWidget(page)
            self.error_page = page
            self._build_error_menu()
        self.error_page.set_busy(False)

    def _build_error_menu(self) -> None:
        """File menu while no database is open: another database, settings, quit."""
        bar = self.menuBar()
        bar.clear()
        menu = bar.addMenu(self.tr("ملف"))
        choose = menu.addAction(self.tr("اختيار قاعدة بيانات أخرى…"))
        choose.setObjectName("action_choose_database")
        choose.triggered.connect(self.choose_other_database)
        settings = menu.addAction(self.tr("الإعدادات…"))
        settings.setObjectName("action_settings")
        settings.triggered.connect(self.open_startup_settings)
        menu.addSeparator()
        quit_action = menu.addAction(self.tr("إنهاء"))
        quit_action.setObjectName("action_quit")
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        self._error_menu = menu

    def choose_other_database(self) -> bool:
        """Pick a database file after a start-up error; it is kept in the settings."""
        from balagh.gui import file_dialogs

        path = file_dialogs.open_file_name(
            self, self.tr("اختيار قاعدة بيانات"),
            self.tr("قواعد بيانات SQLite (*.db *.sqlite *.sqlite3);;كل الملفات (*)"),
        )
        if not path:
            return False
        return self.use_database(f"sqlite:///{Path(path).as_posix()}")

    def use_database(self, url: str) -> bool:
        """Remember ``url`` in the settings and open it (or say to restart)."""
        settings = self.startup_settings or Settings.load()
        settings.database_url = url
        self.startup_settings = settings
        try:
            settings.save()
        except OSError as err:
            prompts.show_error(self, self.tr("الإعدادات"),
                               self.tr("تعذر حفظ الإعدادات: %1").replace("%1", str(err)))
            return False
        if self.reopen is None:
            prompts.show_info(
                self, self.tr("الإعدادات"),
                self.tr("حفظت الإعدادات. تطبق قاعدة البيانات الجديدة عند إعادة تشغيل البرنامج."),
            )
            return True
        self._placeholder.setText(self.tr("جار فتح قاعدة البيانات…"))
        if self.error_page is not None:
            self.error_page.set_busy(True)
        self.reopen(url)
        return True

    def open_settings(self) -> bool:
        """File → Settings: the dialog, then the tabs follow the saved settings."""
        from balagh.gui.dialogs.settings import open_settings

        if self.services is None:
            return False
        return open_settings(self, self.services, self._settings_saved)

    def _settings_saved(self) -> None:
        later_tabs.settings_saved(self)
        if not apply_saved_language(self):  # a new interface language: the window follows
            self.statusBar().showMessage(self.tr("حفظت الإعدادات."), 5000)

    def open_startup_settings(self) -> bool:
        """File → Settings while no database is open (the database can be changed there)."""
        from balagh.gui.dialogs.settings import SettingsDialog

        before = self.startup_settings or Settings.load()
        dialog = SettingsDialog(before, [], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        after = dialog.result_settings()
        if after.database_url and after.database_url != before.database_url:
            after_url = after.database_url
            after.database_url = before.database_url
            self.startup_settings = after
            return self.use_database(after_url)
        self.startup_settings = after
        try:
            after.save()
        except OSError as err:
            prompts.show_error(self, self.tr("الإعدادات"),
                               self.tr("تعذر حفظ الإعدادات: %1").replace("%1", str(err)))
            return False
        return True

    # ----- the release and summary tabs (balagh.gui.window.later_tabs) ---------------------
    flush_release = later_tabs.flush_release
    toggle_focus_mode = later_tabs.toggle_focus_mode
    documents_checked = later_tabs.documents_checked
    tab_changed = later_tabs.tab_changed

    # ----- editions (balagh.gui.window.edition_actions) ------------------------------------
    refresh_list = edition_actions.refresh_list
    show_list = edition_actions.show_list
    show_all_editions = edition_actions.show_all_editions
    confirm_leave = edition_actions.confirm_leave
    open_edition = edition_actions.open_edition
    open_chosen_edition = edition_actions.open_chosen_edition
    show_edition = edition_actions.show_edition
    new_edition = edition_actions.new_edition
    duplicate_edition = edition_actions.duplicate_edition
    next_edition = edition_actions.next_edition
    delete_edition = edition_actions.delete_edition
    issued_refusal = edition_actions.issued_refusal
    editions_files = property(edition_actions.editions_files)

    def save(self) -> bool:
        """Save the open edition (Ctrl+S): written in the thread pool, the window answering
        meanwhile; True when the write started (``controller.saved`` follows)."""
        return self.controller.save_in_background()

    def saving_changed(self, saving: bool) -> None:
        if saving:
            self.statusBar().showMessage(self.tr("جار حفظ الدورة…"))
        else:
            self.statusBar().clearMessage()

    def edition_saved(self, edition: Edition) -> None:
        from balagh.gui.release.after_save_notice import announce_disagreements

        self.sync.put(edition)
        self.release_tab.set_current(edition)
        self.summary_tab.set_current(edition)
        self.update_title()
        self.statusBar().showMessage(
            self.tr("حفظت الدورة %1.").replace("%1", str(edition.number)), 5000
        )
        announce_disagreements(self, edition)

    # ----- the title (balagh.gui.window.title) --------------------------------------------
    _edition_name = title.edition_name
    field_changed = title.field_changed
    edition_loaded = title.edition_loaded
    update_title = title.update_title

    # ----- closing ---------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        # A draft typed less than a moment ago is kept (asked when it cannot be).
        if self.services is not None and not (draft_marks.confirm_leave(self)
                                              and self.confirm_leave()):
            event.ignore()
            return
        release = self.release_page.if_built() if self.services is not None else None
        if release is not None:
            release.shutdown()
        if self.services is not None:
            self.jobs.wait(10000)  # the background work ends before the backup reads
            from balagh.gui.window import record_actions

            record_actions.backup_when_closing(self)
        if release is not None and release.focus_mode:
            self.toggle_focus_mode()  # the splitters are remembered as they normally are
        self.window_state.save(self, self.splitters(), self.tabs if self.services else None)
        self.jobs.wait(10000)
        if self.services is not None and self.services.store is not None:
            try:
                self.services.store.close()
            except Exception:  # closing must not stop the window from closing
                log.exception("closing the store failed")
        self.closed = True
        event.accept()

    def add_action(self, text: str, slot: object,
                   shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                   name: str = "") -> QAction:
        """Create a window action (menus are built in ``balagh.gui.window.menus``)."""
        action = QAction(text, self)
        if name:
            action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action
