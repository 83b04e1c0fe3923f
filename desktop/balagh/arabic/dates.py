"""Dates as Moroccan releases write them, with the month names of CLDR's ``ar_MA`` locale.

The month and weekday names come from Babel's locale data (``Locale("ar", "MA")``), never
from a list typed here: «يناير فبراير مارس أبريل ماي يونيو يوليوز غشت شتنبر أكتوبر نونبر
دجنبر»; weekdays «الاثنين» … «الأحد». Days and years are Western digits.

* one date: «17 ماي 2023»;
* a range: «من 17 إلى 21 ماي 2023»; «من 17 إلى 21 ماي الجاري» when the release is dated in
  that month (``current_month``); «من 28 شتنبر إلى 2 أكتوبر 2025» across months;
  «من 28 دجنبر 2024 إلى 2 يناير 2025» across years; a range of one day is that date;
* named days: «يوم الجمعة 19 ماي», «يوما الجمعة والسبت 19و20 ماي» (nominative; oblique
  «يومي …»), «أيام الخميس والجمعة والسبت 18و19و20 ماي»; days of two months:
  «يوما السبت والأحد 31 ماي و1 يونيو»;
* the release's date line: «الرباط في 22 ماي 2023».
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from itertools import groupby

from balagh.arabic.grammar import Case, CaseLike, LanguageError, as_case
from balagh.messages import msg
from balagh.platform.calendar_names import calendar_names  # Babel's names, kept on disk

AND = "و"
CURRENT = "الجاري"


def _locale_names() -> tuple[dict[int, str], dict[int, str]]:
    return calendar_names("ar_MA")


def month_name(month: int) -> str:
    """The Moroccan name of month 1–12 (Babel ``ar_MA``).

    Example: ``month_name(5)`` is «ماي», ``month_name(9)`` «شتنبر».
    """
    months, _ = _locale_names()
    if month not in months:
        raise LanguageError(msg("رقم الشهر غير صحيح: {month}", month=month))
    return months[month]


def weekday_name(day: dt.date | int) -> str:
    """The weekday's name, for a date or a Python weekday number (Monday = 0).

    Example: ``weekday_name(date(2023, 5, 19))`` is «الجمعة».
    """
    _, days = _locale_names()
    index = day.weekday() if isinstance(day, dt.date) else day
    if index not in days:
        raise LanguageError(msg("رقم اليوم غير صحيح: {index}", index=index))
    return days[index]


def _is_current(day: dt.date, current_month: dt.date | None) -> bool:
    return current_month is not None and (day.year, day.month) == (
        current_month.year,
        current_month.month,
    )


def _month_tail(day: dt.date, current_month: dt.date | None, with_year: bool = True) -> str:
    """«ماي 2023», «ماي الجاري» or «ماي»."""
    if _is_current(day, current_month):
        return f"{month_name(day.month)} {CURRENT}"
    if with_year:
        return f"{month_name(day.month)} {day.year}"
    return month_name(day.month)


def date_phrase(day: dt.date, current_month: dt.date | None = None) -> str:
    """One date: «17 ماي 2023»; «17 ماي الجاري» when ``current_month`` is in May 2023.

    ``current_month`` is any date of the month the text is written in (the release date).
    """
    return f"{day.day} {_month_tail(day, current_month)}"


def date_range_phrase(
    start: dt.date, end: dt.date, current_month: dt.date | None = None
) -> str:
    """A period: «من 17 إلى 21 ماي 2023», or «من 17 إلى 21 ماي الجاري» in that month.

    Across months «من 28 شتنبر إلى 2 أكتوبر 2025»; across years «من 28 دجنبر 2024 إلى
    2 يناير 2025». ``current_month`` (any date of the release's month) names the end's
    month «الجاري» when they match. A one-day range is that date.
    """
    if end < start:
        raise LanguageError(
            msg(
                "تاريخ النهاية ({end}) يسبق تاريخ البداية ({start})",
                end=end.isoformat(),
                start=start.isoformat(),
            ),
        )
    if start == end:
        return date_phrase(start, current_month)
    if (start.year, start.month) == (end.year, end.month):
        head = str(start.day)
    elif start.year == end.year:
        head = f"{start.day} {month_name(start.month)}"
    else:
        head = f"{start.day} {month_name(start.month)} {start.year}"
    return f"من {head} إلى {date_phrase(end, current_month)}"


def _sorted_days(days: Iterable[dt.date]) -> list[dt.date]:
    ordered = sorted(set(days))
    if not ordered:
        raise LanguageError(msg("لم يحدد أي يوم"))
    return ordered


def days_phrase(
    days: Iterable[dt.date],
    case: CaseLike = Case.NOMINATIVE,
    *,
    with_year: bool = False,
    current_month: dt.date | None = None,
    with_dates: bool = True,
) -> str:
    """Named days with their dates: «يوما الجمعة والسبت 19و20 ماي».

    One day «يوم الجمعة 19 ماي»; two days «يوما …» (nominative) or «يومي …» (accusative,
    genitive); more «أيام الخميس والجمعة والسبت 18و19و20 ماي». The day numbers of one month
    are joined by «و» without spaces, as in the releases; ``with_year`` adds the year,
    ``current_month`` writes «ماي الجاري»; without ``with_dates`` only the weekdays are
    named («يومي السبت والأحد»).
    """
    ordered = _sorted_days(days)
    grammatical = as_case(case)
    if len(ordered) == 1:
        lead = "يوم"
    elif len(ordered) == 2:
        lead = "يومي" if grammatical.oblique else "يوما"
    else:
        lead = "أيام"
    names = [weekday_name(d) for d in ordered]
    weekdays = " ".join([names[0], *(AND + n for n in names[1:])])
    if not with_dates:  # «يومي السبت والأحد», as the 2024–2025 releases name the peak
        return f"{lead} {weekdays}"
    month_groups = [list(g) for _, g in groupby(ordered, key=lambda d: (d.year, d.month))]
    groups: list[str] = []
    for index, group in enumerate(month_groups):
        numbers = AND.join(str(d.day) for d in group)
        # A year is shown (when asked) after the last month of each year.
        following = month_groups[index + 1] if index + 1 < len(month_groups) else None
        year_shown = with_year and (following is None or following[0].year != group[0].year)
        groups.append(f"{numbers} {_month_tail(group[-1], current_month, year_shown)}")
    dates = " ".join([groups[0], *(AND + g for g in groups[1:])])
    return f"{lead} {weekdays} {dates}"


def date_line(place: str, day: dt.date) -> str:
    """The release's place and date line: «الرباط في 22 ماي 2023».

    Example: ``date_line("فاس", date(2023, 5, 22))`` is «فاس في 22 ماي 2023».
    """
    place = place.strip()
    if not place:
        raise LanguageError(msg("لم يحدد مكان إصدار البلاغ"))
    return f"{place} في {date_phrase(day)}"
