"""Benchmark: what the reader-facing ToUnicode maps cost in PDF size and typesetting time.

Run from the checkout: ``.venv/bin/python tests/benchmarks/bench_reader_text.py [--rounds N]``.

The Fez 2023 release (the eight seed paragraphs, letterhead, date line, title, footer, as
``balagh release pdf`` sets it) is typeset, interleaved round after round in one process:

(a) ``readers``: as Balagh does it — ToUnicode maps to base letters, mirrored glyphs drawn
    with their reader codes (balagh.typeset.tounicode);
(b) ``plain``: the same with reportlab's own ToUnicode maps (presentation forms; the same
    font subsets, cut and kept by ``balagh.typeset.font_subset`` on both sides), no
    per-line choice of bracket codes and every line drawn in one piece (no cut beside a
    quote and a number, ``reader_cut``): the code before the reader work, the floor. (The Fez
    release holds no mirrored character; the justification bound changes none of its lines:
    its page images are identical either way.)

``--text FILE`` sets the body of another release instead (the paragraphs of a
``balagh release text`` file between the date line and title and the reference: the
opening release has a line cut for pdf.js). It prints both medians and sizes, and as its
last two lines ``time_readers_vs_plain: X.XXX`` and ``size_readers_vs_plain: Y.YYY``
(target: within 0.95–1.05).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "tests" / "data" / "seed_release.txt"


BODY: list[str] = [p for p in SEED.read_text(encoding="utf-8").splitlines() if p.strip()]


def render() -> bytes:
    from balagh.core.model import Release, ReleaseKind
    from balagh.documents.release.pdf import render_release_pdf
    from balagh.platform.settings import Settings

    paragraphs = BODY
    release = Release(4, ReleaseKind.CLOSING, "بلاغ", "الرباط", dt.date(2023, 5, 22), paragraphs)
    return render_release_pdf(release, Settings())


def plain_switch() -> Callable[[bool], None]:
    """A switch between Balagh's reader maps (False) and reportlab's own (True)."""
    from reportlab.pdfbase.ttfonts import makeToUnicodeCMap

    from balagh.typeset import paragraph, tounicode

    reader_cmap = tounicode.to_unicode_cmap
    reader_fix = paragraph.for_readers
    reader_cut = paragraph.reader_cut

    def switch(plain: bool) -> None:
        # The same subsets either way (balagh.typeset.font_subset): only the maps differ.
        tounicode.to_unicode_cmap = makeToUnicodeCMap if plain else reader_cmap
        paragraph.for_readers = (lambda text: text) if plain else reader_fix
        paragraph.reader_cut = (lambda *_chars: False) if plain else reader_cut

    return switch


def timed(function: Callable[[], bytes]) -> tuple[float, int]:
    start = time.perf_counter()
    size = len(function())
    return time.perf_counter() - start, size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--text", type=Path, help="a `balagh release text` file to set instead")
    args = parser.parse_args(argv)
    if args.text:
        text = args.text.read_text(encoding="utf-8").split("\n\n")
        BODY[:] = [p for p in text if p.strip()][2:-1]
    switch = plain_switch()
    times: dict[str, list[float]] = {"readers": [], "plain": []}
    sizes: dict[str, int] = {}
    for plain in (False, True):  # warm-up: word caches filled for both
        switch(plain)
        render()
    for round_index in range(args.rounds):
        order = (("readers", False), ("plain", True))
        for name, plain in order if round_index % 2 else order[::-1]:
            switch(plain)
            seconds, size = timed(render)
            times[name].append(seconds)
            sizes[name] = size
    switch(False)
    medians = {name: statistics.median(values) for name, values in times.items()}
    print(f"rounds: {args.rounds}")
    for name in ("readers", "plain"):
        print(f"{name:8} median {medians[name] * 1000:.2f} ms, {sizes[name]} bytes")
    print(f"time_readers_vs_plain: {medians['readers'] / medians['plain']:.3f}")
    print(f"size_readers_vs_plain: {sizes['readers'] / sizes['plain']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
