"""Mixed Arabic content: numbers, dates, Latin acronyms, brackets, quotes, bold runs."""

from __future__ import annotations

import re

import pytest
from arabic_reshaper import ArabicReshaper
from bidi.algorithm import get_display

from balagh.typeset.bidi_levels import classify, resolve_levels
from balagh.typeset.markup import Run, parse_markup
from balagh.typeset.paragraph import RtlParagraph
from balagh.typeset.shaping import shape_line
from balagh.typeset.styles import BODY, Align
from balagh.typeset.tounicode import shown_glyphs
from readback import group_lines, page_glyphs, read_pdf_lines
from typeset_helpers import build_plain

STRESS_MARKUP = (
    "أعلنت المديرية العامة للأمن الوطني (DGSN) أن <b>1.150.000</b> زائر، منهم "
    "<b>630 ألف</b> يوما الجمعة والسبت 19و20 ماي، زاروا الأروقة من 17-21 ماي 2023؛ "
    "وعرض رواق مشترك مع المجلس الوطني لحقوق الإنسان [CNDH] و«الوكالة الوطنية للسلامة "
    "الطرقية»، وآلية “طفلي مختفي” (رقم 19)، والهاتف 05 37 71 19 19، وبلغ عدد "
    "المتبرعين <font color=\"#c00000\" size=\"15\">465 متبرعا</font> بنسبة 12.5% "
    "ومليون و150 ألف زائر؟ نعم: 20 مليون مشاهدة."
)
STRESS_TEXT = re.sub(r"<[^>]+>", "", STRESS_MARKUP)

_ORACLE = ArabicReshaper(configuration={"delete_harakat": False, "ARABIC LIGATURE ALLAH": False})


@pytest.mark.parametrize(
    "text",
    [
        "زار المعرض 630 ألف زائر",
        "يوما الجمعة والسبت 19و20 ماي",
        "ناهز عددهم الإجمالي مليون و150 ألف زائر،",
        "من 17-21 ماي الجاري",
        "بلغ العدد 1.150.000 زائر.",
        "المديرية العامة للأمن الوطني (DGSN) والمجلس (CNDH)",
        "على ضوء آلية “طفلي مختفي”، وتدعيم",
        "«الأبواب المفتوحة» (الدورة الخامسة) [ملحق]",
        "هل زاره 2300 موظف؟ نعم: 150 مركبة؛ و31 رواقا.",
        "نسبة 12.5% من الزوار و+3 مقارنة مع 2022",
        "Open Days 2023 بفاس",
    ],
)
def test_visual_order_matches_an_independent_bidi_implementation(text: str) -> None:
    # python-bidi's pure-Python algorithm (with mirroring) is the oracle of the glyphs shown.
    expected = get_display(_ORACLE.reshape(text), base_dir="R")
    assert shown_glyphs(shape_line(text)) == expected


def test_numbers_stay_left_to_right_and_brackets_are_mirrored() -> None:
    visual = shown_glyphs(shape_line("أطلقت (DGSN) تطبيقا 2300"))
    assert "2300" in visual  # digits in reading order, not «0032»
    assert "(DGSN)" in visual  # mirrored brackets around a Latin word read «(DGSN)»
    assert visual.index("2300") < visual.index("(DGSN)")  # the number is further left


def test_levels_for_a_bracketed_acronym_inside_arabic() -> None:
    items = classify("الأمن (DGSN) الوطني")
    levels = resolve_levels(items, 1)
    by_item = {item[2] or item[0]: level for item, level in zip(items, levels, strict=True)}
    assert by_item["L"] == 2
    assert by_item["("] == 1 and by_item[")"] == 1


def test_stress_paragraph_reads_back_equal_to_its_source() -> None:
    paragraph = RtlParagraph(STRESS_MARKUP, BODY)
    pdf = build_plain([paragraph])
    lines = read_pdf_lines(pdf)[0]
    assert len(lines) >= 4
    assert " ".join(lines) == STRESS_TEXT


def test_stress_paragraph_reads_back_in_every_width() -> None:
    for width in (180.0, 260.0, 340.0):
        pdf = build_plain([RtlParagraph(STRESS_MARKUP, BODY)], frame_width=width)
        assert " ".join(read_pdf_lines(pdf)[0]) == STRESS_TEXT, width


def test_bold_and_coloured_runs_use_their_own_face_without_breaking_joining() -> None:
    paragraph = RtlParagraph("تسجيل <b>465 متبرعا</b> للدم <font size=\"18\">بفاس</font>", BODY)
    pdf = build_plain([paragraph])
    glyphs = page_glyphs(pdf)[0]
    bold = "".join(g.text for g in glyphs if "Bold" in g.font)
    assert "465" in bold
    large = [g for g in glyphs if abs(g.size - 18.0) < 0.01]
    assert len(large) == len("بفاس")
    # Letters of the bold word are drawn as joined presentation forms (initial/medial/final)
    # and read back as base letters (left to right on the page: «متبرعا» reversed).
    assert any("\ufe70" <= char <= "\ufeff" for char in "".join(paragraph.visual_lines(400)))
    assert "اعربتم" in bold
    assert read_pdf_lines(pdf)[0] == ["تسجيل 465 متبرعا للدم بفاس"]


