"""Filling the main window once the store is open, in steps the event loop runs between.

Building every panel, the menus and the first edition in one go held the GUI thread for
about a tenth of a second (more on a loaded machine): a click or a repaint waited for all of
it. ``attach_in_steps`` builds the editions side first (list and form, what the staff see;
the form a part per turn), with the first edition, and puts the release and summary tabs in
the tab bar as placeholders; then the menus and the signals between the panels — the window
is usable from there. After it, each a turn of the event loop: the later tabs' modules
imported in the thread pool, the release tab built, the summary tab, the record (history,
trash and backup entries, the last backup's date, today's backup) and the background reads
(every edition in full, the documents layer). The window answers and is painted before
these compete with it, and a tab needed earlier (chosen, its menu opened, a shortcut) is
built at once (``balagh.gui.window.later_tabs``). ``assembly_steps`` run back to back is
``MainWindow.attach`` (tests, a store opened on the GUI thread). What the first steps would
load or read on the GUI thread (modules, the first edition's release) was read in the thread
pool with the store (``balagh.gui.window.warm_up``, ``app.read_first_editions``).

Every step's cost is logged (``start-up step …`` lines in ``balagh.log``; see
``tests/benchmarks/bench_startup.py --steps``).

Nothing reacts to the user before the menus and signals are connected:
``MainWindow.services`` is set there (closing the window before that closes only the store).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QSplitter

from balagh.app.database import plain_name, short_name
from balagh.core.errors import BalaghError
from balagh.core.isolates import ltr
from balagh.core.model import Edition, Release
from balagh.gui.edition.controller import EditionFormController
from balagh.gui.edition.form import EditionForm
from balagh.gui.edition.list_panel import EditionsPanel
from balagh.gui.edition.list_sync import EditionsSync, latest_number
from balagh.gui.release import draft_marks
from balagh.gui.release.shown_release import NOT_READ, NotRead
from balagh.gui.services import Services, warm_documents
from balagh.gui.widgets.scrolling_tabs import ScrollingTabs
from balagh.gui.window.later_tabs import add_later_tabs, import_later_modules

if TYPE_CHECKING:
    from balagh.gui.window.main_window import MainWindow

log = logging.getLogger(__name__)

#: One step of the filling; a step that returns True is called again on the next turn.
Step = Callable[[], "bool | None"]


def assembly_steps(window: MainWindow, services: Services,
                   in_background: bool = False) -> list[Step]:
    """The steps that fill ``window`` for ``services``, in order. ``in_background``: the
    later tabs' modules are imported in the thread pool (the window started by ``balagh``),
    and the tabs' step waits for them; else they are imported when a tab is built."""
    first: list[Any] = [None, NOT_READ]  # the edition the window opens on, and its release

    building: list[EditionForm] = []

    def edition_form() -> bool:  # a part of the form per turn, then its controller
        if not building:
            building.append(EditionForm(list(services.catalogue_map().values()),
                                        window.language, window, in_steps=True))
            building[0].hide()  # until the tabs hold it
        if building[0].build_part():
            return True  # again, next turn
        window.form = building[0]
        window.controller = EditionFormController(window.form, services, window)
        window.controller.jobs = window.jobs  # «حفظ» writes in the thread pool
        return False

    def editions_side() -> None:  # with the first edition: one first paint, not two
        build_editions_side(window, services)
        first[:] = open_first_edition(window, services)
        add_later_tabs(window, services, first)  # placeholders; their pages come later

    def actions() -> None:  # the window is usable once it has run
        connect_window(window, services)
        window.window_state.restore_panels(window.splitters(), window.tabs)

    imported: list[bool] = []  # once the later modules are imported (or failed to be)

    def later_modules() -> None:  # what the later tabs and the record import, in the pool
        if not in_background:
            return
        window.jobs.submit(lambda: import_later_modules(window.language),
                           lambda _none: imported.append(True),
                           lambda _e, _tb: imported.append(True))

    def release_tab() -> bool:  # unless something needed it first
        if in_background and not imported:
            return True  # the modules are still being imported: next turn
        window.release_page.content()
        return False

    def summary_tab() -> None:
        window.summary_page.content()

    def record() -> None:  # history, trash, backups (menus, last backup, daily)
        from balagh.gui.window import record_actions

        record_actions.install(window)

    def background_reads() -> None:
        start_background_reads(window, services)

    return [edition_form, editions_side, actions, later_modules, release_tab, summary_tab,
            record, background_reads]


#: The step after which the window is usable (its menus and signals connected).
USABLE_AFTER = "actions"

#: The event loop's turn between two steps (ms): a zero timer still comes after what waits
#: (a repaint, a key press, another due timer: ``tests/gui/test_window_filled_in_steps.py``)
#: without the millisecond of nothing a 1 ms timer added to each of the ten steps before
#: the window is usable (6 ms sooner on the clock; the stalls as before).
STEP_GAP_MS = 0


def attach_at_once(window: MainWindow, services: Services) -> None:
    """Every step back to back (``MainWindow.attach``)."""
    for step in assembly_steps(window, services):
        while step():
            pass


def attach_in_steps(window: MainWindow, services: Services,
                    then: Callable[[], None] | None = None,
                    usable: Callable[[], None] | None = None) -> None:
    """Run ``assembly_steps`` one per turn of the event loop, ``usable()`` right after the
    step that connects the window («actions»), then ``then()`` after the last step.

    Each next step waits on a timer, not a posted event: Qt may deliver events posted one
    after another in one go, so a repaint, a key press or a timer waited for two steps.
    A window closed meanwhile stops being built (its store is closed here while the window
    is not connected yet, else by the window as it closes; see ``balagh.gui.app``).
    """
    run_in_turns(window, services, assembly_steps(window, services, in_background=True),
                 then, usable)


