"""Preparing next year's edition, and the warnings on numbering gaps and overlapping dates."""

from __future__ import annotations

import datetime as dt

from balagh.app.next_edition import (
    latest_edition,
    numbering_warnings,
    prepare_next,
    year_later,
)
from editions_series import demo_editions


def test_the_next_edition_follows_the_latest_one() -> None:
    editions = demo_editions()[:4]  # 2017–2023: Fez is the latest
    fez = latest_edition(editions)
    assert fez is not None and fez.year == 2023
    after = prepare_next(fez)
    assert after.number == fez.number + 1
    assert (after.start_date, after.end_date) == (dt.date(2024, 5, 17), dt.date(2024, 5, 21))
    assert after.figures == {} and after.daily_visitors == {}
    assert after.city_ar == "" and after.theme == "" and after.version == 0
    assert after.audiences == fez.audiences and after.partners == fez.partners
    assert after.seminars == fez.seminars and after.joint_pavilions == fez.joint_pavilions
    bare = prepare_next(fez, keep_lists=False)
    assert bare.audiences == [] and bare.partners == [] and bare.highlights == []


def test_a_leap_day_moves_to_the_28th() -> None:
    assert year_later(dt.date(2024, 2, 29)) == dt.date(2025, 2, 28)


def test_a_gap_in_the_numbers_is_named() -> None:
    editions = demo_editions()[:4]  # numbers 1 to 4 (2017–2023)
    eighth = prepare_next(latest_edition(editions))
    eighth.number = 8
    found = numbering_warnings(eighth, editions)
    assert [p.field for p in found] == ["number"]
    assert "5 إلى 7" in found[0].message_ar and "5 à 7" in found[0].message_fr
    fifth = prepare_next(latest_edition(editions))
    assert numbering_warnings(fifth, editions) == []


def test_overlapping_dates_are_named() -> None:
    editions = demo_editions()[:4]  # 2017–2023: Fez is the latest
    fez = latest_edition(editions)
    clash = prepare_next(fez)
    clash.start_date, clash.end_date = fez.end_date, fez.end_date + dt.timedelta(days=3)
    found = numbering_warnings(clash, editions)
    assert [p.field for p in found] == ["start_date"]
    assert f"الدورة {fez.number}" in found[0].message_ar and "21/05/2023" in found[0].message_ar
