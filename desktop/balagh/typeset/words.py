"""The words of a right-to-left paragraph: shaped, measured and cut into units.

A paragraph's runs (see :mod:`balagh.typeset.markup`) become *tokens* — word pieces of one
face each, reshaped (Arabic presentation forms) and measured with
``pdfmetrics.stringWidth`` — grouped into *units*: a word (one or more tokens, when a word
changes face in the middle), a space or a forced line break. Lines are then broken on the
units (:mod:`balagh.typeset.paragraph`). Shapes and widths are cached per word: a release
reuses its vocabulary.

Example: ``Units(BODY)`` fed the runs of «زار <b>630</b> ألف» holds five units — «زار»,
a space, «630» (bold), a space, «ألف» — and ``mixed`` is True (a number to keep
left-to-right).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from balagh.typeset.bidi_levels import (
    Item,
    classify,
    compact,
    needs_resolution,
    resolve_levels,
    word_items,
)
from balagh.typeset.fonts import register_fonts, text_width
from balagh.typeset.markup import LINE_BREAK, Run
from balagh.typeset.shaping import (
    drop_invisible,
    reshape,
    reshape_words,
    reversed_mirrored,
)
from balagh.typeset.styles import RtlStyle
from balagh.typeset.tounicode import KEPT_SPACE

WORD, SPACE, BREAK = 0, 1, 2  # the kinds of unit
_SPLIT = re.compile(r"( +|\n)")
_CONTROL = re.compile(r"[\t\r\f\v]")
_DIGIT = re.compile(r"\d")
_ISOLATED = re.compile(r"[\u2066\u2067\u2068][^\u2066-\u2069]*\u2069")

# Phone numbers and similar digit groups: the bidi algorithm orders them as it orders any
# number (after Arabic, the groups of «0537 72 19 00» read from the right: 0537 is drawn at
# the right, as Word, LibreOffice and browsers show it), but a paragraph keeps such a group
# on one line with spaces that do not stretch (:func:`kept_together`).
# Groups of up to six digits separated by single spaces or hyphens:
# - starting with «+» or «0» (a phone number), two groups and six digits in all suffice:
#   «+212 537-721900», «0537 721900», «080 1004747», «+212 5 37 71 19 19»;
# - «+» and 8 to 15 digits in one group: «+212537721900»;
# - otherwise three groups or more: «05 37 71 19 19», «2023-05-17», «1 150 000».
# Two groups without «+»/«0» («17-21», «2017-2023») and short ones («05-17», «+3») are
# ordinary words: a line may break between them.
PHONE_LIKE = re.compile(
    r"(?<!\w)"
    r"(?:"
    r"(?:\+|0(?=\d))(?=(?:[ \-]?\d){6})\d{1,5}(?:[ \-]\d{1,6})+"
    r"|\+\d{8,15}"
    r"|\d{1,6}(?:[ \-]\d{1,6}){2,}"
    r")"
    r"(?!\w)"
)


def kept_together(text: str) -> str:
    """``text`` with the spaces of each unit to keep on one line made :data:`KEPT_SPACE`:
    phone-number-like groups (:data:`PHONE_LIKE`) and what a document set in an isolate
    (``balagh.core.isolates.ltr``: the summary sheet's «+635.000 (+123,3 %)»).

    Such a space neither breaks the line nor stretches when justifying (it is drawn as the
    narrow no-break space's glyph and copies as the space written), and it takes part in
    the bidi algorithm as the space it is (:class:`WordShape`): ``kept_together("الهاتف
    0537 72 19 00")`` keeps «0537 72 19 00» one word, its groups ordered as any number's.
    """
    if " " not in text:
        return text
    if "\u2069" in text:
        text = _ISOLATED.sub(_keep_spaces, text)
    return PHONE_LIKE.sub(_keep_spaces, text) if _DIGIT.search(text) else text


def _keep_spaces(match: re.Match[str]) -> str:
    return match.group(0).replace(" ", KEPT_SPACE)


class WordShape:
    """Shaping of one word, cached per text: presentation forms, visual form, bidi runs."""

    __slots__ = ("draw", "items", "mixed", "nsp", "rtl", "text")

    def __init__(self, shaped: str) -> None:
        self.text = shaped
        # Not through the string caches of visible/reverse_mirrored: the shape is cached.
        self.draw = draw = drop_invisible(shaped)
        self.rtl = reversed_mirrored(draw)
        items = word_items(shaped)  # most words: Arabic letters, maybe a comma
        if items is not None:
            self.items = items
            self.mixed = False
        else:
            # A kept space (inside a phone number) is a space for the bidi algorithm.
            self.items = tuple(classify(
                shaped.replace(KEPT_SPACE, " ") if KEPT_SPACE in shaped else shaped
            ))
            self.mixed = needs_resolution(self.items)
        self.nsp = draw.count("\u00a0")


_shape_cache: dict[str, WordShape] = {}
# Per (font, size): word -> width in points, the hot path of paragraph preparation (floats:
# nothing more for the cycle collector to follow, which a first document feels).
_face_words: dict[tuple[str, float], dict[str, float]] = {}
_SPACE_SHAPE = WordShape(" ")


def _word_shape(word: str, *, shaped: str | None = None) -> WordShape:
    key = word if shaped is None else "\x00" + shaped
    try:
        return _shape_cache[key]
    except KeyError:
        if len(_shape_cache) > 50_000:
            _shape_cache.clear()
        value = _shape_cache[key] = WordShape(reshape(word) if shaped is None else shaped)
        return value


def _merge_items(shapes: Sequence[WordShape]) -> list[Item]:
    """The bidi class runs of the whole paragraph, from the cached runs of its words."""
    items: list[Item] = []
    for shape in shapes:
        for item in shape.items:
            if items and not item[2] and not items[-1][2] and items[-1][0] == item[0]:
                items[-1] = (item[0], items[-1][1] + item[1], "")
            else:
                items.append(item)
    return items


def paragraph_levels(tokens: Sequence[WordShape]) -> bytes:
    """The bidi level of every character of a right-to-left paragraph's tokens."""
    items = compact(_merge_items(tokens))
    levels = resolve_levels(items, 1)
    return b"".join(bytes((level,)) * item[1] for level, item in zip(levels, items, strict=True))


FaceKey = tuple[str, float, str]
"""A face: (font name, size, colour)."""


class Units:
    """The tokens and units of one paragraph, in logical order, built run by run.

    Columns rather than objects (it is the hot path of typesetting): token ``t`` has the
    shape ``tokens[t]``, the face ``tok_face[t]`` and starts at character ``tok_start[t]``
    of the paragraph; unit ``u`` is of kind ``ukind[u]`` (WORD, SPACE, BREAK), spans tokens
    ``ut0[u]..ut1[u]`` and is ``uwidth[u]`` points wide with ``unsp[u]`` stretchable spaces.
    """

    def __init__(self, style: RtlStyle) -> None:
        self.style = style
        self._fonts = register_fonts()
        self.faces: list[FaceKey] = []
        self._face_index: dict[FaceKey, int] = {}
        self._space_widths: list[float] = []
        self.tokens: list[WordShape] = []
        self.tok_face: list[int] = []
        self.tok_start: list[int] = []
        self.ukind: list[int] = []
        self.ut0: list[int] = []
        self.ut1: list[int] = []
        self.uwidth: list[float] = []
        self.unsp: list[int] = []
        self.mixed = False  # any number, Latin letter or isolate: bidi levels to resolve
        self._pieces: list[tuple[str, int]] = []  # the word being collected: (text, face)
        self._offset = 0

    # -- building ------------------------------------------------------------------------

    def add_run(self, run: Run) -> None:
        """Add the words, spaces and breaks of one run (a stretch of one face)."""
        text = run.text
        if _CONTROL.search(text):
            text = _CONTROL.sub(" ", text)
        text = kept_together(text)  # a phone number: one word, spaces that do not stretch
        face = self._face_of(run)
        if LINE_BREAK in text:
            self._add_text_with_breaks(text, face)
        else:
            self._add_words(text, face)

    def finish(self) -> None:
        """End the paragraph: the last word is added, trailing spaces dropped."""
        self._flush_word()
        self._drop_trailing_spaces()

    def _face_of(self, run: Run) -> int:
        style = self.style
        bold = style.bold if run.bold is None else run.bold
        key = (
            self._fonts.face(bold),
            style.font_size if run.size is None else run.size,
            style.color if run.color is None else run.color,
        )
        index = self._face_index.get(key)
        if index is None:
            index = self._face_index[key] = len(self.faces)
            self.faces.append(key)
            self._space_widths.append(text_width(" ", key[0], key[1]))
        return index

    def _add_words(self, text: str, face: int) -> None:
        """Words between single spaces (the common case): shapes and widths from the cache.
        The first and the last word may continue a word of the neighbouring run (a bold
        number glued to a letter): they wait in ``_pieces``."""
        font, size, _color = self.faces[face]
        words = _face_words.setdefault((font, size), {})
        parts = text.split(" ")
        last = len(parts) - 1
        if last < 2:
            self._add_edge_words(parts, face)
            return
        # The new words at once, the first and the last too (if a neighbouring run extends
        # one, rarely, its shape costs no more than a call of its own would have).
        reshape_words([chunk for chunk in parts if chunk not in words])
        self._add_edge_words(parts[:1], face)
        self._flush_word()
        self._add_space(face)
        # The middle words, each followed by a space: the columns are appended here
        # rather than through _add_word/_add_space (the hot loop of typesetting).
        tokens, tok_face, tok_start = self.tokens, self.tok_face, self.tok_start
        ukind, ut0, ut1 = self.ukind, self.ut0, self.ut1
        uwidth, unsp = self.uwidth, self.unsp
        space_width = self._space_widths[face]
        offset = self._offset
        mixed = False
        shape_of, width_of = _shape_cache.get, words.get
        for chunk in parts[1:last]:
            if chunk:
                shape = shape_of(chunk) or _word_shape(chunk)
                width = width_of(chunk)
                if width is None:
                    if len(words) > 50_000:
                        words.clear()
                    width = words[chunk] = text_width(shape.draw, font, size)
                index = len(tokens)
                tokens.append(shape)
                tok_face.append(face)
                tok_start.append(offset)
                offset += len(shape.text)
                mixed = mixed or shape.mixed
                ukind.append(WORD)
                ut0.append(index)
                ut1.append(index)
                uwidth.append(width)
                unsp.append(shape.nsp)
            if ukind and ukind[-1] == WORD:  # a space unit (spaces in a row are one)
                index = len(tokens)
                tokens.append(_SPACE_SHAPE)
                tok_face.append(face)
                tok_start.append(offset)
                offset += 1
                ukind.append(SPACE)
                ut0.append(index)
                ut1.append(index)
                uwidth.append(space_width)
                unsp.append(1)
        self._offset = offset
        self.mixed = self.mixed or mixed
        self._add_edge_words(parts[last:], face)

    def _add_edge_words(self, parts: Sequence[str], face: int) -> None:
        """Chunks of a run split at single spaces, where each may continue a word of the
        neighbouring run: they wait in ``_pieces``, a space between them."""
        for k, chunk in enumerate(parts):
            if k:
                self._flush_word()
                self._add_space(face)
            if chunk:
                self._pieces.append((chunk, face))

    def _add_text_with_breaks(self, text: str, face: int) -> None:
        for chunk in _SPLIT.split(text):
            if not chunk:
                continue
            if chunk == LINE_BREAK:
                self._flush_word()
                self._drop_trailing_spaces()
                self._add_token(_SPACE_SHAPE, face)
                self._add_unit(BREAK, 0.0, 0, 1)
            elif chunk[0] == " ":
                self._flush_word()
                self._add_space(face)
            else:
                self._pieces.append((chunk, face))

    def _flush_word(self) -> None:
        """Add the word collected in ``_pieces`` (one piece per face it uses)."""
        pieces = self._pieces
        if not pieces:
            return
        if len(pieces) == 1:
            chunk, face = pieces[0]
            shape = _shape_cache.get(chunk) or _word_shape(chunk)
            font, size, _color = self.faces[face]
            self._add_word(shape, face, text_width(shape.draw, font, size))
        else:
            width = 0.0
            nsp = 0
            shapes = _joined_shapes(pieces)
            for shape, (_text, face) in zip(shapes, pieces, strict=True):
                font, size, _color = self.faces[face]
                width += text_width(shape.draw, font, size)
                nsp += shape.nsp
                self._add_token(shape, face)
            self._add_unit(WORD, width, nsp, len(pieces))
        pieces.clear()

    def _add_word(self, shape: WordShape, face: int, width: float) -> None:
        """A word of one token (kept in one function: it runs for nearly every word)."""
        tokens = self.tokens
        index = len(tokens)
        tokens.append(shape)
        self.tok_face.append(face)
        self.tok_start.append(self._offset)
        self._offset += len(shape.text)
        if shape.mixed:
            self.mixed = True
        self.ukind.append(WORD)
        self.ut0.append(index)
        self.ut1.append(index)
        self.uwidth.append(width)
        self.unsp.append(shape.nsp)

    def _add_space(self, face: int) -> None:
        """A space unit after a word (spaces in a row, or before any word, are one or none)."""
        if self.ukind and self.ukind[-1] == WORD:
            self._add_token(_SPACE_SHAPE, face)
            self._add_unit(SPACE, self._space_widths[face], 1, 1)

    def _add_token(self, shape: WordShape, face: int) -> None:
        self.tokens.append(shape)
        self.tok_face.append(face)
        self.tok_start.append(self._offset)
        self._offset += len(shape.text)
        if shape.mixed:
            self.mixed = True

    def _add_unit(self, kind: int, width: float, nsp: int, ntokens: int) -> None:
        """A unit made of the last ``ntokens`` tokens."""
        last = len(self.tokens) - 1
        self.ukind.append(kind)
        self.ut0.append(last - ntokens + 1)
        self.ut1.append(last)
        self.uwidth.append(width)
        self.unsp.append(nsp)

    def _drop_trailing_spaces(self) -> None:
        while self.ukind and self.ukind[-1] == SPACE:
            for column in (self.ukind, self.ut0, self.ut1, self.uwidth, self.unsp):
                column.pop()
            self.tokens.pop()
            self.tok_face.pop()
            self.tok_start.pop()
            self._offset -= 1


def _joined_shapes(pieces: Sequence[tuple[str, int]]) -> list[WordShape]:
    """The shapes of a word's pieces, joined across faces where the letters allow it."""
    whole = "".join(text for text, _face in pieces)
    shaped = reshape(whole)
    if len(shaped) != len(whole):  # a ligature spans runs: shape each run on its own
        return [_word_shape(text) for text, _face in pieces]
    shapes = []
    cut = 0
    for text, _face in pieces:
        shapes.append(_word_shape("", shaped=shaped[cut : cut + len(text)]))
        cut += len(text)
    return shapes
