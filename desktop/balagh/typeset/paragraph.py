"""A right-to-left paragraph flowable for reportlab platypus.

How a paragraph is set:

1. The runs (see :mod:`balagh.typeset.markup`) are cut into words at spaces, in logical
   order; each word is reshaped (Arabic presentation forms) and measured with
   ``pdfmetrics.stringWidth`` — both cached per word, a release reuses its vocabulary.
2. The bidi levels of the whole paragraph are resolved once (none to resolve for plain
   Arabic), so numbers and Latin words keep their direction across line breaks.
3. Lines are broken in logical order (first fit) on the reshaped widths.
4. Each line is put into visual order (UAX #9 rule L2 on runs of equal level, mirrored
   brackets) and drawn as one text object: justification stretches the spaces with the PDF
   word-spacing operator, so the spaces survive when the PDF is read back. A word gap never
   exceeds :data:`MAX_WORD_GAP` em (space included): pdf.js starts a new text item at a gap
   wider than 0.6 em and then returns the pieces of the line in visual (reversed) order, so a
   line that would need more is set with the widest gap allowed, against the right margin.

Example::

    from balagh.typeset.paragraph import RtlParagraph
    from balagh.typeset.styles import BODY
    story = [RtlParagraph("سجلت الدورة <b>465</b> متبرعا بالدم.", BODY)]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus.flowables import Flowable

from balagh.typeset.colors import to_color
from balagh.typeset.fonts import font_metrics, register_fonts, text_width
from balagh.typeset.line_order import (
    has_rtl,
    level_pieces,
    lone_neutrals,
    read_as_written,
    reading_order,
    visual_blocks,
)
from balagh.typeset.markup import Run, parse_markup
from balagh.typeset.reader_layer import piece_reader_space
from balagh.typeset.styles import BODY, Align, RtlStyle
from balagh.typeset.tounicode import for_readers, reader_cut
from balagh.typeset.words import (
    BREAK,
    SPACE,
    Units,
    paragraph_levels,
)

__all__ = ["MAX_WORD_GAP", "RtlParagraph", "paragraphs"]

# Widest word gap of a justified line, space glyph included, in ems of the smallest size on
# the line: just below the 0.6 em at which pdf.js starts a new text item.
MAX_WORD_GAP = 0.57
# A segment of :meth:`_Prepared.visual_line` (face -1, no text) where the line is cut into
# pieces drawn right piece first (:func:`balagh.typeset.tounicode.reader_cut`).
CUT = -1


class _Line:
    __slots__ = ("first", "last", "nspaces", "u0", "u1", "width")

    def __init__(
        self, u0: int, u1: int, width: float, nspaces: int, first: bool, last: bool
    ) -> None:
        self.u0 = u0  # first unit (a word) of the line
        self.u1 = u1  # last unit, inclusive
        self.width = width
        self.nspaces = nspaces
        self.first = first  # first line of the paragraph: indented
        self.last = last  # last line of the paragraph or before a forced break


class _Prepared(Units):
    """Everything about a paragraph that does not depend on the width it is set in: its
    units (:class:`balagh.typeset.words.Units`), bidi levels and baseline."""

    def __init__(self, runs: Sequence[Run], style: RtlStyle) -> None:
        super().__init__(style)
        for run in runs:
            self.add_run(run)
        self.finish()
        self.single_face = len(self.faces) == 1
        self.levels: bytes | None = paragraph_levels(self.tokens) if self.mixed else None
        ascent, descent = font_metrics(register_fonts().face(style.bold))
        size = style.font_size
        lead = style.line_height
        # Baseline inside the line box: the glyph box (ascent - descent) centred in it.
        self.baseline = (lead - size * (ascent - descent)) / 2.0 + size * ascent

    def max_word_space(self) -> float:
        """The largest word spacing (points added to each space) a justified line may get."""
        if not self.faces:
            return 0.0
        smallest = min(self.faces, key=lambda face: face[1])
        font, size = smallest[0], smallest[1]
        return max(0.0, MAX_WORD_GAP * size - text_width(" ", font, size))

    # -- line breaking ---------------------------------------------------------------------

    def break_lines(self, u0: int, u1: int, width: float, indent_first: bool) -> list[_Line]:
        """First-fit lines for units ``u0..u1-1`` in a measure of ``width`` points."""
        style = self.style
        measure = width - style.right_indent - style.left_indent
        ukind, uwidth, unsp = self.ukind, self.uwidth, self.unsp
        lines: list[_Line] = []
        start = -1
        end = -1
        current = 0.0
        nspaces = 0
        space = -1
        first = indent_first
        avail = measure - (style.first_line_indent if first else 0.0)
        for unit in range(u0, u1):
            kind = ukind[unit]
            if kind == SPACE:
                if start >= 0:
                    space = unit
                continue
            if kind == BREAK:
                if start >= 0:
                    lines.append(_Line(start, end, current, nspaces, first, True))
                    first = False
                    avail = measure
                start = -1
                space = -1
                continue
            w = uwidth[unit]
            if start < 0:
                start, end, current, nspaces, space = unit, unit, w, unsp[unit], -1
                continue
            gap = uwidth[space] if space >= 0 else 0.0
            if current + gap + w <= avail + 0.01:
                end = unit
                current += gap + w
                nspaces += unsp[unit] + (1 if space >= 0 else 0)
            else:
                lines.append(_Line(start, end, current, nspaces, first, False))
                first = False
                avail = measure
                start, end, current, nspaces = unit, unit, w, unsp[unit]
            space = -1
        if start >= 0:
            lines.append(_Line(start, end, current, nspaces, first, True))
        return lines

    # -- visual order ----------------------------------------------------------------------

    def visual_line(self, line: _Line) -> list[tuple[int, str]]:
        """The line as (face, text) segments, left to right on the page."""
        tokens = self.tokens
        faces = self.tok_face
        t0 = self.ut0[line.u0]
        t1 = self.ut1[line.u1] + 1
        segments: list[tuple[int, str]] = []
        if self.levels is None:  # plain right-to-left: the whole line reversed
            if self.single_face:
                return [(0, "".join([shape.rtl for shape in reversed(tokens[t0:t1])]))]
            for index in range(t1 - 1, t0 - 1, -1):
                face = faces[index]
                rtl = tokens[index].rtl
                if segments and segments[-1][0] == face:
                    segments[-1] = (face, segments[-1][1] + rtl)
                else:
                    segments.append((face, rtl))
            return segments
        pieces, piece_levels = level_pieces(self.levels, self.tok_start, tokens, faces, t0, t1)
        blocks = list(visual_blocks(pieces, piece_levels))
        cuts = {k for k in range(1, len(blocks)) if blocks[k][0] != blocks[k - 1][0]
                and reader_cut(blocks[k - 1][2][-1], blocks[k - 1][0], blocks[k][2][0],
                               blocks[k][0])}
        lone = lone_neutrals([(level, shown) for level, _face, shown in blocks], cuts)
        lone_segments: set[int] = set()
        last_level, last_shown = -1, ""
        several = len(set(faces[t0:t1])) > 1
        for k, (level, face, shown) in enumerate(blocks):
            if k in cuts:
                segments.append((CUT, ""))  # drawn as two pieces: see reader_cut
            if several and segments and level != last_level and (
                    (level & 1 and not has_rtl(shown))
                    or (last_level & 1 and not has_rtl(last_shown))):
                # A line in several faces is drawn one face at a time (line_order.
                # reading_order): the « - » between Arabic and French stays with neither.
                segments.append((face, shown))
            elif segments and segments[-1][0] == face:
                segments[-1] = (face, segments[-1][1] + shown)
            else:
                segments.append((face, shown))
            if k in lone:
                lone_segments.add(len(segments) - 1)
            last_level, last_shown = level, shown
        out = _for_readers(segments)
        for k in lone_segments:  # a bracket alone in a piece reads as written, unreversed
            out[k] = (out[k][0], read_as_written(out[k][1]))
        return out


def _pieces(
    segments: list[tuple[int, str]], x: float, ws: float, faces: Sequence[tuple[str, float, str]]
) -> list[tuple[float, list[tuple[int, str]]]]:
    """A line's segments as the pieces to draw, each with its left edge: one piece starting
    at ``x``, or, where the line is :data:`CUT`, its pieces right to left (``ws``: the word
    spacing added to every space)."""
    if all(face != CUT for face, _text in segments):
        return [(x, segments)]
    pieces: list[tuple[float, list[tuple[int, str]]]] = [(x, [])]
    for face, shown in segments:
        if face == CUT:
            start, previous = pieces[-1]
            width = sum(
                text_width(s, faces[f][0], faces[f][1]) + ws * s.count(" ") for f, s in previous
            )
            pieces.append((start + width, []))
        else:
            pieces[-1][1].append((face, shown))
    return pieces[::-1]


def _for_readers(segments: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """:func:`balagh.typeset.tounicode.for_readers` over each piece of a line (a reader
    reads the pieces of a :data:`CUT` line apart)."""
    cuts = [k for k, (face, _text) in enumerate(segments) if face == CUT]
    if not cuts:
        return _piece_for_readers(segments)
    out: list[tuple[int, str]] = []
    for start, end in zip([-1, *cuts], [*cuts, len(segments)], strict=True):
        out.extend(_piece_for_readers(segments[start + 1 : end]))
        if end < len(segments):
            out.append(segments[end])
    return out


def _piece_for_readers(segments: list[tuple[int, str]]) -> list[tuple[int, str]]:
    joined = "".join(text for _face, text in segments)
    fixed = for_readers(joined)
    if fixed == joined:
        return segments
    out: list[tuple[int, str]] = []
    start = 0
    for face, text in segments:
        out.append((face, fixed[start : start + len(text)]))
        start += len(text)
    return out


class RtlParagraph(Flowable):  # type: ignore[misc]
    """A right-to-left paragraph (Arabic with numbers and Latin words), breakable over pages.

    ``content`` is a string with the tiny markup of :mod:`balagh.typeset.markup`
    (``<b>``, ``<font size= color=>``, ``<br/>``) or a sequence of :class:`Run`.
    ``RtlParagraph("زار المعرض <b>630</b> ألف زائر.", BODY)``.
    """

    def __init__(
        self,
        content: str | Sequence[Run],
        style: RtlStyle = BODY,
        *,
        _prepared: _Prepared | None = None,
        _units: tuple[int, int] | None = None,
        _first: bool = True,
    ) -> None:
        super().__init__()
        self.style = style
        if _prepared is None:
            runs = parse_markup(content) if isinstance(content, str) else list(content)
            _prepared = _Prepared(runs, style)
        self._prepared = _prepared
        self._units = _units if _units is not None else (0, len(_prepared.ukind))
        self._first = _first  # holds the paragraph's first line (indent, space before)
        self._lines: list[_Line] = []
        self._layout_width = -1.0
        self.keepWithNext = style.keep_with_next
        # Drawn after text to its right (a table cell left of another): start with the mark
        # that makes pdf.js copy a space before this text (balagh.typeset.reader_layer).
        self.reader_space = False
        self.spaceBefore = style.space_before if _first else 0.0
        self.spaceAfter = style.space_after
        self.width = 0.0
        self.height = 0.0

    # -- reportlab protocol ----------------------------------------------------------------

    def _layout(self, width: float) -> list[_Line]:
        if width != self._layout_width:
            u0, u1 = self._units
            self._lines = self._prepared.break_lines(u0, u1, width, self._first)
            self._layout_width = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Break the lines for ``availWidth``; return the size used."""
        lines = self._layout(availWidth)
        self.width = availWidth
        self.height = len(lines) * self.style.line_height
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Split between lines so that the first part fits ``availHeight`` (orphans/widows)."""
        lines = self._layout(availWidth)
        lead = self.style.line_height
        fit = int((availHeight + 1e-6) // lead)
        total = len(lines)
        if fit >= total:
            return [self]
        orphans = max(1, self.style.orphans)
        widows = max(1, self.style.widows)
        if total - fit < widows:
            fit = total - widows
        if fit < orphans or fit <= 0:
            return []
        head = self._part(self._units[0], lines[fit].u0, self._first)
        tail = self._part(lines[fit].u0, self._units[1], False)
        head.spaceAfter = 0.0
        return [head, tail]

    def _part(self, u0: int, u1: int, first: bool) -> RtlParagraph:
        return RtlParagraph(
            "", self.style, _prepared=self._prepared, _units=(u0, u1), _first=first
        )

    def draw(self) -> None:
        """Draw the lines (called by platypus with the canvas translated to our origin)."""
        lines = self._layout(self.width)
        if not lines:
            return
        prepared = self._prepared
        style = self.style
        faces = prepared.faces
        canvas = self.canv
        lead = style.line_height
        text = canvas.beginText()
        current_face = -1
        current_ws = 0.0
        current_color = ""
        right = self.width - style.right_indent
        left = style.left_indent
        y = self.height - prepared.baseline
        max_ws = prepared.max_word_space()
        for line in lines:
            indent = style.first_line_indent if line.first else 0.0
            line_right = right - indent
            measure = line_right - left
            ws = 0.0
            align = style.alignment
            if align is Align.JUSTIFY:
                if not line.last and line.nspaces and line.width < measure:
                    ws = min((measure - line.width) / line.nspaces, max_ws)
                x = line_right - line.width - ws * line.nspaces
            elif align is Align.RIGHT:
                x = line_right - line.width
            elif align is Align.LEFT:
                x = left
            else:
                x = left + (measure - line.width) / 2.0
            first_piece = self.reader_space and line is lines[0]
            for start, piece, mark in reading_order(
                _pieces(prepared.visual_line(line), x, ws, faces), ws, faces
            ):
                if piece_reader_space(text, start, piece, mark, first_piece, faces, ws, y):
                    current_face = -1
                    first_piece = False
                text.setTextOrigin(start, y)
                if ws != current_ws:
                    text.setWordSpace(ws)
                    current_ws = ws
                for face, shown in piece:
                    if face != current_face:
                        font, size, color = faces[face]
                        text.setFont(font, size, lead)
                        if color != current_color:
                            text.setFillColor(to_color(color))
                            current_color = color
                        current_face = face
                    text._textOut(shown)
            y -= lead
        canvas.drawText(text)

    # -- introspection (tests, the summary sheet) -------------------------------------------

    def visual_lines(self, width: float) -> list[str]:
        """The drawn text of each line, left to right, for ``width`` points (tests)."""
        lines = self._layout(width)
        return ["".join(s for _f, s in self._prepared.visual_line(line)) for line in lines]

    def line_count(self, width: float) -> int:
        """How many lines the paragraph takes in ``width`` points."""
        return len(self._layout(width))

    def __repr__(self) -> str:
        return f"RtlParagraph(units={self._units}, first={self._first})"


def paragraphs(texts: Sequence[str], style: RtlStyle = BODY, **extra: Any) -> list[RtlParagraph]:
    """One :class:`RtlParagraph` per text: ``paragraphs(release_body.split("\\n"))``."""
    chosen = style.but(**extra) if extra else style
    return [RtlParagraph(text, chosen) for text in texts]
