"""The figures of one day of an edition: that day's visitors and the running totals.

The daily bulletins and the card of one day read them here, from the same place: a day's
visitors are recorded with the figures «as of» that day (``as_of[day]["day_visitors"]``,
with their qualifier: «حوالي 200.000»), or, in databases filled before those existed, in the
``daily_visitors`` rows (exact). ``day_visitors(fez, date(2023, 5, 18))`` -> about 200,000.
"""

from __future__ import annotations

import datetime as dt

from balagh.core.model import Edition, FigureValue, Qualifier


def day_visitors(edition: Edition, day: dt.date) -> FigureValue | None:
    """That day's visitors: recorded as of the day (with its qualifier), else the
    ``daily_visitors`` row (exact); None when neither holds the day."""
    own = edition.as_of.get(day, {}).get("day_visitors")
    if own is not None:
        return own
    count = edition.daily_visitors.get(day)
    return FigureValue(count, Qualifier.EXACT) if count is not None else None


def days_with_visitors(edition: Edition) -> list[dt.date]:
    """The days whose visitors are recorded (either way), in order."""
    days = {day for day, figures in edition.as_of.items() if "day_visitors" in figures}
    return sorted(days | set(edition.daily_visitors))


def visitors_so_far(edition: Edition, day: dt.date) -> FigureValue | None:
    """The visitors from the opening to the evening of ``day``: the running total recorded
    as of that day, else the sum of the days' visitors when every day so far is known
    (qualified «about» when one of them is); None otherwise."""
    total = edition.as_of.get(day, {}).get("visitors_total")
    if total is not None:
        return total
    days = [edition.start_date + dt.timedelta(days=k)
            for k in range((day - edition.start_date).days + 1)]
    figures = [day_visitors(edition, d) for d in days]
    if not figures or any(f is None for f in figures):
        return None
    known = [f for f in figures if f is not None]
    exact = all(f.qualifier is Qualifier.EXACT for f in known)
    return FigureValue(sum(f.value for f in known),
                       Qualifier.EXACT if exact else Qualifier.ABOUT)
