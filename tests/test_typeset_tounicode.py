"""The ToUnicode maps that decide what readers copy out of Balagh's PDFs."""

from __future__ import annotations

import re

from balagh.typeset.paragraph import RtlParagraph
from balagh.typeset.shaping import shape_line
from balagh.typeset.tounicode import (
    KEPT_SPACE,
    drawn_mirror,
    for_readers,
    reader_text,
    shown_glyphs,
    to_unicode_cmap,
)
from pdf_readers import pdfjs, pdftotext
from typeset_helpers import build_plain


def test_presentation_forms_read_as_base_letters() -> None:
    assert reader_text(0xFEE3) == "\u0645"  # meem initial form -> meem
    assert reader_text(0xFE8D) == "\u0627"  # alef isolated form -> alef
    # lam-alef ligatures: alef then lam (readers reverse them with the right-to-left run)
    assert reader_text(0xFEFB) == "\u0627\u0644"
    assert reader_text(0xFEF7) == "\u0623\u0644"
    assert reader_text(ord("A")) == "A" and reader_text(ord("1")) == "1"
    assert reader_text(ord(KEPT_SPACE)) == " "


def test_mirrored_codes_show_the_mirror_and_read_as_written() -> None:
    code = drawn_mirror("(")
    assert code != "(" and shown_glyphs(code) == ")" and reader_text(ord(code)) == "("
    assert drawn_mirror("a") == "a"


def test_a_reader_reversing_the_run_gets_the_brackets_as_written() -> None:
    visual = shape_line("أطلقت المديرية (DGSN) تطبيقا")
    # A reader reverses the line and then the Latin run inside it, mirroring nothing.
    read = "".join(reader_text(ord(char)) for char in visual)[::-1]
    read = re.sub(r"[A-Z]+", lambda match: match.group(0)[::-1], read)
    assert "(DGSN)" in shown_glyphs(visual)  # the page shows «(DGSN)»
    assert read == "أطلقت المديرية (DGSN) تطبيقا"


def test_left_to_right_lines_keep_their_own_codes() -> None:
    assert for_readers("Open Days (2023)") == "Open Days (2023)"
    assert for_readers("+635.000 (+123,3 %)") == "+635.000 (+123,3 %)"


def test_cmap_sections_hold_at_most_100_mappings() -> None:
    cmap = to_unicode_cmap("AAAAAA+Amiri", [*range(0xFE70, 0xFE70 + 140), 0xFEFB])
    counts = [int(n) for n in re.findall(r"(\d+) beginbfchar", cmap)]
    assert counts == [100, 41]
    assert "<8C> <06270644>" in cmap  # the lam-alef, last code of the subset


def test_lam_alef_and_brackets_in_real_readers(tmp_path: object) -> None:
    from pathlib import Path

    text = "لا الأمن «الوطني» (DGSN) بلاغ"
    pdf = Path(str(tmp_path)) / "probe.pdf"
    pdf.write_bytes(build_plain([RtlParagraph(text)]))
    assert pdfjs(pdf).text.strip() == text
    assert "الأمن «الوطني»" in pdftotext(pdf)
