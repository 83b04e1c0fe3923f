"""The release and summary tabs, built after the window is usable.

The window opens on the edition form; the release and summary tabs (their modules, widgets,
templates and first release: about 50 ms of CPU at start-up) are built after the window is
usable, on later turns of the event loop, or at once when something needs them first — the
tab chosen, its menu opened, a shortcut, an edition saved or switched (see
``balagh.gui.widgets.deferred_tab``). ``MainWindow.release_tab`` and ``summary_tab`` build
them when asked, so no caller sees a tab missing.

A tab built late shows what the window shows at that moment: the edition in the form (the
first edition's release, read with the store, when it is still that one), the template and
splitters remembered.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from balagh.core.model import Edition, Release
from balagh.gui.release.shown_release import NOT_READ, NotRead

if TYPE_CHECKING:
    from balagh.gui.release.tab import ReleaseTab
    from balagh.gui.services import Services
    from balagh.gui.summary.tab import SummaryTab
    from balagh.gui.window.main_window import MainWindow

#: What the later tabs and the record import, read in the thread pool once the window is
#: usable (imports are safe from any thread; none of these creates a Qt object).
LATER_MODULES = (
    "balagh.gui.release.tab",
    "balagh.gui.summary.tab",
    "balagh.gui.dialogs.about",
    "balagh.gui.dialogs.guide",
    "balagh.gui.release.after_save_notice",
    "balagh.gui.edition.interchange",
    "balagh.gui.window.record_actions",
    "balagh.app.archive",
    "balagh.app.backups",
    "balagh.app.office",
    "balagh.app.roles",
)

#: The edition the window opened on and its release (``NOT_READ`` when not read with it).
First = tuple[Edition | None, Release | NotRead | None]


def import_later_modules(language: str) -> None:
    """Import the later tabs' modules and read the locale data the release tab names days
    with (Babel's ``ar_MA`` or ``fr``): run in the thread pool."""
    import datetime as dt

    for name in LATER_MODULES:
        importlib.import_module(name)
    from balagh.arabic import weekday_name
    from balagh.arabic.dates import date_phrase

    day = dt.date.today()
    weekday_name(day)
    date_phrase(day)
    if language == "fr":
        from balagh.french.dates import days_fr

        days_fr([day], with_year=True)


def add_later_tabs(window: MainWindow, services: Services, first: list[Any]) -> None:
    """The release and summary tabs in the tab bar, their pages built on first need.

    ``first`` is the edition the window opened on and its release (filled by the step that
    opens it)."""
    translate = QCoreApplication.translate
    window.release_page = window.tabs.add_deferred_tab(
        lambda: build_release_tab(window, services, (first[0], first[1])),
        translate("MainWindow", "البلاغ"), "release")
    window.summary_page = window.tabs.add_deferred_tab(
        lambda: build_summary_tab(window, services), translate("MainWindow", "الملخص"),
        "summary")


def build_release_tab(window: MainWindow, services: Services, first: First) -> ReleaseTab:
    """The release tab on the edition the form shows now."""
    from balagh.gui.release.tab import ReleaseTab

    tab = ReleaseTab(services, window.jobs, window)
    tab.controller.editions_source = window.sync.full_now
    tab.reload_templates()
    edition, shown = current_edition(window, first)
    if edition is None and window.controller.is_open:
        tab.show_unsaved_edition()  # a new edition, not saved yet
    else:
        tab.set_current(edition, shown)
    window.window_state.restore_panels(tab.splitters(), None)
    return tab


def build_summary_tab(window: MainWindow, services: Services) -> SummaryTab:
    """The summary tab on the edition the form shows now."""
    from balagh.gui.summary.tab import SummaryTab

    tab = SummaryTab(services, window.jobs, window)
    edition, _shown = current_edition(window, (None, NOT_READ))
    if edition is None and window.controller.is_open:
        tab.show_unsaved_edition()
    else:
        tab.set_current(edition)
    return tab


def current_edition(window: MainWindow, first: First) -> First:
    """The stored edition the form shows and its release: ``first``'s when it is still that
    edition, else ``NOT_READ`` (the tab reads it)."""
    edition = window.controller.stored_edition
    if edition is None:
        return None, NOT_READ
    opened, shown = first
    if opened is not None and opened.number == edition.number \
            and opened.version == edition.version:
        return edition, shown
    return edition, NOT_READ


# ----- methods of MainWindow that reach the tabs only once they are built -------------------
def flush_release(window: MainWindow) -> bool:
    """Store the release draft being typed now (True unless storing failed); nothing to
    store while the release tab is not built."""
    release = window.release_page.if_built() if window.services is not None else None
    return release.flush() if release is not None else True


def toggle_focus_mode(window: MainWindow) -> None:
    """F11: the release's paragraphs get the whole window (and back)."""
    tab = window.release_tab
    on = not tab.focus_mode
    if on:
        window.tabs.show_page(tab, focus=False)
    window.panel.setVisible(not on)
    tab.set_focus_mode(on)


def documents_checked(window: MainWindow, _available: object) -> None:
    """The documents layer is loaded (or not): the tabs enable what it allows (a tab built
    later asks for itself)."""
    for page in (window.release_page, window.summary_page):
        tab = page.if_built()
        if tab is not None:
            tab.documents_checked()


def tab_changed(window: MainWindow, _index: int) -> None:
    """Leaving the release tab stores the draft being typed (nothing waits for a pause)."""
    release = window.release_page.if_built()
    if release is not None and window.tabs.currentWidget() is not release:
        release.flush(refresh=True)
        if release.focus_mode:
            toggle_focus_mode(window)


def settings_saved(window: MainWindow) -> None:
    """The settings were saved: the tabs follow them (a tab not built yet reads them as it
    is built)."""
    release, summary = window.release_page.if_built(), window.summary_page.if_built()
    if release is not None:
        release.settings_changed()
    if summary is not None:
        summary.set_editions(window.sync.full_now())
