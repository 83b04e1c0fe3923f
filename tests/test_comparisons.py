"""Changes, percentages and records against earlier editions (ordered by date)."""

from __future__ import annotations

import datetime as dt

import pytest

from balagh.core.comparisons import (
    by_date,
    compare_edition,
    earlier_editions,
    is_record,
    rank_editions,
)
from balagh.core.model import Edition, FigureValue, Qualifier

D = dt.date


def edition(number: int, start: dt.date, **figures: int) -> Edition:
    return Edition(
        number=number, city_ar=f"مدينة {number}", city_fr=f"Ville {number}",
        start_date=start, end_date=start + dt.timedelta(days=4),
        figures={key: FigureValue(value, Qualifier.ABOUT) for key, value in figures.items()},
    )


CASABLANCA = edition(1, D(2017, 9, 14), visitors_total=80_000, thematic_pavilions=17)
MARRAKECH = edition(2, D(2018, 9, 26), visitors_total=260_000, thematic_pavilions=29)
TANGIER = edition(3, D(2019, 10, 2), visitors_total=515_000, thematic_pavilions=16)
FEZ = edition(4, D(2023, 5, 17), visitors_total=1_150_000, thematic_pavilions=31,
              police_staff=2300)
ALL = [FEZ, CASABLANCA, TANGIER, MARRAKECH]  # deliberately not in date order


def test_fez_against_tangier() -> None:
    comparison = compare_edition(FEZ, ALL)["visitors_total"]
    assert comparison.value == 1_150_000
    assert comparison.previous_value == 515_000
    assert comparison.previous_edition_number == 3
    assert comparison.change == 635_000
    assert comparison.percent == pytest.approx(123.3, abs=0.05)
    assert comparison.is_record
    assert comparison.best_earlier_value == 515_000


def test_decrease_is_negative_and_not_a_record() -> None:
    comparison = compare_edition(TANGIER, ALL)["thematic_pavilions"]
    assert comparison.previous_value == 29
    assert comparison.change == -13
    assert comparison.percent == pytest.approx(-44.83, abs=0.01)
    assert not comparison.is_record
    assert comparison.best_earlier_edition_number == 2


def test_previous_edition_without_the_figure() -> None:
    comparison = compare_edition(FEZ, ALL)["police_staff"]
    assert comparison.previous_value is None
    assert comparison.previous_edition_number == 3  # Tangier held before, did not publish it
    assert comparison.change is None and comparison.percent is None
    assert not comparison.is_record  # nothing earlier to beat


def test_first_edition_has_no_previous() -> None:
    comparison = compare_edition(CASABLANCA, ALL)["visitors_total"]
    assert comparison.previous_edition_number is None
    assert comparison.previous_value is None
    assert not comparison.is_record


def test_order_is_by_date_not_by_number() -> None:
    # an edition numbered 5 but entered for an older date compares with what came before it
    late_entry = edition(5, D(2016, 5, 1), visitors_total=2_000_000)
    editions = [*ALL, late_entry]
    assert [e.number for e in by_date(editions)] == [5, 1, 2, 3, 4]
    assert compare_edition(CASABLANCA, editions)["visitors_total"].previous_edition_number == 5
    assert not is_record(FEZ, editions, "visitors_total")
    assert [e.number for e in earlier_editions(MARRAKECH, editions)] == [5, 1]


def test_is_record() -> None:
    assert is_record(FEZ, ALL, "visitors_total")
    assert is_record(FEZ, ALL, "thematic_pavilions")  # 31 > 29, 17, 16
    assert not is_record(TANGIER, ALL, "thematic_pavilions")
    assert not is_record(CASABLANCA, ALL, "visitors_total")
    assert not is_record(FEZ, ALL, "police_staff")
    assert not is_record(FEZ, ALL, "blood_donors")  # not recorded at all


def test_equal_value_is_not_a_record() -> None:
    tie = edition(5, D(2024, 5, 1), visitors_total=1_150_000)
    assert not is_record(tie, [*ALL, tie], "visitors_total")


def test_zero_previous_value_has_no_percent() -> None:
    first = edition(1, D(2017, 1, 1), schools=0)
    second = edition(2, D(2018, 1, 1), schools=12)
    comparison = compare_edition(second, [first, second])["schools"]
    assert comparison.change == 12
    assert comparison.percent is None


def test_rank_editions() -> None:
    ranked = rank_editions(ALL, "thematic_pavilions")
    assert [(r.edition_number, r.value, r.rank, r.is_max) for r in ranked] == [
        (1, 17, 3, False),
        (2, 29, 2, False),
        (3, 16, 4, False),
        (4, 31, 1, True),
    ]
    assert [r.edition_number for r in rank_editions(ALL, "police_staff")] == [4]
    assert rank_editions(ALL, "schools") == []


def test_rank_ties_share_a_rank() -> None:
    a = edition(1, D(2017, 1, 1), vehicles=150)
    b = edition(2, D(2018, 1, 1), vehicles=150)
    c = edition(3, D(2019, 1, 1), vehicles=90)
    ranked = rank_editions([a, b, c], "vehicles")
    assert [(r.rank, r.is_max) for r in ranked] == [(1, True), (1, True), (3, False)]
