"""Record claims agree with the number of earlier editions that recorded the figure."""

from __future__ import annotations

import datetime as dt

import pytest

from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.model import Edition, FigureValue, Qualifier, RecordWording, ReleaseKind
from balagh.documents.release.draft import draft_release
from balagh.documents.release.facts import record_comparison
from balagh.platform.settings import Settings


def series(count: int) -> list[Edition]:
    """``count`` editions, one a year from 2017, each with more visitors than the last."""
    return [
        Edition(n, "مراكش", "Marrakech", dt.date(2016 + n, 9, 26), dt.date(2016 + n, 9, 30),
                figures={"visitors_total": FigureValue(100_000 * n, Qualifier.EXACT)})
        for n in range(1, count + 1)
    ]


@pytest.mark.parametrize(
    ("count", "claim"),
    [
        (1, None),
        (2, "مقارنة مع الدورة السابقة"),
        (3, "مقارنة مع الدورتين السابقتين"),
        (4, "مقارنة مع باقي الدورات السابقة"),
        (7, "مقارنة مع باقي الدورات السابقة"),
    ],
)
def test_the_claim_follows_the_count_of_earlier_editions(count: int, claim: str | None) -> None:
    editions = series(count)
    latest = editions[-1]
    assert record_comparison(latest, editions, "visitors_total") == claim
    first = draft_release(latest, editions, DEFAULT_BY_KEY,
                          Settings(),
                          kind=ReleaseKind.CLOSING).paragraphs[0]
    if claim is None:
        assert "قياسي" not in first  # a first edition claims nothing
    else:
        assert first.endswith(f"، محققا رقما قياسيا {claim}.")


def test_the_years_wording_is_a_stored_choice() -> None:
    editions = series(3)
    assert record_comparison(editions[-1], editions, "visitors_total",
                             RecordWording.YEARS) == "مقارنة مع العامين السابقين"
    editions = series(5)
    assert record_comparison(editions[-1], editions, "visitors_total",
                             RecordWording.YEARS) == "مقارنة مع باقي الأعوام السابقة"


def test_editions_that_did_not_record_the_figure_are_not_counted() -> None:
    editions = series(4)
    editions[0].figures.clear()  # the first edition published no total
    assert record_comparison(editions[-1], editions, "visitors_total") == (
        "مقارنة مع الدورتين السابقتين")


def test_no_claim_when_an_earlier_edition_did_better() -> None:
    editions = series(3)
    editions[1].figures["visitors_total"] = FigureValue(900_000)
    assert record_comparison(editions[-1], editions, "visitors_total") is None
