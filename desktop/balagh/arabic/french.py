"""French counterparts for the bilingual releases: figures, dates, ordinals, qualifiers.

Chosen style (that of Moroccan French-language press, e.g. MAP and le360):

* figures below one million are digits grouped by threes with a dot: «465», «2.300»,
  «630.000»; from one million, a figure that is a whole number of hundredths of a million
  (or of a billion) is written with the word: «1 million», «1,15 million», «2,4 millions»,
  «20 millions», «12,5 millions», «1 milliard», «10 milliards»; any other stays in digits
  («1.118.600»). The decimal sign is the comma. ``balagh.core.digits.parse_integer`` reads
  every digits-only form back.
* counted nouns: «2.300 visiteurs», «1 visiteur», «0 visiteur», «1,15 million de visiteurs»,
  «20 millions d'abonnés»;
* dates with Babel's French month names: «17 mai 2023», «1er mai 2023»,
  «du 17 au 21 mai 2023», «du 28 septembre au 2 octobre 2025»,
  «du 28 décembre 2024 au 2 janvier 2025»; days «vendredi et samedi 19 et 20 mai»;
* ordinals «1re édition», «1er», «4e édition»;
* qualifiers «près de …», «plus de …».
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache
from itertools import groupby

from balagh.arabic.grammar import LanguageError, check_count
from balagh.arabic.qualifiers import QualifierLike, as_qualifier
from balagh.core.model import Qualifier

THOUSANDS_SEPARATOR = "."
DECIMAL_SIGN = ","
_VOWELS = frozenset("aeiouyhàâäéèêëîïôöûùüœæAEIOUYHÀÂÉÈÊÎÔÛ")


@cache
def _locale_names() -> tuple[dict[int, str], dict[int, str]]:
    from babel import Locale  # lazy: Babel's locale data loads on first use

    locale = Locale("fr")
    months = {int(k): str(v) for k, v in locale.months["format"]["wide"].items()}
    days = {int(k): str(v) for k, v in locale.days["format"]["wide"].items()}
    return months, days


def month_name_fr(month: int) -> str:
    """The French name of month 1–12 (Babel ``fr``); Arabic counterpart «ماي» for «mai».

    Example: ``month_name_fr(5)`` is "mai".
    """
    months, _ = _locale_names()
    if month not in months:
        raise LanguageError(f"رقم الشهر غير صحيح: {month}", f"Numéro de mois invalide : {month}")
    return months[month]


def weekday_name_fr(day: dt.date | int) -> str:
    """The French weekday name (Monday = 0); Arabic counterpart «الجمعة» for "vendredi".

    Example: ``weekday_name_fr(date(2023, 5, 19))`` is "vendredi".
    """
    _, days = _locale_names()
    index = day.weekday() if isinstance(day, dt.date) else day
    if index not in days:
        raise LanguageError(f"رقم اليوم غير صحيح: {index}", f"Numéro de jour invalide : {index}")
    return days[index]


def group_digits_fr(n: int) -> str:
    """Digits grouped by threes with a dot: "2.300" where Arabic writes «2300 موظف شرطة».

    Example: ``group_digits_fr(1118600)`` is "1.118.600".
    """
    return f"{check_count(n):,}".replace(",", THOUSANDS_SEPARATOR)


def _in_words(n: int) -> str | None:
    """The figure with "million"/"milliard", or None when digits are better."""
    for unit, word in ((10**9, "milliard"), (10**6, "million")):
        if n >= unit and n % (unit // 100) == 0:
            whole, hundredths = divmod(n // (unit // 100), 100)
            figure = group_digits_fr(whole)
            if hundredths:
                figure += DECIMAL_SIGN + f"{hundredths:02d}".rstrip("0")
            return f"{figure} {word}{'s' if n >= 2 * unit else ''}"
    return None


def number_fr(n: int) -> str:
    """A figure in French press style; the Arabic text writes «مليون و150 ألف» for it.

    Examples: 465 → "465"; 2300 → "2.300"; 1150000 → "1,15 million"; 20000000 → "20 millions".
    """
    words = _in_words(check_count(n))
    return words or group_digits_fr(n)


def _de(noun: str) -> str:
    return f"d'{noun}" if noun[:1] in _VOWELS else f"de {noun}"


def count_fr(n: int, singular: str, plural: str) -> str:
    """A figure and its noun; Arabic counterpart «630 ألف زائر» for "630.000 visiteurs".

    Examples: (1, "visiteur", "visiteurs") → "1 visiteur"; (1150000, …) → "1,15 million de
    visiteurs"; (20000000, "abonné", "abonnés") → "20 millions d'abonnés".
    """
    words = _in_words(check_count(n))
    if words:
        return f"{words} {_de(plural)}"
    return f"{group_digits_fr(n)} {singular if n <= 1 else plural}"


def _day_fr(day: dt.date) -> str:
    return "1er" if day.day == 1 else str(day.day)


def date_fr(day: dt.date) -> str:
    """One date: "17 mai 2023", "1er mai 2023"; Arabic «17 ماي 2023».

    Example: ``date_fr(date(2023, 5, 17))`` is "17 mai 2023".
    """
    return f"{_day_fr(day)} {month_name_fr(day.month)} {day.year}"


def date_range_fr(start: dt.date, end: dt.date) -> str:
    """A period: "du 17 au 21 mai 2023"; Arabic «من 17 إلى 21 ماي 2023».

    Across months "du 28 septembre au 2 octobre 2025", across years "du 28 décembre 2024 au
    2 janvier 2025"; a one-day period is that date.
    """
    if end < start:
        raise LanguageError(
            f"تاريخ النهاية ({end.isoformat()}) يسبق تاريخ البداية ({start.isoformat()})",
            f"La date de fin ({end.isoformat()}) précède la date de début "
            f"({start.isoformat()})",
        )
    if start == end:
        return date_fr(start)
    if (start.year, start.month) == (end.year, end.month):
        head = _day_fr(start)
    elif start.year == end.year:
        head = f"{_day_fr(start)} {month_name_fr(start.month)}"
    else:
        head = date_fr(start)
    return f"du {head} au {date_fr(end)}"


def _and_list(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} et {items[-1]}"


def days_fr(days: Iterable[dt.date], *, with_year: bool = False) -> str:
    """Named days: "vendredi et samedi 19 et 20 mai"; Arabic «يوما الجمعة والسبت 19و20 ماي».

    Three days "jeudi, vendredi et samedi 18, 19 et 20 mai"; across months
    "samedi et dimanche 31 mai et 1er juin"; ``with_year`` adds the year.
    """
    ordered = sorted(set(days))
    if not ordered:
        raise LanguageError("لم يحدد أي يوم", "Aucun jour n'est indiqué")
    names = _and_list([weekday_name_fr(d) for d in ordered])
    month_groups = [list(g) for _, g in groupby(ordered, key=lambda d: (d.year, d.month))]
    parts: list[str] = []
    for index, group in enumerate(month_groups):
        following = month_groups[index + 1] if index + 1 < len(month_groups) else None
        year_shown = with_year and (following is None or following[0].year != group[0].year)
        month = month_name_fr(group[0].month) + (f" {group[0].year}" if year_shown else "")
        numbers = [_day_fr(d) for d in group]
        parts.append(f"{_and_list(numbers)} {month}")
    return f"{names} {_and_list(parts)}"


def ordinal_fr(n: int, *, feminine: bool = True) -> str:
    """A French ordinal in figures: "1re" (masculine "1er"), "2e", "4e"; Arabic «الرابعة».

    Example: ``ordinal_fr(4)`` is "4e".
    """
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise LanguageError(
            f"الترتيب يجب أن يكون عددا صحيحا موجبا، وليس {n!r}",
            f"Un ordinal doit être un entier positif, pas {n!r}",
        )
    if n == 1:
        return "1re" if feminine else "1er"
    return f"{n}e"


def edition_fr(n: int) -> str:
    """An edition's ordinal: "4e édition", "1re édition"; Arabic «الدورة الرابعة».

    Example: ``edition_fr(1)`` is "1re édition".
    """
    return f"{ordinal_fr(n, feminine=True)} édition"


def qualifier_fr(qualifier: QualifierLike, phrase: str) -> str:
    """French qualifier before a phrase: "près de …", "plus de …"; Arabic «ناهز», «أكثر من».

    Example: (about, "1,15 million de visiteurs") → "près de 1,15 million de visiteurs".
    """
    q = as_qualifier(qualifier)
    if q is Qualifier.EXACT:
        return phrase
    word = "près" if q is Qualifier.ABOUT else "plus"
    return f"{word} {_de(phrase)}"


def date_line_fr(place: str, day: dt.date) -> str:
    """The French date line: "Rabat, le 22 mai 2023"; Arabic «الرباط في 22 ماي 2023».

    Example: ``date_line_fr("Fès", date(2023, 5, 1))`` is "Fès, le 1er mai 2023".
    """
    place = place.strip()
    if not place:
        raise LanguageError("لم يحدد مكان إصدار البلاغ", "Le lieu du communiqué manque")
    return f"{place}, le {date_fr(day)}"
