"""balagh.arabic — the Arabic (and French) a release is written in.

Pure Python (Babel for month and weekday names; no Qt, no SQL, no reportlab):

* ``number_phrase(1150000)`` → «مليون و150 ألف»; ``phrase_to_int`` reads it back;
* ``count_phrase(465, noun)`` → «465 متبرعا للدم» (noun forms from the catalogue);
* ``qualifier_phrase(Qualifier.ABOUT, phrase, "verb")`` → «ناهز …»; ``qualified_count``;
* ``date_range_phrase(start, end, current_month)`` → «من 17 إلى 21 ماي الجاري»,
  ``days_phrase(days)`` → «يوما الجمعة والسبت 19و20 ماي», ``date_line(place, day)``;
* ``ordinal_phrase(4)`` → «الدورة الرابعة»;
* ``and_list(items)`` → «مواطنين ومقيمين وسياح», ``percent_ar(12.5)`` → «12,5 في المائة»;
* French counterparts ``number_fr``, ``count_fr``, ``date_range_fr``, ``edition_fr`` …;
* ``FILTERS`` for Jinja2 (in ``balagh.arabic.filters``);
* input digits: ``parse_integer``, ``normalise_digits``, ``DigitsError`` (from
  ``balagh.core.digits``).
"""

from __future__ import annotations

from balagh.arabic.counting import count_phrase, noun_form
from balagh.arabic.dates import (
    date_line,
    date_phrase,
    date_range_phrase,
    days_phrase,
    month_name,
    weekday_name,
)
from balagh.arabic.filters import FILTERS
from balagh.arabic.french import (
    count_fr,
    date_fr,
    date_line_fr,
    date_range_fr,
    days_fr,
    edition_fr,
    month_name_fr,
    number_fr,
    ordinal_fr,
    qualifier_fr,
    weekday_name_fr,
)
from balagh.arabic.grammar import Case, LanguageError, as_case
from balagh.arabic.lists import and_list, and_list_fr, percent_ar, percent_fr
from balagh.arabic.numbers import is_digits_only, number_phrase, phrase_to_int
from balagh.arabic.ordinals import ordinal_phrase, ordinal_word
from balagh.arabic.qualifiers import (
    QualifierStyle,
    qualified_count,
    qualifier_case,
    qualifier_phrase,
    qualifier_word,
)
from balagh.core.digits import DigitsError, normalise_digits, parse_integer

__all__ = [
    "FILTERS",
    "Case",
    "DigitsError",
    "LanguageError",
    "QualifierStyle",
    "and_list",
    "and_list_fr",
    "as_case",
    "count_fr",
    "count_phrase",
    "date_fr",
    "date_line",
    "date_line_fr",
    "date_phrase",
    "date_range_fr",
    "date_range_phrase",
    "days_fr",
    "days_phrase",
    "edition_fr",
    "is_digits_only",
    "month_name",
    "month_name_fr",
    "normalise_digits",
    "noun_form",
    "number_fr",
    "number_phrase",
    "ordinal_fr",
    "ordinal_phrase",
    "ordinal_word",
    "parse_integer",
    "percent_ar",
    "percent_fr",
    "phrase_to_int",
    "qualified_count",
    "qualifier_case",
    "qualifier_fr",
    "qualifier_phrase",
    "qualifier_word",
    "weekday_name",
    "weekday_name_fr",
]
