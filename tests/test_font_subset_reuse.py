"""The font subsets embedded in Balagh PDFs: reportlab's fonts, reused only when they repeat.

Balagh cuts the TrueType subsets itself (``balagh.typeset.font_subset``) and keeps the last
few, so that the preview, which sets the release again after every edit, embeds the subset
of the previous document again when the glyphs and their codes have not changed. What a
user checks: the PDF holds the objects and the fonts reportlab writes (only the font files'
compression differs), the same bytes whether the subset was cut afresh or reused; another
glyph gives another subset; documents built on several threads at once are those built one
after the other.
"""

from __future__ import annotations

import random
import re
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from balagh.typeset import font_subset, tounicode
from balagh.typeset.document import build_document
from balagh.typeset.fonts import FontSet, forget_subsets, register_fonts
from balagh.typeset.paragraph import RtlParagraph
from balagh.typeset.styles import BODY
from balagh.typeset.tounicode import ReaderFont, to_unicode_cmap

SEED = Path(__file__).parent / "data" / "seed_release.txt"
STAMPS = re.compile(rb"/(CreationDate|ModDate) \(D:[^)]*\)|/ID\s*\[[^\]]*\]")
FONT_FILES = re.compile(rb"/Length1 (\d+)")


def _paragraphs() -> list[str]:
    return [p for p in SEED.read_text(encoding="utf-8").splitlines() if p.strip()]


def _pdf(paragraphs: list[str]) -> bytes:
    flowables = [RtlParagraph(text, BODY) for text in paragraphs]
    return STAMPS.sub(b"", build_document(flowables, title="بلاغ"))


def _font(bold: bool = False) -> ReaderFont:
    fonts: FontSet = register_fonts()
    font = pdfmetrics.getFont(fonts.face(bold))
    assert isinstance(font, ReaderFont)
    return font


def _objects(pdf: bytes) -> list[tuple[str, bytes | None]]:
    """Every object of a PDF as MuPDF reads it: its dictionary (without the stream's
    compressed length) and its stream decompressed."""
    with pymupdf.open(stream=pdf, filetype="pdf") as document:
        return [
            (re.sub(r"/Length \d+", "", document.xref_object(xref, compressed=True)),
             document.xref_stream(xref) if document.xref_is_stream(xref) else None)
            for xref in range(1, document.xref_length())
        ]


def _compress(font: bytes) -> bytes:
    return zlib.compress(font, font_subset.FONT_FILE_LEVEL)


def _reportlab_add_objects(self: ReaderFont, doc: Any) -> None:
    """How the fonts were written before: reportlab's own ``TTFont.addObjects`` (its
    ``makeSubset``, its compression), then each ToUnicode map replaced by Balagh's."""
    state = self.state.get(doc)
    subsets = [list(subset) for subset in state.subsets] if state is not None else []
    TTFont.addObjects(self, doc)
    face = self.face
    for number, subset in enumerate(subsets):
        base = b"".join((SUBSETN(number), b"+", face.name, face.subfontNameX)).decode("pdfdoc")
        doc.idToObject["toUnicodeCMap:" + base].content = to_unicode_cmap(base, subset)


@pytest.fixture(autouse=True)
def _no_kept_subsets() -> None:
    forget_subsets()


def test_release_pdf_holds_what_reportlab_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    paragraphs = _paragraphs()
    cut = _pdf(paragraphs)
    reused = _pdf(paragraphs)
    assert reused == cut
    monkeypatch.setattr(tounicode.ReaderFont, "_add_objects", _reportlab_add_objects)
    by_reportlab = _pdf(paragraphs)
    assert _objects(cut) == _objects(by_reportlab)
    assert abs(len(cut) - len(by_reportlab)) < 0.02 * len(by_reportlab)


