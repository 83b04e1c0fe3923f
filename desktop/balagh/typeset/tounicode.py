"""What a reader copies out of a Balagh PDF: the ToUnicode maps of the embedded fonts.

Readers (pdf.js, poppler's pdftotext, MuPDF) do not look at glyph shapes; they take the
text of every drawn code from the font's ToUnicode CMap. reportlab maps each code to the
character that was drawn, which for Balagh is an Arabic presentation form (arabic-reshaper's
output, U+FB50–U+FDFF and U+FE70–U+FEFF): such text copies and searches as something no
search engine treats as Arabic. The maps written here say instead:

* a presentation form reads as its base letter (its compatibility decomposition):
  U+FEE3 MEEM INITIAL FORM -> U+0645 MEEM;
* a ligature reads as its letters *in visual order*, because readers reverse the characters
  of one glyph's mapping together with the rest of a right-to-left run: the lam-alef
  U+FEFB reads U+0627 U+0644 (alef, lam), which the reader turns back into «لا»;
* readers reverse right-to-left runs without mirroring, so a bracket or guillemet glyph they
  will reverse is drawn with a code of its own, :func:`drawn_mirror` — the glyph shown, the
  text of its mirror image — and a reader returns «(DGSN)», not «)DGSN(»; which glyphs a
  reader reverses is decided per line from their neighbours (:func:`for_readers`). These
  codes live in the supplementary private use planes, which Amiri does not use;
* the spaces inside a phone number, drawn as narrow no-break spaces so that justification
  leaves them alone, read as the ordinary spaces written (:data:`KEPT_SPACE`);
* the mark that makes pdf.js copy a space between right-to-left pieces drawn in reading
  order (:data:`READER_SPACE`, drawn on a hidden layer: :mod:`balagh.typeset.reader_layer`)
  reads as a zero-width space and a space.

The maps are attached by :class:`ReaderFont`, a reportlab ``TTFont`` that writes each
subset's objects as reportlab does, with these ToUnicode maps in them; nothing else changes
in the PDF (same glyphs, same widths, same page images). Its font files come from
:mod:`balagh.typeset.font_subset`: the bytes of reportlab's ``makeSubset``, cut faster, and
reused when a later document draws the same glyphs under the same codes.

One registered font serves every document of the process, and documents may be built on
several threads at once (the window's preview on a worker thread while an export renders
another): reportlab keeps the subsets of each document apart (``TTFont.state`` is keyed by
document). reportlab's own ``makeSubset`` read the parsed font file through one shared file
position; the cutter reads the file's bytes without one and keeps its subsets behind a lock
of its own, and :class:`ReaderFont` still writes a document's subsets under its own lock:
two documents finishing together take turns for that step only.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from bidi.mirror import MIRRORED
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from balagh.typeset.font_subset import SubsetCutter, add_subset_objects

MIRROR_BASE = 0xF0000
# A space that must neither stretch nor break (inside a phone number): the narrow no-break
# space's glyph, read as the ordinary space that was written.
KEPT_SPACE = "\U00100000"
# The space glyph, read as «\u200b »: drawn on a hidden layer just left of a piece that follows
# (further left) what was drawn before it, it gives pdf.js a space between the two
# (:mod:`balagh.typeset.reader_layer`).
READER_SPACE = "\U00100001"
_MIRROR_END = MIRROR_BASE + 0x10000
_BFCHAR_BLOCK = 100  # at most 100 mappings per beginbfchar section (PDF 32000-1, 9.10.3)

# For every character with a mirror image: the code that draws the mirror image's glyph and
# reads as the character itself.
DRAWN_MIRROR: dict[str, str] = {char: chr(MIRROR_BASE + ord(char)) for char in MIRRORED}


def drawn_mirror(char: str) -> str:
    """The code drawing the mirror image of ``char`` in a right-to-left run, read as ``char``.

    ``drawn_mirror("(")`` shows «)» on the page and copies as «(»; a character without a
    mirror image is returned unchanged.
    """
    return DRAWN_MIRROR.get(char, char)


def is_presentation_form(char: str) -> bool:
    """True for the Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE)."""
    code = ord(char)
    return 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFE


@lru_cache(maxsize=4096)
def reader_text(code: int) -> str:
    """The text a reader should copy for the drawn character ``code``.

    ``reader_text(0xFEE3)`` -> «م»; ``reader_text(0xFEFB)`` -> «ال» (alef then lam: the
    reader reverses it into «لا»); ``reader_text(ord(drawn_mirror("(")))`` -> «(».
    """
    if MIRROR_BASE <= code < _MIRROR_END:
        return chr(code - MIRROR_BASE)
    if code == ord(KEPT_SPACE):
        return " "
    if code == ord(READER_SPACE):
        return "\u200b "
    char = chr(code)
    if not is_presentation_form(char):
        return char
    # Isolated forms of harakat decompose to a space and the mark: the mark alone is drawn.
    decomposed = unicodedata.normalize("NFKC", char).replace(" ", "")
    if not decomposed:
        return char
    return decomposed[::-1] if len(decomposed) > 1 else decomposed


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


_ENTRY = [f"<{index:02X}> <" for index in range(256)]


@lru_cache(maxsize=8192)
def _target(code: int) -> str:
    return _utf16_hex(reader_text(code)) + ">"


def to_unicode_cmap(name: str, subset: Sequence[int]) -> str:
    """A ToUnicode CMap for one font subset: code ``n`` (one byte) reads ``subset[n]``'s text.

    ``subset`` holds the drawn character of each code, as reportlab assigns them.
    """
    entries = [_ENTRY[index] + _target(code) for index, code in enumerate(subset)]
    sections: list[str] = []
    for start in range(0, len(entries), _BFCHAR_BLOCK):
        block = entries[start : start + _BFCHAR_BLOCK]
        sections.append(f"{len(block)} beginbfchar\n" + "\n".join(block) + "\nendbfchar")
    head = (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def\n"
        f"/CMapName /{name} def\n/CMapType 2 def\n"
        f"1 begincodespacerange\n<00> <{max(len(subset) - 1, 0):02X}>\nendcodespacerange\n"
    )
    tail = "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"
    return head + "\n".join(sections) + tail


class ReaderFont(TTFont):  # type: ignore[misc]
    """A reportlab TrueType font whose PDF subsets read as base letters (see the module).

    ``ReaderFont("Balagh-Amiri", "Amiri-Regular.ttf")`` registers like any ``TTFont``; it
    also knows the :data:`DRAWN_MIRROR` codes (same glyph and width as the mirror image).
    """

    def __init__(self, name: str, filename: str, **options: Any) -> None:
        super().__init__(name, filename, **options)
        # Held while a document's subsets are cut out of the shared parsed font (module).
        self.subsetting = threading.Lock()
        # Cuts the subsets (as reportlab would, faster) and keeps the last few it cut.
        self.cutter = SubsetCutter(self.face)
        face = self.face
        if 0x202F in face.charToGlyph:
            face.charToGlyph[ord(KEPT_SPACE)] = face.charToGlyph[0x202F]
            face.charWidths[ord(KEPT_SPACE)] = face.charWidths.get(0x202F, face.defaultWidth)
        if 0x20 in face.charToGlyph:  # drawn invisible: the space's glyph
            face.charToGlyph[ord(READER_SPACE)] = face.charToGlyph[0x20]
            face.charWidths[ord(READER_SPACE)] = face.charWidths.get(0x20, face.defaultWidth)
        for char, code in DRAWN_MIRROR.items():
            glyph = face.charToGlyph.get(ord(MIRRORED[char]))
            if glyph is None:
                continue
            face.charToGlyph[ord(code)] = glyph
            face.charWidths[ord(code)] = face.charWidths.get(
                ord(MIRRORED[char]), face.defaultWidth
            )

    def addObjects(self, doc: Any) -> None:
        """Write the document's subsets as reportlab does, with Balagh's ToUnicode maps and
        the font files of :class:`~balagh.typeset.font_subset.SubsetCutter` (same bytes as
        reportlab's ``makeSubset``; a subset already cut for an earlier document is reused).

        Under :attr:`subsetting`: one document's fonts are frozen and written in one step
        while another thread may be drawing with the same registered font."""
        with self.subsetting:
            self._add_objects(doc)

    def _add_objects(self, doc: Any) -> None:
        state = self.state.get(doc)
        if state is None:  # as reportlab does: a font named but never drawn
            state = self.state[doc] = TTFont.State(self._asciiReadable)
        state.frozen = 1
        face = self.face
        for number, subset in enumerate(state.subsets):
            base = b"".join((SUBSETN(number), b"+", face.name, face.subfontNameX)).decode("pdfdoc")
            add_subset_objects(doc, self, self.cutter, number, subset,
                               to_unicode_cmap(base, subset))
        del self.state[doc]


_MIRRORS_SHOWN = {ord(code): MIRRORED[char] for char, code in DRAWN_MIRROR.items()}
_SHOWN = {**_MIRRORS_SHOWN, ord(KEPT_SPACE): "\u202f"}


def shown_glyphs(visual: str) -> str:
    """A drawn (visual-order) string as the page shows it: each :func:`drawn_mirror` code
    replaced by the character whose glyph it draws. ``shown_glyphs(drawn_mirror("("))`` -> «)».
    For tests and previews that compare drawn strings with text."""
    return visual.translate(_SHOWN)


def _reader_types(visual: str) -> list[str | None]:
    """The strong direction a reader's bidi pass gives each character of a visual line.

    Readers run a simple bidi algorithm over the drawn characters, left to right: Arabic and
    Hebrew are R, Latin is L, digits are L after Latin (W7) and count as R otherwise (N1);
    everything else is neutral (None).
    """
    types: list[str | None] = []
    last = "R"
    for char in visual:
        kind = unicodedata.bidirectional(_SHOWN_CHARS.get(char, char))
        if kind in ("R", "AL"):
            last = "R"
            types.append("R")
        elif kind == "L" and ord(char) < MIRROR_BASE:
            last = "L"
            types.append("L")
        elif kind in ("EN", "AN"):
            types.append("L" if last == "L" and kind == "EN" else "R")
        else:
            types.append(None)
    return types


def for_readers(visual: str) -> str:
    """A drawn line whose bracket and quote glyphs read back as written in a reader.

    Readers reverse right-to-left runs without mirroring, so a glyph a reader will reverse
    («(» with right-to-left text on one side at least) is drawn with the code that shows it
    and reads as its mirror image (:func:`drawn_mirror`); a glyph the reader keeps in place
    (left-to-right text on both sides: ``Open Days 2023 (édition 4)``) with its own code.
    The page shows the same glyphs either way.
    """
    if _MIRRORABLE.isdisjoint(visual):
        return visual
    right_to_left = sum(
        1 for char in visual if unicodedata.bidirectional(char) in ("R", "AL", "AN")
    )
    if not right_to_left:  # nothing a reader reverses: every glyph reads as itself
        return visual.translate(_MIRRORS_SHOWN)
    # pdf.js reads a line with less than 30 % right-to-left characters left to right.
    edge = "L" if right_to_left / len(visual) < 0.3 and len(visual) > 4 else "R"
    types = _reader_types(visual)
    out = list(visual)
    for index, char in enumerate(visual):
        shape = _SHOWN_CHARS.get(char, char)
        if shape not in MIRRORED:
            continue
        before = next((t for t in reversed(types[:index]) if t), edge)
        after = next((t for t in types[index + 1 :] if t), edge)
        out[index] = shape if before == after == "L" else DRAWN_MIRROR[MIRRORED[shape]]
    return "".join(out)


_SHOWN_CHARS = {code: MIRRORED[char] for char, code in DRAWN_MIRROR.items()}
_MIRRORABLE = frozenset(MIRRORED) | frozenset(_SHOWN_CHARS)


@lru_cache(maxsize=1024)
def _reader_ltr_neutral(char: str) -> bool:
    """True for a drawn character whose text is neutral in Unicode's bidi algorithm but that
    pdf.js types left to right: every character above U+00FF outside its Hebrew and Arabic
    ranges, so the quotes “ ” ‘ ’, the dashes and the ellipsis (spaces aside)."""
    text = reader_text(ord(char))
    if not text or text.isspace():
        return False
    code = ord(text[0])
    if code <= 0xFF or 0x0590 <= code <= 0x08AC or is_presentation_form(text[0]):
        return False
    return unicodedata.bidirectional(text[0]) in ("ON", "ES", "ET", "CS")


def reader_cut(left: str, left_level: int, right: str, right_level: int) -> bool:
    """Whether a line must be drawn as two text pieces between the visual neighbours
    ``left`` and ``right`` (their characters and bidi levels) for pdf.js to read it in order:
    one of them at level 1 (the right-to-left text of the line), the other above it.

    pdf.js reads each piece of text in the order drawn and runs its own bidi pass over it,
    which types «“» left to right: in «تحت شعار “67 سنة» the quote, at a right-to-left level,
    touches the number and pdf.js reads it after the digits («67“»). Cut there, with each
    piece drawn on its own (right piece first), pdf.js reads «“67». No space is lost at such
    a cut: it lies between two visible characters.
    """
    if left.isspace() or right.isspace():
        return False
    if left_level == 1 and right_level > 1:
        return _reader_ltr_neutral(left)
    if right_level == 1 and left_level > 1:
        return _reader_ltr_neutral(right)
    return False
