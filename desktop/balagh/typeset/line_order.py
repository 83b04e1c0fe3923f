"""The visual order of a mixed line (Arabic with numbers or Latin): pieces of one bidi level.

A line's tokens (:mod:`balagh.typeset.words`) become *pieces* of one level each — a token
whose characters share one level is one piece (its cached shape), a token of several levels
is cut into texts — and the pieces are reordered by UBA's rule L2. Pieces in a row with one
level and one face always move together (L2 reverses such a block as a whole; an odd level
also reverses the block's inside), so the blocks are reordered rather than every piece, and
a right-to-left block is the reversed concatenation of its pieces' cached visual forms
(``WordShape.rtl``). Example: tokens «زار», « », «630» at levels 1, 1, 2 make the blocks
[«زار», « »] (level 1) and [«630»] (level 2), drawn «630» then « راز».
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Iterator, Sequence

from balagh.typeset.bidi_levels import reorder_segments
from balagh.typeset.fonts import text_width
from balagh.typeset.shaping import reverse_mirrored, visible
from balagh.typeset.words import WordShape

Piece = tuple[int, WordShape | str]
"""(face, the token's shape or, for a part of a token, its shaped text)."""


def level_pieces(levels: bytes, starts: Sequence[int], tokens: Sequence[WordShape],
                 faces: Sequence[int], t0: int, t1: int) -> tuple[list[Piece], list[int]]:
    """Tokens ``t0..t1-1`` as pieces and their levels (``levels``: one per character)."""
    pieces: list[Piece] = []
    piece_levels: list[int] = []
    for index in range(t0, t1):
        shape = tokens[index]
        text = shape.text
        start = starts[index]
        run = levels[start : start + len(text)]
        first_level = run[0]
        if run.count(first_level) == len(run):
            pieces.append((faces[index], shape))
            piece_levels.append(first_level)
            continue
        cut = 0
        for k in range(1, len(run) + 1):
            if k == len(run) or run[k] != run[cut]:
                pieces.append((faces[index], text[cut:k]))
                piece_levels.append(run[cut])
                cut = k
    return pieces, piece_levels


def drawn(piece: Piece) -> str:
    """A piece's visible characters, in logical order."""
    item = piece[1]
    return visible(item) if isinstance(item, str) else item.draw


def _drawn_rtl(piece: Piece) -> str:
    """A right-to-left piece as drawn: reversed, mirrored, visible characters only."""
    item = piece[1]
    return visible(reverse_mirrored(item)) if isinstance(item, str) else item.rtl


def visual_blocks(pieces: list[Piece], piece_levels: list[int]) -> Iterator[tuple[int, int, str]]:
    """(level, face, drawn text) of the non-empty blocks, left to right on the page.

    Trailing pieces with nothing visible (format characters) take the paragraph's level
    first (rule L1)."""
    for k in range(len(pieces) - 1, -1, -1):
        if drawn(pieces[k]):
            break
        piece_levels[k] = 1
    blocks: list[tuple[int, int, int]] = []  # (first piece, end, face)
    block_levels: list[int] = []
    for k, (face, _item) in enumerate(pieces):
        if blocks and block_levels[-1] == piece_levels[k] and blocks[-1][2] == face:
            blocks[-1] = (blocks[-1][0], k + 1, face)
        else:
            blocks.append((k, k + 1, face))
            block_levels.append(piece_levels[k])
    for b in reorder_segments(block_levels):
        first, end, face = blocks[b]
        if block_levels[b] & 1:
            shown = "".join([_drawn_rtl(pieces[k]) for k in range(end - 1, first - 1, -1)])
        else:
            shown = "".join([drawn(pieces[k]) for k in range(first, end)])
        if shown:
            yield block_levels[b], face, shown


def reading_order(
    pieces: list[tuple[float, list[tuple[int, str]]]], ws: float,
    faces: Sequence[tuple[str, float, str]],
) -> Iterator[tuple[float, list[tuple[int, str]], tuple[float, float] | None]]:
    """The pieces of a line as drawn, each with its left edge and, when a space lies between
    it and the piece at its right, where its visible glyphs start and end (for the reader
    space: pdf.js drops a space at the edge of a piece). A piece in several faces (a bold
    word) is cut into one piece per face, drawn right to left: pdf.js reads pieces in the
    order drawn, and the bidi of each on its own."""
    for start, segments in pieces:
        if len(segments) == 1:
            yield start, segments, None
            continue
        lefts = []
        x = start
        for face, shown in segments:
            lefts.append(x)
            x += _width(shown, faces[face], ws)
        spaced = False  # a space at the right of the next piece drawn
        for k in range(len(segments) - 1, -1, -1):
            face, shown = segments[k]
            if not shown.strip():  # only spaces: nothing to draw, a space to read
                spaced = spaced or k < len(segments) - 1
                continue
            spaced = spaced or (k < len(segments) - 1 and shown.endswith(" "))
            yield lefts[k], [segments[k]], visible_span(lefts[k], shown, faces[face], ws) \
                if spaced else None
            spaced = shown.startswith(" ")


def visible_span(left: float, shown: str, face: tuple[str, float, str], ws: float
                 ) -> tuple[float, float]:
    """Where the visible glyphs of ``shown`` drawn from ``left`` start and end (its spaces at
    either end left out)."""
    start = left + _width(shown[: len(shown) - len(shown.lstrip(" "))], face, ws)
    return start, start + _width(shown.strip(" "), face, ws)


def _width(text: str, face: tuple[str, float, str], ws: float) -> float:
    return text_width(text, face[0], face[1]) + ws * text.count(" ") if text else 0.0


def has_rtl(shown: str) -> bool:
    """Whether a drawn text holds a right-to-left letter (pdf.js then reads it right to
    left): «ةقباسلا» yes, « - » and «Chiffres» no."""
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in shown)


def lone_neutrals(blocks: Sequence[tuple[int, str]], cuts: set[int]) -> set[int]:
    """Where a line drawn in pieces (``cuts``: the blocks that start a piece, see
    ``tounicode.reader_cut``) leaves right-to-left neutrals beside a number in a piece
    without any right-to-left letter: pdf.js reads such a piece left to right, unreversed
    (««2026» for «2026»»). Those neutrals are cut off into pieces of their own (added to
    ``cuts``); returns their blocks, whose brackets must read as written
    (:func:`read_as_written`). ``blocks``: (level, drawn text), left to right."""
    lone: set[int] = set()
    if not cuts or not any(has_rtl(shown) for _level, shown in blocks):
        return lone  # a line read whole: as the page shows it, left to right when no Arabic
    starts = [0, *sorted(cuts), len(blocks)]
    for first, end in itertools.pairwise(starts):
        piece = blocks[first:end]
        if any(has_rtl(shown) for _level, shown in piece):
            continue
        if len({level & 1 for level, _shown in piece}) < 2:
            continue
        for k in range(first, end):
            if k > first and blocks[k][0] != blocks[k - 1][0]:
                cuts.add(k)
            if blocks[k][0] & 1 and not blocks[k][1].isspace():
                lone.add(k)
    return lone


def read_as_written(shown: str) -> str:
    """A right-to-left piece that a reader keeps in place: each bracket or quote glyph,
    shown mirrored on the page, drawn with the code that shows that glyph and reads as the
    character written («»» shown as «, read »)."""
    from bidi.mirror import MIRRORED

    from balagh.typeset.tounicode import drawn_mirror, shown_glyphs

    return "".join(drawn_mirror(MIRRORED[g]) if g in MIRRORED else g
                   for g in shown_glyphs(shown))
