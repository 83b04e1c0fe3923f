"""How often the GUI thread gets the interpreter while a pure-Python worker runs, at Python's
switch interval (5 ms) and at the one the window's thread pool sets (``SWITCH_INTERVAL_S``).

A table with a Python model is repainted every 20 ms (each cell a call from Qt into Python)
and a 2 ms timer counts how often the GUI thread runs, for 2 s per round, while a worker
thread computes in Python; the two intervals are interleaved, and a round without the worker
is the floor. Prints, per interval, the timer's firings (1000 is the most) and the longest
gap, then ``ticks_ratio_pool_vs_python: X`` (firings at the pool's interval over those at
5 ms; above 1 the GUI thread answers more often).

    .venv/bin/python tests/benchmarks/bench_switch_interval.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QTableView

from balagh.gui.workers import SWITCH_INTERVAL_S

PYTHON_DEFAULT_S = 0.005
Index = QModelIndex | QPersistentModelIndex


class Cells(QAbstractTableModel):
    """40 rows of 5 cells, each text worked out in Python."""

    def rowCount(self, _parent: Index | None = None) -> int:
        return 40

    def columnCount(self, _parent: Index | None = None) -> int:
        return 5

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return f"{index.row()}-{index.column()}" if role == Qt.ItemDataRole.DisplayRole else None


def _busy(stop: threading.Event) -> None:
    total = 0
    while not stop.is_set():
        for i in range(1000):
            total += i * i


def one_round(app: QApplication, view: QTableView, interval: float,
              worker: bool) -> tuple[int, float]:
    """The timer's firings and the longest gap (ms) in 2 s."""
    sys.setswitchinterval(interval)
    stop = threading.Event()
    thread = threading.Thread(target=_busy, args=(stop,)) if worker else None
    if thread is not None:
        thread.start()
    last = [time.perf_counter()]
    longest = [0.0]
    ticks = [0]

    def tick() -> None:
        now = time.perf_counter()
        longest[0] = max(longest[0], (now - last[0]) * 1000 - 2)
        last[0] = now
        ticks[0] += 1

    probe = QTimer(view)
    probe.setTimerType(Qt.TimerType.PreciseTimer)
    probe.timeout.connect(tick)
    probe.start(2)
    repaint = QTimer(view)
    repaint.timeout.connect(lambda: view.viewport().update())
    repaint.start(20)
    end = time.perf_counter() + 2
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.0005)
    probe.stop()
    repaint.stop()
    stop.set()
    if thread is not None:
        thread.join()
    return ticks[0], longest[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    app = QApplication(sys.argv[:1])
    view = QTableView()
    view.setModel(Cells())
    view.resize(800, 900)
    view.show()
    found: dict[str, list[tuple[int, float]]] = {"python": [], "pool": [], "floor": []}
    for _ in range(args.rounds):
        found["python"].append(one_round(app, view, PYTHON_DEFAULT_S, True))
        found["pool"].append(one_round(app, view, SWITCH_INTERVAL_S, True))
        found["floor"].append(one_round(app, view, PYTHON_DEFAULT_S, False))
    for name, rounds in found.items():
        print(f"{name}: firings {[t for t, _ in rounds]}, longest gap (ms) "
              f"{[round(g, 1) for _, g in rounds]}")
    ratio = (statistics.median(t for t, _ in found["pool"])
             / max(statistics.median(t for t, _ in found["python"]), 1))
    print(f"ticks_ratio_pool_vs_python: {ratio:.2f}")
    view.close()
    view.deleteLater()  # with its timers, before the interpreter finalises Qt's objects
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
