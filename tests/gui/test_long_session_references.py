"""A long session of Qt calls does not wear ``None`` or ``True`` down until Python aborts.

PySide6 6.12.0 hands ``None`` (from every method returning nothing) and ``True`` (from
``Signal.emit``) back without their reference, as if they were immortal as on Python 3.12;
on 3.11 the window died with «Fatal Python error: none_dealloc» / «bool_dealloc» after some
thousands of calls. ``balagh.gui.immortal_singletons`` makes them immortal on 3.11 too.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from balagh.gui import immortal_singletons

#: More calls of each kind than the singletons had references in a fresh process.
CALLS = 60_000

SESSION = (
    "import sys\n"
    "import balagh.gui\n"
    "from PySide6.QtCore import QObject, Signal\n"
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "app = QApplication([])\n"
    "class Sender(QObject):\n"
    "    ping = Signal()\n"
    "sender, widget = Sender(), QWidget()\n"
    "seen = []\n"
    "sender.ping.connect(lambda: seen.append(1))\n"
    f"for _ in range({CALLS}):\n"
    "    widget.setToolTip('بلاغ')\n"  # returns nothing
    "    widget.parent()\n"  # answers None
    "    sender.ping.emit()\n"  # answers True
    "    app.processEvents()\n"
    "print(len(seen), sys.getrefcount(None) > 10**6, sys.getrefcount(True) > 10**6)\n"
)


def test_a_long_session_of_qt_calls_ends_normally() -> None:
    """Sixty thousand tool tips, parents, signals and event-loop turns in a fresh process,
    as a day of work makes them: the process exits normally and every signal arrived."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    ran = subprocess.run([sys.executable, "-c", SESSION], env=env, capture_output=True,
                         text=True, timeout=600, check=False)
    assert ran.returncode == 0, ran.stderr[-2000:]
    assert ran.stdout.split() == [str(CALLS), "True", "True"]


@pytest.mark.skipif(not immortal_singletons.needs_lifetime(),
                    reason="None, True and False are immortal on this Python")
def test_the_singletons_are_out_of_reach_and_a_second_install_changes_nothing() -> None:
    counts = [sys.getrefcount(s) for s in immortal_singletons.SINGLETONS]
    assert min(counts) >= immortal_singletons.LIFETIME  # raised when balagh.gui was imported
    assert immortal_singletons.install() is True
    again = [sys.getrefcount(s) for s in immortal_singletons.SINGLETONS]
    assert all(abs(a - b) < 10_000 for a, b in zip(again, counts, strict=True))
