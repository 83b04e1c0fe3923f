"""Benchmark: the all-editions report for 7, 100 and 1000 editions — time linear in editions.

Run from the checkout: ``.venv/bin/python tests/benchmarks/bench_all_editions.py [--rounds N]``.

In one process, interleaved round after round (after one untimed warm-up round), the report
is rendered for series of 7, 100 and 1000 editions (``tests/editions_series.py``: the demo
editions repeated, one a year). The floor is the 100-edition report: the time per edition of
each size is divided by the floor's time per edition. Linear time shows as ratios near 1
(a fixed cost per document makes small reports dearer per edition, never cheaper); a
quadratic layout would give about 10 for 1000 editions.

Prints, per size, the median seconds, the page count and ``per_edition_vs_100``; its last
line is ``per_edition_1000_vs_100: X.XX``.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

SIZES = (7, 100, 1000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    from pypdf import PdfReader

    from balagh.core.catalogue import DEFAULT_BY_KEY
    from balagh.documents.summary.all_pdf import render_all_editions_pdf
    from balagh.platform.settings import Settings
    from editions_series import edition_series

    series = {n: edition_series(n) for n in SIZES}
    settings = Settings()
    pages: dict[int, int] = {}
    times: dict[int, list[float]] = {n: [] for n in SIZES}
    for n in SIZES:  # warm-up: fonts, caches
        pdf = render_all_editions_pdf(series[n], DEFAULT_BY_KEY, settings)
        pages[n] = len(PdfReader(io.BytesIO(pdf)).pages)
    for _ in range(args.rounds):
        for n in SIZES:
            start = time.perf_counter()
            render_all_editions_pdf(series[n], DEFAULT_BY_KEY, settings)
            times[n].append(time.perf_counter() - start)
    medians = {n: statistics.median(times[n]) for n in SIZES}
    floor = medians[100] / 100
    for n in SIZES:
        ratio = medians[n] / n / floor
        print(f"{n:5d} editions: {medians[n]:7.2f} s, {pages[n]:3d} pages, "
              f"per_edition_vs_100: {ratio:.2f}")
    print(f"per_edition_1000_vs_100: {medians[1000] / 1000 / floor:.2f}")


if __name__ == "__main__":
    main()
