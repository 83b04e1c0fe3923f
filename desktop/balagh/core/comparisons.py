"""Comparing an edition's figures with earlier editions: changes, percentages, records.

Editions are ordered by start date (then number), never by number or by the order they were
entered: an edition recorded late still compares with the one held before it.

Choices, so that a release never claims more than the data shows:

* "previous" is the edition held immediately before (by start date). When that edition did
  not publish the figure, ``previous_value`` is None (and so are ``change`` and ``percent``)
  while ``previous_edition_number`` still names that edition: the sheet can say «غير منشور»
  rather than silently comparing with an older edition.
* a record («رقم قياسي») needs at least one earlier edition with the figure, and a value
  strictly above every earlier value; a first publication is not a record.
* qualifiers are not used in the arithmetic: «ناهز 515 ألف» counts as 515,000.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from balagh.core.model import Edition, Qualifier


@dataclass(frozen=True)
class Comparison:
    """One figure of one edition against the editions held before it.

    Example: Fez 2023 visitors against Tangier 2019: ``value=1150000``,
    ``previous_value=515000``, ``previous_edition_number=3``, ``change=635000``,
    ``percent≈123.3``, ``is_record=True``.
    """

    key: str
    value: int
    previous_value: int | None
    previous_edition_number: int | None
    change: int | None
    percent: float | None
    is_record: bool
    qualifier: Qualifier = Qualifier.EXACT
    previous_qualifier: Qualifier | None = None
    best_earlier_value: int | None = None
    best_earlier_edition_number: int | None = None


@dataclass(frozen=True)
class RankedValue:
    """One edition's value of a figure in the all-editions table (rank 1 = highest)."""

    edition_number: int
    year: int
    value: int
    qualifier: Qualifier
    rank: int
    is_max: bool


def by_date(editions: Iterable[Edition]) -> list[Edition]:
    """The editions ordered by start date, then by number (the order of every comparison)."""
    return sorted(editions, key=lambda e: (e.start_date, e.number))


def earlier_editions(edition: Edition, all_editions: Iterable[Edition]) -> list[Edition]:
    """The editions that started before ``edition`` (itself excluded), oldest first."""
    return [
        other
        for other in by_date(all_editions)
        if other.number != edition.number and other.start_date < edition.start_date
    ]


def is_record(edition: Edition, all_editions: Sequence[Edition], key: str) -> bool:
    """Whether ``edition``'s value of ``key`` beats every earlier edition's value.

    False when the edition lacks the figure or no earlier edition published it: Fez 2023's
    «ناهز مليون و150 ألف زائر» is a record («رقما قياسيا») against 80, 260 and 515 thousand.
    """
    figure = edition.figure(key)
    if figure is None:
        return False
    earlier = [f.value for e in earlier_editions(edition, all_editions)
               if (f := e.figure(key)) is not None]
    return bool(earlier) and figure.value > max(earlier)


def compare_edition(edition: Edition, all_editions: Sequence[Edition]) -> dict[str, Comparison]:
    """A :class:`Comparison` for every figure ``edition`` has, keyed by figure key.

    ``all_editions`` may include ``edition`` itself (matched by number) or not.
    ``percent`` is None when there is no previous value or it is 0.
    """
    earlier = earlier_editions(edition, all_editions)
    previous = earlier[-1] if earlier else None
    result: dict[str, Comparison] = {}
    for key, figure in edition.figures.items():
        prev_figure = previous.figure(key) if previous is not None else None
        change: int | None = None
        percent: float | None = None
        if prev_figure is not None:
            change = figure.value - prev_figure.value
            if prev_figure.value != 0:
                percent = change * 100.0 / prev_figure.value
        best_value: int | None = None
        best_number: int | None = None
        for other in earlier:
            other_figure = other.figure(key)
            if other_figure is not None and (best_value is None or other_figure.value > best_value):
                best_value, best_number = other_figure.value, other.number
        result[key] = Comparison(
            key=key,
            value=figure.value,
            previous_value=prev_figure.value if prev_figure is not None else None,
            previous_edition_number=previous.number if previous is not None else None,
            change=change,
            percent=percent,
            is_record=best_value is not None and figure.value > best_value,
            qualifier=figure.qualifier,
            previous_qualifier=prev_figure.qualifier if prev_figure is not None else None,
            best_earlier_value=best_value,
            best_earlier_edition_number=best_number,
        )
    return result


def rank_editions(editions: Iterable[Edition], key: str) -> list[RankedValue]:
    """The editions that have figure ``key``, by date, each with its rank among them.

    Equal values share a rank (1, 2, 2, 4); ``is_max`` marks the highest value (every edition
    sharing it), for the «الأعلى» marker of the all-editions table.
    """
    having = [(e, f) for e in by_date(editions) if (f := e.figure(key)) is not None]
    ascending = sorted(f.value for _, f in having)
    top = ascending[-1] if ascending else None
    count = len(ascending)
    # Rank = 1 + how many values are higher: a binary search in the sorted values, so that
    # a thousand editions cost n log n, not n² comparisons.
    return [
        RankedValue(
            edition_number=e.number,
            year=e.year,
            value=f.value,
            qualifier=f.qualifier,
            rank=1 + count - bisect.bisect_right(ascending, f.value),
            is_max=f.value == top,
        )
        for e, f in having
    ]
