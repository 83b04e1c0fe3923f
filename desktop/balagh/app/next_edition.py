"""Preparing next year's edition, and warnings about numbering and dates.

«Duplicate» copies an edition as it is; a new year starts differently: the next number,
the dates moved on a year, no figures, no daily visitors, and — when the staff choose — the
lists (audiences, partners, joint pavilions, seminars, highlights) kept. Shared by the
window (File → «إعداد الدورة الموالية») and usable from the command line; no Qt here.

``numbering_warnings`` says when an edition's number leaves a gap (8 after 4) or its dates
overlap another edition's: unusual, never blocking.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Sequence

from balagh.core.errors import Problem
from balagh.core.model import Edition
from balagh.messages import PerLanguage, msg


def year_later(day: dt.date) -> dt.date:
    """The same day a year later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def prepare_next(latest: Edition, *, keep_lists: bool = True) -> Edition:
    """A new, unsaved edition after ``latest``: number + 1, dates a year later, figures,
    daily visitors, theme and notes empty; city and venue left for the staff to choose
    (the Open Days move from city to city); the lists kept when ``keep_lists``.
    """
    lists = copy.deepcopy(latest) if keep_lists else Edition(0, "", "", dt.date.min, dt.date.min)
    return Edition(
        number=latest.number + 1,
        city_ar="", city_fr="",
        start_date=year_later(latest.start_date),
        end_date=year_later(latest.end_date),
        audiences=list(lists.audiences),
        partners=list(lists.partners),
        joint_pavilions=list(lists.joint_pavilions),
        seminars=list(lists.seminars),
        highlights=list(lists.highlights),
    )


def latest_edition(editions: Sequence[Edition]) -> Edition | None:
    """The edition that started last (highest number on the same day), or None."""
    return max(editions, key=lambda e: (e.start_date, e.number), default=None)


def numbering_warnings(edition: Edition, others: Sequence[Edition]) -> list[Problem]:
    """A gap before ``edition``'s number, and other editions whose dates overlap its own.

    Example: numbers 1 to 4 recorded and 8 typed gives «رقم الدورة: لا توجد الدورات 5 إلى 7:
    هل الرقم صحيح؟».
    """
    rest = [e for e in others if e.number != edition.number]
    found: list[Problem] = []
    below = [e.number for e in rest if e.number < edition.number]
    expected = max(below, default=0) + 1
    if edition.number > expected and (below or edition.number > 1):
        missing = (f"{expected}" if edition.number - expected == 1
                   else f"{expected} إلى {edition.number - 1}")
        missing_fr = (f"{expected}" if edition.number - expected == 1
                      else f"{expected} à {edition.number - 1}")
        gap = PerLanguage(ar=missing, fr=missing_fr)
        found.append(Problem(
            "number", msg("رقم الدورة"),
            msg("لا توجد الدورة {missing} قبل هذه الدورة: هل الرقم صحيح؟", missing=gap)
            if edition.number - expected == 1 else
            msg("لا توجد الدورات {missing} قبل هذه الدورة: هل الرقم صحيح؟", missing=gap),
        ))
    for other in sorted(rest, key=lambda e: e.start_date):
        if other.start_date <= edition.end_date and edition.start_date <= other.end_date:
            found.append(Problem(
                "start_date", msg("تاريخ البداية"),
                msg("تتداخل تواريخ هذه الدورة مع الدورة {number} ({city}، {start:%d/%m/%Y} – "
                    "{end:%d/%m/%Y})", number=other.number,
                    city=PerLanguage(ar=other.city_ar or other.city_fr,
                                     fr=other.city_fr or other.city_ar),
                    start=other.start_date, end=other.end_date),
            ))
    return found
