"""How figures are shown in the window: the office's press style when the Arabic layer is there."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable
from functools import cache

from balagh.core.model import QUALIFIER_NAMES, FigureKind, Qualifier


@cache
def _press_formatter() -> Callable[[int], str] | None:
    try:
        from balagh.arabic.numbers import number_phrase
    except ImportError:
        return None
    return number_phrase


def office_number(value: int | None) -> str:
    """A figure in the office's style, e.g. 1150000 -> «مليون و150 ألف»; "" for None.

    Falls back to Western digits without separators (the press convention) when the
    Arabic layer offers no formatter.
    """
    if value is None:
        return ""
    fn = _press_formatter()
    if fn is not None:
        try:
            return str(fn(value))
        except (TypeError, ValueError):  # out of the formatter's range: plain digits
            pass
    return str(value)


def short_date(day: dt.date) -> str:
    """A day as «19/05» for grids and checkboxes."""
    return f"{day.day:02d}/{day.month:02d}"


def qualifier_label(qualifier: Qualifier, language: str = "ar") -> str:
    """The qualifier as the staff read it: «حوالي» (fr: «environ»)."""
    return QUALIFIER_NAMES[qualifier].text(language)


def figure_phrase(kind: FigureKind, value: int, qualifier: Qualifier, language: str = "ar") -> str:
    """A figure as the release writes it, qualifier and counted noun included.

    Arabic: ``(visitors_total, 750000, MORE_THAN)`` -> «أكثر من 750 ألف زائر»; French (the
    catalogue has no French nouns): «plus de 750.000». Falls back to the office number when
    the language layer cannot phrase the value.
    """
    try:
        if language == "fr":
            from balagh.arabic.french import number_fr, qualifier_fr

            return str(qualifier_fr(qualifier.value, number_fr(value)))
        from balagh.arabic.qualifiers import qualified_count

        return str(qualified_count(value, kind.noun, qualifier.value))
    except (ImportError, TypeError, ValueError):
        return office_number(value)


def fold_for_search(text: str) -> str:
    """Text compared by the search box: case, accents and Arabic short vowels ignored.

    ``fold_for_search("Fès") == fold_for_search("fes") == "fes"``; «فَاس» matches «فاس».
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
