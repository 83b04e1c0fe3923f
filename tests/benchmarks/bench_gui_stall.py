"""GUI-thread stall benchmark: the longest time the window does not answer, at 100 and 1000
editions, while a user starts it, types figures, saves, switches editions, drafts, types in
the release and checks it.

A probe timer fires every 2 ms on the GUI thread; the longest gap between two firings,
less the interval, is the longest stall (what a user feels as a freeze). Each action is run
from the event loop, as a click or a key press would be, and the probe keeps running until
the background work it started is done. The same run also measures the probe while the
window is idle (the floor: what the machine itself adds). Each size runs in a fresh process.

    .venv/bin/python tests/benchmarks/bench_gui_stall.py [--sizes 100 1000]

Where the GUI thread's time goes in one phase: ``BALAGH_STALL_PROFILE=drafting`` (optionally
``BALAGH_STALL_SORT=cumtime``, ``BALAGH_STALL_TOP=60``) with ``--child 100 --folder DIR``
prints cProfile's table of that phase on standard error.

Prints, per size, the longest stall of each phase, then
``longest_gui_stall_ms_at_100: X`` and ``longest_gui_stall_ms_at_1000: Y``.
Targets (issue 19): at most 50 ms at 100 editions and 100 ms at 1000.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
INTERVAL_MS = 2


class Probe:
    """Records the longest gap between firings of a fast timer on the GUI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, (now - self.last) * 1000 - INTERVAL_MS)
        self.last = now

    def reset(self) -> float:
        """The longest stall since the last reset (ms), and start again."""
        found = self.longest
        self.longest = 0.0
        self.last = time.perf_counter()
        return max(found, 0.0)


#: Time between two typed characters (ms): 50 a second, faster than any typist.
KEY_GAP_MS = 20


def _send_text(widget: object, text: str) -> None:
    """One key press and release per character (Arabic included), as a keyboard would: a
    character per turn of the event loop, ``KEY_GAP_MS`` apart (a keyboard never delivers
    a whole phrase between two turns)."""
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    def press(char: str) -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))

    for position, char in enumerate(text):
        QTimer.singleShot(position * KEY_GAP_MS, lambda c=char: press(c))


