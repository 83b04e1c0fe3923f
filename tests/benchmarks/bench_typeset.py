"""Benchmark: Arabic release typesetting against reportlab's Latin floor and WeasyPrint.

Run from the checkout: ``.venv/bin/python tests/benchmarks/bench_typeset.py [--rounds N]``.

In one process, interleaved round after round (after one untimed warm-up round):

(a) ``release``: balagh.typeset sets the eight paragraphs of the seed release (Fez 2023)
    justified on A4 — reshaping, bidi, line breaking, PDF bytes;
(b) ``latin_floor``: reportlab's own Paragraph sets the same number of Latin characters,
    paragraph by paragraph, with the same font (Amiri), size, leading, justification and
    frame, no shaping — the floor this layer is measured against;
(c) ``weasyprint``: WeasyPrint (Pango + HarfBuzz) renders the same Arabic text from HTML
    with ``dir="rtl"`` and the same font file, when it is installed.

Cold caches: (a) and (b) are also timed as the first document of a fresh process (after
the imports and the font registration, which are not timed), one process each, alternating
(``--cold-runs``): word shapes, widths and bidi runs are then all computed afresh, and
reportlab's own first-use work is counted on both sides.

Every document is timed by the CPU time of the process (``time.process_time``), not the
clock: on a machine shared with other work, a round preempted half-way would otherwise
count the time spent waiting for a core.

Font subsets: a Balagh font keeps the last few subsets it cut (``balagh.typeset.font_subset``)
and a document drawing exactly the same glyphs under the same codes embeds them again, as the
live preview does when an edit changes no glyph. Warm rounds of (a) and (b) are therefore
timed twice, interleaved: as they come (every warm round after the first reuses its subset,
on both sides: ``release_vs_latin_floor``), and with the kept subsets dropped before each
document (untimed), so that both cut and compress theirs afresh, as after an edit that adds a
glyph (``release_vs_latin_floor_subset_cut``). Each round times (a) cut afresh, (a) again
(reusing), (b) cut afresh, (b) again, then the ``build_document`` figure, whose subsets are
then cut afresh too (the kept ones were dropped). Cold runs never reuse a subset.

It prints the medians and the ratios ``release_vs_latin_floor: X.XX`` (a / b, warm),
``release_vs_latin_floor_subset_cut: X.XX`` (a / b, warm, subsets cut afresh),
``cold_release_vs_latin_floor: X.XX`` (a / b, both cold) and ``weasyprint_vs_release: Y.Y``
(c / a). Also shown: (a) through ``build_document`` with letterhead and «الصفحة 1 من 1»
footer.
"""

from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_data import bench_env
from bench_stats import spread

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "tests" / "data" / "seed_release.txt"
LATIN = (
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
    "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud "
    "exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure "
    "dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. "
)
FONT_SIZE = 13.0
LEADING = FONT_SIZE * 1.75
SPACE_AFTER = 6.0
MARGIN = 2 * 28.3465


def seed_paragraphs() -> list[str]:
    return [p for p in SEED.read_text(encoding="utf-8").splitlines() if p.strip()]


def latin_paragraphs(arabic: list[str]) -> list[str]:
    """Latin text with exactly as many characters per paragraph as the Arabic one."""
    stream = LATIN * (sum(len(p) for p in arabic) // len(LATIN) + 2)
    out: list[str] = []
    position = 0
    for paragraph in arabic:
        out.append(stream[position : position + len(paragraph)])
        position += len(paragraph)
    return out


def _doc(buffer: io.BytesIO) -> object:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    frame = Frame(MARGIN, MARGIN, A4[0] - 2 * MARGIN, A4[1] - 2 * MARGIN, 0, 0, 0, 0)
    doc = BaseDocTemplate(buffer, pagesize=A4)
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame])])
    return doc


def make_release(paragraphs: list[str]) -> Callable[[], bytes]:
    from balagh.typeset.paragraph import RtlParagraph
    from balagh.typeset.styles import BODY

    style = BODY.but(font_size=FONT_SIZE, leading=LEADING, space_after=SPACE_AFTER)

    def run() -> bytes:
        buffer = io.BytesIO()
        doc = _doc(buffer)
        doc.build([RtlParagraph(text, style) for text in paragraphs])  # type: ignore[attr-defined]
        return buffer.getvalue()

    return run


def make_release_document(paragraphs: list[str]) -> Callable[[], bytes]:
    from balagh.typeset.document import Letterhead, build_document
    from balagh.typeset.paragraph import RtlParagraph
    from balagh.typeset.styles import BODY

    style = BODY.but(font_size=FONT_SIZE, leading=LEADING, space_after=SPACE_AFTER)
    header = Letterhead(["المملكة المغربية", "المديرية العامة للأمن الوطني"])

    def run() -> bytes:
        return build_document(
            [RtlParagraph(text, style) for text in paragraphs],
            title="بلاغ", author="المديرية العامة للأمن الوطني", header=header,
        )

    return run


def make_latin_floor(paragraphs: list[str]) -> Callable[[], bytes]:
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from balagh.typeset.fonts import register_fonts

    font = register_fonts().regular
    style = ParagraphStyle(
        "latin", fontName=font, fontSize=FONT_SIZE, leading=LEADING,
        alignment=TA_JUSTIFY, spaceAfter=SPACE_AFTER,
    )

    def run() -> bytes:
        buffer = io.BytesIO()
        doc = _doc(buffer)
        doc.build([Paragraph(text, style) for text in paragraphs])  # type: ignore[attr-defined]
        return buffer.getvalue()

    return run


