"""Read a PDF back as logical text, the way a person reading the page would.

Characters are taken with their positions (pdfminer.six, no layout guessing), grouped into
lines by baseline, sorted left to right, put back into logical order with the bidi algorithm
(base direction right-to-left; python-bidi's pure-Python implementation, independent of
``balagh.typeset``), then NFKC-normalised so Arabic presentation forms become letters again.

Phone-number-like digit groups are read as one left-to-right unit, as they are typeset.

Glyphs that stand apart on a line (the cells of a table row, the tiles of a row, the labels
under a chart) are read with a space between them, as the eye sees them: a gap wider than
:data:`GAP` times the font size separates them unless a space glyph is already there
(«حوالي 1150000 حوالي 515000», not «حوالي 1150000حوالي 515000»). Each such stretch is read
on its own, and the stretches from the right, as the page is read: a row of figures in
separate cells («8», «56», «64») reads «8 56 64», never as one phone-number-like group.

``read_pdf_lines(pdf)[0][0]`` -> the first line of the first page, e.g.
"تعلن المديرية العامة للأمن الوطني أن زوار ...".
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass

from bidi.algorithm import get_display
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTComponent

PHONE_LIKE = re.compile(r"(?<![\w])\+?\d{1,4}(?:[ \-\u00a0\u202f]\d{1,4}){2,}(?![\w])")
_PLACEHOLDER_BASE = 0xF0000  # private use plane: class L, stands for one left-to-right unit
GAP = 0.3  # of the font size: a wider horizontal gap between two glyphs reads as a space


@dataclass(frozen=True)
class Glyph:
    """One drawn character: its text, origin and size."""

    text: str
    x: float
    y: float
    size: float
    font: str
    x_end: float = 0.0  # origin plus advance


def _walk(node: LTComponent, out: list[LTChar]) -> None:
    if isinstance(node, LTChar):
        out.append(node)
        return
    try:
        children = list(node)  # type: ignore[call-overload]
    except TypeError:
        return
    for child in children:
        _walk(child, out)


def page_glyphs(pdf: bytes) -> list[list[Glyph]]:
    """The characters of every page with their baseline origin."""
    pages: list[list[Glyph]] = []
    for page in extract_pages(io.BytesIO(pdf), laparams=None):
        chars: list[LTChar] = []
        _walk(page, chars)
        pages.append(
            [
                Glyph(c.get_text(), c.matrix[4], c.matrix[5], c.size, c.fontname, c.x1)
                for c in chars
            ]
        )
    return pages


def group_lines(glyphs: list[Glyph], tolerance: float = 1.5) -> list[list[Glyph]]:
    """Glyphs grouped by baseline (top of the page first), each line sorted by x."""
    lines: list[list[Glyph]] = []
    baselines: list[float] = []
    for glyph in sorted(glyphs, key=lambda g: -g.y):
        if baselines and abs(baselines[-1] - glyph.y) <= tolerance:
            lines[-1].append(glyph)
        else:
            lines.append([glyph])
            baselines.append(glyph.y)
    return [sorted(line, key=lambda g: g.x) for line in lines]


def _gap(before: Glyph, after: Glyph, gap: float) -> bool:
    """True when ``after`` starts more than ``gap`` times the font size after ``before``."""
    return after.x - before.x_end > gap * min(before.size, after.size)


def line_segments(line: list[Glyph], gap: float = GAP) -> list[str]:
    """The glyphs of one line (sorted by x) as visual strings, split where they stand apart.

    A gap wider than ``gap`` times the font size splits the line, unless a space glyph
    stands on either side of it (a justified word space: the space glyph, then the stretch).
    A space glyph standing alone, with such a gap on both sides, splits the line too (the
    invisible separators some drawings add between tiles or chart labels).
    """
    segments: list[str] = []
    current: list[str] = []
    for index, glyph in enumerate(line):
        before = line[index - 1] if index else None
        after = line[index + 1] if index + 1 < len(line) else None
        if glyph.text.isspace() and (before is None or _gap(before, glyph, gap)) and (
            after is None or _gap(glyph, after, gap)
        ):
            if current:
                segments.append("".join(current))
            current = []
            continue
        if (
            before is not None
            and current
            and _gap(before, glyph, gap)
            and not before.text.isspace()
            and not glyph.text.isspace()
        ):
            segments.append("".join(current))
            current = []
        current.append(glyph.text)
    if current:
        segments.append("".join(current))
    return segments


def read_line(line: list[Glyph], gap: float = GAP) -> str:
    """The logical text of one line of glyphs (sorted by x), as the eye reads it.

    Each stretch of glyphs standing apart (a table cell, a tile, a chart label) is put back
    into logical order on its own, as it was typeset (its own right-to-left paragraph), and
    the stretches are read from the right, one space between them. Reading the whole line
    as one paragraph would let the Arabic of one cell change how the digits of the next one
    are ordered (bidi rule W2: digits after an Arabic letter are Arabic numbers, and a «%»
    next to them is no longer part of the number).
    """
    parts = [logical_line(segment) for segment in reversed(line_segments(line, gap))]
    return " ".join(part for part in parts if part)


def logical_line(visual: str) -> str:
    """A visual (left-to-right) line of presentation forms back to logical letters."""
    units: list[str] = []

    def hold(match: re.Match[str]) -> str:
        units.append(match.group(0))
        return chr(_PLACEHOLDER_BASE + len(units) - 1)

    visual = PHONE_LIKE.sub(hold, visual)
    text = get_display(visual, base_dir="R")
    assert isinstance(text, str)
    for index, unit in enumerate(units):
        text = text.replace(chr(_PLACEHOLDER_BASE + index), unit)
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r" {2,}", " ", text).strip()


def read_pdf_lines(pdf: bytes) -> list[list[str]]:
    """Logical text of every line, page by page (gaps between glyphs read as spaces)."""
    return [
        [read_line(line) for line in group_lines(glyphs)]
        for glyphs in page_glyphs(pdf)
    ]


def read_pdf_text(pdf: bytes) -> str:
    """All lines of all pages, one per text line, pages separated by a blank line."""
    return "\n\n".join("\n".join(lines) for lines in read_pdf_lines(pdf))
