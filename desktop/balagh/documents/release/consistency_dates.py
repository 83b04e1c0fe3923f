"""The date checks of the Arabic release check: the release's own date, days of a month
(«17و18 ماي») and weekdays against the edition's period.

Functions of the checker (``consistency.Checker``)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from balagh.core.model import ReleaseKind
from balagh.documents.release.consistency_findings import DiscrepancyKind
from balagh.documents.release.consistency_words import CURRENT
from balagh.documents.release.written_numbers import Token
from balagh.messages import PerLanguage, msg

if TYPE_CHECKING:
    from balagh.documents.release.consistency import Checker


def check_release_date(checker: Checker) -> None:
    """A closing release dated before the edition's last day is refused («الجاري»…)."""
    end = checker.edition.end_date
    if checker.release.kind is ReleaseKind.CLOSING and checker.release.date < end:
        day = checker.release.date.isoformat()
        checker.add(DiscrepancyKind.DATE, day,
                    msg(
                        "بلاغ الاختتام مؤرخ في {day} قبل نهاية الدورة ({end})",
                        day=day,
                        end=end.isoformat(),
                    ))


def check_days(
    checker: Checker, tokens: list[Token], days: list[int], month: int, after_month: int,
    text: str, first_index: int, *, report_current: bool = True,
) -> int:
    """Check days of ``month``; returns the index after the month (and year) words."""
    year = checker.edition.start_date.year
    nxt = after_month
    if nxt < len(tokens) and re.fullmatch(r"\d{4}", tokens[nxt].word):
        year = int(tokens[nxt].word)
        text += " " + tokens[nxt].word
        nxt += 1
    elif nxt < len(tokens) and tokens[nxt].word == CURRENT:
        text += " " + CURRENT
        year = checker.release.date.year
        if report_current and (checker.release.date.year, checker.release.date.month) != (
            year, month
        ):
            checker.add(DiscrepancyKind.DATE, text,
                        msg(
                            "«{text}»: كلمة «الجاري» لا تصح لأن البلاغ مؤرخ في {date}",
                            text=text,
                            date=checker.release.date.isoformat(),
                        ))
        nxt += 1
    start, end = checker.edition.start_date, checker.edition.end_date
    dates: list[dt.date] = []
    for day in days:
        try:
            dates.append(dt.date(year, month, day))
        except ValueError:
            checker.add(DiscrepancyKind.DATE, text, msg("«{text}»: تاريخ غير موجود", text=text))
            return nxt
    outside = [d for d in dates if not start <= d <= end]
    if outside:
        checker.add(DiscrepancyKind.DATE, text,
                    msg(
                        "«{text}»: تاريخ خارج فترة الدورة ({start} – {end})",
                        text=text,
                        start=start.isoformat(),
                        end=end.isoformat(),
                    ))
    check_weekdays(checker, tokens, first_index, dates, text)
    return nxt


def check_weekdays(
    checker: Checker, tokens: list[Token], first_index: int, dates: list[dt.date], text: str
) -> None:
    names: list[int] = []
    j = first_index - 1
    while j >= 0:
        word = tokens[j].word
        bare = word[1:] if word.startswith("و") and word[1:] in checker.weekdays else word
        if bare not in checker.weekdays:
            break
        names.insert(0, checker.weekdays[bare])
        j -= 1
    if names and len(names) == len(dates) and names != [d.weekday() for d in dates]:
        from balagh.arabic import weekday_name
        from balagh.french.dates import weekday_name_fr

        right = PerLanguage(ar=" و".join(weekday_name(d) for d in dates),
                            fr=", ".join(weekday_name_fr(d) for d in dates))
        checker.add(DiscrepancyKind.DATE, text, msg(
            "«{text}»: أسماء الأيام لا توافق التواريخ (الصحيح: {right})", text=text, right=right))
