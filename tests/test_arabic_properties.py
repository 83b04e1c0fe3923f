"""Properties over every figure from 0 to 10^10, every case, every catalogue noun."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from balagh.arabic import (
    Case,
    count_phrase,
    date_range_fr,
    date_range_phrase,
    is_digits_only,
    noun_form,
    number_fr,
    number_phrase,
    ordinal_word,
    parse_integer,
    phrase_to_int,
)
from balagh.core.catalogue import DEFAULT_CATALOGUE

FIGURES = st.integers(min_value=0, max_value=10**10)
CASES = st.sampled_from(list(Case))
NOUNS = st.sampled_from([kind.noun for kind in DEFAULT_CATALOGUE])

# Arabic letters (hamza to yeh, without tatweel), Western digits, single spaces.
PRESS_TEXT = re.compile(r"^[\u0621-\u063a\u0641-\u064a0-9]+( [\u0621-\u063a\u0641-\u064a0-9]+)*$")


@given(FIGURES, CASES)
def test_number_phrase_is_press_text(n: int, case: Case) -> None:
    phrase = number_phrase(n, case)
    assert PRESS_TEXT.match(phrase), phrase
    # «و» is written against the next part, never alone
    assert "و" not in phrase.split()
    # no thousands separators, and no digit run longer than four digits («9999», «2300»)
    assert all(len(run) <= 4 for run in re.findall(r"\d+", phrase))


@given(FIGURES, CASES)
def test_phrase_to_int_inverts_number_phrase(n: int, case: Case) -> None:
    assert phrase_to_int(number_phrase(n, case)) == n


@given(FIGURES)
def test_digits_only_phrases_parse_back(n: int) -> None:
    phrase = number_phrase(n)
    if is_digits_only(n):
        assert phrase.isdigit()
        assert parse_integer(phrase) == n
    else:
        assert not phrase.isdigit()


@given(FIGURES, NOUNS, CASES)
def test_count_phrase_is_the_figure_then_its_noun(n: int, noun: object, case: Case) -> None:
    from balagh.core.model import NounForms

    assert isinstance(noun, NounForms)
    phrase = count_phrase(n, noun, case)
    form = noun_form(n, noun, case)
    assert form in {noun.singular, noun.accusative, noun.plural, noun.dual_nominative,
                    noun.dual_oblique}
    if n in (1, 2):
        assert phrase == form
        return
    assert phrase.endswith(" " + form)
    figure = phrase[: -len(form) - 1]
    assert phrase_to_int(figure) == n
    assert PRESS_TEXT.match(phrase), phrase


DIGIT_SYSTEMS = ("0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹")


@given(FIGURES, st.data())
def test_any_mix_of_digit_systems_reads_the_same(n: int, data: st.DataObject) -> None:
    digits = str(n)
    systems = data.draw(st.lists(st.integers(0, 2), min_size=len(digits),
                                 max_size=len(digits)))
    mixed = "".join(DIGIT_SYSTEMS[s][int(d)] for s, d in zip(systems, digits, strict=True))
    assert parse_integer(mixed) == n
    separator = data.draw(st.sampled_from([",", ".", " ", "\u00a0", "\u202f", "\u066c"]))
    grouped = f"{n:,}".replace(",", separator)
    regrouped = "".join(
        DIGIT_SYSTEMS[systems[i % len(systems)]][int(ch)] if ch.isdigit() else ch
        for i, ch in enumerate(grouped)
    )
    assert parse_integer(regrouped) == n


@given(FIGURES)
def test_french_figures_read_back(n: int) -> None:
    text = number_fr(n)
    words = re.fullmatch(r"([\d.]+)(?:,(\d{1,2}))? (million|milliard)s?", text)
    if words:
        whole = parse_integer(words.group(1))
        unit = 10**6 if words.group(3) == "million" else 10**9
        value = (Decimal(whole) + Decimal("0." + (words.group(2) or "0"))) * unit
        assert value == n
    else:
        assert parse_integer(text) == n


DATES = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31))


@given(DATES, st.integers(0, 400), st.one_of(st.none(), DATES))
def test_date_ranges_never_fail_and_name_the_end(start: dt.date, length: int,
                                                 current: dt.date | None) -> None:
    end = start + dt.timedelta(days=length)
    phrase = date_range_phrase(start, end, current)
    assert str(end.day) in phrase
    assert phrase.endswith(str(end.year)) or phrase.endswith("الجاري")
    french = date_range_fr(start, end)
    assert french.endswith(str(end.year))


def test_ordinals_are_distinct() -> None:
    for gender in ("f", "m"):
        words = [ordinal_word(n, gender) for n in range(1, 100)]
        assert len(set(words)) == 99