def child(count: int, folder: Path) -> dict[str, float]:
    """Run the scenario on ``count`` editions; returns the longest stall of each phase."""
    import gc

    gc.disable()  # as ``balagh`` does (cli.main) until the window is usable
    os.environ["BALAGH_HOME"] = str(folder / "home")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT / "tests"))
    sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from balagh.gui.window.app import attach_store_in_background
    from balagh.gui.window.main_window import MainWindow
    from balagh.platform.settings import Settings
    from balagh.store import open_store
    from editions_series import edition_series

    store = open_store(f"sqlite:///{(folder / 'stall.db').as_posix()}")
    series = edition_series(count)
    for k, edition in enumerate(series):  # 16 editions a year, so 1000 end up after 1956
        year = 2025 - (count - 1 - k) // 16
        edition.start_date = dt.date(year, 1, 2) + dt.timedelta(days=(k % 16) * 22)
        edition.end_date = edition.start_date + dt.timedelta(days=3)
    store.editions.replace_all(series, replace=True)
    app = QApplication([sys.argv[0]])
    probe = Probe()
    tracer = None
    if os.environ.get("BALAGH_STALL_TRACE"):  # where each phase's longest stall happens
        from stall_trace import StallTracer

        tracer = StallTracer(lambda: probe.last)
    results: dict[str, float] = {}
    state: dict[str, object] = {}

    def settle(ms: int = 400) -> None:
        """Let the event loop run (probe firing) until background work is done."""
        window = state.get("window")
        deadline = time.perf_counter() + 60
        end = time.perf_counter() + ms / 1000
        while time.perf_counter() < end or (
                window is not None and window.jobs.busy  # type: ignore[attr-defined]
                and time.perf_counter() < deadline):
            app.processEvents()
            time.sleep(0.0005)

    def phase(name: str, action: object, ms: int = 400) -> None:
        settle(200)
        probe.reset()
        profiled = os.environ.get("BALAGH_STALL_PROFILE") == name  # where the time goes
        if profiled:
            import cProfile
            import pstats

            profile = cProfile.Profile()
            profile.enable()
        QTimer.singleShot(0, action)  # type: ignore[arg-type]
        settle(ms)
        results[name] = round(probe.reset(), 1)
        if tracer is not None:
            tracer.report(name, results[name])
        if profiled:
            profile.disable()
            stats = pstats.Stats(profile, stream=sys.stderr)
            stats.sort_stats(os.environ.get("BALAGH_STALL_SORT", "tottime"))
            stats.print_stats(int(os.environ.get("BALAGH_STALL_TOP", "25")))

    probe.timer.start()
    phase("idle", lambda: None)

    store.close()
    db_url = f"sqlite:///{(folder / 'stall.db').as_posix()}"

    def start() -> None:  # as ``balagh`` starts: window first, the store opened behind it
        window = MainWindow("ar")
        window.resize(1366, 768)
        window.show()
        attach_store_in_background(window, db_url, Settings())
        state["window"] = window

    phase("start", start, 1500)
    wait_until = time.perf_counter() + 60
    while state["window"].services is None and time.perf_counter() < wait_until:  # type: ignore[attr-defined]
        settle(100)
    window: MainWindow = state["window"]  # type: ignore[assignment]
    numbers = [e.number for e in window.panel.model.editions()]

    def type_figure() -> None:
        field = window.form.figure_rows["vehicles"].value
        field.setFocus()
        field.selectAll()
        _send_text(field, "1234")

    phase("typing_figures", type_figure, 1200)
    phase("saving", window.save, 800)
    def choose(number: int) -> None:  # a click on the edition's row in the list
        from PySide6.QtCore import QItemSelectionModel

        panel = window.panel
        index = panel.proxy.mapFromSource(panel.model.index(panel.model.row_of(number), 0))
        panel.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    phase("switching", lambda: choose(numbers[0]), 800)
    phase("switching_back", lambda: choose(numbers[-1]), 800)
    assert window.controller.original_number == numbers[-1]

    def draft() -> None:
        window.tabs.setCurrentWidget(window.release_tab)
        window.release_tab.generate_button.click()  # «إنشاء المسودة», as the staff do

    settle(2000)  # the documents layer is imported in the background at start-up
    phase("drafting", draft, 2500)

    def type_release() -> None:
        editor = window.release_tab.editor
        editor.setFocus()
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        _send_text(editor, " وقد عرفت هذه الدورة نجاحا كبيرا")

    phase("typing_release", type_release, 2500)  # the pause saves, renders and checks
    phase("checking", window.release_tab.check_button.click, 1500)
    phase("saving_draft", window.release_tab.save_button.click, 800)
    window.controller.discard()
    window.close()
    probe.timer.stop()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print("RESULT " + json.dumps(child(args.child, args.folder)), flush=True)
        return 0
    for size in args.sizes:
        with tempfile.TemporaryDirectory(prefix="balagh-stall-") as folder:
            done = subprocess.run(
                [sys.executable, __file__, "--child", str(size), "--folder", folder],
                capture_output=True, text=True, timeout=900,
                env=dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM",
                                                                    "offscreen")),
            )
        lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
        if done.returncode != 0 or not lines:
            print(done.stderr[-3000:], file=sys.stderr)
            return 1
        phases = json.loads(lines[-1][len("RESULT "):])
        floor = phases.pop("idle")
        print(f"{size} editions (idle floor {floor} ms): "
              + ", ".join(f"{name} {ms}" for name, ms in phases.items()))
        print(f"longest_gui_stall_ms_at_{size}: {max(phases.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
