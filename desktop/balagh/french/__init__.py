"""balagh.french — the French a release is written in, beside ``balagh.arabic``.

Pure Python (Babel for month and weekday names; no Qt, no SQL, no reportlab):

* ``number_fr(2120000)`` → "2.120.000", ``number_fr(1400000)`` → "1,4 million" (the rule is
  in ``balagh.french.numbers``); ``count_fr(230, "donneur", "donneurs")`` → "230 donneurs";
  ``number_words_fr("deux millions")`` → 2000000;
* ``qualifier_fr("about", "1.500 organisations")`` → "près de 1.500 organisations"
  («quelque», «environ» as styles), «plus de» for more than;
* ``date_range_fr(start, end, release_date)`` → "du 17 au 21 mai", ``days_fr(days)`` →
  "les samedi 18 et dimanche 19 mai", ``weekend_fr`` → "le week-end des 18 et 19 mai",
  ``date_line_fr("Rabat", day)`` → "Rabat, le 22 mai 2024";
* ``edition_fr(5)`` → "5e édition", ``ordinal_fr(1)`` → "1re";
* ``french_typography(text)`` — no-break spaces before «;:!?», inside « », before units;
* ``Phrasebook`` — French nouns of the figures and renderings of recorded Arabic texts;
* ``FR_FILTERS`` for the French release templates (``balagh.french.filters``).
"""

from __future__ import annotations

# balagh.arabic first: it re-exports the French functions (balagh.arabic.french), and
# importing it completely before the modules below keeps the two packages free of cycles.
import balagh.arabic  # noqa: F401
from balagh.french.dates import (
    date_fr,
    date_line_fr,
    date_range_fr,
    days_fr,
    month_name_fr,
    months_fr,
    weekday_name_fr,
    weekdays_fr,
    weekend_fr,
)
from balagh.french.numbers import (
    count_fr,
    de,
    group_digits_fr,
    number_fr,
    number_words_fr,
)
from balagh.french.ordinals import edition_fr, ordinal_fr
from balagh.french.phrasebook import FrenchNoun, Phrasebook
from balagh.french.qualifiers import qualifier_fr
from balagh.french.typography import french_typography, plain_spaces

__all__ = [
    "FrenchNoun",
    "Phrasebook",
    "count_fr",
    "date_fr",
    "date_line_fr",
    "date_range_fr",
    "days_fr",
    "de",
    "edition_fr",
    "french_typography",
    "group_digits_fr",
    "month_name_fr",
    "months_fr",
    "number_fr",
    "number_words_fr",
    "ordinal_fr",
    "plain_spaces",
    "qualifier_fr",
    "weekday_name_fr",
    "weekdays_fr",
    "weekend_fr",
]
