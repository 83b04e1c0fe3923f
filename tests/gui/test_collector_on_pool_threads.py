"""Python's cycle collector never runs on a pool thread, where it would destroy Qt objects.

CI once died of a segmentation fault: a collection started on a pool thread reading the
editions and destroyed a Qt wrapper left in a reference cycle by an earlier window.
"""

from __future__ import annotations

import gc
import threading
from typing import Any

from PySide6.QtCore import QObject

from balagh.gui import collector
from balagh.gui.workers import JobRunner


class _Cycle:
    """Garbage only the cycle collector can free, holding a Qt object owned by Python."""

    def __init__(self) -> None:
        self.me = self
        self.qt = QObject()


def _allocating_work() -> int:
    # Enough container allocations to cross the collector's first threshold many times.
    made = [[n] for n in range(20 * gc.get_threshold()[0])]
    return len(made)


def test_no_collection_runs_on_a_pool_thread(qtbot: Any) -> None:
    gui_thread = threading.get_ident()
    collecting_threads: list[int] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collecting_threads.append(threading.get_ident())

    runner = JobRunner()
    results: list[int] = []
    gc.callbacks.append(seen)
    try:
        for _ in range(3):
            _Cycle()
            runner.submit(_allocating_work, results.append)
        qtbot.waitUntil(lambda: len(results) == 3, timeout=20000)
    finally:
        gc.callbacks.remove(seen)
    assert results == [results[0]] * 3
    assert set(collecting_threads) <= {gui_thread}


def test_the_collector_is_back_once_the_jobs_reported(qtbot: Any) -> None:
    assert gc.isenabled()
    during: list[bool] = []
    runner = JobRunner()
    runner.submit(lambda: during.append(gc.isenabled()), lambda _result: None)
    qtbot.waitUntil(lambda: collector.jobs_running() == 0, timeout=10000)
    assert during == [False]
    assert gc.isenabled()


def test_a_failing_job_gives_the_collector_back(qtbot: Any) -> None:
    errors: list[BaseException] = []

    def broken() -> None:
        raise ValueError("the job's own failure")

    JobRunner().submit(broken, lambda _result: None, lambda err, _tb: errors.append(err))
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert gc.isenabled()


def test_closing_with_a_job_in_flight_gives_the_collector_back() -> None:
    # No event loop runs here: the outcome is never delivered, but once the pool is idle
    # (what closing the window waits for) the collector resumes.
    gate = threading.Event()
    runner = JobRunner()
    runner.submit(gate.wait, lambda _result: None)
    assert not gc.isenabled()
    gate.set()
    assert runner.wait(10000)
    assert gc.isenabled()
    assert collector.jobs_running() == 0