def test_runs_list_is_accepted_like_markup() -> None:
    runs = [Run("سجلت "), Run("465", bold=True), Run(" متبرعا")]
    assert runs == parse_markup("سجلت <b>465</b> متبرعا")
    pdf = build_plain([RtlParagraph(runs, BODY)])
    assert read_pdf_lines(pdf)[0] == ["سجلت 465 متبرعا"]


def test_markup_is_forgiving_with_literal_angle_brackets_and_ampersands() -> None:
    runs = parse_markup("أ < ب & ج <i>د</i> &lt;b&gt;")
    assert "".join(r.text for r in runs) == "أ < ب & ج <i>د</i> <b>"


@pytest.mark.parametrize("alignment", [Align.RIGHT, Align.CENTRE, Align.LEFT])
def test_alignments_place_the_line(alignment: Align) -> None:
    width = 300.0
    pdf = build_plain(
        [RtlParagraph("بلاغ صحفي", BODY.but(alignment=alignment))], frame_width=width
    )
    line = group_lines(page_glyphs(pdf)[0])[0]
    left = (595.2755905511812 - width) / 2
    right = left + width
    start, end = line[0].x, line[-1].x_end
    if alignment is Align.RIGHT:
        assert abs(end - right) < 0.5 and start > left + 100
    elif alignment is Align.LEFT:
        assert abs(start - left) < 0.5 and end < right - 100
    else:
        assert abs((start - left) - (right - end)) < 0.5


def test_first_line_indent_is_taken_at_the_right() -> None:
    text = " ".join(["كلمة"] * 60)
    pdf = build_plain([RtlParagraph(text, BODY.but(first_line_indent=30.0))], frame_width=300)
    lines = group_lines(page_glyphs(pdf)[0])
    right = (595.2755905511812 - 300) / 2 + 300
    assert abs(lines[0][-1].x_end - (right - 30.0)) < 0.5
    assert abs(lines[1][-1].x_end - right) < 0.5


def test_forced_line_break() -> None:
    pdf = build_plain([RtlParagraph("المملكة المغربية<br/>المديرية العامة للأمن الوطني", BODY)])
    assert read_pdf_lines(pdf)[0] == ["المملكة المغربية", "المديرية العامة للأمن الوطني"]


def test_heading_keeps_with_next_paragraph() -> None:
    from balagh.typeset.styles import HEADING

    filler = [RtlParagraph("سطر", BODY.but(space_after=0.0)) for _ in range(27)]
    story = [*filler, RtlParagraph("عنوان", HEADING), RtlParagraph(" ".join(["نص"] * 200), BODY)]
    pages = read_pdf_lines(build_plain(story, frame_height=700.0))
    assert "عنوان" not in pages[0]
    assert pages[1][0] == "عنوان"


def test_random_mixtures_match_the_reference_bidi_algorithm() -> None:
    """Without paired brackets or isolates (which the pure-Python reference predates), the
    line order equals python-bidi's for random mixtures of letters, digits and punctuation."""
    import random
    import unicodedata

    from balagh.typeset.shaping import _visual_order

    rng = random.Random(20230521)
    alphabet = [*"بتله ،.129-+%«»Ab“”:؛/$#", "\u064e"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 25)))
        ours = unicodedata.normalize("NFKC", shown_glyphs(_visual_order(text, 1)))
        reference = get_display(text, base_dir="R")
        assert ours == unicodedata.normalize("NFKC", reference), repr(text)


def test_compacted_items_resolve_to_the_same_levels() -> None:
    import random

    from balagh.typeset.bidi_levels import compact

    def expand(items: list[tuple[str, int, str]], levels: list[int]) -> list[int]:
        return [level for item, level in zip(items, levels, strict=True) for _ in range(item[1])]

    rng = random.Random(7)
    alphabet = [*"أبتلا ،.129-+%()«»Ab“”:؛/$", "\u064e", "\u2066", "\u2069"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30)))
        items = classify(text)
        small = compact(items)
        assert sum(i[1] for i in small) == len(text)
        assert expand(small, resolve_levels(small, 1)) == expand(items, resolve_levels(items, 1))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Ranges after Arabic words are Arabic numbers for bidi: «17-21» shows as «21-17»,
        # read from the right as the seed release writes it (phone numbers too:
        # tests/test_typeset_phone_numbers.py).
        ("من 17-21 ماي الجاري", "21-17"),
        ("من 05-17 ماي الجاري", "17-05"),
        ("بين 2017-2023 سنة", "2023-2017"),
        ("نسبة 12.5% من الزوار و+3 مقارنة مع 2022", "3+"),
    ],
)
def test_ranges_and_signed_numbers_keep_the_bidi_order(text: str, expected: str) -> None:
    visual = shown_glyphs(shape_line(text))
    assert visual == get_display(_ORACLE.reshape(text), base_dir="R")
    assert expected in visual, visual
    pdf = build_plain([RtlParagraph(text, BODY)])
    assert read_pdf_lines(pdf)[0] == [text]
