"""Reading figures typed with any digits and thousands separators."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from balagh.core.digits import DigitsError, normalise_digits, parse_integer

WESTERN = "0123456789"
ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
EASTERN = "۰۱۲۳۴۵۶۷۸۹"
SEPARATORS = [",", ".", " ", "\u00a0", "\u202f", "\u066c", "\u060c"]


@pytest.mark.parametrize(
    "text",
    [
        "1150000",
        "1,150,000",
        "1.150.000",
        "1 150 000",
        "1\u00a0150\u00a0000",
        "1\u202f150\u202f000",
        "١٬١٥٠٬٠٠٠",
        "١١٥٠٠٠٠",
        "۱۱۵۰۰۰۰",
        "۱,۱۵۰,۰۰۰",
        "1٬15٠,۰00",  # mixed digit systems, one separator family
        "\u200f1 150 000\u200f",  # right-to-left marks from an Arabic keyboard
        "  1150000 ",
    ],
)
def test_fez_total_in_every_spelling(text: str) -> None:
    assert parse_integer(text) == 1_150_000


def test_small_and_zero() -> None:
    assert parse_integer("465") == 465
    assert parse_integer("٠") == 0
    assert parse_integer("2,300") == 2300
    assert parse_integer("007") == 7


def test_normalise_leaves_other_text() -> None:
    assert normalise_digits("٢٠٢٣-٠٥-١٧") == "2023-05-17"
    assert normalise_digits("۱۱۵۰ زائر") == "1150 زائر"
    assert normalise_digits("abc") == "abc"


def _error(text: str) -> DigitsError:
    with pytest.raises(DigitsError) as info:
        parse_integer(text)
    return info.value


def test_empty_is_refused() -> None:
    for text in ("", "   ", "\u200f"):
        error = _error(text)
        assert "لم يكتب أي رقم" in error.message_ar
        assert "Aucun" in error.message_fr


@pytest.mark.parametrize("text", ["-5", "−465", "-١٠٠"])
def test_negative_is_refused_saying_so(text: str) -> None:
    error = _error(text)
    assert "سالب" in error.message_ar
    assert "négatif" in error.message_fr


@pytest.mark.parametrize("text", ["12.5", "1.15", "1,5", "1 15", "1.1500"])
def test_decimals_are_refused(text: str) -> None:
    error = _error(text)
    assert "ثلاثة أرقام" in error.message_ar
    assert "العشرية" in error.message_ar
    assert "décimales" in error.message_fr


def test_arabic_decimal_separator_is_refused() -> None:
    assert "العشرية" in _error("١٢٫٥").message_ar


@pytest.mark.parametrize("text", ["abc", "12a", "1e5", "+5", "٥٪"])
def test_letters_and_symbols_are_refused_naming_the_character(text: str) -> None:
    error = _error(text)
    assert "يحتوي على" in error.message_ar
    bad = next(ch for ch in normalise_digits(text) if not ch.isdigit())
    assert f"«{bad}»" in error.message_ar


def test_mixed_separator_families_are_ambiguous() -> None:
    error = _error("1.150,000")
    assert "نوعين من الفواصل" in error.message_ar


@pytest.mark.parametrize("text", ["1,,000", ",100", "100,", "1234,567"])
def test_misplaced_separators(text: str) -> None:
    error = _error(text)
    assert f"«{text}»" in error.message_ar


def test_digits_error_is_a_value_error() -> None:
    assert isinstance(_error("x"), ValueError)


def _spell(text: str, choices: list[int]) -> str:
    """Write each digit of ``text`` in the digit system chosen for its position."""
    systems = (WESTERN, ARABIC_INDIC, EASTERN)
    return "".join(
        systems[choices[i % len(choices)]][int(ch)] if ch.isdigit() else ch
        for i, ch in enumerate(text)
    )


@given(st.integers(min_value=0, max_value=10**12), st.lists(st.integers(0, 2), min_size=1))
def test_any_mix_of_digit_systems_gives_the_same_integer(number: int, choices: list[int]) -> None:
    assert parse_integer(_spell(str(number), choices)) == number


@given(
    st.integers(min_value=0, max_value=10**12),
    st.sampled_from(SEPARATORS),
    st.lists(st.integers(0, 2), min_size=1),
)
def test_grouped_with_any_separator_parses_back(
    number: int, separator: str, choices: list[int]
) -> None:
    grouped = f"{number:,}".replace(",", separator)
    spelled = _spell(grouped, choices)
    assert parse_integer(grouped) == number
    assert parse_integer(spelled) == number


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=12))
def test_anything_either_parses_or_raises_digits_error(text: str) -> None:
    try:
        value = parse_integer(text)
    except DigitsError as error:
        assert error.message_ar and error.message_fr
    else:
        assert value >= 0