def test_subsets_equal_reportlabs_for_any_set_of_characters() -> None:
    chooser = random.Random(12)
    for bold in (False, True):
        font = _font(bold)
        codes_known = sorted(font.face.charToGlyph)
        for size in (1, 2, 33, 115, 255):
            codes = [0, *chooser.sample(codes_known, size)]
            length, embedded = font.cutter.font_file(codes, compress=True)
            expected = font.face.makeSubset(codes)
            assert (length, embedded) == (len(expected), _compress(expected))
            assert font.cutter.font_file(codes, compress=False) == (length, expected)


def test_second_render_of_the_same_release_reuses_its_subset() -> None:
    font = _font()
    paragraphs = _paragraphs()
    first = _pdf(paragraphs)
    before = font.cutter.reused
    again = _pdf(paragraphs)
    assert font.cutter.reused == before + 1
    assert again == first


def test_a_new_letter_gives_a_new_subset() -> None:
    font = _font()
    paragraphs = _paragraphs()
    _pdf(paragraphs)
    before = font.cutter.reused
    # «ڤ» (veh, used for foreign names) appears nowhere in the release: one more glyph.
    edited = [paragraphs[0] + " ڤ", *paragraphs[1:]]
    changed = _pdf(edited)
    assert font.cutter.reused == before
    assert FONT_FILES.findall(changed) != FONT_FILES.findall(_pdf(paragraphs))
    forget_subsets()
    assert _pdf(edited) == changed


def test_same_glyphs_under_other_codes_are_another_subset() -> None:
    font = _font()
    cutter = font.cutter
    forward = [0, ord("ب"), ord("ت"), ord("ث")]
    backward = [0, ord("ث"), ord("ت"), ord("ب")]
    one = cutter.font_file(forward, compress=True)
    other = cutter.font_file(backward, compress=True)
    assert one != other
    assert other[1] == _compress(font.face.makeSubset(backward))


def test_drawn_mirror_codes_share_the_subset_of_their_glyphs() -> None:
    """Two codes drawing the same glyph (a bracket and the code that draws it in a
    right-to-left run) give the same font file: the key is the glyphs, not the characters."""
    cutter = _font().cutter
    shown = [0, ord(")")]
    drawn = [0, ord(tounicode.drawn_mirror("("))]
    first = cutter.font_file(shown, compress=True)
    before = cutter.reused
    assert cutter.font_file(drawn, compress=True) == first
    assert cutter.reused == before + 1


def test_only_the_last_few_subsets_are_kept() -> None:
    font = _font()
    cutter = font.cutter
    letters = [ord(char) for char in "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"]
    subsets = [[0, letter] for letter in letters[: font_subset.KEPT_SUBSETS + 3]]
    for codes in subsets:
        cutter.font_file(codes, compress=True)
    before = cutter.reused
    for codes in subsets[-font_subset.KEPT_SUBSETS :]:
        cutter.font_file(codes, compress=True)
    assert cutter.reused == before + font_subset.KEPT_SUBSETS
    cutter.font_file(subsets[0], compress=True)  # pushed out long ago: cut again
    assert cutter.reused == before + font_subset.KEPT_SUBSETS


def test_subsets_cut_on_many_threads_are_reportlabs() -> None:
    font = _font()
    chooser = random.Random(7)
    known = sorted(font.face.charToGlyph)
    # Few distinct subsets asked for many times: threads reuse each other's subsets.
    choices = [[0, *chooser.sample(known, 60)] for _ in range(4)]
    expected = [_compress(font.face.makeSubset(codes)) for codes in choices]
    work = [index % len(choices) for index in range(64)]

    def embed(index: int) -> bytes:
        return font.cutter.font_file(choices[index], compress=True)[1]

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(embed, work))
    assert results == [expected[index] for index in work]


def test_releases_built_together_reuse_nothing_wrong() -> None:
    paragraphs = _paragraphs()
    releases = [paragraphs[index:] + paragraphs[:index] for index in range(4)]
    serial = [_pdf(release) for release in releases]
    assert len(set(serial)) == len(serial)
    with ThreadPoolExecutor(max_workers=4) as pool:
        for _round in range(3):
            assert list(pool.map(_pdf, releases * 2)) == serial * 2
