"""Plain functions for Jinja2 templates: register with ``env.filters.update(FILTERS)``.

The French counterparts (``fr_*``) are in ``balagh.french.filters`` (``FR_FILTERS``).

Each filter takes the piped value first, then simple arguments (strings, numbers, dates,
catalogue objects). Cases are the strings "nominative", "accusative", "genitive";
qualifiers "exact", "about", "more_than"; styles "verb" («ناهز»/«فاق») or "adverb"
(«حوالي»/«أكثر من»). Examples, with ``kind = DEFAULT_BY_KEY["visitors_total"]``::

    {{ 1150000 | ar_number }}                         مليون و150 ألف
    {{ 2000 | ar_number("accusative") }}              ألفين
    {{ 465 | ar_count(donors_kind) }}                 465 متبرعا للدم
    {{ edition.figures["visitors_total"] | ar_figure(kind, "verb") }}
                                                      ناهز مليون و150 ألف زائر
    {{ "630 ألف زائر" | ar_qualify("more_than") }}    أكثر من 630 ألف زائر
    {{ edition.start_date | ar_date_range(edition.end_date, release.date) }}
                                                      من 17 إلى 21 ماي الجاري
    {{ peak.days | ar_days }}                         يوما الجمعة والسبت 19و20 ماي
    {{ 4 | ar_ordinal }}                              الدورة الرابعة
    {{ release.date | ar_date_line(release.place) }}  الرباط في 22 ماي 2023

Bad values raise ``LanguageError`` (a ``ValueError`` with ``message_ar``/``message_fr``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from balagh.arabic import dates, lists, numbers, ordinals, qualifiers
from balagh.arabic.counting import count_phrase
from balagh.arabic.grammar import LanguageError
from balagh.core.model import FigureKind, FigureValue, NounForms
from balagh.messages import msg

NounLike = NounForms | FigureKind


def _noun(value: NounLike) -> NounForms:
    if isinstance(value, FigureKind):
        return value.noun
    if isinstance(value, NounForms):
        return value
    raise LanguageError(
        msg("ليس اسما معدودا من الفهرس: {value!r}", value=value),
    )


def ar_number(n: int, case: str = "nominative") -> str:
    """A figure in press style: ``1150000 | ar_number`` → «مليون و150 ألف»."""
    return numbers.number_phrase(n, case)


def ar_count(n: int, noun: NounLike, case: str = "nominative") -> str:
    """A figure with its counted noun: ``465 | ar_count(kind)`` → «465 متبرعا للدم»."""
    return count_phrase(n, _noun(noun), case)


def ar_qualify(
    phrase: str, qualifier: str, style: str = "adverb", feminine: bool = False
) -> str:
    """Put «ناهز»/«حوالي»/«فاق»/«أكثر من» before a phrase.

    ``"630 ألف زائر" | ar_qualify("more_than")`` → «أكثر من 630 ألف زائر».
    """
    return qualifiers.qualifier_phrase(qualifier, phrase, style, feminine=feminine)


def ar_figure(
    figure: FigureValue | int,
    noun: NounLike,
    style: str = "adverb",
    exact_case: str = "nominative",
    feminine: bool = False,
) -> str:
    """A recorded figure with its own qualifier and counted noun, in the right case.

    ``FigureValue(1150000, Qualifier.ABOUT) | ar_figure(kind, "verb")`` → «ناهز مليون و150
    ألف زائر»; a plain int counts as exact: ``2300 | ar_figure(kind)`` → «2300 موظف شرطة».
    """
    if isinstance(figure, FigureValue):
        value, qualifier = figure.value, figure.qualifier.value
    else:
        value, qualifier = figure, "exact"
    return qualifiers.qualified_count(
        value, _noun(noun), qualifier, style, exact_case=exact_case, feminine=feminine
    )


def ar_date(day: dt.date, current_month: dt.date | None = None) -> str:
    """One date: ``date(2023, 5, 17) | ar_date`` → «17 ماي 2023»."""
    return dates.date_phrase(day, current_month)


def ar_date_range(
    start: dt.date, end: dt.date, current_month: dt.date | None = None
) -> str:
    """A period: ``start | ar_date_range(end, release.date)`` → «من 17 إلى 21 ماي الجاري»."""
    return dates.date_range_phrase(start, end, current_month)


def ar_days(
    days: Iterable[dt.date],
    case: str = "nominative",
    with_year: bool = False,
    current_month: dt.date | None = None,
    with_dates: bool = True,
) -> str:
    """Named days: ``[date(2023,5,19), date(2023,5,20)] | ar_days`` → «يوما الجمعة والسبت
    19و20 ماي»; ``ar_days("genitive", with_dates=false)`` → «يومي الجمعة والسبت»."""
    return dates.days_phrase(days, case, with_year=with_year, current_month=current_month,
                             with_dates=with_dates)


def ar_weekday(day: dt.date) -> str:
    """A weekday's name: ``date(2023, 5, 19) | ar_weekday`` → «الجمعة»."""
    return dates.weekday_name(day)


def ar_month(month: int | dt.date) -> str:
    """A Moroccan month name: ``5 | ar_month`` → «ماي»."""
    return dates.month_name(month.month if isinstance(month, dt.date) else month)


def ar_date_line(day: dt.date, place: str) -> str:
    """The date line: ``release.date | ar_date_line("الرباط")`` → «الرباط في 22 ماي 2023»."""
    return dates.date_line(place, day)


def ar_ordinal(
    n: int, noun: str = "الدورة", gender: str = "f", case: str = "nominative"
) -> str:
    """An edition's ordinal: ``4 | ar_ordinal`` → «الدورة الرابعة»;
    ``4 | ar_ordinal("النسخة")`` → «النسخة الرابعة»."""
    return ordinals.ordinal_phrase(n, noun, gender, case)


def ar_ordinal_word(n: int, gender: str = "f", case: str = "nominative") -> str:
    """The ordinal alone: ``20 | ar_ordinal_word`` → «العشرون»."""
    return ordinals.ordinal_word(n, gender, case)










def ar_and(items: Iterable[str]) -> str:
    """Join with «و»: ``["مواطنين", "سياح"] | ar_and`` → «مواطنين وسياح»."""
    return lists.and_list(items)


def ar_percent(value: float, decimals: int = 1) -> str:
    """A percentage: ``12.5 | ar_percent`` → «12,5 في المائة»."""
    return lists.percent_ar(value, decimals)




FILTERS: dict[str, Callable[..., str]] = {
    "ar_number": ar_number,
    "ar_count": ar_count,
    "ar_qualify": ar_qualify,
    "ar_figure": ar_figure,
    "ar_date": ar_date,
    "ar_date_range": ar_date_range,
    "ar_days": ar_days,
    "ar_weekday": ar_weekday,
    "ar_month": ar_month,
    "ar_date_line": ar_date_line,
    "ar_ordinal": ar_ordinal,
    "ar_ordinal_word": ar_ordinal_word,
    "ar_and": ar_and,
    "ar_percent": ar_percent,
}