def make_weasyprint(paragraphs: list[str]) -> Callable[[], bytes] | None:
    try:
        from weasyprint import HTML
    except Exception:  # not installed, or its system libraries are missing
        return None
    import html

    font = ROOT / "resources" / "fonts" / "Amiri-Regular.ttf"
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    document = f"""<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<style>
@font-face {{ font-family: "Amiri"; src: url("{font.as_uri()}"); }}
@page {{ size: A4; margin: 2cm; }}
body {{ font-family: "Amiri"; font-size: {FONT_SIZE}pt; line-height: {LEADING}pt; }}
p {{ text-align: justify; margin: 0 0 {SPACE_AFTER}pt 0; }}
</style></head><body>{body}</body></html>"""

    def run() -> bytes:
        return bytes(HTML(string=document).write_pdf())

    return run


COLD = """
import sys, time
sys.path.insert(0, sys.argv[1])
import bench_typeset as bench
from balagh.typeset.fonts import register_fonts
register_fonts()
arabic = bench.seed_paragraphs()
run = (bench.make_release(arabic) if sys.argv[2] == "release"
       else bench.make_latin_floor(bench.latin_paragraphs(arabic)))
start = time.process_time()
run()
print(time.process_time() - start)
"""


def cold_run(which: str, env: dict[str, str]) -> float:
    """Seconds of the first ``which`` document ("release" or "latin") of a fresh process."""
    done = subprocess.run(
        [sys.executable, "-c", COLD, str(Path(__file__).resolve().parent), which],
        capture_output=True, text=True, check=True, env=env,
    )
    return float(done.stdout.strip().splitlines()[-1])


def timed(function: Callable[[], bytes]) -> float:
    start = time.process_time()
    function()
    return time.process_time() - start


def timed_subset_cut(function: Callable[[], bytes]) -> float:
    """``timed(function)`` with no kept font subset to reuse (dropped before, untimed)."""
    from balagh.typeset.fonts import forget_subsets

    forget_subsets()
    return timed(function)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--weasyprint-rounds", type=int, default=5)
    parser.add_argument("--cold-runs", type=int, default=15)
    args = parser.parse_args(argv)
    cold_times: dict[str, list[float]] = {"release": [], "latin": []}
    env = bench_env(Path(tempfile.mkdtemp(prefix="balagh-bench-")))
    cold_run("release", env)  # warm the file and bytecode caches for both
    cold_run("latin", env)
    for _run in range(args.cold_runs):
        for which in ("release", "latin"):
            cold_times[which].append(cold_run(which, env))

    arabic = seed_paragraphs()
    latin = latin_paragraphs(arabic)
    release = make_release(arabic)
    release_document = make_release_document(arabic)
    floor = make_latin_floor(latin)
    weasy = make_weasyprint(arabic)
    for warm in (release, release_document, floor):
        warm()
    if weasy:
        weasy()

    times: dict[str, list[float]] = {"release": [], "release_document": [], "latin_floor": []}
    times.update(release_subset_cut=[], latin_floor_subset_cut=[], weasyprint=[])
    for round_index in range(args.rounds):
        # Each document right after itself with its subsets cut afresh: the second one
        # reuses them (forgetting drops every kept subset, the other side's too).
        times["release_subset_cut"].append(timed_subset_cut(release))
        times["release"].append(timed(release))
        times["latin_floor_subset_cut"].append(timed_subset_cut(floor))
        times["latin_floor"].append(timed(floor))
        times["release_document"].append(timed(release_document))
        if weasy and round_index < args.weasyprint_rounds:
            times["weasyprint"].append(timed(weasy))

    medians = {k: statistics.median(v) for k, v in times.items() if v}
    print(f"characters: arabic {sum(map(len, arabic))}, latin {sum(map(len, latin))}")
    print(f"rounds: {args.rounds} (weasyprint {len(times['weasyprint'])})")
    cold = {which: statistics.median(times) for which, times in cold_times.items()}
    print(f"cold runs: {args.cold_runs} processes each")
    print(f"release_cold_median_ms: {cold['release'] * 1000:.1f}")
    print(f"latin_floor_cold_median_ms: {cold['latin'] * 1000:.1f}")
    for name, value in medians.items():
        print(f"{name}_median_ms: {value * 1000:.1f}")
    ratio = medians["release"] / medians["latin_floor"]
    print("release_vs_latin_floor " + spread(times["release"], times["latin_floor"]))
    print(f"release_vs_latin_floor: {ratio:.2f}")
    cut_ratio = medians["release_subset_cut"] / medians["latin_floor_subset_cut"]
    print("release_vs_latin_floor_subset_cut "
          + spread(times["release_subset_cut"], times["latin_floor_subset_cut"]))
    print(f"release_vs_latin_floor_subset_cut: {cut_ratio:.2f}")
    print("cold_release_vs_latin_floor "
          + spread(cold_times["release"], cold_times["latin"]))
    print(f"cold_release_vs_latin_floor: {cold['release'] / cold['latin']:.2f}")
    print(f"cold_release_vs_warm_latin_floor: {cold['release'] / medians['latin_floor']:.2f}")
    if "weasyprint" in medians:
        print(f"weasyprint_vs_release: {medians['weasyprint'] / medians['release']:.1f}")
    else:
        print("weasyprint_vs_release: n/a (WeasyPrint not installed)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
