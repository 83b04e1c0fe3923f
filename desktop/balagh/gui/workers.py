"""Run slow work (rendering, imports) off the GUI thread and deliver the result back to it."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from balagh.gui import collector

log = logging.getLogger(__name__)

#: How soon (seconds) a thread running Python hands the interpreter to another one waiting
#: for it. Python's 5 ms let a busy worker (reading every edition, rendering a PDF) hold the
#: GUI thread up to 5 ms at each call from Qt into Python — every cell of a table, every
#: event filter — so a repaint stalled for a tenth of a second. Measured with a pure-Python
#: worker beside a repainted table, a 2 ms timer on the GUI thread fired 22–37 times in 2 s
#: at 5 ms and 48–147 times at 0.5 ms (tests/benchmarks/bench_switch_interval.py).
SWITCH_INTERVAL_S = 0.0005


class _Bridge(QObject):
    """Carries a job's outcome back to the thread that owns it (the GUI thread)."""

    finished = Signal(object)
    failed = Signal(object, str)
    progress = Signal(int, int, str)


Report = Callable[[int, int, str], None]


class Job(QRunnable):
    """One call of ``fn()`` in the thread pool; ``finished``/``failed`` fire on the GUI thread.

    With ``reports=True`` the call is ``fn(report)``: ``report(done, total, text)`` may be
    called from the pool thread and reaches the GUI thread as ``bridge.progress``.
    """

    def __init__(self, fn: Callable[..., Any], reports: bool = False) -> None:
        super().__init__()
        self.fn = fn
        self.reports = reports
        self.bridge = _Bridge()
        #: Set once ``fn`` has returned or raised and its outcome is posted to the bridge.
        self.ended = threading.Event()
        self.setAutoDelete(False)

    def _report(self, done: int, total: int, text: str = "") -> None:
        self.bridge.progress.emit(done, total, text)

    def run(self) -> None:
        """Called in a pool thread."""
        try:
            result = self.fn(self._report) if self.reports else self.fn()
        except Exception as err:  # the GUI shows the error; the thread must not die silently
            log.exception("background job failed")
            self.bridge.failed.emit(err, traceback.format_exc())
            self.ended.set()
            return
        self.bridge.finished.emit(result)
        self.ended.set()


class JobRunner(QObject):
    """Starts jobs in a thread pool and keeps them alive until they report back."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        # The GUI thread must get the interpreter back quickly from the pool's threads.
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
        self._running: set[Job] = set()

    def submit(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException, str], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> Job:
        """Run ``fn`` in the pool; then ``on_done(result)`` or ``on_error(err, tb)`` in the GUI.

        When ``on_progress`` is given, ``fn`` is called as ``fn(report)`` and each
        ``report(done, total, text)`` reaches ``on_progress`` on the GUI thread.
        """
        job = Job(fn, reports=on_progress is not None)
        if on_progress is not None:
            job.bridge.progress.connect(on_progress)

        def done(result: Any) -> None:
            collector.job_ended(job)
            self._forget(job)
            on_done(result)

        def failed(err: BaseException, tb: str) -> None:
            collector.job_ended(job)
            self._forget(job)
            if on_error is not None:
                on_error(err, tb)

        job.bridge.finished.connect(done)
        job.bridge.failed.connect(failed)
        self._running.add(job)
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        collector.job_started(job)
        self.pool.start(job)
        return job

    def _forget(self, job: Job) -> None:
        self._running.discard(job)
        if not self._running:
            self.busy_changed.emit(False)

    @property
    def busy(self) -> bool:
        """True while a job is running."""
        return bool(self._running)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the pool is idle (used when closing and in tests).

        Once idle, no pool thread runs Python for this runner's jobs any more, so the
        collector may resume even if their outcomes are never delivered (a window closed
        with a job in flight).
        """
        idle = bool(self.pool.waitForDone(msecs))
        if idle:
            for job in list(self._running):
                collector.job_ended(job)
        return idle
