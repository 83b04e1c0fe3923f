"""Benchmark: a cold ``balagh release pdf`` process against a Latin-floor process.

Each run is a fresh Python process, timed by the CPU time (user + system) the operating
system charges it, from its start to its exit — interpreter start-up, imports, fonts, the
database and the PDF file are all counted:

(a) ``release_process``: ``python -m balagh --db URL release pdf 4 -o FILE``, the Fez 2023
    closing release from the demo database (SQLite), written to a file;
(b) ``latin_process``: a process that imports reportlab, registers the same Amiri font and
    sets as many Latin characters as that release has, justified on A4, into a file —
    the floor: what any reportlab document of that size costs.

The two alternate run after run so that the load of the machine weighs on both alike. It
prints the medians (CPU and wall-clock), the spread of the run-by-run ratios and, last,
``release_process_vs_latin_process: X.XX`` (a / b, CPU time).

    .venv/bin/python tests/benchmarks/bench_process.py [--runs 15]
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

from bench_data import bench_env, prepare_database
from bench_stats import spread

LATIN_PROCESS = r"""
import sys
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont("Amiri", sys.argv[1]))
count = int(sys.argv[3])
words = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
         "incididunt ut labore et dolore magna aliqua. ") * (count // 100 + 1)
text = words[:count]
style = ParagraphStyle("latin", fontName="Amiri", fontSize=13, leading=22.75,
                       alignment=TA_JUSTIFY, spaceAfter=6)
paragraphs = [text[i:i + 320] for i in range(0, len(text), 320)]
SimpleDocTemplate(sys.argv[2], pagesize=A4).build([Paragraph(p, style) for p in paragraphs])
"""

ROOT = Path(__file__).resolve().parents[2]
FONT = ROOT / "resources" / "fonts" / "Amiri-Regular.ttf"


def run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """CPU seconds (user + system) and wall seconds of one process; fails loudly."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    assert process.stderr is not None
    err = process.stderr.read().decode("utf-8", "replace")
    process.stderr.close()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{command[:4]} failed ({process.returncode}):\n{err}")
    return usage.ru_utime + usage.ru_stime, wall


def release_characters(url: str, env: dict[str, str]) -> int:
    """How many characters the release of edition 4 has (its draft, as text)."""
    done = subprocess.run(
        [sys.executable, "-m", "balagh", "--db", url, "release", "draft", "4"],
        env=env, capture_output=True, text=True, check=True,
    )
    return len(done.stdout.strip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    home = Path(tempfile.mkdtemp(prefix="balagh-bench-"))
    env = bench_env(home)
    url = prepare_database(home, 4)
    characters = release_characters(url, env)
    release = [sys.executable, "-m", "balagh", "--db", url, "release", "pdf", "4",
               "-o", str(home / "release.pdf")]
    latin = [sys.executable, "-c", LATIN_PROCESS, str(FONT), str(home / "latin.pdf"),
             str(characters)]
    run(release, env)  # warm the file cache once for both
    run(latin, env)
    times: dict[str, list[tuple[float, float]]] = {"release_process": [], "latin_process": []}
    for _round in range(args.runs):
        times["release_process"].append(run(release, env))
        times["latin_process"].append(run(latin, env))
    print(f"runs: {args.runs} each; release: {characters} characters")
    cpu = {name: statistics.median(t[0] for t in runs) for name, runs in times.items()}
    for name, runs in times.items():
        wall = statistics.median(t[1] for t in runs)
        print(f"{name}: cpu {cpu[name] * 1000:.0f} ms, wall {wall * 1000:.0f} ms (medians)")
    print("release_process_vs_latin_process "
          + spread([t[0] for t in times["release_process"]],
                   [t[0] for t in times["latin_process"]]))
    print(f"release_process_vs_latin_process: "
          f"{cpu['release_process'] / cpu['latin_process']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
