"""Start-up benchmark: time to a usable Balagh window vs a bare QApplication + QMainWindow.

Each run is a fresh process, timed from its launch to the moment it reports the window
usable (``QT_QPA_PLATFORM=offscreen`` unless a display is wanted), so
imports, fonts, translations and opening the store are all counted; Balagh starts through
its command line (``balagh --db URL``), as the staff's shortcut does. "Usable" means the main
window is shown and the editions list is filled from the database: SQLite files with the
demo editions (six), 100 and 1000 editions (prepared once, see ``bench_data.py``). The runs are
interleaved — a bare window, then Balagh on one database, round after round — so that the
load of the machine weighs on both alike. Prints the medians and, one per database,
``usable_window_vs_bare: X.XX`` lines (the demo database first), each followed by
``usable_window_vs_bare_cpu: X.XX``: the same in CPU time (each process's own, every thread,
from its start), which waiting for a core on a loaded machine does not inflate.

    .venv/bin/python tests/benchmarks/bench_startup.py [--runs 7] [--sizes 4,100,1000]
    xvfb-run -a .venv/bin/python tests/benchmarks/bench_startup.py --platform xcb

With ``--steps`` it prints, instead, where each start-up goes: the medians over the runs of
the window's per-step log (``start-up step …`` lines of ``balagh.log``: each step's clock
time and CPU time on its own thread, and the process's CPU time when it ended).
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_data import bench_env, prepare_database
from bench_stats import spread

BASELINE = r"""
import time
t0 = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
def ready():
    print(f"READY {time.perf_counter() - t0:.4f} {time.process_time():.4f}", flush=True)
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
shown = []  # the main window, once seen on screen: not looked for again among every
def poll():  # top-level widget (their Python wrappers, every 2 ms, cost Balagh ~8 ms of CPU)
    for widget in shown or QApplication.topLevelWidgets():
        if widget.objectName() != "main_window" or not widget.isVisible():
            continue
        if not shown:
            shown.append(widget)
            print(f"SHOWN {time.perf_counter() - t0:.4f}", flush=True)
        if widget.services is not None and widget.panel.model.rowCount() > 0:
            print(f"READY {time.perf_counter() - t0:.4f} {time.process_time():.4f}", flush=True)
            widget.close()
            app.quit()
            return
    QTimer.singleShot(2, poll)
QTimer.singleShot(0, poll)
from balagh.cli.main import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def run_once(code: str, args: list[str], env: dict[str, str]) -> float:
    """One fresh process; seconds from launching it to its READY line (window usable)."""
    return run_timed(code, args, env)[1]


def run_timed(code: str, args: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """One fresh process; seconds to its SHOWN line (window on screen, empty) and READY line,
    and the CPU time the process had used by then (every thread, from its start).

    A process that prints no SHOWN line (the bare Qt baseline) reports READY for both.
    """
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args], env=env, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
    )
    assert process.stdout is not None
    ready_at = shown_at = None
    cpu = 0.0
    for line in process.stdout:
        if line.startswith("SHOWN"):
            shown_at = time.perf_counter() - started
        if line.startswith("READY"):
            ready_at = time.perf_counter() - started
            cpu = float(line.split()[2])
            break
    _out, err = process.communicate(timeout=120)
    if process.returncode != 0 or ready_at is None:
        raise RuntimeError(f"run failed ({process.returncode}):\n{err}")
    return (shown_at if shown_at is not None else ready_at), ready_at, cpu


#: ``start-up step NAME: 12.3 ms, GUI thread CPU 4.5 ms; process CPU 678 ms`` (the step's
#: figures are absent from the milestones: «window shown», «usable»).
STEP_LINE = re.compile(r"start-up step (?P<name>[^:;]+?)(?:: (?P<clock>[\d.]+) ms, "
                       r"[\w ]*CPU (?P<cpu>[\d.]+) ms)?; process CPU (?P<process>\d+) ms")


def read_steps(log_text: str) -> list[list[tuple[str, float, float, float]]]:
    """The per-step lines of each start-up in a log: (name, clock, CPU, process CPU)."""
    runs: list[list[tuple[str, float, float, float]]] = []
    for line in log_text.splitlines():
        if "start-up step window shown" in line:
            runs.append([])
        found = STEP_LINE.search(line)
        if found and runs:
            runs[-1].append((found["name"], float(found["clock"] or "nan"),
                             float(found["cpu"] or "nan"), float(found["process"])))
    return runs


