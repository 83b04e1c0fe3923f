"""Press-style figures: every example of issue 3, the seed's figures and the edge cases."""

from __future__ import annotations

import pytest

from balagh.arabic import LanguageError, is_digits_only, number_phrase, phrase_to_int

# (figure, nominative, accusative/genitive), each written by hand.
TABLE = [
    # examples of the issue and the seed release
    (465, "465", "465"),
    (2300, "2300", "2300"),
    (150, "150", "150"),
    (31, "31", "31"),
    (630000, "630 ألف", "630 ألف"),
    (1150000, "مليون و150 ألف", "مليون و150 ألف"),
    (20000000, "20 مليون", "20 مليون"),
    (344100, "344 ألف و100", "344 ألف و100"),
    (1000, "ألف", "ألف"),
    (2000, "ألفان", "ألفين"),
    (3000, "3 آلاف", "3 آلاف"),
    (1000000, "مليون", "مليون"),
    (2000000, "مليونان", "مليونين"),
    (2400000, "مليونان و400 ألف", "مليونين و400 ألف"),
    (3500000, "3 ملايين و500 ألف", "3 ملايين و500 ألف"),
    # the demo editions
    (80000, "80 ألف", "80 ألف"),
    (260000, "260 ألف", "260 ألف"),
    (515000, "515 ألف", "515 ألف"),
    (1118600, "مليون و118 ألف و600", "مليون و118 ألف و600"),
    # edge cases
    (0, "0", "0"),
    (1, "1", "1"),
    (2, "2", "2"),
    (10, "10", "10"),
    (11, "11", "11"),
    (99, "99", "99"),
    (100, "100", "100"),
    (101, "101", "101"),
    (111, "111", "111"),
    (1001, "1001", "1001"),
    (9999, "9999", "9999"),
    (9000, "9 آلاف", "9 آلاف"),
    (10000, "10 آلاف", "10 آلاف"),
    (10001, "10 آلاف و1", "10 آلاف و1"),
    (11000, "11 ألف", "11 ألف"),
    (100000, "100 ألف", "100 ألف"),
    (103000, "103 آلاف", "103 آلاف"),
    (999999, "999 ألف و999", "999 ألف و999"),
    (1000001, "مليون و1", "مليون و1"),
    (1001000, "مليون وألف", "مليون وألف"),
    (1002000, "مليون وألفان", "مليون وألفين"),
    (1002300, "مليون و2300", "مليون و2300"),
    (10000000, "10 ملايين", "10 ملايين"),
    (12500000, "12 مليون و500 ألف", "12 مليون و500 ألف"),
    (1000000000, "مليار", "مليار"),
    (2000000000, "ملياران", "مليارين"),
    (2500000000, "ملياران و500 مليون", "مليارين و500 مليون"),
    (10000000000, "10 ملايير", "10 ملايير"),
    (12000000000, "12 مليار", "12 مليار"),
]


@pytest.mark.parametrize(("n", "nominative", "oblique"), TABLE)
def test_number_phrase(n: int, nominative: str, oblique: str) -> None:
    assert number_phrase(n) == nominative
    assert number_phrase(n, "nominative") == nominative
    assert number_phrase(n, "accusative") == oblique
    assert number_phrase(n, "genitive") == oblique


@pytest.mark.parametrize(("n", "nominative", "oblique"), TABLE)
def test_phrase_to_int_reads_every_form_back(n: int, nominative: str, oblique: str) -> None:
    assert phrase_to_int(nominative) == n
    assert phrase_to_int(oblique) == n


def test_phrase_to_int_accepts_arabic_indic_digits_and_construct_duals() -> None:
    assert phrase_to_int("مليون و١٥٠ ألف") == 1150000
    assert phrase_to_int("۶۳۰ ألف") == 630000
    assert phrase_to_int("ألفي") == 2000
    assert phrase_to_int("  344   ألف   و100 ") == 344100


@pytest.mark.parametrize(
    "text", ["", "زائر", "3 آلاف و5000", "ألف ومليون", "آلاف", "3 ألفان", "150 ألف 20", "و150"]
)
def test_phrase_to_int_refuses_what_it_cannot_read(text: str) -> None:
    with pytest.raises(LanguageError) as caught:
        phrase_to_int(text)
    assert "لا يمكن قراءة العدد" in caught.value.message_ar
    assert caught.value.message_fr.startswith("Impossible de lire")


def test_digits_only() -> None:
    assert is_digits_only(2300)
    assert is_digits_only(0)
    assert not is_digits_only(630000)
    assert not is_digits_only(1000)


@pytest.mark.parametrize("bad", [-1, -1150000])
def test_negative_figures_are_refused_in_arabic(bad: int) -> None:
    with pytest.raises(LanguageError) as caught:
        number_phrase(bad)
    assert caught.value.message_ar == f"لا يمكن كتابة عدد سالب: {bad}"


def test_unknown_case_is_named() -> None:
    with pytest.raises(LanguageError) as caught:
        number_phrase(2000, "dative")
    assert "dative" in caught.value.message_ar
    assert "nominative" in caught.value.message_ar


def test_non_integer_is_refused() -> None:
    with pytest.raises(LanguageError):
        number_phrase(1.5)  # type: ignore[arg-type]
    with pytest.raises(LanguageError):
        number_phrase(True)
