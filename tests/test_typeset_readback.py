"""The seed release set justified on A4 reads back exactly as its source text."""

from __future__ import annotations

from itertools import pairwise

import pytest
from reportlab.lib.units import cm

from balagh.typeset.paragraph import RtlParagraph
from balagh.typeset.styles import BODY
from balagh.typeset.tables import rtl_table
from readback import (
    glyph_shapes,
    group_lines,
    line_segments,
    page_glyphs,
    read_line,
    read_pdf_lines,
)
from typeset_helpers import build_plain, frame_edges, seed_paragraphs, split_by_counts

FRAME_WIDTH = frame_edges()[1] - frame_edges()[0]


def test_seed_release_on_one_page_reads_back_as_source() -> None:
    paragraphs = seed_paragraphs()
    assert len(paragraphs) == 8
    style = BODY.but(font_size=11.0)
    flowables = [RtlParagraph(text, style) for text in paragraphs]
    pages = read_pdf_lines(build_plain(flowables))
    assert len(pages) == 1
    assert split_by_counts(pages[0], flowables, FRAME_WIDTH) == paragraphs
    # Several lines per paragraph, so line order inside a paragraph is really exercised.
    assert all(p.line_count(FRAME_WIDTH) >= 2 for p in flowables)


def test_seed_release_across_a_forced_page_break_keeps_line_order() -> None:
    paragraphs = seed_paragraphs()
    flowables = [RtlParagraph(text, BODY) for text in paragraphs]
    # A short frame: paragraphs must be split between pages.
    pdf = build_plain(flowables, frame_height=230.0)
    pages = read_pdf_lines(pdf)
    assert len(pages) >= 4
    lines = [line for page in pages for line in page]
    assert split_by_counts(lines, flowables, FRAME_WIDTH) == paragraphs
    # At least one page starts in the middle of a paragraph: its first line is not the
    # beginning of any source paragraph.
    starts = {p.split(" ")[0] + " " + p.split(" ")[1] for p in paragraphs}
    assert any(" ".join(page[0].split(" ")[:2]) not in starts for page in pages[1:])


def test_orphans_and_widows_leave_two_lines_each_side() -> None:
    paragraphs = seed_paragraphs()
    flowables = [RtlParagraph(text, BODY) for text in paragraphs]
    pages = read_pdf_lines(build_plain(flowables, frame_height=230.0))
    # Every paragraph fragment on a page has at least two lines: check with the counts.
    counts = [p.line_count(FRAME_WIDTH) for p in flowables]
    boundaries: list[int] = []  # line index (in the flat list) where each paragraph starts
    position = 0
    for count in counts:
        boundaries.append(position)
        position += count
    page_starts: list[int] = []
    position = 0
    for page in pages:
        page_starts.append(position)
        position += len(page)
    for start in page_starts[1:]:
        # distance to the paragraph start before and to the paragraph end after the break
        before = max(b for b in boundaries if b <= start)
        index = boundaries.index(before)
        end = before + counts[index]
        if start != before:
            assert start - before >= 2, "orphan: a single line left at the foot of a page"
            assert end - start >= 2, "widow: a single line carried to the next page"


def test_justified_lines_touch_both_margins_and_last_line_is_right_aligned() -> None:
    text = seed_paragraphs()[2]
    paragraph = RtlParagraph(text, BODY)
    pdf = build_plain([paragraph])
    lines = group_lines(page_glyphs(pdf)[0])
    assert len(lines) >= 3
    left, right = frame_edges()
    for line in lines[:-1]:
        first, last = line[0], line[-1]
        assert abs(first.x - left) < 1.0
        assert abs(last.x_end - right) < 1.0
    last_line = lines[-1]
    assert last_line[0].x > left + 20.0  # not stretched: it starts short of the left margin
    assert abs(last_line[-1].x_end - right) < 1.0  # and ends at the right margin


def test_split_paragraph_continues_in_a_frame_of_another_width() -> None:
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    text = " ".join(seed_paragraphs()[:3])
    buffer = io.BytesIO()
    right = Frame(330, 500, 200, 200, 0, 0, 0, 0, id="right")  # read first (right column)
    left = Frame(60, 300, 240, 400, 0, 0, 0, 0, id="left")
    doc = BaseDocTemplate(buffer, pagesize=A4)
    doc.addPageTemplates([PageTemplate(id="p", frames=[right, left])])
    doc.build([RtlParagraph(text, BODY)])
    glyphs = page_glyphs(buffer.getvalue())
    lines = []
    for frame_x in (330, 60):  # right column first, then left
        column = [g for g in glyphs[0] if frame_x - 1 <= g.x <= frame_x + 245]
        lines += [read_line(line) for line in group_lines(column)]
    lines += [line for page in read_pdf_lines(buffer.getvalue())[1:] for line in page]
    assert " ".join(lines) == text


