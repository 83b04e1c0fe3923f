"""Page furniture: letterhead, «الصفحة 1 من 2», metadata, tables and single-line labels."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import cm

from balagh import __version__
from balagh.typeset.document import Letterhead, build_document, page_label
from balagh.typeset.drawing import rtl_string
from balagh.typeset.logo import LogoError
from balagh.typeset.paragraph import RtlParagraph
from balagh.typeset.styles import BODY, HEADING
from balagh.typeset.tables import rtl_table
from readback import group_lines, page_glyphs, read_pdf_lines
from typeset_helpers import build_plain, seed_paragraphs

LETTERHEAD = Letterhead(["المملكة المغربية", "المديرية العامة للأمن الوطني"])


def _release_pdf(**extra: object) -> bytes:
    story = [RtlParagraph("بلاغ", HEADING)] + [RtlParagraph(p, BODY) for p in seed_paragraphs()]
    return build_document(
        story,
        title="بلاغ حول الأبواب المفتوحة",
        author="المديرية العامة للأمن الوطني",
        subject="حصيلة الدورة",
        header=LETTERHEAD,
        **extra,  # type: ignore[arg-type]
    )


def test_metadata_language_and_direction() -> None:
    reader = PdfReader(io.BytesIO(_release_pdf()))
    info = reader.metadata
    assert info is not None
    assert info.title == "بلاغ حول الأبواب المفتوحة"
    assert info.author == "المديرية العامة للأمن الوطني"
    assert info.subject == "حصيلة الدورة"
    assert info.creator == f"Balagh {__version__}"
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "ar-MA"
    assert root["/ViewerPreferences"]["/Direction"] == "/R2L"


def test_every_page_has_letterhead_and_page_x_of_n() -> None:
    pages = read_pdf_lines(_release_pdf(footer_reference="مرجع 12/2023"))
    assert len(pages) == 2
    for number, lines in enumerate(pages, start=1):
        assert lines[0] == "المملكة المغربية"
        assert lines[1] == "المديرية العامة للأمن الوطني"
        assert page_label(number, 2) in lines[-1]
        assert "مرجع 12/2023" in lines[-1]
    assert page_label(1, 2) == "الصفحة 1 من 2"


def test_release_body_reads_back_between_the_furniture() -> None:
    pages = read_pdf_lines(_release_pdf())
    body = [line for lines in pages for line in lines[2:-1]]
    assert body[0] == "بلاغ"
    assert " ".join(body[1:]) == " ".join(seed_paragraphs())


def _png(path: Path) -> Path:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + b"\x1f\x38\x64" * 4 for _ in range(4))
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    return path


def test_letterhead_logo_is_drawn_and_a_missing_logo_is_named(tmp_path: Path) -> None:
    logo = _png(tmp_path / "logo.png")
    pdf = build_document(
        [RtlParagraph("نص", BODY)], title="t", header=Letterhead(["سطر"], logo_path=logo)
    )
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert len(page.images) == 1
    missing = tmp_path / "absent.png"
    with pytest.raises(LogoError) as caught:
        build_document(
            [RtlParagraph("نص", BODY)], title="t", header=Letterhead(["سطر"], logo_path=missing)
        )
    assert str(missing) in caught.value.message_ar


def test_table_columns_read_right_to_left_and_header_repeats() -> None:
    rows = [["المؤشر", "الدورة 2022", "الدورة 2023"]]
    rows += [
        [f"مؤشر رقم {n} طويل بما يكفي ليلتف داخل الخلية", str(n * 100), str(n * 110)]
        for n in range(1, 40)
    ]
    table = rtl_table(rows, col_widths=[5 * cm, 3 * cm, 3 * cm], numeric_columns={1, 2})
    pdf = build_plain([table])
    glyph_pages = page_glyphs(pdf)
    text_pages = read_pdf_lines(pdf)
    assert len(text_pages) >= 2
    for glyphs, lines in zip(glyph_pages, text_pages, strict=True):
        # The header row repeats on every page, columns in reading order from the right.
        assert lines[0] == "المؤشر الدورة 2022 الدورة 2023"
        header = group_lines(glyphs)[0]
        digits = [g for g in header if g.text.isdigit()]
        arabic = [g for g in header if not g.text.isdigit() and g.text.strip()]
        assert max(g.x for g in arabic) > 400  # «المؤشر» sits at the right
        assert digits[0].x < 300  # «2023» (third column) sits at the left
    # A long first-column cell wraps inside its cell.
    assert any(line.startswith("مؤشر رقم 1 ") for line in text_pages[0])
    assert not any("مؤشر رقم 1 طويل بما يكفي ليلتف داخل الخلية" in line for line in text_pages[0])


def test_table_first_column_is_rightmost() -> None:
    table = rtl_table([["أولا", "ثانيا", "ثالثا"]], col_widths=[3 * cm] * 3, header_rows=0)
    pdf = build_plain([table])
    glyphs = page_glyphs(pdf)[0]
    line = read_pdf_lines(pdf)[0][0]
    assert line.startswith("أولا")  # in reading order the first cell comes first
    xs = sorted(glyphs, key=lambda g: g.x)
    assert xs[-1].x > xs[0].x


def test_numbers_in_numeric_columns_are_centred() -> None:
    table = rtl_table(
        [["عدد", "7"]], col_widths=[4 * cm, 4 * cm], header_rows=0, numeric_columns={1}
    )
    pdf = build_plain([table])
    seven = next(g for g in page_glyphs(pdf)[0] if g.text == "7")
    # reportlab order: the numeric column is the left one; table right-aligned in the frame
    right = 595.2755905511812 - 2 * 28.35
    cell_left = right - 8 * cm
    centre = (seven.x + seven.x_end) / 2
    assert abs(centre - (cell_left + 2 * cm)) < 1.0


def test_rtl_string_in_a_drawing_reads_back() -> None:
    drawing = Drawing(300, 40)
    drawing.add(rtl_string(290, 10, "عدد الزوار 630 ألف (2023)", font_size=12))
    pdf = build_plain([drawing])
    assert read_pdf_lines(pdf)[0] == ["عدد الزوار 630 ألف (2023)"]
    glyphs = page_glyphs(pdf)[0]
    assert max(g.x_end for g in glyphs) == pytest.approx(56.7 + 290, abs=0.5)


def test_wrap_label_gives_shaped_lines_top_first() -> None:
    from balagh.typeset.drawing import label_width, wrap_label
    from balagh.typeset.shaping import shape_line

    label = "عدد الموظفين المعبئين خلال أيام الأبواب المفتوحة"
    lines = wrap_label(label, 90.0, 10.0)
    assert len(lines) >= 3
    assert all(label_width_visual(line) <= 90.0 + 0.01 for line in lines)
    # The first line holds the first words (logical order), shaped like shape_line does.
    assert lines[0] == shape_line("عدد الموظفين المعبئين")
    assert lines[0].endswith(shape_line("عدد"))  # the first word at the right end
    assert label_width(label, 10.0) > 90.0


def label_width_visual(shaped: str) -> float:
    from balagh.typeset.fonts import register_fonts, text_width

    return text_width(shaped, register_fonts().regular, 10.0)


def test_empty_and_overlong_content_do_not_break_layout() -> None:
    word = "المديريةالعامةللأمنالوطنيوالمجلسالوطنيلحقوقالإنسان"
    story = [RtlParagraph("", BODY), RtlParagraph(f"{word} نص", BODY)]
    pdf = build_plain(story, frame_width=150.0)
    assert read_pdf_lines(pdf)[0] == [word, "نص"]
