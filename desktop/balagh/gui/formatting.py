"""How figures are shown in the window: the office's press style when the Arabic layer is there."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache

from balagh.core.model import Qualifier

QUALIFIER_LABELS_AR = {
    Qualifier.EXACT: "دقيق",
    Qualifier.ABOUT: "حوالي",
    Qualifier.MORE_THAN: "أكثر من",
}
QUALIFIER_LABELS_FR = {
    Qualifier.EXACT: "exact",
    Qualifier.ABOUT: "environ",
    Qualifier.MORE_THAN: "plus de",
}


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
    table = QUALIFIER_LABELS_FR if language == "fr" else QUALIFIER_LABELS_AR
    return table[qualifier]
