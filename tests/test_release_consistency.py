"""The check before issuing: numbers and dates of an edited release against the record."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from balagh.assets import read_text
from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.interchange import loads_editions
from balagh.core.model import Edition, Release
from balagh.documents import DiscrepancyKind, check_release, draft_release
from balagh.settings import Settings


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
    assert check_release(opening, fez, DEFAULT_BY_KEY) == []


def test_findings_come_in_reading_order(release: Release, fez: Edition) -> None:
    changed = edited(release, 6, "465", "470")
    changed = edited(changed, 3, "150 مركبة", "160 مركبة")
    found = check_release(changed, fez, DEFAULT_BY_KEY)
    assert [(f.paragraph, f.value) for f in found] == [(3, 160), (6, 470)]
