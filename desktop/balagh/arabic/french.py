"""French counterparts of the Arabic functions, kept here under their old names.

The French language layer is ``balagh.french`` (numbers, agreement, qualifiers, dates,
ordinals, typography, phrasebook); this module re-exports what the Arabic layer has always
offered: ``number_fr``, ``count_fr``, ``date_fr``, ``date_range_fr``, ``days_fr``,
``ordinal_fr``, ``edition_fr``, ``qualifier_fr``, ``date_line_fr``, month and weekday names.
"""

from __future__ import annotations

from balagh.french.dates import (
    date_fr,
    date_line_fr,
    date_range_fr,
    days_fr,
    month_name_fr,
    weekday_name_fr,
)
from balagh.french.numbers import (
    DECIMAL_SIGN,
    THOUSANDS_SEPARATOR,
    count_fr,
    group_digits_fr,
    number_fr,
)
from balagh.french.ordinals import edition_fr, ordinal_fr
from balagh.french.qualifiers import qualifier_fr

__all__ = [
    "DECIMAL_SIGN",
    "THOUSANDS_SEPARATOR",
    "count_fr",
    "date_fr",
    "date_line_fr",
    "date_range_fr",
    "days_fr",
    "edition_fr",
    "group_digits_fr",
    "month_name_fr",
    "number_fr",
    "ordinal_fr",
    "qualifier_fr",
    "weekday_name_fr",
]
