"""What the window would otherwise load on the GUI thread as it is filled, loaded in the
thread pool while the store opens.

The release tab names the days of a bulletin with Babel's ``ar_MA`` (or ``fr``) locale data
(33 ms of unpickling the first time), and the last steps of the window import the record's
modules (backups, roles, the dialogs behind the Help menu): each of these held the GUI
thread in a step of its filling (``BALAGH_STALL_PROFILE=start`` in
``tests/benchmarks/bench_gui_stall.py``). Imports and Babel's locale cache are safe from
any thread; nothing here creates a Qt object.
"""

from __future__ import annotations

import datetime as dt
import importlib

#: Modules the window imports while it is filled or just after (menus, record, dialogs).
WINDOW_MODULES = (
    "balagh.gui.release.tab",
    "balagh.gui.summary.tab",
    "balagh.gui.window.menus",
    "balagh.gui.edition.interchange",
    "balagh.gui.dialogs.about",
    "balagh.gui.dialogs.guide",
    "balagh.app.archive",
    "balagh.app.backups",
    "balagh.app.office",
    "balagh.app.roles",
    "balagh.app.next_edition",
)


def warm_window(language: str) -> None:
    """Import the window's modules and read the locale data the release tab names days with."""
    for name in WINDOW_MODULES:
        importlib.import_module(name)
    from balagh.arabic import weekday_name
    from balagh.arabic.dates import date_phrase

    day = dt.date.today()
    weekday_name(day)
    date_phrase(day)
    if language == "fr":
        from balagh.french.dates import days_fr

        days_fr([day], with_year=True)
