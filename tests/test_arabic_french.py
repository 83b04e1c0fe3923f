"""French counterparts: figures, counted nouns, dates, ordinals, qualifiers."""

from __future__ import annotations

import datetime as dt

import pytest

from balagh.arabic import (
    count_fr,
    date_fr,
    date_line_fr,
    date_range_fr,
    days_fr,
    edition_fr,
    number_fr,
    ordinal_fr,
    parse_integer,
    qualifier_fr,
)
from balagh.arabic.french import month_name_fr, weekday_name_fr

D = dt.date


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (0, "0"), (1, "1"), (2, "2"), (10, "10"), (11, "11"), (99, "99"), (100, "100"),
        (101, "101"), (111, "111"), (465, "465"), (1000, "1.000"), (1001, "1.001"),
        (2300, "2.300"), (10000, "10.000"), (11000, "11.000"), (100000, "100.000"),
        (344100, "344.100"), (630000, "630.000"), (999999, "999.999"),
        (1000000, "1 million"), (1000001, "1.000.001"), (1150000, "1.150.000"),
        (1118600, "1.118.600"), (1500000, "1,5 million"), (2000000, "2 millions"),
        (2400000, "2,4 millions"), (3500000, "3,5 millions"), (12500000, "12,5 millions"),
        (20000000, "20 millions"), (1000000000, "1 milliard"), (10000000000, "10 milliards"),
        (1250000000, "1.250 millions"), (1200000000, "1,2 milliard"),
        (1234000000, "1.234 millions"), (1234500000000, "1.234,5 milliards"),
    ],
)
def test_number_fr(n: int, expected: str) -> None:
    assert number_fr(n) == expected
    if "million" not in expected and "milliard" not in expected:
        assert parse_integer(expected) == n


def test_count_fr() -> None:
    assert count_fr(0, "visiteur", "visiteurs") == "0 visiteur"
    assert count_fr(1, "visiteur", "visiteurs") == "1 visiteur"
    assert count_fr(2300, "policier", "policiers") == "2.300 policiers"
    assert count_fr(1400000, "visiteur", "visiteurs") == "1,4 million de visiteurs"
    assert count_fr(1150000, "visiteur", "visiteurs") == "1.150.000 visiteurs"
    assert count_fr(20000000, "vue", "vues") == "20 millions de vues"
    assert count_fr(20000000, "abonné", "abonnés") == "20 millions d'abonnés"


def test_dates_fr() -> None:
    assert month_name_fr(5) == "mai"
    assert weekday_name_fr(D(2023, 5, 19)) == "vendredi"
    assert date_fr(D(2023, 5, 17)) == "17 mai 2023"
    assert date_fr(D(2023, 5, 1)) == "1er mai 2023"
    assert date_range_fr(D(2023, 5, 17), D(2023, 5, 21)) == "du 17 au 21 mai 2023"
    assert date_range_fr(D(2023, 5, 1), D(2023, 5, 5)) == "du 1er au 5 mai 2023"
    assert date_range_fr(D(2025, 9, 28), D(2025, 10, 2)) == "du 28 septembre au 2 octobre 2025"
    assert date_range_fr(D(2024, 12, 28), D(2025, 1, 2)) == (
        "du 28 décembre 2024 au 2 janvier 2025")
    assert date_range_fr(D(2023, 5, 17), D(2023, 5, 17)) == "le 17 mai 2023"
    assert date_line_fr("Rabat", D(2023, 5, 22)) == "Rabat, le 22 mai 2023"


def test_days_fr() -> None:
    assert days_fr([D(2023, 5, 19), D(2023, 5, 20)]) == "les vendredi 19 et samedi 20 mai"
    assert days_fr([D(2023, 5, 19), D(2023, 5, 20)], grouped=True) == (
        "vendredi et samedi 19 et 20 mai")
    assert days_fr([D(2023, 5, 18), D(2023, 5, 19), D(2023, 5, 20)], grouped=True) == (
        "jeudi, vendredi et samedi 18, 19 et 20 mai")
    assert days_fr([D(2023, 5, 31), D(2023, 6, 1)], with_year=True, grouped=True) == (
        "mercredi et jeudi 31 mai et 1er juin 2023")


def test_ordinals_and_qualifiers_fr() -> None:
    assert ordinal_fr(1) == "1re"
    assert ordinal_fr(1, feminine=False) == "1er"
    assert ordinal_fr(4) == "4e"
    assert edition_fr(4) == "4e édition"
    assert edition_fr(1) == "1re édition"
    assert qualifier_fr("about", "1,4 million de visiteurs") == (
        "près de 1,4 million de visiteurs")
    assert qualifier_fr("more_than", "630.000 visiteurs") == "plus de 630.000 visiteurs"
    assert qualifier_fr("exact", "465 donneurs") == "465 donneurs"
