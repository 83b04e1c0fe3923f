"""A long session's signals do not wear ``True`` away until Python aborts.

PySide6 6.12.0's ``SignalInstance.emit`` returns ``True`` without taking a reference, so each
emission from Python took one of ``True``'s references away; the window (every background
job emits) died with «Fatal Python error: bool_dealloc» after some thousands, and the test
suite did at its exit. ``balagh.gui.emit_refcount`` gives the reference back.
"""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QObject, Signal

from balagh.gui import emit_refcount


class _Sender(QObject):
    plain = Signal()
    flag = Signal(bool)
    value = Signal(object)


def test_emitting_leaves_the_count_of_true_as_it_was() -> None:
    sender = _Sender()
    received: list[object] = []
    sender.flag.connect(received.append)
    sender.plain.emit()  # a first emission may keep what it needs
    before = sys.getrefcount(True)
    for _ in range(300):
        sender.plain.emit()
        sender.flag.emit(False)
        sender.value.emit(None)
    assert received == [False] * 300
    assert abs(sys.getrefcount(True) - before) < 100  # of 900 emissions
    assert not emit_refcount.emit_drops_references()  # the probe sees no fault any more
    assert emit_refcount.install() in (True, False)  # a second time changes nothing
    assert abs(sys.getrefcount(True) - before) < 100


def test_a_session_of_many_background_jobs_ends_without_aborting() -> None:
    """More emissions than ``True`` has references, in a fresh process as the window runs
    them (the thread pool's jobs report back through signals): it exits normally."""
    code = (
        "import sys\n"
        "import balagh.gui\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from balagh.gui.workers import JobRunner\n"
        "app = QCoreApplication([])\n"
        "runner = JobRunner()\n"
        "done = []\n"
        "jobs = sys.getrefcount(True) + 500\n"
        "for _ in range(jobs):\n"
        "    runner.submit(lambda: None, done.append)\n"
        "while len(done) < jobs:\n"
        "    app.processEvents()\n"
        "print(len(done))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    ran = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                         text=True, timeout=300, check=False)
    assert ran.returncode == 0, ran.stderr[-2000:]
    assert int(ran.stdout) > 500
