"""A quote, dash or ellipsis that touches a number or a Latin word in an Arabic line reads in
order in pdf.js, and the page and the other readers stay as they were.

pdf.js types «“ ” ‘ ’ – …» left to right (every character above U+00FF outside Hebrew and
Arabic), so a quote drawn beside «67» in one text item came out after the digits («67“»).
Balagh now draws such a line as two pieces, right piece first (``reader_cut`` in
``balagh.typeset.tounicode``); the glyphs stay where they were.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from balagh.typeset import paragraph as paragraph_module
from balagh.typeset.paragraph import CUT, RtlParagraph
from balagh.typeset.styles import BODY, Align
from balagh.typeset.tounicode import reader_cut
from pdf_readers import mupdf, pdfjs, pdftotext
from typeset_helpers import build_plain

LINES = [
    "تحت شعار “67 سنة من التحديث المتواصل",  # the opening release's theme
    "خلال الفترة 2023–2024 بمدينة فاس",
    "زوروا الموقع “Portes Ouvertes” للعموم",
    "سجلت الدورة …465 زائرا إضافيا",
]
# Brackets in a cut line: their codes are chosen per piece, as pdf.js reads them.
BRACKETS = "زوروا “Open Days (DGSN)” للعموم"
STYLE = BODY.but(alignment=Align.RIGHT)


def _pdf(path: Path, lines: list[str] = LINES) -> Path:
    path.write_bytes(build_plain([RtlParagraph(text, STYLE) for text in lines]))
    return path


def _png(pdf: Path) -> bytes:
    """The page rendered at 150 dpi by poppler (written beside ``pdf``)."""
    image = pdf.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", "-singlefile", str(pdf), str(image)],
        capture_output=True, check=True, timeout=120,
    )
    data = image.with_suffix(".png").read_bytes()
    assert len(data) > 1000  # a rendered page, not an empty file
    return data


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The lines drawn as Balagh draws them, and drawn in one piece each (no cut)."""
    folder = tmp_path_factory.mktemp("quotes")
    cut = _pdf(folder / "cut.pdf")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(paragraph_module, "reader_cut", lambda *_args: False)
        whole = _pdf(folder / "whole.pdf")
    return cut, whole


def test_pdfjs_reads_each_line_as_written(pdfs: tuple[Path, Path]) -> None:
    cut, whole = pdfs
    read = pdfjs(cut).text.split("\n")
    for line in LINES:
        assert line in read
    assert "تحت شعار 67“ سنة من التحديث المتواصل" in pdfjs(whole).text  # what it was


def test_brackets_in_a_cut_line_read_as_written(tmp_path: Path) -> None:
    read = pdfjs(_pdf(tmp_path / "brackets.pdf", [BRACKETS])).text
    assert BRACKETS in read.split("\n")


def test_the_page_and_poppler_are_unchanged(pdfs: tuple[Path, Path]) -> None:
    cut, whole = pdfs
    assert _png(cut) == _png(whole)
    assert pdftotext(cut) == pdftotext(whole)


def test_mupdf_still_finds_every_word(pdfs: tuple[Path, Path]) -> None:
    cut, _whole = pdfs
    text = mupdf(cut)
    for line in LINES:
        for word in line.split():
            if not any(char in word for char in "“”–…0123456789"):
                assert word in text, word


def test_cut_only_between_a_reader_ltr_neutral_and_a_higher_level() -> None:
    assert reader_cut("7", 2, "“", 1)  # digits left of the quote that precedes them
    assert reader_cut("–", 1, "2", 2) and reader_cut("4", 2, "–", 1)
    assert not reader_cut("ا", 1, "“", 1)  # between Arabic letters: pdf.js keeps it in place
    assert not reader_cut("7", 2, "(", 1)  # «(» is typed neutral by pdf.js too
    assert not reader_cut("“", 2, "A", 2)  # inside a left-to-right run
    assert not reader_cut(" ", 1, "7", 2)  # never at a space (pdf.js would lose it)
    assert not reader_cut("“", 3, "7", 4)  # nested levels: the pieces' order would differ


def _cuts(text: str) -> int:
    prepared = RtlParagraph(text, STYLE)._prepared  # the drawn segments are what is tested
    lines = prepared.break_lines(0, len(prepared.ukind), 500, False)
    return sum(face == CUT for line in lines for face, _ in prepared.visual_line(line))


def test_only_lines_with_such_a_character_are_cut() -> None:
    assert _cuts(LINES[0]) == 1
    assert _cuts(BRACKETS) == 2
    assert _cuts("تحت شعار “طفلي مختفي” وسجلت الدورة 465 زائرا") == 0  # quotes by letters
