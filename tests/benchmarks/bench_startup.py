"""Start-up benchmark: time to a usable Balagh window vs a bare QApplication + QMainWindow.

Each run is a fresh process, timed from its launch to the moment it reports the window
usable (``QT_QPA_PLATFORM=offscreen`` unless a display is wanted), so
imports, fonts, translations and opening the store are all counted. "Usable" means the main
window is shown and the editions list is filled from the database (a SQLite file with the demo
editions, prepared once). Prints the medians and their ratio.

    .venv/bin/python tests/benchmarks/bench_startup.py [--runs 7] [--lang ar]
    xvfb-run -a .venv/bin/python tests/benchmarks/bench_startup.py --platform xcb
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BASELINE = r"""
import time
t0 = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
def ready():
    print(f"READY {time.perf_counter() - t0:.4f}", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""

BALAGH = r"""
import sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from balagh.gui.main_window import MainWindow
shown = []
def poll():
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible() and not shown:
            shown.append(True)
            print(f"SHOWN {time.perf_counter() - t0:.4f}", flush=True)
        if (isinstance(widget, MainWindow) and widget.isVisible()
                and widget.services is not None and widget.panel.model.rowCount() > 0):
            print(f"READY {time.perf_counter() - t0:.4f}", flush=True)
            widget.close()
            app.quit()
            return
    QTimer.singleShot(2, poll)
QTimer.singleShot(0, poll)
from balagh.gui.app import run_gui
sys.exit(run_gui(sys.argv[1], []))
"""


def run_once(code: str, args: list[str], env: dict[str, str]) -> float:
    """One fresh process; seconds from launching it to its READY line (window usable)."""
    return run_timed(code, args, env)[1]


def run_timed(code: str, args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """One fresh process; seconds to its SHOWN line (window on screen, empty) and READY line.

    A process that prints no SHOWN line (the bare Qt baseline) reports READY for both.
    """
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args], env=env, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
    )
    assert process.stdout is not None
    ready_at = shown_at = None
    for line in process.stdout:
        if line.startswith("SHOWN"):
            shown_at = time.perf_counter() - started
        if line.startswith("READY"):
            ready_at = time.perf_counter() - started
            break
    _out, err = process.communicate(timeout=120)
    if process.returncode != 0 or ready_at is None:
        raise RuntimeError(f"run failed ({process.returncode}):\n{err}")
    return (shown_at if shown_at is not None else ready_at), ready_at


def prepare_database(home: Path) -> str:
    """A SQLite database with the demo editions (schema already at head)."""
    env = {**os.environ, "BALAGH_HOME": str(home)}
    url = f"sqlite:///{(home / 'bench.db').as_posix()}"
    code = (
        "import sys\nfrom balagh.store import open_store\nfrom balagh.store.demo import "
        "install_demo\nwith open_store(sys.argv[1]) as s:\n    install_demo(s.editions)\n"
    )
    subprocess.run([sys.executable, "-c", code, url], env=env, check=True, timeout=120)
    return url


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--lang", choices=["ar", "fr"], default="ar")
    parser.add_argument("--platform", default="offscreen",
                        help="Qt platform plugin (xcb under xvfb-run for a real X window)")
    args = parser.parse_args(argv)
    home = Path(tempfile.mkdtemp(prefix="balagh-bench-"))
    env = {**os.environ, "BALAGH_HOME": str(home)}
    env["QT_QPA_PLATFORM"] = args.platform
    url = prepare_database(home)
    if args.lang == "fr":
        (home / "config").mkdir(parents=True, exist_ok=True)
        (home / "config" / "settings.json").write_text('{"language": "fr"}', encoding="utf-8")
    run_once(BASELINE, [], env)  # warm the file cache once for both
    run_once(BALAGH, [url], env)
    base = statistics.median(run_once(BASELINE, [], env) for _ in range(args.runs))
    timed = [run_timed(BALAGH, [url], env) for _ in range(args.runs)]
    shown = statistics.median(t[0] for t in timed)
    app = statistics.median(t[1] for t in timed)
    print(f"runs: {args.runs} each, platform {env['QT_QPA_PLATFORM']}, language {args.lang}")
    print(f"bare QApplication + empty QMainWindow shown: {base * 1000:.0f} ms (median)")
    print(f"Balagh window on screen (empty, store opening in the background): "
          f"{shown * 1000:.0f} ms (median)")
    print(f"Balagh window shown with the editions listed from the database: "
          f"{app * 1000:.0f} ms (median)")
    print(f"ratio Balagh / bare Qt: {app / base:.2f}")
    print(f"target under 1500 ms: {'met' if app < 1.5 else 'NOT met'}")
    return 0 if app < 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