def print_steps(home: Path, url: str, env: dict[str, str], runs: int) -> None:
    """Start Balagh ``runs`` times on ``url``; print the medians of its per-step log."""
    log_file = home / "logs" / "balagh.log"
    log_file.unlink(missing_ok=True)
    for _run in range(runs):
        run_once(BALAGH, [url], env)
    found = read_steps(log_file.read_text(encoding="utf-8"))
    print(f"{'step':<40} {'clock ms':>9} {'CPU ms':>8} {'process CPU ms':>15}")
    for index, (name, *_rest) in enumerate(found[0]):
        same = [run[index] for run in found if len(run) > index and run[index][0] == name]
        clock, cpu, process = (statistics.median(row[i] for row in same) for i in (1, 2, 3))
        print(f"{name:<40} {clock:>9.1f} {cpu:>8.1f} {process:>15.0f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sizes", default="4,100,1000",
                        help="numbers of editions in the databases (4: the demo editions)")
    parser.add_argument("--lang", choices=["ar", "fr"], default="ar")
    parser.add_argument("--platform", default="offscreen",
                        help="Qt platform plugin (xcb under xvfb-run for a real X window)")
    parser.add_argument("--steps", action="store_true",
                        help="print the medians of the per-step log (first size) instead")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",")]
    home = Path(tempfile.mkdtemp(prefix="balagh-bench-"))
    env = bench_env(home)
    env["QT_QPA_PLATFORM"] = args.platform
    urls = {size: prepare_database(home, size) for size in sizes}
    if args.lang == "fr":
        (home / "config").mkdir(parents=True, exist_ok=True)
        (home / "config" / "settings.json").write_text('{"language": "fr"}', encoding="utf-8")
    run_once(BASELINE, [], env)  # warm the file cache once for all
    for url in urls.values():
        run_once(BALAGH, [url], env)
    if args.steps:
        print_steps(home, urls[sizes[0]], env, args.runs)
        return 0
    bare: dict[int, list[float]] = {size: [] for size in sizes}
    shown: dict[int, list[float]] = {size: [] for size in sizes}
    usable: dict[int, list[float]] = {size: [] for size in sizes}
    bare_cpu: dict[int, list[float]] = {size: [] for size in sizes}
    usable_cpu: dict[int, list[float]] = {size: [] for size in sizes}
    for _round in range(args.runs):  # interleaved: bare, then each database, every round
        for size in sizes:
            _shown, ready, cpu = run_timed(BASELINE, [], env)
            bare[size].append(ready)
            bare_cpu[size].append(cpu)
            on_screen, ready, cpu = run_timed(BALAGH, [urls[size]], env)
            shown[size].append(on_screen)
            usable[size].append(ready)
            usable_cpu[size].append(cpu)
    base = statistics.median([t for runs in bare.values() for t in runs])
    base_cpu = statistics.median([t for runs in bare_cpu.values() for t in runs])
    print(f"runs: {args.runs} per database, platform {env['QT_QPA_PLATFORM']}, "
          f"language {args.lang}")
    print(f"bare_window_ms: {base * 1000:.0f}")
    for size in sizes:
        print(f"editions {size}: window shown {statistics.median(shown[size]) * 1000:.0f} ms, "
              f"usable {statistics.median(usable[size]) * 1000:.0f} ms (medians)")
    print(f"bare_window_cpu_ms: {base_cpu * 1000:.0f}; usable window CPU "
          + ", ".join(f"{size} editions {statistics.median(usable_cpu[size]) * 1000:.0f} ms"
                      for size in sizes) + " (medians; the process's CPU time, every thread)")
    for size in sizes:
        suffix = "" if size == 4 else f"_{size}_editions"
        print(f"usable_window_vs_bare{suffix} " + spread(usable[size], bare[size]))
        print(f"usable_window_vs_bare{suffix}: {statistics.median(usable[size]) / base:.2f}")
        print(f"usable_window_vs_bare_cpu{suffix}: "
              f"{statistics.median(usable_cpu[size]) / base_cpu:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
