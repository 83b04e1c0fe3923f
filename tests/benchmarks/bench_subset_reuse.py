"""How often a release's font subsets are reused while the staff edit it (the live preview).

Run from the checkout: ``.venv/bin/python tests/benchmarks/bench_subset_reuse.py``.

A Balagh font keeps the last few subsets it cut (``balagh.typeset.font_subset``); a document
that draws exactly the same glyphs under the same codes embeds them again instead of cutting
and compressing them. This counts, for the Fez 2023 closing release of the demo database,
how many of the subsets embedded by successive renders were reused, in four ways of editing:

* ``highlight``: a phrase typed at the end of a highlight of the edition, one character at
  a time, the release drafted again and rendered after each character;
* ``release_text``: the same phrase typed into the release's first paragraph (the release
  tab's editor), rendered after each character;
* ``figure_retyped``: each figure of the edition typed again with another value, digit by
  digit, the release drafted and rendered after each digit;
* ``figure_changed``: each figure of the edition changed once (a tenth more).

The preview waits for a pause in typing (450 ms) before rendering, so a render per character
is the most renders an edit can cause. Each line prints ``name: R/N renders reused every
subset (P%)`` — the renders after the first that cut nothing — then the subsets reused
among those embedded (the Bold face's, title and letterhead, hardly ever change) and the CPU
time per render.
"""

from __future__ import annotations

import dataclasses
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from bench_data import prepare_database

from balagh.core.model import Edition, FigureValue, Release
from balagh.documents.release.draft import draft_release
from balagh.documents.release.pdf import render_release_pdf
from balagh.platform.settings import Settings
from balagh.store.session import open_store
from balagh.typeset.fonts import FontSet, forget_subsets, register_fonts

PHRASE = "، فضلا عن فضاء خاص بالأطفال"


def _cutters() -> list[object]:
    from reportlab.pdfbase import pdfmetrics

    fonts: FontSet = register_fonts()
    return [pdfmetrics.getFont(name).cutter for name in (fonts.regular, fonts.bold)]


def _counts() -> tuple[int, int]:
    cutters = _cutters()
    return (sum(c.reused for c in cutters),  # type: ignore[attr-defined]
            sum(c.reused + c.cut_afresh for c in cutters))  # type: ignore[attr-defined]


def measure(name: str, releases: Iterator[Release], settings: Settings) -> str:
    """Render each release in turn (after one render of the unedited release, untimed)."""
    forget_subsets()
    reused = embedded = whole = documents = 0
    seconds = 0.0
    for release in releases:
        before = _counts()
        start = time.process_time()
        render_release_pdf(release, settings)
        seconds += time.process_time() - start
        after = _counts()
        reused += after[0] - before[0]
        embedded += after[1] - before[1]
        whole += (after[0] - before[0]) == (after[1] - before[1])
        documents += 1
    documents -= 1  # the first render, of the release before the edit, reuses nothing
    embedded_edits = embedded - 2
    return (f"{name}: {whole}/{documents} renders reused every subset "
            f"({whole / documents:.0%}); subsets {reused}/{embedded_edits}; "
            f"{seconds / (documents + 1) * 1000:.1f} ms per render")


def _with_figure(edition: Edition, key: str, value: int) -> Edition:
    figures = dict(edition.figures)
    figures[key] = dataclasses.replace(edition.figures[key], value=value)
    return dataclasses.replace(edition, figures=figures)


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="balagh-bench-"))
    settings = Settings()
    with open_store(prepare_database(home)) as store:
        editions = store.editions.list_editions()
        catalogue = {kind.key: kind for kind in store.editions.catalogue()}
        fez = store.editions.find(2023)

    def draft(edition: Edition) -> Release:
        return draft_release(edition, editions, catalogue, settings)

    def typed(make: Callable[[str], Release]) -> Iterator[Release]:
        for end in range(len(PHRASE) + 1):
            yield make(PHRASE[:end])

    first = fez.highlights[0]

    def highlight(text: str) -> Release:
        return draft(dataclasses.replace(fez, highlights=[first + text, *fez.highlights[1:]]))

    base = draft(fez)

    def release_text(text: str) -> Release:
        return dataclasses.replace(base, paragraphs=[base.paragraphs[0] + text,
                                                     *base.paragraphs[1:]])

    def retyped() -> Iterator[Release]:
        yield base
        for key, value in fez.figures.items():
            digits = str(_changed(value))
            for end in range(1, len(digits) + 1):
                yield draft(_with_figure(fez, key, int(digits[:end])))

    def changed() -> Iterator[Release]:
        yield base
        for key, value in fez.figures.items():
            yield draft(_with_figure(fez, key, _changed(value)))

    register_fonts()
    render_release_pdf(base, settings)  # warm the word caches: the preview is running
    print(measure("highlight", typed(highlight), settings))
    print(measure("release_text", typed(release_text), settings))
    print(measure("figure_retyped", retyped(), settings))
    print(measure("figure_changed", changed(), settings))
    return 0


def _changed(value: FigureValue) -> int:
    """A tenth more, kept to the figure's round digits (1150000 -> 1265000, 465 -> 511)."""
    text = str(value.value)
    zeros = len(text) - len(text.rstrip("0"))
    scale = 10 ** min(zeros, max(len(text) - 2, 0))
    return (value.value * 11 // 10) // scale * scale


if __name__ == "__main__":
    raise SystemExit(main())
