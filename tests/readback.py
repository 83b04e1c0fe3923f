"""Read a PDF back as logical text, the way a person reading the page would.

Characters are taken with their positions (pdfminer.six, no layout guessing; the text of a
hidden layer left out, as viewers do not show it), grouped into
lines by baseline, sorted left to right, put back into logical order with the bidi algorithm
(base direction right-to-left; python-bidi's pure-Python implementation, independent of
``balagh.typeset``; brackets and quotes first turned back into the glyphs shown, see
:func:`glyph_shapes`), then NFKC-normalised (a no-op for maps that give base letters).

A phone number such as «0537 72 19 00» is typeset as the bidi algorithm orders it (its
groups from the right after Arabic): it reads back through the same algorithm, as any number.

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
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from bidi.algorithm import get_display
from bidi.mirror import MIRRORED
from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTChar, LTComponent, LTPage
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1

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


class _ShownOnly(PDFPageAggregator):
    """pdfminer's page layout without the text of optional content that is off (a hidden
    layer: viewers neither show nor print it)."""

    def __init__(self, manager: PDFResourceManager) -> None:
        super().__init__(manager, laparams=None)
        self.hidden_names: set[str] = set()
        self._stack: list[bool] = []

    def begin_tag(self, tag: Any, props: Any = None) -> None:
        name = getattr(props, "name", None)
        self._stack.append(getattr(tag, "name", None) == "OC" and name in self.hidden_names)

    def end_tag(self) -> None:
        if self._stack:
            self._stack.pop()

    def render_char(self, *args: Any, **kwargs: Any) -> float:
        count = len(self.cur_item._objs)
        width: float = super().render_char(*args, **kwargs)
        if any(self._stack):
            del self.cur_item._objs[count:]
        return width


def _hidden_names(document: PDFDocument, page: PDFPage) -> set[str]:
    """The names, in ``page``'s resources, of the optional content groups that are off."""
    try:
        off = resolve1(resolve1(document.catalog["OCProperties"])["D"]).get("OFF", [])
    except (KeyError, TypeError):
        return set()
    off_ids = {getattr(ref, "objid", None) for ref in resolve1(off)}
    properties = resolve1(resolve1(page.resources).get("Properties", {})) or {}
    return {name for name, ref in properties.items() if getattr(ref, "objid", None) in off_ids}


def _shown_pages(pdf: bytes) -> Iterator[LTPage]:
    document = PDFDocument(PDFParser(io.BytesIO(pdf)))
    manager = PDFResourceManager()
    device = _ShownOnly(manager)
    interpreter = PDFPageInterpreter(manager, device)
    for page in PDFPage.create_pages(document):
        device.hidden_names = _hidden_names(document, page)
        interpreter.process_page(page)
        yield device.get_result()


def page_glyphs(pdf: bytes) -> list[list[Glyph]]:
    """The characters every page shows, with their baseline origin."""
    pages: list[list[Glyph]] = []
    for page in _shown_pages(pdf):
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


_PAIRS = {"(": ")", "[": "]", "{": "}"}
_CLOSING = {close: opening for opening, close in _PAIRS.items()}
_LRM = "\u200e"  # strong left to right, invisible
_RLM = "\u200f"  # strong right to left (class R), invisible
_ALM = "\u061c"  # Arabic letter mark: strong right to left (class AL), invisible


def _strong_types(text: str) -> list[str | None]:
    """The strong direction rule N0 sees for each character: "L", "R" or None (neutral).

    Digits count as R (N0), except after Latin letters, where rule W7 has made them L.
    """
    types: list[str | None] = []
    last = "R"  # start of a right-to-left paragraph
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("L", "R", "AL"):
            last = "L" if kind == "L" else "R"
            types.append(last)
        elif kind == "EN":
            types.append("L" if last == "L" else "R")
        elif kind == "AN":
            types.append("R")
        else:
            types.append(None)
    return types


