"""What the window would otherwise load on the GUI thread as it is filled, loaded in the
thread pool while the store opens.

The steps of the window until it is usable import the menus: this held the GUI thread in a
step of its filling (``BALAGH_STALL_PROFILE=start`` in ``tests/benchmarks/bench_gui_stall.py``).
What only the release and summary tabs, the record and the editions' files (import/export)
need (their modules, Babel's locale data the release tab names days with) is imported after
the window is usable
(``balagh.gui.window.later_tabs.import_later_modules``). Imports are safe from any thread;
nothing here creates a Qt object.
"""

from __future__ import annotations

import importlib

#: Modules the window imports while it is filled (the menus).
WINDOW_MODULES = ("balagh.gui.window.menus",)


def warm_window(_language: str) -> None:
    """Import the modules the window's steps import until it is usable."""
    for name in WINDOW_MODULES:
        importlib.import_module(name)
