"""What a daily bulletin says about one day of an edition, computed from the database.

``day_facts(fez, editions, date(2023, 5, 18))`` gives the second day («اليوم الثاني»), the
period so far («اليومين الأولين»), that day's visitors (about 200,000), the running totals
as of that evening (344,100 visitors, 72 media outlets, 216 press statements) and whether
the day is a record: only when it beats the same day (first, second…) of every earlier
edition that recorded it, and at least one did.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from balagh.core.comparisons import earlier_editions
from balagh.core.day_figures import day_visitors
from balagh.core.errors import BalaghError
from balagh.core.model import Edition, FigureValue
from balagh.documents.release.facts import first_days_phrase
from balagh.messages import msg


class Totals(dict[str, FigureValue]):
    """Running totals by key; a figure not recorded that day reads as None."""

    def __missing__(self, key: str) -> None:
        return None


@dataclass
class DayFacts:
    """One day of an edition as its bulletin reports it."""

    day: dt.date
    index: int  # 1 for the first day
    last_day: dt.date
    visitors: FigureValue | None  # that day's visitors
    totals: Totals = field(default_factory=Totals)  # running totals that evening
    record: bool = False

    @property
    def is_first(self) -> bool:
        """Whether this is the edition's first day."""
        return self.index == 1

    @property
    def is_last(self) -> bool:
        """Whether the edition ends this day (no «ستتواصل فعالياتها» then)."""
        return self.day >= self.last_day

    @property
    def period(self) -> str:
        """The days so far, after «خلال»: «اليوم الأول», «اليومين الأولين»…"""
        return first_days_phrase(self.index)

    @property
    def ordinal(self) -> str:
        """«الأول», «الثاني»… (masculine, for «اليوم»)."""
        from balagh.arabic.ordinals import ordinal_word

        return ordinal_word(self.index, "m")


def check_day(edition: Edition, day: dt.date) -> None:
    """Refuse a bulletin for a day outside the edition (BalaghError naming both)."""
    if not edition.start_date <= day <= edition.end_date:
        start, end = edition.start_date.isoformat(), edition.end_date.isoformat()
        raise BalaghError(
            msg(
                "اليوم {day} ليس من أيام الدورة {number} (من {start} إلى {end})؛ النشرة اليومية "
                "تخص يوما من أيام الدورة",
                day=day.isoformat(),
                number=edition.number,
                start=start,
                end=end,
            ),
        )


def day_has_figures(edition: Edition, day: dt.date) -> bool:
    """Whether anything is recorded for ``day``: its visitors or a running total."""
    if day_visitors(edition, day) is not None:
        return True
    return any(value.value for value in edition.as_of.get(day, {}).values())


def _nth_day_visitors(edition: Edition, index: int) -> int | None:
    day = edition.start_date + dt.timedelta(days=index - 1)
    if day > edition.end_date:
        return None
    figure = day_visitors(edition, day)
    return figure.value if figure is not None else None


def is_day_record(edition: Edition, all_editions: Sequence[Edition], index: int) -> bool:
    """Whether day ``index`` beats the same day of every earlier edition that recorded it."""
    own = _nth_day_visitors(edition, index)
    if own is None:
        return False
    earlier = [v for e in earlier_editions(edition, all_editions)
               if (v := _nth_day_visitors(e, index)) is not None]
    return bool(earlier) and own > max(earlier)


def day_facts(edition: Edition, all_editions: Sequence[Edition], day: dt.date) -> DayFacts:
    """The facts of ``day`` (BalaghError when it is not a day of the edition)."""
    check_day(edition, day)
    index = (day - edition.start_date).days + 1
    visitors = day_visitors(edition, day)
    totals = Totals({key: value for key, value in edition.as_of.get(day, {}).items()
                     if key != "day_visitors" and value.value})
    if "visitors_total" not in totals and index == 1 and visitors is not None:
        totals["visitors_total"] = visitors
    return DayFacts(day, index, edition.end_date, visitors, totals,
                    is_day_record(edition, all_editions, index))


__all__ = ["DayFacts", "Totals", "check_day", "day_facts", "day_visitors", "is_day_record"]