def test_cells_standing_apart_read_with_a_space_and_from_the_right() -> None:
    rows = [
        ["المؤشر", "2019", "2018", "المجموع"],
        ["العروض الحية", "8", "56", "64"],
        ["العدد الإجمالي للزوار", "حوالي 1150000", "حوالي 515000",
         "\u2066+635000 (+123,3%)\u2069"],
    ]
    table = rtl_table(rows, col_widths=[5 * cm, 3 * cm, 3 * cm, 4 * cm],
                      numeric_columns={1, 2, 3})
    pdf = build_plain([table])
    lines = read_pdf_lines(pdf)[0]
    assert lines[0] == "المؤشر 2019 2018 المجموع"
    # Figures in separate cells keep the page's order (not one phone-number-like group).
    assert lines[1] == "العروض الحية 8 56 64"
    # Each cell is read as it was set: the Arabic of the cell at its right does not change
    # how the digits and the «%» of the next cell are ordered; a cell without Arabic (the
    # change, set left to right in an isolate) reads left to right, as pdf.js reads it.
    assert lines[2] == "العدد الإجمالي للزوار حوالي 1150000 حوالي 515000 +635000 (+123,3%)"
    row = group_lines(page_glyphs(pdf)[0])[1]
    assert len(line_segments(row)) == 4


def test_justified_word_spaces_do_not_split_a_line() -> None:
    # In a narrow column justification would need word gaps far wider than pdf.js's 0.6 em
    # item break; they are bounded (space glyph and stretch together), and each line stays
    # one piece of text with single spaces.
    text = seed_paragraphs()[2]
    width = 150.0
    paragraph = RtlParagraph(text, BODY)
    pdf = build_plain([paragraph], frame_width=width)
    lines = group_lines(page_glyphs(pdf)[0])
    gaps = [(b.x - a.x) / b.size for line in lines for a, b in pairwise(line) if a.text == " "]
    assert 0.5 < max(gaps) < 0.6
    assert all(len(line_segments(line)) == 1 for line in lines)
    assert split_by_counts(read_pdf_lines(pdf)[0], [paragraph], width) == [text]


# Bracket pairs set left to right inside Latin text (UAX #9 rule N0: the pair takes the
# direction of the Latin words around and inside it), and pairs set right to left around
# Latin words, Arabic words or figures; each pair must read back where it was written.
BRACKETED = [
    "نظمت المديرية Open Days 2023 (édition 4) بمدينة فاس",
    "نظمت المديرية Open Days (édition 4) بمدينة فاس",
    "الدورة Open Days (2023) بفاس",
    "حضر ممثل عن Interpol (Lyon, France) والشرطة",
    "نظمت Open Days [édition 4] بفاس",
    "رواق (Open Days 2023 (édition 4)) بفاس",
    "رواق Open Days (édition 4) (بفاس)",
    "فاس 2023 (édition 4) بفاس",
    "تطبيق E-Police (version 2) للهاتف (مجاني)",
    "المديرية (DGSN) والمجلس (CNDH)",
    "تطبيق E-Police (نسخة 2) للهاتف",
    "«الأبواب المفتوحة» (الدورة الخامسة) [ملحق]",
]


def test_latin_text_with_brackets_inside_arabic_reads_back_as_written() -> None:
    text = "نظمت المديرية Open Days 2023 (édition 4) بمدينة فاس"
    pdf = build_plain([RtlParagraph(text, BODY)])
    [line] = group_lines(page_glyphs(pdf)[0])
    page = glyph_shapes("".join(glyph.text for glyph in line))
    assert "Open Days 2023 (édition 4)" in page  # the page shows it as written
    assert read_line(line) == text  # not «(Open Days 2023 (édition 4»


@pytest.mark.parametrize("text", BRACKETED)
def test_bracket_pairs_read_back_where_they_were_written(text: str) -> None:
    for width in (FRAME_WIDTH, 200.0):
        pdf = build_plain([RtlParagraph(text, BODY)], frame_width=width)
        assert " ".join(read_pdf_lines(pdf)[0]) == text, width
