"""Phone numbers and other spaced digit groups inside Arabic lines.

Balagh shows «0537 72 19 00» as the Unicode bidi algorithm orders it, as Word, LibreOffice
and browsers show it: after Arabic its groups read from the right (0537 is drawn at the
right). The groups stay on one line and the spaces between them keep their width when a
line is justified (the narrow no-break space's glyph, copied as a space). pdf.js, which runs
the same algorithm over each drawn line, returns such numbers as written.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from arabic_reshaper import ArabicReshaper
from bidi.algorithm import get_display
from reportlab.pdfbase.pdfmetrics import stringWidth

from balagh.typeset.fonts import register_fonts
from balagh.typeset.paragraph import RtlParagraph
from balagh.typeset.shaping import shape_line
from balagh.typeset.styles import BODY, Align
from balagh.typeset.tounicode import shown_glyphs
from pdf_readers import pdfjs
from readback import group_lines, page_glyphs, read_pdf_lines
from typeset_helpers import build_plain

_ORACLE = ArabicReshaper(configuration={"delete_harakat": False, "ARABIC LIGATURE ALLAH": False})
_NUMBER_CHARS = re.compile(r"[^0-9+\-]")

CASES = [
    ("ورقم الاستعلام 0537 72 19 00 ومسابقة الأمن", "0537 72 19 00"),
    ("للاستعلام: الهاتف +212 537-721900 أو الفاكس", "+212 537-721900"),
    ("يرجى الاتصال بالرقم 0537 721900 للاستعلام", "0537 721900"),
    ("الهاتف +212 5 37 71 19 19 للاستعلام", "+212 5 37 71 19 19"),
    ("الرقم الدولي +212537721900 للاستعلام", "+212537721900"),
    ("الهاتف 0522-474747 والفاكس 0522 474748", "0522 474748"),
    ("يوم 2023-05-17 بفاس", "2023-05-17"),
    ("بلغ العدد 1 150 000 زائر", "1 150 000"),
]


def _bidi_display(text: str) -> str:
    """The line as the bidi algorithm displays it (python-bidi's reference algorithm)."""
    shown = get_display(_ORACLE.reshape(text), base_dir="R")
    assert isinstance(shown, str)
    return shown


@pytest.mark.parametrize(("text", "number"), CASES)
def test_numbers_are_shown_as_the_bidi_algorithm_orders_them(text: str, number: str) -> None:
    shown = _bidi_display(text)
    assert shown_glyphs(shape_line(text)) == shown  # labels, cells
    # In a paragraph: the digits and signs on the page, left to right, in the same order.
    pdf = build_plain([RtlParagraph(text, BODY)])
    [line] = group_lines(page_glyphs(pdf)[0])
    page = "".join(glyph.text for glyph in line)
    assert _NUMBER_CHARS.sub("", page) == _NUMBER_CHARS.sub("", shown)
    assert read_pdf_lines(pdf)[0] == [text]


def test_the_probe_number_reads_from_the_right() -> None:
    visual = shown_glyphs(shape_line("ورقم الاستعلام 0537 72 19 00 ومسابقة"))
    assert "00 19 72 0537" in visual  # 0537 at the right, where an Arabic reader starts


@pytest.mark.parametrize(("text", "number"), CASES)
def test_a_number_is_never_split_across_lines(text: str, number: str) -> None:
    digits = sorted(re.sub(r"\D", "", number))
    narrow = stringWidth(number, register_fonts().face(False), BODY.font_size) + 15.0
    for width in (narrow, 400.0):
        pdf = build_plain([RtlParagraph(text, BODY)], frame_width=width)
        lines = ["".join(glyph.text for glyph in line) for line in group_lines(page_glyphs(pdf)[0])]
        assert len(lines) > 2 or width == 400.0  # the number had to stand on a line of its own
        # Every digit of the number on one line of the page (the other number of the
        # fax case may share it).
        assert any(_holds(sorted(re.sub(r"\D", "", line)), digits) for line in lines), lines


def _holds(have: list[str], want: list[str]) -> bool:
    """Whether the sorted characters ``have`` include the sorted ``want`` (as multisets)."""
    rest = list(have)
    for char in want:
        if char not in rest:
            return False
        rest.remove(char)
    return True


def test_the_spaces_of_a_number_do_not_stretch_in_a_justified_line() -> None:
    text = ("أطلقت المديرية العامة للأمن الوطني بوابة الأبواب المفتوحة ورقم الاستعلام "
            "0537 72 19 00 ومسابقة لفائدة التلاميذ والمستكشفين الاستراتيجيين والاستثنائيين")
    width = 300.0
    pdf = build_plain([RtlParagraph(text, BODY.but(alignment=Align.JUSTIFY))], frame_width=width)
    lines = group_lines(page_glyphs(pdf)[0])
    [line] = [line for line in lines if "0537" in "".join(glyph.text for glyph in line)]
    assert line is not lines[-1]  # a justified line, not the last one
    font = register_fonts().face(False)
    narrow = stringWidth("\u202f", font, BODY.font_size)
    space = stringWidth(" ", font, BODY.font_size)
    # The room each space takes: from the glyph before it to the glyph after it.
    number_gaps, word_gaps = [], []
    for before, glyph, after in zip(line, line[1:], line[2:], strict=False):
        if glyph.text == " ":
            gap = after.x - before.x_end
            digits = before.text.isdigit() and after.text.isdigit()
            (number_gaps if digits else word_gaps).append(gap)
    assert len(number_gaps) == 3 and all(abs(gap - narrow) < 0.01 for gap in number_gaps)
    assert word_gaps and min(word_gaps) > space + 0.5  # the word spaces did stretch


def test_pdfjs_reads_the_numbers_as_written(tmp_path: Path) -> None:
    style = BODY.but(alignment=Align.RIGHT, space_after=14.0)
    pdf = tmp_path / "numbers.pdf"
    pdf.write_bytes(build_plain([RtlParagraph(text, style) for text, _number in CASES]))
    assert pdfjs(pdf).text.split("\n") == [text for text, _number in CASES]


def test_bracketed_numbers_at_the_end_of_a_line(tmp_path: Path) -> None:
    text = "الهاتف (0537 721900) أو (+212 537-721900)"
    pdf = tmp_path / "brackets.pdf"
    pdf.write_bytes(build_plain([RtlParagraph(text, BODY)]))
    assert read_pdf_lines(pdf.read_bytes())[0] == [text]
    # pdf.js misreads this line (before and since #13): the bracket at the line's left end
    # is followed by digits only, and its bidi pass moves the last group to the start.
    assert pdfjs(pdf).text == ")721900-537 212+( الهاتف (0537 721900) أو"


def test_a_number_alone_on_a_line_reads_in_the_order_shown(tmp_path: Path) -> None:
    # A line that holds nothing but a number has no right-to-left character: readers take
    # it as left to right and return what the page shows, the groups as the bidi algorithm
    # ordered them (as Word shows such a line) — pdf.js as the suite's own reader.
    text = "الهاتف (0537 721900) أو (+212 537-721900)"
    pdf = tmp_path / "narrow.pdf"
    pdf.write_bytes(build_plain([RtlParagraph(text, BODY)], frame_width=200.0))
    shown = ["الهاتف (0537 721900) أو", "(721900-537 212+)"]
    assert read_pdf_lines(pdf.read_bytes())[0] == shown
    assert pdfjs(pdf).text.split("\n") == shown
