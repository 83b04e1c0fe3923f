"""Dates with Moroccan month names (Babel ar_MA): seed dates, ranges, named days."""

from __future__ import annotations

import datetime as dt

import pytest

from balagh.arabic import (
    LanguageError,
    date_line,
    date_phrase,
    date_range_phrase,
    days_phrase,
    month_name,
    weekday_name,
)

D = dt.date

MOROCCAN_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت",
                   "شتنبر", "أكتوبر", "نونبر", "دجنبر"]


def test_month_names_are_the_moroccan_ones() -> None:
    assert [month_name(m) for m in range(1, 13)] == MOROCCAN_MONTHS


def test_month_names_come_from_babel_ar_ma() -> None:
    from babel import Locale

    months = Locale("ar", "MA").months["format"]["wide"]
    assert [month_name(m) for m in range(1, 13)] == [months[m] for m in range(1, 13)]


def test_weekday_names() -> None:
    # 15–21 May 2023 is Monday to Sunday
    names = [weekday_name(D(2023, 5, day)) for day in range(15, 22)]
    assert names == ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
    assert weekday_name(4) == "الجمعة"


@pytest.mark.parametrize(
    ("start", "end", "current", "expected"),
    [
        # the seed release, dated 22 May 2023
        (D(2023, 5, 17), D(2023, 5, 21), D(2023, 5, 22), "من 17 إلى 21 ماي الجاري"),
        (D(2023, 5, 17), D(2023, 5, 21), None, "من 17 إلى 21 ماي 2023"),
        (D(2023, 5, 17), D(2023, 5, 21), D(2023, 6, 2), "من 17 إلى 21 ماي 2023"),
        (D(2023, 5, 17), D(2023, 5, 21), D(2024, 5, 22), "من 17 إلى 21 ماي 2023"),
        # the demo editions
        (D(2017, 9, 14), D(2017, 9, 16), None, "من 14 إلى 16 شتنبر 2017"),
        (D(2018, 9, 26), D(2018, 9, 30), None, "من 26 إلى 30 شتنبر 2018"),
        (D(2019, 10, 2), D(2019, 10, 6), None, "من 2 إلى 6 أكتوبر 2019"),
        # across months and years
        (D(2025, 9, 28), D(2025, 10, 2), None, "من 28 شتنبر إلى 2 أكتوبر 2025"),
        (D(2025, 9, 28), D(2025, 10, 2), D(2025, 10, 3), "من 28 شتنبر إلى 2 أكتوبر الجاري"),
        (D(2024, 12, 28), D(2025, 1, 2), None, "من 28 دجنبر 2024 إلى 2 يناير 2025"),
        (D(2025, 7, 30), D(2025, 8, 3), None, "من 30 يوليوز إلى 3 غشت 2025"),
        (D(2025, 11, 29), D(2025, 12, 1), None, "من 29 نونبر إلى 1 دجنبر 2025"),
        # one day
        (D(2023, 5, 17), D(2023, 5, 17), None, "17 ماي 2023"),
    ],
)
def test_date_ranges(start: dt.date, end: dt.date, current: dt.date | None,
                     expected: str) -> None:
    assert date_range_phrase(start, end, current) == expected


def test_reversed_range_is_refused_with_both_dates() -> None:
    with pytest.raises(LanguageError) as caught:
        date_range_phrase(D(2023, 5, 21), D(2023, 5, 17))
    assert "2023-05-17" in caught.value.message_ar
    assert "2023-05-21" in caught.value.message_ar


def test_single_dates_and_date_line() -> None:
    assert date_phrase(D(2023, 5, 17)) == "17 ماي 2023"
    assert date_phrase(D(2023, 5, 17), D(2023, 5, 30)) == "17 ماي الجاري"
    assert date_line("الرباط", D(2023, 5, 22)) == "الرباط في 22 ماي 2023"
    assert date_line(" فاس ", D(2023, 8, 1)) == "فاس في 1 غشت 2023"
    with pytest.raises(LanguageError):
        date_line("  ", D(2023, 5, 22))


@pytest.mark.parametrize(
    ("days", "case", "kwargs", "expected"),
    [
        # the seed: «وقد سجل يوما الجمعة والسبت 19و20 ماي ذروة الحضور»
        ([D(2023, 5, 19), D(2023, 5, 20)], "nominative", {}, "يوما الجمعة والسبت 19و20 ماي"),
        ([D(2023, 5, 20), D(2023, 5, 19)], "genitive", {}, "يومي الجمعة والسبت 19و20 ماي"),
        ([D(2023, 5, 19), D(2023, 5, 20)], "accusative", {"with_year": True},
         "يومي الجمعة والسبت 19و20 ماي 2023"),
        ([D(2023, 5, 19), D(2023, 5, 20)], "nominative", {"current_month": D(2023, 5, 22)},
         "يوما الجمعة والسبت 19و20 ماي الجاري"),
        ([D(2023, 5, 19)], "nominative", {}, "يوم الجمعة 19 ماي"),
        ([D(2023, 5, 18), D(2023, 5, 19), D(2023, 5, 20)], "nominative", {},
         "أيام الخميس والجمعة والسبت 18و19و20 ماي"),
        ([D(2023, 5, 31), D(2023, 6, 1)], "nominative", {},
         "يوما الأربعاء والخميس 31 ماي و1 يونيو"),
        ([D(2023, 5, 31), D(2023, 6, 1)], "nominative", {"with_year": True},
         "يوما الأربعاء والخميس 31 ماي و1 يونيو 2023"),
        ([D(2024, 12, 31), D(2025, 1, 1)], "nominative", {"with_year": True},
         "يوما الثلاثاء والأربعاء 31 دجنبر 2024 و1 يناير 2025"),
    ],
)
def test_named_days(days: list[dt.date], case: str, kwargs: dict[str, object],
                    expected: str) -> None:
    assert days_phrase(days, case, **kwargs) == expected  # type: ignore[arg-type]


def test_named_days_need_a_day() -> None:
    with pytest.raises(LanguageError) as caught:
        days_phrase([])
    assert caught.value.message_ar == "لم يحدد أي يوم"


def test_bad_month_number() -> None:
    with pytest.raises(LanguageError):
        month_name(13)
