"""The check before issuing: numbers and dates of an edited release against the record."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt

import pytest

from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.interchange import loads_editions
from balagh.core.model import Edition, Release
from balagh.documents.release.consistency import check_release
from balagh.documents.release.consistency_findings import DiscrepancyKind
from balagh.documents.release.draft import draft_release
from balagh.platform.assets import read_text
from balagh.platform.settings import Settings


@pytest.fixture(scope="module")
def demo() -> list[Edition]:
    return loads_editions(read_text("demo", "editions.json"), list(DEFAULT_BY_KEY))


@pytest.fixture(scope="module")
def fez(demo: list[Edition]) -> Edition:
    return demo[3]


@pytest.fixture
def release(demo: list[Edition], fez: Edition) -> Release:
    return draft_release(fez, demo, DEFAULT_BY_KEY, Settings(), release_date=dt.date(2023, 5, 22))


def edited(release: Release, index: int, old: str, new: str) -> Release:
    paragraphs = list(release.paragraphs)
    assert old in paragraphs[index], old
    paragraphs[index] = paragraphs[index].replace(old, new)
    return dataclasses.replace(release, paragraphs=paragraphs)


def test_the_draft_agrees_with_the_record(release: Release, fez: Edition) -> None:
    assert check_release(release, fez, DEFAULT_BY_KEY) == []


def test_every_generated_draft_agrees(demo: list[Edition]) -> None:
    for edition in demo:
        draft = draft_release(edition, demo, DEFAULT_BY_KEY, Settings())
        assert check_release(draft, edition, DEFAULT_BY_KEY) == [], edition.number


def test_a_changed_figure_is_found(release: Release, fez: Edition) -> None:
    changed = edited(release, 3, "2300 موظف شرطة", "2400 موظف شرطة")
    [found] = check_release(changed, fez, DEFAULT_BY_KEY)
    assert found.kind is DiscrepancyKind.DIFFERS
    assert (found.paragraph, found.value, found.key, found.recorded) == (
        3, 2400, "police_staff", 2300)
    assert found.text == "2400 موظف شرطة"
    assert "2300" in found.message_ar and found.text_ar().startswith("الفقرة 4:")


def test_press_style_phrases_are_read(release: Release, fez: Edition) -> None:
    changed = edited(release, 0, "مليون و150 ألف زائر", "مليون و200 ألف زائر")
    [found] = check_release(changed, fez, DEFAULT_BY_KEY)
    assert (found.value, found.key, found.recorded) == (1_200_000, "visitors_total", 1_150_000)
    assert found.text == "مليون و200 ألف زائر"


def test_arabic_indic_digits_are_read(release: Release, fez: Edition) -> None:
    same = edited(release, 6, "465 متبرعا", "٤٦٥ متبرعا")
    assert check_release(same, fez, DEFAULT_BY_KEY) == []
    other = edited(release, 6, "465 متبرعا", "٤٦٦ متبرعا")
    [found] = check_release(other, fez, DEFAULT_BY_KEY)
    assert (found.value, found.recorded) == (466, 465)


def test_a_figure_not_recorded_is_found(release: Release, fez: Edition) -> None:
    changed = edited(release, 4, "بتنظيم 31 رواقا", "بتنظيم 31 رواقا و12 عرضا حيا")
    [found] = check_release(changed, fez, DEFAULT_BY_KEY)
    assert found.kind is DiscrepancyKind.NOT_RECORDED
    assert (found.value, found.key) == (12, "demonstrations")
    assert "غير مسجل" in found.message_ar


def test_a_number_matching_nothing_is_found(release: Release, fez: Edition) -> None:
    changed = edited(release, 2, "الأكثر استخداما", "الأكثر استخداما في 14 دولة")
    [found] = check_release(changed, fez, DEFAULT_BY_KEY)
    assert found.kind is DiscrepancyKind.UNKNOWN
    assert found.value == 14


def test_the_qualifier_is_checked(release: Release, fez: Edition) -> None:
    changed = edited(release, 0, "ناهز عددهم", "فاق عددهم")
    [found] = check_release(changed, fez, DEFAULT_BY_KEY)
    assert found.kind is DiscrepancyKind.QUALIFIER
    assert found.key == "visitors_total"


def test_days_years_and_day_lists_are_not_figures(release: Release, fez: Edition) -> None:
    # «19و20 ماي», «من 17 إلى 21 ماي الجاري» are dates inside the edition: no finding;
    # a year is not a figure
    extra = dataclasses.replace(
        release, paragraphs=[*release.paragraphs, "وقد اختتمت الدورة يوم 21 ماي 2023 سنة 2023."]
    )
    assert check_release(extra, fez, DEFAULT_BY_KEY) == []


def test_dates_outside_the_edition_are_found(release: Release, fez: Edition) -> None:
    changed = edited(release, 0, "من 17 إلى 21 ماي", "من 17 إلى 23 ماي")
    [found] = check_release(changed, fez, DEFAULT_BY_KEY)
    assert found.kind is DiscrepancyKind.DATE
    assert "23 ماي" in found.text


def test_wrong_weekdays_are_found(release: Release, fez: Edition) -> None:
    changed = edited(release, 1, "يوما الجمعة والسبت 19و20", "يوما السبت والأحد 19و20")
    [found] = check_release(changed, fez, DEFAULT_BY_KEY)
    assert found.kind is DiscrepancyKind.DATE
    assert "الجمعة والسبت" in found.message_ar


def test_al_jari_must_be_the_release_month(release: Release, fez: Edition) -> None:
    later = dataclasses.replace(release, date=dt.date(2023, 6, 5))
    [found] = check_release(later, fez, DEFAULT_BY_KEY)
    assert found.kind is DiscrepancyKind.DATE
    assert "الجاري" in found.message_ar


def test_numbers_quoted_from_the_record_are_not_read(demo: list[Edition], fez: Edition) -> None:
    from balagh.core.model import ReleaseKind

    opening = draft_release(fez, demo, DEFAULT_BY_KEY, Settings(), kind=ReleaseKind.OPENING)
    assert "67 سنة" in opening.paragraphs[0]  # the theme
    # with the editions, the previous edition's city in «الرابعة بعد الثالثة التي نظمت في
    # طنجة» is read against the database
    assert check_release(opening, fez, DEFAULT_BY_KEY, all_editions=demo) == []


def test_findings_come_in_reading_order(release: Release, fez: Edition) -> None:
    changed = edited(release, 6, "465", "470")
    changed = edited(changed, 3, "150 مركبة", "160 مركبة")
    found = check_release(changed, fez, DEFAULT_BY_KEY)
    assert [(f.paragraph, f.value) for f in found] == [(3, 160), (6, 470)]


@pytest.mark.parametrize(
    ("written", "shown"),
    [("2.400", "2.400"), ("2,400", "2,400"), ("٢٤٠٠", "2400"), ("٢٬٤٠٠", "2٬400"),
     ("2 400", "2 400"), ("ب2400", "2400")],
)
def test_separators_and_digit_systems_are_read(
    release: Release, fez: Edition, written: str, shown: str
) -> None:
    changed = edited(release, 3, "الوطني 2300 موظف", f"الوطني {written} موظف")
    [found] = check_release(changed, fez, DEFAULT_BY_KEY)
    assert found.kind is DiscrepancyKind.DIFFERS
    assert (found.value, found.key, found.recorded) == (2400, "police_staff", 2300)
    assert found.text == f"{shown} موظف شرطة"


def test_the_right_figure_with_separators_passes(release: Release, fez: Edition) -> None:
    for written in ("2.300", "2,300", "٢٣٠٠", "2 300"):
        same = edited(release, 3, "2300 موظف", f"{written} موظف")
        assert check_release(same, fez, DEFAULT_BY_KEY) == [], written


def test_a_head_noun_names_the_figure(release: Release, fez: Edition) -> None:
    changed = edited(release, 4, "31 رواقا", "2.900 رواق")
    [found] = check_release(changed, fez, DEFAULT_BY_KEY)
    assert (found.kind, found.value, found.key) == (
        DiscrepancyKind.DIFFERS, 2900, "thematic_pavilions")


def test_a_year_followed_by_a_counted_noun_is_a_figure(release: Release, fez: Edition) -> None:
    changed = edited(release, 3, "2300 موظف", "2023 موظف")
    [found] = check_release(changed, fez, DEFAULT_BY_KEY)
    assert (found.kind, found.value, found.recorded) == (DiscrepancyKind.DIFFERS, 2023, 2300)
    # a year used as a year is not read: after a month, «سنة», or «دورة»/«في» + the year
    years = dataclasses.replace(release, paragraphs=[
        *release.paragraphs,
        "وتبقى دورة 2023 المنظمة في 2023 شاهدة على ذلك منذ ماي 2023 ومنذ 2017."])
    assert check_release(years, fez, DEFAULT_BY_KEY) == []
    # another year standing alone is a number the database does not know
    stray = dataclasses.replace(release, paragraphs=[*release.paragraphs, "وتبقى دورة 2031."])
    [found] = check_release(stray, fez, DEFAULT_BY_KEY)
    assert (found.kind, found.value) == (DiscrepancyKind.UNKNOWN, 2031)


def test_decimals_must_be_computed_percentages(demo: list[Edition], release: Release,
                                               fez: Edition) -> None:
    changed = edited(release, 4, "31 رواقا", "12,5 رواقا")
    [found] = check_release(changed, fez, DEFAULT_BY_KEY)
    assert found.kind is DiscrepancyKind.DECIMAL and "12,5" in found.message_ar
    # Fez 1 150 000 against Tangier 515 000: +123,3 %, computed from the database
    growth = dataclasses.replace(release, paragraphs=[
        *release.paragraphs, "أي بزيادة 635 ألف زائر بنسبة 123,3 في المائة."])
    assert check_release(growth, fez, DEFAULT_BY_KEY, all_editions=demo) == []
    wrong = dataclasses.replace(release, paragraphs=[
        *release.paragraphs, "أي بزيادة بنسبة 130,5 في المائة و40%."])
    found_all = check_release(wrong, fez, DEFAULT_BY_KEY, all_editions=demo)
    assert [f.kind for f in found_all] == [DiscrepancyKind.DECIMAL] * 2
    assert "130,5 في المائة" in found_all[0].message_ar and "40%" in found_all[1].text
    # without the editions nothing is computed: the percentage is listed
    [listed] = check_release(growth, fez, DEFAULT_BY_KEY)[-1:]
    assert listed.kind is DiscrepancyKind.DECIMAL


def test_a_decimal_with_a_scale_is_a_whole_figure(release: Release, fez: Edition) -> None:
    same = edited(release, 0, "مليون و150 ألف زائر", "1,15 مليون زائر")
    assert check_release(same, fez, DEFAULT_BY_KEY) == []
    other = edited(release, 0, "مليون و150 ألف زائر", "1,2 مليون زائر")
    [found] = check_release(other, fez, DEFAULT_BY_KEY)
    assert (found.kind, found.value) == (DiscrepancyKind.DIFFERS, 1_200_000)


def test_a_dropped_qualifier_is_a_warning(release: Release, fez: Edition) -> None:
    changed = edited(release, 1, "فاقت أكثر من 630 ألف", "بلغت 630 ألف")
    [found] = check_release(changed, fez, DEFAULT_BY_KEY)
    assert found.kind is DiscrepancyKind.QUALIFIER_DROPPED and found.is_warning
    assert found.key == "peak_visitors" and "أكثر من" in found.message_ar
    assert not check_release(
        edited(release, 3, "2300", "2400"), fez, DEFAULT_BY_KEY)[0].is_warning


def test_more_than_in_moroccan_press_words(release: Release, fez: Edition) -> None:
    same = edited(release, 1, "فاقت أكثر من 630 ألف", "بلغت أزيد من 630 ألف")
    assert check_release(same, fez, DEFAULT_BY_KEY) == []


def test_a_closing_release_dated_before_the_end_is_found(release: Release, fez: Edition) -> None:
    early = dataclasses.replace(release, date=dt.date(2023, 5, 20))
    found = check_release(early, fez, DEFAULT_BY_KEY)
    assert found[0].kind is DiscrepancyKind.DATE
    assert "قبل نهاية الدورة" in found[0].message_ar
    on_the_last_day = dataclasses.replace(release, date=dt.date(2023, 5, 21))
    assert check_release(on_the_last_day, fez, DEFAULT_BY_KEY) == []


@pytest.mark.parametrize("value", [1, 2])
def test_one_and_two_written_in_words_are_checked(demo: list[Edition], value: int) -> None:
    small = copy.deepcopy(demo[3])
    for figure in small.figures.values():
        figure.value = value
    written = draft_release(small, demo, DEFAULT_BY_KEY, Settings(),
                            release_date=dt.date(2023, 5, 22))
    assert check_release(written, small, DEFAULT_BY_KEY) == []
    # the record says 5 now: every «واحد»/«اثنين» sentence disagrees
    for figure in small.figures.values():
        figure.value = 5
    found = check_release(written, small, DEFAULT_BY_KEY)
    assert {f.key for f in found} >= {"visitors_total", "police_staff", "vehicles",
                                      "thematic_pavilions", "blood_donors",
                                      "social_media_views"}
    assert all(f.kind is DiscrepancyKind.DIFFERS and f.value == value for f in found)
    donors = next(f for f in found if f.key == "blood_donors")
    assert donors.text == ("متبرع واحد للدم" if value == 1 else "متبرعين اثنين للدم")
