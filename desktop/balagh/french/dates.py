"""French dates as the office writes them (month and weekday names from Babel's ``fr``).

* one date «17 mai 2024», «1er juin 2024»; the date line «Rabat, le 22 mai 2024»;
* a period «du 17 au 21 mai 2024», «du 28 septembre au 2 octobre 2025», «du 28 décembre
  2024 au 2 janvier 2025»; given the release's date, the year is left out when the period
  ends in the release's year, as the office writes «tenue du 17 au 21 mai à Agadir»;
* named days «les samedi 18 et dimanche 19 mai», or grouped «samedi et dimanche 18 et 19
  mai» (the older form), or «le week-end des 18 et 19 mai».
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from itertools import groupby

from balagh.arabic.grammar import LanguageError
from balagh.messages import msg
from balagh.platform.calendar_names import calendar_names  # Babel's names, kept on disk


def _locale_names() -> tuple[dict[int, str], dict[int, str]]:
    return calendar_names("fr")


def month_name_fr(month: int) -> str:
    """The French name of month 1–12 (Babel ``fr``): ``month_name_fr(5)`` is "mai"."""
    months, _ = _locale_names()
    if month not in months:
        raise LanguageError(msg("رقم الشهر غير صحيح: {month}", month=month))
    return months[month]


def months_fr() -> dict[str, int]:
    """Month names to numbers: ``months_fr()["mai"] == 5``."""
    months, _ = _locale_names()
    return {name: number for number, name in months.items()}


def weekday_name_fr(day: dt.date | int) -> str:
    """The French weekday (Monday = 0): ``weekday_name_fr(date(2024, 5, 18))`` is "samedi"."""
    _, days = _locale_names()
    index = day.weekday() if isinstance(day, dt.date) else day
    if index not in days:
        raise LanguageError(msg("رقم اليوم غير صحيح: {index}", index=index))
    return days[index]


def weekdays_fr() -> dict[str, int]:
    """Weekday names to numbers (Monday = 0): ``weekdays_fr()["samedi"] == 5``."""
    _, days = _locale_names()
    return {name: number for number, name in days.items()}


def day_number_fr(day: dt.date) -> str:
    """The day of the month, «1er» for the first: "1er", "17"."""
    return "1er" if day.day == 1 else str(day.day)


def date_fr(day: dt.date, *, with_year: bool = True) -> str:
    """One date: "17 mai 2024", "1er mai 2024" (Arabic «17 ماي 2024»)."""
    text = f"{day_number_fr(day)} {month_name_fr(day.month)}"
    return f"{text} {day.year}" if with_year else text


def date_range_fr(start: dt.date, end: dt.date, release_date: dt.date | None = None) -> str:
    """A period: "du 17 au 21 mai 2024" (Arabic «من 17 إلى 21 ماي 2024»).

    Across months "du 28 septembre au 2 octobre 2025", across years "du 28 décembre 2024 au
    2 janvier 2025"; a one-day period is "le 17 mai 2024". With ``release_date`` in the year
    the period ends, the year is left out: "du 17 au 21 mai".
    """
    if end < start:
        raise LanguageError(
            msg(
                "تاريخ النهاية ({end}) يسبق تاريخ البداية ({start})",
                end=end.isoformat(),
                start=start.isoformat(),
            ),
        )
    year = release_date is None or release_date.year != end.year
    if start == end:
        return f"le {date_fr(start, with_year=year)}"
    if (start.year, start.month) == (end.year, end.month):
        head = day_number_fr(start)
    elif start.year == end.year:
        head = date_fr(start, with_year=False)
    else:
        head, year = date_fr(start), True
    return f"du {head} au {date_fr(end, with_year=year)}"


def and_list_fr(items: list[str]) -> str:
    """"a", "a et b", "a, b et c"."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} et {items[-1]}"


def _ordered(days: Iterable[dt.date]) -> list[dt.date]:
    ordered = sorted(set(days))
    if not ordered:
        raise LanguageError(msg("لم يحدد أي يوم"))
    return ordered


def _month_groups(ordered: list[dt.date], with_year: bool, render: object) -> str:
    groups = [list(g) for _, g in groupby(ordered, key=lambda d: (d.year, d.month))]
    parts: list[str] = []
    for index, group in enumerate(groups):
        following = groups[index + 1] if index + 1 < len(groups) else None
        shown = with_year and (following is None or following[0].year != group[0].year)
        month = month_name_fr(group[0].month) + (f" {group[0].year}" if shown else "")
        numbers = [render(d) for d in group]  # type: ignore[operator]
        parts.append(f"{and_list_fr(numbers)} {month}")
    return and_list_fr(parts)


def days_fr(days: Iterable[dt.date], *, with_year: bool = False, grouped: bool = False) -> str:
    """Named days: "les samedi 18 et dimanche 19 mai" (Arabic «يومي السبت والأحد 18و19 ماي»).

    One day "le samedi 18 mai"; three "les jeudi 18, vendredi 19 et samedi 20 mai"; across
    months "les vendredi 31 mai et samedi 1er juin"; ``grouped`` gives the older form
    "samedi et dimanche 18 et 19 mai"; ``with_year`` adds the year.
    """
    ordered = _ordered(days)
    if grouped:
        names = and_list_fr([weekday_name_fr(d) for d in ordered])
        return f"{names} {_month_groups(ordered, with_year, day_number_fr)}"
    article = "le" if len(ordered) == 1 else "les"
    named = _month_groups(ordered, with_year, lambda d: f"{weekday_name_fr(d)} "
                          f"{day_number_fr(d)}")
    return f"{article} {named}"


def weekend_fr(days: Iterable[dt.date]) -> str:
    """«le week-end des 18 et 19 mai» for a Saturday and the Sunday after it, else the named
    days ("les vendredi 17 et samedi 18 mai")."""
    ordered = _ordered(days)
    if (len(ordered) == 2 and ordered[0].weekday() == 5
            and ordered[1] - ordered[0] == dt.timedelta(days=1)):
        return f"le week-end des {_month_groups(ordered, False, day_number_fr)}"
    return days_fr(ordered)


def date_line_fr(place: str, day: dt.date) -> str:
    """The date line: "Rabat, le 22 mai 2024" (Arabic «الرباط في 22 ماي 2024»)."""
    place = place.strip()
    if not place:
        raise LanguageError(msg("لم يحدد مكان إصدار البلاغ"))
    return f"{place}, le {date_fr(day)}"
