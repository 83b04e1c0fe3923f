"""A series of N editions made from the four demo editions, for reports that must scale.

Edition k (1 to N) copies demo edition ``k % 4`` (Tangier, Casablanca, Marrakech, Fez in
turn), is held in May of year ``2026 - N + k`` and has every figure raised by ``997 * k``
so that no two editions share a value (the record is then a single edition).
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt

from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.interchange import loads_editions
from balagh.core.model import Edition
from balagh.platform.assets import read_text


def demo_editions() -> list[Edition]:
    """The four demo editions (Casablanca 2017 … Fez 2023)."""
    return loads_editions(read_text("demo", "editions.json"), list(DEFAULT_BY_KEY))


def edition_series(count: int) -> list[Edition]:
    """``count`` editions, numbered 1 to ``count``, one a year up to 2026."""
    base = demo_editions()
    series: list[Edition] = []
    for k in range(1, count + 1):
        edition = copy.deepcopy(base[k % 4])
        edition.number = k
        edition.start_date = dt.date(2026 - count + k, 5, 1)
        edition.end_date = dt.date(2026 - count + k, 5, 4)
        edition.daily_visitors = {}
        edition.as_of = {}  # day figures belong to the demo edition's own days
        edition.figures = {
            key: dataclasses.replace(figure, value=figure.value + 997 * k, days=[])
            for key, figure in edition.figures.items()
        }
        series.append(edition)
    return series