def run_in_turns(window: MainWindow, services: Services, steps: list[Step],
                 then: Callable[[], None] | None = None,
                 usable: Callable[[], None] | None = None) -> None:
    """Run ``steps`` (the first now) a turn of the event loop each, as ``attach_in_steps``
    does (tests run the first steps themselves to stop the window at a given step)."""
    timer = QTimer(window)
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(STEP_GAP_MS)

    def run_next() -> None:
        if window.closed:
            if window.services is None and services.store is not None:
                services.store.close()
            timer.deleteLater()
            return
        again = timed_step(steps[0])
        if again:
            timer.start()  # the same step again, next turn
            return
        step = steps.pop(0)
        if step.__name__ == USABLE_AFTER and usable is not None:
            usable()
        if steps:
            timer.start()
        else:
            timer.deleteLater()
            if then is not None:
                then()

    timer.timeout.connect(run_next)
    run_next()


def timed_step(step: Step) -> bool | None:
    """Run one step and log what it cost: clock and the GUI thread's CPU time, and the
    process's CPU time since it started (every thread: the store opened in the pool too).
    The start-up's per-step log, read by ``tests/benchmarks/bench_startup.py --steps`` (a
    turn on which a step only waited is not logged)."""
    clock, cpu = time.perf_counter(), time.thread_time()
    again = step()
    if again and time.thread_time() - cpu < 0.0005:
        return again  # a step waiting for the thread pool: nothing done this turn
    log.info("start-up step %s: %.1f ms, GUI thread CPU %.1f ms; process CPU %.0f ms",
             step.__name__, (time.perf_counter() - clock) * 1000,
             (time.thread_time() - cpu) * 1000, time.process_time() * 1000)
    return again


def build_editions_side(window: MainWindow, services: Services) -> None:
    """The editions list beside the tabs holding the edition form (built by the step
    before), in place of the placeholder (or the start-up error page); the list's rows
    shown."""
    window.panel = EditionsPanel(window.language, window)
    window.tabs = ScrollingTabs(window)
    window.tabs.setObjectName("tabs")
    window.tabs.addTab(window.form, QCoreApplication.translate("MainWindow", "الدورة"))
    window.form.show()
    splitter = QSplitter(Qt.Orientation.Horizontal, window)
    splitter.addWidget(window.panel)
    splitter.addWidget(window.tabs)
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([360, 920])
    splitter.setObjectName("main_splitter")
    window.splitter = splitter
    old = window.takeCentralWidget()  # the placeholder, or the start-up error page
    window.setCentralWidget(splitter)
    if old is not None:
        old.deleteLater()
    window.forget_error_page()
    #: The editions, read in the background (the list's columns at once at start-up).
    window.sync = EditionsSync(services.editions, window.jobs, window.language, window)
    window.sync.brief_ready.connect(window.show_list)
    # The form's warnings compare with the other editions: the brief list until every
    # edition has been read in the background (never a full read on the GUI thread).
    window.controller.editions_source = window.sync.known_editions
    window.sync.read_brief_now(services.first_editions)


def open_first_edition(window: MainWindow,
                       services: Services) -> tuple[Edition | None, Release | NotRead | None]:
    """Show the latest edition in the form (read while the store was opened, when it was);
    returns it and its release to show (``NOT_READ`` unless read with it) for the tabs."""
    preloaded = services.first_editions
    edition: Edition | None = None
    shown: Release | NotRead | None = NOT_READ
    if preloaded is not None and preloaded[2] is not None:
        edition, shown = preloaded[2], preloaded[3]
    else:
        latest = latest_number(window.sync.brief)
        if latest is not None:  # start on the latest edition rather than an empty form
            try:
                edition = services.editions.get(latest)
            except BalaghError:
                edition = None
    if edition is not None:
        window.controller.load(edition, taken_numbers=[e.number for e in window.sync.brief])
        window.panel.select(edition.number)
    return edition, shown


def connect_window(window: MainWindow, services: Services) -> None:
    """What the user does reaches the panels now, and the menus exist."""
    from balagh.gui.window.menus import build_menus

    window.panel.edition_selected.connect(window.open_chosen_edition)
    window.panel.new_requested.connect(window.new_edition)
    window.panel.duplicate_requested.connect(window.duplicate_edition)
    window.panel.delete_requested.connect(window.delete_edition)
    window.controller.dirty_changed.connect(window.setWindowModified)
    window.controller.saved.connect(window.edition_saved)
    window.controller.saving_changed.connect(window.saving_changed)
    window.controller.loaded.connect(window.edition_loaded)
    window.form.changed.connect(window.field_changed)
    window.tabs.currentChanged.connect(window.tab_changed)
    window.sync.full_ready.connect(window.show_all_editions)
    window.services = services
    build_menus(window)
    # «*» on the release tab, «draft saved» in the status bar (once the tab is built).
    window.release_page.when_built(lambda _tab: draft_marks.install(window))
    window.edition_loaded()


def start_background_reads(window: MainWindow, services: Services) -> None:
    """Every edition in full and the documents layer, read in the thread pool."""
    window.sync.refresh()  # every edition in full, for the release and summary tabs
    # Import the documents layer (reportlab) in the background once the window is up.
    window.jobs.submit(lambda: warm_documents(services, window.controller.original_number),
                       window.documents_checked,
                       lambda _e, _tb: window.documents_checked(False))
    # A permanent label: messages such as «حفظت الدورة 4.» do not wipe it out.
    # The file's name (host/database on a server); its whole path in the tooltip.
    window.database_label.setText(QCoreApplication.translate(
        "MainWindow", "قاعدة البيانات: %1").replace("%1", ltr(short_name(services.db_url))))
    window.database_label.setToolTip(ltr(plain_name(services.db_url)))
