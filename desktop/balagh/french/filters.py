"""Filters of the French release templates (Jinja2), beside the Arabic ``ar_*`` ones.

Examples, with ``nouns`` the French nouns of the phrasebook by figure key::

    {{ 2120000 | fr_number }}                                   2.120.000
    {{ figures.blood_donors | fr_figure(nouns.blood_donors) }}  230 donneurs de sang
    {{ figures.peak_visitors | fr_figure(nouns.peak_visitors) }}
                                                                plus de 1,4 million de visiteurs
    {{ figures.associations | fr_figure(nouns.associations, "quelque") }}
                                                                quelque 1.500 associations
    {{ edition.start_date | fr_date_range(edition.end_date, release_date) }}
                                                                du 17 au 21 mai
    {{ peak.days | fr_days }}                                   les samedi 18 et dimanche 19 mai
    {{ peak.days | fr_weekend }}                                le week-end des 18 et 19 mai
    {{ edition.number | fr_edition }}                           5e édition
    {{ day.index | fr_day }}                                    la deuxième journée
    {{ day.index | fr_first_days | fr_de }}                     des deux premiers jours
    {{ "le Centre national" | fr_de }}                          du Centre national
    {{ "les élèves" | fr_capital }}                             Les élèves
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from balagh.arabic.grammar import LanguageError
from balagh.arabic.lists import and_list_fr, percent_fr
from balagh.core.model import FigureValue
from balagh.french import dates, numbers, ordinals, qualifiers
from balagh.french.phrasebook import FrenchNoun
from balagh.messages import msg


def fr_number(n: int) -> str:
    """``2120000 | fr_number`` → "2.120.000"; ``1400000 | fr_number`` → "1,4 million"."""
    return numbers.number_fr(n)


def fr_count(n: int, noun: FrenchNoun | str, plural: str | None = None) -> str:
    """A figure and its noun in agreement: ``230 | fr_count(nouns.blood_donors)`` → "230
    donneurs de sang"; ``1 | fr_count("donneur", "donneurs")`` → "1 donneur"."""
    if isinstance(noun, FrenchNoun):
        return noun.count(n)
    if plural is None:
        raise LanguageError(msg("ينقص جمع الاسم الفرنسي «{noun}»", noun=str(noun)))
    return numbers.count_fr(n, noun, plural)


def fr_figure(figure: FigureValue | int, noun: FrenchNoun, style: str = "pres") -> str:
    """A recorded figure with its qualifier and noun: «près de 2.120.000 visiteurs», «plus
    de 1,4 million de visiteurs», «230 donneurs de sang»; ``style`` for "about": "pres",
    "quelque" or "environ"."""
    if isinstance(figure, FigureValue):
        value, qualifier = figure.value, figure.qualifier.value
    else:
        value, qualifier = figure, "exact"
    return qualifiers.qualifier_fr(qualifier, noun.count(value), style)


def fr_qualify(phrase: str, qualifier: str, style: str = "pres") -> str:
    """``"630.000 visiteurs" | fr_qualify("more_than")`` → "plus de 630.000 visiteurs"."""
    return qualifiers.qualifier_fr(qualifier, phrase, style)


def fr_date(day: dt.date, with_year: bool = True) -> str:
    """``date(2024, 5, 17) | fr_date`` → "17 mai 2024"."""
    return dates.date_fr(day, with_year=with_year)


def fr_date_range(start: dt.date, end: dt.date, release_date: dt.date | None = None) -> str:
    """``start | fr_date_range(end, release_date)`` → "du 17 au 21 mai" (year left out when
    the release is dated that year), "du 17 au 21 mai 2024" without ``release_date``."""
    return dates.date_range_fr(start, end, release_date)


def fr_days(days: Iterable[dt.date], with_year: bool = False, grouped: bool = False) -> str:
    """``peak.days | fr_days`` → "les samedi 18 et dimanche 19 mai"."""
    return dates.days_fr(days, with_year=with_year, grouped=grouped)


def fr_weekend(days: Iterable[dt.date]) -> str:
    """``peak.days | fr_weekend`` → "le week-end des 18 et 19 mai" (else the named days)."""
    return dates.weekend_fr(days)


def fr_edition(n: int) -> str:
    """``5 | fr_edition`` → "5e édition"."""
    return ordinals.edition_fr(n)


def fr_ordinal(n: int, feminine: bool = True) -> str:
    """``1 | fr_ordinal`` → "1re"; ``1 | fr_ordinal(false)`` → "1er"."""
    return ordinals.ordinal_fr(n, feminine=feminine)


def fr_day(n: int) -> str:
    """``day.index | fr_day`` → "la deuxième journée" (the bulletin's day)."""
    return ordinals.day_ordinal_fr(n)


def fr_first_days(n: int) -> str:
    """``day.index | fr_first_days`` → "les deux premiers jours" ("la première journée")."""
    return ordinals.first_days_fr(n)


def fr_date_line(day: dt.date, place: str) -> str:
    """``release_date | fr_date_line("Rabat")`` → "Rabat, le 22 mai 2024"."""
    return dates.date_line_fr(place, day)


def fr_and(items: Iterable[str]) -> str:
    """``["les élèves", "des touristes"] | fr_and`` → "les élèves et des touristes"."""
    return and_list_fr(items)


def fr_percent(value: float, decimals: int = 1) -> str:
    """``12.5 | fr_percent`` → "12,5 %" (no-break space)."""
    return percent_fr(value, decimals)


_CONTRACTIONS: tuple[tuple[str, str, str], ...] = (
    # (article, after «de», after «à»)
    ("les ", "des ", "aux "),
    ("le ", "du ", "au "),
    ("la ", "de la ", "à la "),
    ("l'", "de l'", "à l'"),
    ("des ", "de ", "à des "),
)


def _contract(text: str, column: int, bare: str) -> str:
    text = text.strip()
    for entry in _CONTRACTIONS:
        if text.startswith(entry[0]):
            return entry[column] + text[len(entry[0]):]
    return f"{bare} {text}" if bare != "de" else numbers.de(text)


def fr_de(text: str) -> str:
    """«de» before a phrase with its article contracted: "le Centre" → "du Centre",
    "les élèves" → "des élèves", "l'Agence" → "de l'Agence", "des touristes" → "de
    touristes"."""
    return _contract(text, 1, "de")


def fr_a(text: str) -> str:
    """«à» before a phrase, contracted: "le Centre" → "au Centre", "les élèves" → "aux
    élèves"."""
    return _contract(text, 2, "à")


def fr_capital(text: str) -> str:
    """The first letter in capital, the rest unchanged: "les élèves" → "Les élèves"."""
    text = str(text)
    return text[:1].upper() + text[1:]


FR_FILTERS: dict[str, Callable[..., str]] = {
    "fr_number": fr_number,
    "fr_count": fr_count,
    "fr_figure": fr_figure,
    "fr_qualify": fr_qualify,
    "fr_date": fr_date,
    "fr_date_range": fr_date_range,
    "fr_days": fr_days,
    "fr_weekend": fr_weekend,
    "fr_edition": fr_edition,
    "fr_ordinal": fr_ordinal,
    "fr_day": fr_day,
    "fr_first_days": fr_first_days,
    "fr_date_line": fr_date_line,
    "fr_and": fr_and,
    "fr_percent": fr_percent,
    "fr_de": fr_de,
    "fr_a": fr_a,
    "fr_capital": fr_capital,
}