def pin_brackets(visual: str) -> str:
    """Apply rule N0 of the bidi algorithm (paired brackets) to a visual line.

    python-bidi's pure-Python algorithm predates N0: it sets a bracket from its neighbours
    alone, so the «)» of «Open Days 2023 (édition 4)» (a pair set left to right, inside the
    Latin words) stands between «4» and Arabic, is taken as right to left and mirrored, and
    the line reads back «(Open Days 2023 (édition 4». Here each pair (BD16) gets the
    direction N0 gives it — right to left when it holds something right to left (Arabic,
    digits not after Latin), else left to right when Latin precedes it, else right to left
    — and is pinned there with an invisible strong mark on either side (LRM, RLM or ALM), which
    :func:`logical_line` removes afterwards.
    """
    if not any(char in _PAIRS for char in visual):
        return visual
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for index, char in enumerate(visual):
        if char in _PAIRS:
            if len(stack) == 63:  # BD16: too deep, stop looking
                break
            stack.append((char, index))
        elif char in _CLOSING:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == _CLOSING[char]:
                    pairs.append((stack[depth][1], index))
                    del stack[depth:]
                    break
    types = _strong_types(visual)
    # The class of the last strong character before each position: a right-to-left mark is
    # an ALM after Arabic letters and an RLM otherwise, so that digits after the bracket stay
    # European or Arabic numbers as they were (rule W2 looks back to the last strong type);
    # the left end of the line counts as Arabic (see :func:`logical_line`).
    after_arabic: list[bool] = []
    arabic = True
    for char in visual:
        after_arabic.append(arabic)
        kind = unicodedata.bidirectional(char)
        if kind in ("L", "R", "AL"):
            arabic = kind == "AL"
    marks: dict[int, str] = {}
    for opening, closing in sorted(pairs):
        inside = types[opening + 1 : closing]
        if "R" in inside:
            direction = "R"
        elif "L" in inside:
            before = next((t for t in reversed(types[:opening]) if t is not None), "R")
            direction = "L" if before == "L" else "R"
        else:
            continue  # nothing strong inside: the neighbours decide, as they do in N1
        types[opening] = types[closing] = direction
        for index in (opening, closing):
            marks[index] = _LRM if direction == "L" else _ALM if after_arabic[index] else _RLM
    return "".join(
        f"{marks[index]}{char}{marks[index]}" if index in marks else char
        for index, char in enumerate(visual)
    )


def _has_right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(char) in ("R", "AL", "AN") for char in text)


def _reader_types(visual: str) -> list[str | None]:
    """Strong types a reader's bidi pass sees, left to right: R, L (digits after Latin: L;
    other digits count as R), None for neutrals."""
    types: list[str | None] = []
    last = "R"
    for char in visual:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL", "AN") or (kind == "EN" and last == "R"):
            types.append("R")
            last = "R" if kind != "EN" else last
        elif kind in ("L", "EN"):
            types.append("L")
            last = "L"
        else:
            types.append(None)
    return types


def glyph_shapes(visual: str) -> str:
    """The glyphs a visual line shows, from the text a reader gets for them.

    A PDF made for readers (Balagh's, WeasyPrint's) maps a bracket or quote glyph that a
    reader will reverse with the right-to-left text around it (one side at least not
    left-to-right) to its mirror image, so that reversing returns the character as written;
    this puts the glyph's own shape back, for the mirroring bidi pass that follows.
    """
    if not any(char in MIRRORED for char in visual):
        return visual
    types = _reader_types(visual)
    # pdf.js reads a line with less than 30 % right-to-left characters left to right.
    share = sum(unicodedata.bidirectional(c) in ("R", "AL", "AN") for c in visual) / len(visual)
    edge = "L" if share < 0.3 and len(visual) > 4 else "R"
    out = list(visual)
    for index, char in enumerate(visual):
        if char not in MIRRORED:
            continue
        before = next((t for t in reversed(types[:index]) if t), edge)
        after = next((t for t in types[index + 1 :] if t), edge)
        if not before == after == "L":
            out[index] = MIRRORED[char]
    return "".join(out)


def logical_line(visual: str) -> str:
    """A visual (left-to-right) line of presentation forms back to logical letters.

    A stretch without any right-to-left character (a cell holding «+635.000 (+123,3 %)», a
    French label) is read left to right as it stands, as pdf.js does (it gives such an item
    the direction "ltr") and as the eye does: only Arabic makes a line read from the right.
    """
    if not _has_right_to_left(visual):
        return re.sub(r" {2,}", " ", unicodedata.normalize("NFKC", visual)).strip()
    # The line is Arabic: a number at its left end (the end of the sentence) followed Arabic
    # when it was set, which makes its digits Arabic numbers (rule W2) and the hyphen of
    # «2023-05-17» a neutral between them; an Arabic letter mark before the visual line gives
    # the algorithm that context back (as pdf.js reads it).
    text = get_display(_ALM + pin_brackets(glyph_shapes(visual)), base_dir="R")
    assert isinstance(text, str)
    text = text.replace(_LRM, "").replace(_RLM, "").replace(_ALM, "")
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
