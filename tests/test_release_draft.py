"""Drafting the closing release from the figures: the Fez seed word for word, and the
sentences that must appear or disappear with the data of other editions."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import pytest

from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.interchange import loads_editions
from balagh.core.model import (
    Edition,
    FigureValue,
    JointPavilion,
    Qualifier,
    Release,
    ReleaseKind,
    ReleaseStatus,
)
from balagh.documents.release.draft import builtin_template, draft_release, release_text
from balagh.platform.assets import read_text
from balagh.platform.settings import Settings

SEED = Path(__file__).parent / "data" / "seed_release.txt"
RECORD = "محققا رقما قياسيا مقارنة مع باقي الدورات السابقة"
PEAK = "ذروة الحضور الجماهيري"
BLOOD = "التبرع بالدم"


@pytest.fixture(scope="module")
def demo() -> list[Edition]:
    return loads_editions(read_text("demo", "editions.json"), list(DEFAULT_BY_KEY))


@pytest.fixture
def fez(demo: list[Edition]) -> Edition:
    return copy.deepcopy(demo[3])


def draft(edition: Edition, editions: list[Edition], day: dt.date | None = None,
          **kwargs: object) -> Release:
    return draft_release(edition, editions, DEFAULT_BY_KEY, Settings(), release_date=day,
                         **kwargs)  # type: ignore[arg-type]


def seed_paragraphs() -> list[str]:
    return [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_fez_draft_is_the_seed_release_word_for_word(demo: list[Edition]) -> None:
    release = draft(demo[3], demo, dt.date(2023, 5, 22))
    expected = seed_paragraphs()
    assert len(expected) == 8
    assert len(release.paragraphs) == len(expected)
    for number, (written, published) in enumerate(
        zip(release.paragraphs, expected, strict=True), start=1
    ):
        assert written == published, f"paragraph {number} differs"


def test_draft_is_a_stored_draft_shape(demo: list[Edition]) -> None:
    release = draft(demo[3], demo, dt.date(2023, 5, 22))
    assert release.status is ReleaseStatus.DRAFT
    assert (release.edition_number, release.kind) == (4, ReleaseKind.CLOSING)
    assert (release.title, release.place, release.date) == ("بلاغ", "الرباط",
                                                            dt.date(2023, 5, 22))
    assert release.reference is None and release.pdf is None
    assert release_text(release).count("\n\n") == 7


def test_default_date_is_the_day_after_the_edition(demo: list[Edition]) -> None:
    release = draft(demo[3], demo)
    assert release.date == dt.date(2023, 5, 22)
    assert "من 17 إلى 21 ماي الجاري" in release.paragraphs[0]


def test_release_dated_later_drops_al_jari(demo: list[Edition]) -> None:
    release = draft(demo[3], demo, dt.date(2023, 6, 2))
    assert "من 17 إلى 21 ماي 2023" in release.paragraphs[0]
    assert "الجاري" not in release.paragraphs[0]


def test_settings_give_title_and_place(demo: list[Edition]) -> None:
    settings = Settings(release_title="بلاغ صحفي", place="فاس")
    release = draft_release(demo[3], demo, DEFAULT_BY_KEY, settings)
    assert (release.title, release.place) == ("بلاغ صحفي", "فاس")


def test_other_edition_gets_its_own_facts(demo: list[Edition]) -> None:
    marrakech = demo[1]
    text = release_text(draft(marrakech, demo))
    assert "بمدينة مراكش" in text and "فاس" not in text
    assert "من 26 إلى 30 شتنبر 2018" in text  # dated 1 October: not «الجاري»
    # «أكثر من 260 ألف» is a more-than figure: the verb is «فاق»
    assert "فاق عددهم الإجمالي 260 ألف زائر" in text
    # 260 thousand beat Casablanca's 80 thousand, the one edition before
    assert "محققا رقما قياسيا مقارنة مع الدورة السابقة." in text
    assert RECORD not in text
    assert "من قبيل الأمن وحقوق الإنسان، والتدبير الأمني للأنشطة السياحية" in text
    # figures Marrakech did not publish leave their paragraphs out, not blanks
    for absent in (PEAK, BLOOD, "موظف شرطة", "مشاهدة", "مركبة", "رواق مشترك", "None"):
        assert absent not in text
    assert "  " not in text and " ،" not in text


def test_first_edition_is_not_a_record(demo: list[Edition]) -> None:
    casablanca = demo[0]
    text = release_text(draft(casablanca, demo))
    assert "ناهز عددهم الإجمالي 80 ألف زائر." in text
    assert RECORD not in text


def test_a_total_below_an_earlier_edition_is_not_a_record(
    demo: list[Edition], fez: Edition
) -> None:
    later = copy.deepcopy(fez)
    later.number, later.start_date, later.end_date = 5, dt.date(2024, 5, 17), dt.date(2024, 5, 21)
    later.figures["visitors_total"] = FigureValue(900_000, Qualifier.ABOUT)
    later.figures["peak_visitors"].days = [dt.date(2024, 5, 18), dt.date(2024, 5, 19)]
    text = draft(later, [*demo, later]).paragraphs[0]
    assert "ناهز عددهم الإجمالي 900 ألف زائر." in text
    assert RECORD not in text


@pytest.mark.parametrize(
    ("qualifier", "total", "peak"),
    [
        (Qualifier.ABOUT, "ناهز عددهم الإجمالي مليون و150 ألف زائر",
         "بحصيلة إجمالية ناهزت 630 ألف زائر"),
        (Qualifier.MORE_THAN, "فاق عددهم الإجمالي مليون و150 ألف زائر",
         "بحصيلة إجمالية فاقت أكثر من 630 ألف زائر"),
        (Qualifier.EXACT, "بلغ عددهم الإجمالي مليون و150 ألف زائر",
         "بحصيلة إجمالية بلغت 630 ألف زائر"),
    ],
)
def test_the_qualifier_chooses_the_verb(
    demo: list[Edition], fez: Edition, qualifier: Qualifier, total: str, peak: str
) -> None:
    fez.figures["visitors_total"].qualifier = qualifier
    fez.figures["peak_visitors"].qualifier = qualifier
    paragraphs = draft(fez, demo, dt.date(2023, 5, 22)).paragraphs
    assert total in paragraphs[0]
    assert peak in paragraphs[1]


@pytest.mark.parametrize(
    ("qualifier", "views", "staff"),
    [
        (Qualifier.ABOUT, "تحقيق حوالي 20 مليون مشاهدة", "حوالي 2300 موظف شرطة"),
        (Qualifier.MORE_THAN, "تحقيق أكثر من 20 مليون مشاهدة", "أكثر من 2300 موظف شرطة"),
        (Qualifier.EXACT, "تحقيق 20 مليون مشاهدة", "الوطني 2300 موظف شرطة"),
    ],
)
def test_adverb_qualifiers_follow_the_figure(
    demo: list[Edition], fez: Edition, qualifier: Qualifier, views: str, staff: str
) -> None:
    fez.figures["social_media_views"].qualifier = qualifier
    fez.figures["police_staff"].qualifier = qualifier
    text = release_text(draft(fez, demo, dt.date(2023, 5, 22)))
    assert views in text
    assert staff in text


def test_two_month_range(demo: list[Edition], fez: Edition) -> None:
    fez.start_date, fez.end_date = dt.date(2023, 5, 29), dt.date(2023, 6, 2)
    fez.figures["peak_visitors"].days = [dt.date(2023, 5, 31), dt.date(2023, 6, 1)]
    paragraphs = draft(fez, demo, dt.date(2023, 6, 3)).paragraphs
    assert "خلال الفترة الممتدة من 29 ماي إلى 2 يونيو الجاري" in paragraphs[0]
    assert "وقد سجل يوما الأربعاء والخميس 31 ماي و1 يونيو ذروة الحضور" in paragraphs[1]


def test_peak_sentence_needs_the_peak_days(demo: list[Edition], fez: Edition) -> None:
    fez.figures["peak_visitors"].days = []
    paragraphs = draft(fez, demo, dt.date(2023, 5, 22)).paragraphs
    assert PEAK not in " ".join(paragraphs)
    assert "630" not in " ".join(paragraphs)
    # the audiences sentence stays, opening its own paragraph
    assert paragraphs[1].startswith("وقد شكلت فئة التلاميذ نسبة مهمة من الحضور")
    three = copy.deepcopy(fez)
    three.figures["peak_visitors"].days = [dt.date(2023, 5, 18), dt.date(2023, 5, 19),
                                           dt.date(2023, 5, 20)]
    text = draft(three, demo, dt.date(2023, 5, 22)).paragraphs[1]
    assert text.startswith("وقد سجل أيام الخميس والجمعة والسبت 18و19و20 ماي ذروة")
    assert "خلال هذه الأيام" in text


def test_missing_figures_leave_their_paragraphs_out(demo: list[Edition], fez: Edition) -> None:
    for key in ("blood_donors", "social_media_views", "police_staff"):
        del fez.figures[key]
    fez.highlights = [h for h in fez.highlights if "تطبيق" not in h]
    paragraphs = draft(fez, demo, dt.date(2023, 5, 22)).paragraphs
    text = " ".join(paragraphs)
    assert BLOOD not in text and "465" not in text
    assert "مشاهدة" not in text and "وعلاوة على الحضور الجماهيري" not in text
    assert "موظف شرطة" not in text
    # the vehicles remain, with their own sentence
    assert ("وقد عبأت المديرية العامة للأمن الوطني 150 مركبة لتأمين الفضاء الذي احتضن هذه "
            "التظاهرة، من بينها عربات أمنية مصفحة") in text
    assert len(paragraphs) == 6
    assert all(p.endswith(".") for p in paragraphs)


def test_edition_without_visitors_still_opens_properly(demo: list[Edition]) -> None:
    bare = Edition(number=9, city_ar="أكادير", city_fr="Agadir",
                   start_date=dt.date(2025, 9, 28), end_date=dt.date(2025, 10, 2))
    paragraphs = draft(bare, [*demo, bare]).paragraphs
    # a 2025 edition takes the current form
    assert paragraphs[0] == ("تعلن المديرية العامة للأمن الوطني عن اختتام فعاليات الدورة التاسعة "
                             "لأيام الأبواب المفتوحة للأمن الوطني المنظمة بمدينة أكادير، خلال "
                             "الفترة الممتدة من 28 شتنبر إلى 2 أكتوبر الجاري.")
    assert len(paragraphs) == 2  # the opening and the office's closing paragraph


def test_partners_come_from_the_edition(demo: list[Edition], fez: Edition) -> None:
    fez.joint_pavilions = [JointPavilion(["الوكالة الوطنية للسلامة الطرقية"])]
    fez.partners = ["مؤسسة محمد الخامس للتضامن"]
    text = release_text(draft(fez, demo, dt.date(2023, 5, 22)))
    assert ("كما تم عرض رواق مشترك بين مصالح الأمن الوطني والوكالة الوطنية للسلامة الطرقية، "
            "تترجم عمق الشراكة مع هذه المؤسسة الوطنية.") in text
    assert "المجلس الوطني لحقوق الإنسان" not in text
    # no blood partner recorded: the partnership clause goes, the donors stay
    assert "في إطار الشراكة القائمة" not in text
    assert "تخصيص حيز للتبرع بالدم، تكلل بتسجيل 465 متبرعا للدم" in text


def test_opening_announcement(demo: list[Edition]) -> None:
    release = draft(demo[3], demo, kind=ReleaseKind.OPENING)
    assert release.kind is ReleaseKind.OPENING
    assert release.date == dt.date(2023, 5, 16)
    first = release.paragraphs[0]
    assert first == ("تنظم المديرية العامة للأمن الوطني، الدورة الرابعة لأيام الأبواب المفتوحة "
                     "تحت شعار “67 سنة من التحديث المتواصل لمرفق مواطن”، وذلك خلال الفترة "
                     "الممتدة من 17 إلى 21 ماي الجاري بمدينة فاس.")
    text = release_text(release)
    assert "31 رواقا موضوعاتيا" in text and "توطيد الإنتاج المشترك للأمن" in text
    assert "الرابعة بعد الثالثة التي نظمت في طنجة، سنة 2019" in text
    marrakech = release_text(draft(demo[1], demo, kind=ReleaseKind.OPENING))
    assert "بساحة باب الجديد بمدينة مراكش" in marrakech
    assert "عروض حية يبلغ عددها 56 عرضا" in marrakech
    casablanca = draft(demo[0], demo, kind=ReleaseKind.OPENING)
    assert "وتهدف التظاهرة، الأولى من نوعها، بأبعادها" in release_text(casablanca)
    fez = demo[3]
    fez.theme = ""
    assert "شعار" not in draft(fez, demo, kind=ReleaseKind.OPENING).paragraphs[0]


def test_builtin_templates_are_readable_text() -> None:
    for kind in ReleaseKind:
        body = builtin_template(kind)
        assert "{%" in body and "المديرية العامة للأمن الوطني" in body


@pytest.mark.parametrize("kind", [ReleaseKind.CLOSING, ReleaseKind.OPENING])
@pytest.mark.parametrize("index", [0, 1, 2, 3])
def test_every_paragraph_of_every_demo_draft_is_a_finished_sentence(
    demo: list[Edition], index: int, kind: ReleaseKind
) -> None:
    """A sentence left out (no joint pavilion, no seminar list…) must not take the final
    full stop or split its paragraph in two."""
    release = draft(demo[index], demo, kind=kind)
    assert release.paragraphs
    for paragraph in release.paragraphs:
        assert paragraph.endswith("."), paragraph
        assert paragraph[0] not in "،.؛ ", paragraph


def test_a_line_that_renders_empty_does_not_split_a_paragraph() -> None:
    from balagh.documents.release.templating import render_paragraphs

    source = "أولى{% if x %}، ثانية{% endif %}\n{% if y %}، ثالثة{% endif %}\n.\n\nفقرة أخرى."
    assert render_paragraphs(source, {"x": False, "y": False}) == ["أولى.", "فقرة أخرى."]
    assert render_paragraphs(source, {"x": True, "y": True}) == [
        "أولى، ثانية، ثالثة.", "فقرة أخرى."]


@pytest.mark.parametrize(
    ("number", "ordinal"),
    [(4, "الدورة الرابعة"), (20, "الدورة العشرين"), (30, "الدورة الثلاثين"),
     (24, "الدورة الرابعة والعشرين"), (11, "الدورة الحادية عشرة"),
     (100, "الدورة المائة"), (101, "الدورة الأولى بعد المائة"), (200, "الدورة المائتين"),
     (999, "الدورة التاسعة والتسعين بعد التسعمائة")],
)
def test_opening_ordinal_is_the_object_of_the_verb(
    demo: list[Edition], fez: Edition, number: int, ordinal: str
) -> None:
    fez.number = number
    first = draft(fez, demo, kind=ReleaseKind.OPENING).paragraphs[0]
    assert first.startswith(f"تنظم المديرية العامة للأمن الوطني، {ordinal} لأيام")


def test_demonstrations_are_reported_when_recorded(demo: list[Edition], fez: Edition) -> None:
    marrakech = release_text(draft(demo[1], demo))
    assert ("التي احتضنتها مدينة مراكش بتقديم عروض حية بلغ عددها 56 عرضا.") in marrakech
    tangier = release_text(draft(demo[2], demo))
    assert "لخدمة أمن المواطنين، فضلا عن تقديم عروض حية بلغ عددها 50 عرضا." in tangier
    assert "عروض حية" not in release_text(draft(demo[3], demo))  # Fez: none recorded
    # without pavilions the demonstrations carry the sentence; the qualifier picks the verb
    del fez.figures["thematic_pavilions"]
    fez.figures["demonstrations"] = FigureValue(40, Qualifier.ABOUT)
    text = release_text(draft(fez, demo, dt.date(2023, 5, 22)))
    assert ("التي احتضنتها مدينة فاس بتقديم عروض حية ناهز عددها 40 عرضا، كما تم عرض رواق "
            "مشترك") in text


def test_closing_does_not_report_the_summary_sheet_figures(demo: list[Edition]) -> None:
    text = release_text(draft(demo[3], demo, dt.date(2023, 5, 22)))
    for value in ("344", "72", "216"):  # first days, media outlets, press statements
        assert value not in text


@pytest.mark.parametrize(
    ("value", "phrases"),
    [
        (1, ["ناهز عددهم الإجمالي زائرا واحدا.", "بحصيلة إجمالية فاقت أكثر من زائر واحد",
             "تحقيق أكثر من مشاهدة واحدة.", "الوطني موظف شرطة واحدا للمشاركة",
             "تعبئة مركبة واحدة،", "بتنظيم رواق موضوعاتي واحد،",
             "تكلل بتسجيل متبرع واحد للدم من"]),
        (2, ["ناهز عددهم الإجمالي زائرين اثنين.", "فاقت أكثر من زائرين اثنين",
             "تحقيق أكثر من مشاهدتين اثنتين.", "الوطني موظفي شرطة اثنين للمشاركة",
             "تعبئة مركبتين اثنتين،", "بتنظيم رواقين موضوعاتيين اثنين،",
             "تكلل بتسجيل متبرعين اثنين للدم من"]),
    ],
)
def test_figures_of_one_and_two_keep_their_number_word(
    demo: list[Edition], fez: Edition, value: int, phrases: list[str]
) -> None:
    for figure in fez.figures.values():
        figure.value = value
    text = release_text(draft(fez, demo, dt.date(2023, 5, 22)))
    for phrase in phrases:
        assert phrase in text


def test_the_filters_write_one_and_two_in_every_case() -> None:
    from balagh.documents.release.template_filters import ar_count, ar_figure

    visitor, views = DEFAULT_BY_KEY["visitors_total"], DEFAULT_BY_KEY["social_media_views"]
    assert ar_count(1, visitor) == "زائر واحد"
    assert ar_count(1, visitor, "accusative") == "زائرا واحدا"
    assert ar_count(2, visitor) == "زائران اثنان"
    assert ar_count(2, views, "genitive") == "مشاهدتين اثنتين"
    assert ar_count(3, visitor) == "3 زوار" and ar_count(465, visitor) == "465 زائرا"
    assert ar_figure(FigureValue(1, Qualifier.ABOUT), visitor, "verb") == "ناهز زائرا واحدا"


def test_a_zero_figure_leaves_its_sentence_out(demo: list[Edition], fez: Edition) -> None:
    for key in ("police_staff", "blood_donors", "social_media_views", "thematic_pavilions"):
        fez.figures[key].value = 0
    fez.figures["vehicles"].value = 0
    text = release_text(draft(fez, demo, dt.date(2023, 5, 22)))
    assert " 0 " not in text and "موظف شرطة" not in text and "مركبة" not in text
    assert "متبرع" not in text and "مشاهدة" not in text and "رواقا" not in text
    assert "رواق مشترك" in text  # the joint pavilions stay, with their own verb
    fez.figures["visitors_total"].value = 0
    first = draft(fez, demo, dt.date(2023, 5, 22)).paragraphs[0]
    assert first.startswith("تعلن المديرية العامة للأمن الوطني عن اختتام فعاليات")


def test_a_closing_release_cannot_be_dated_before_the_end(demo: list[Edition]) -> None:
    from balagh.core.errors import BalaghError

    with pytest.raises(BalaghError) as caught:
        draft(demo[3], demo, dt.date(2023, 5, 20))
    assert caught.value.message_ar == ("لا يمكن أن يؤرخ بلاغ الاختتام في 2023-05-20 قبل نهاية "
                                       "الدورة 4 (2023-05-21)")
    assert "من 17 إلى 21 ماي الجاري" in draft(demo[3], demo, dt.date(2023, 5, 21)).paragraphs[0]
    # an opening announcement is dated before the edition, of course
    assert draft(demo[3], demo, dt.date(2023, 5, 10), kind=ReleaseKind.OPENING).paragraphs
