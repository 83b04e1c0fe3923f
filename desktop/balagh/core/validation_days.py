"""The rules of the figures recorded as of a day (``Edition.as_of``).

Every key of a day is a running total as the office announced it that evening (visitors so
far, media outlets so far, press statements so far…), except ``day_visitors``, that day's
attendance. The rules:

* the day lies inside the edition, the key is in the catalogue, the value is not negative;
* a running total never decreases from one recorded day to the next;
* a day's visitors (``day_visitors``, or the ``daily_visitors`` row) are never above the
  running total of visitors that day (a total given as «ناهز» allows 5 %);
* ``day_visitors`` (the day's visitors as announced) and the ``daily_visitors`` row (as
  counted) agree when the announced figure is exact;
* ``day_visitors`` is not an edition's final figure (it belongs to a day).
"""

from __future__ import annotations

from collections.abc import Mapping

from balagh.core.catalogue import DAY_ONLY_KEYS
from balagh.core.errors import Problem
from balagh.core.model import Edition, FigureKind, FigureValue, Qualifier
from balagh.messages import PerLanguage, msg

#: How far the parts may exceed a total given as «about» (a fraction of the total): the
#: rules of the edition (``balagh.core.validation``) and of its days share it.
ABOUT_TOLERANCE = 0.05
_DAY = "day_visitors"
_TOTAL = "visitors_total"


def _labels(key: str, catalogue: Mapping[str, FigureKind]) -> tuple[str, str]:
    kind = catalogue.get(key)
    return (kind.label_ar, kind.label_fr) if kind is not None else (f"«{key}»", key)


def max_part(total: FigureValue) -> float | None:
    """The largest value a part of ``total`` may take, or None when there is no bound."""
    if total.qualifier is Qualifier.MORE_THAN:
        return None
    if total.qualifier is Qualifier.ABOUT:
        return total.value * (1 + ABOUT_TOLERANCE)
    return float(total.value)


def check_as_of(edition: Edition, catalogue: Mapping[str, FigureKind]) -> list[Problem]:
    """Every problem with the edition's day figures (see the module docstring)."""
    problems: list[Problem] = []
    for key in DAY_ONLY_KEYS:
        if key in edition.figures:
            name_ar, name_fr = _labels(key, catalogue)
            problems.append(Problem(
                f"figures.{key}", PerLanguage(ar=name_ar, fr=name_fr), msg(
                    "هذا الرقم يخص يوما بعينه: سجله في جدول الأرقام حسب الأيام",
                )))
    inside = edition.start_date <= edition.end_date
    previous: dict[str, tuple[str, int]] = {}
    for day in sorted(edition.as_of):
        stamp = day.isoformat()
        figures = edition.as_of[day]
        if inside and not edition.start_date <= day <= edition.end_date:
            problems.append(Problem(
                f"as_of.{stamp}", msg("أرقام يوم {stamp}", stamp=stamp), msg(
                    "هذا اليوم خارج فترة الدورة (من {start_date} إلى {end_date})",
                    start_date=edition.start_date.isoformat(),
                    end_date=edition.end_date.isoformat(),
                )))
        for key, figure in figures.items():
            problems.extend(_check_value(stamp, key, figure, catalogue, previous))
        problems.extend(_check_day_visitors(edition, day, catalogue))
    return problems


def _check_value(stamp: str, key: str, figure: FigureValue,
                 catalogue: Mapping[str, FigureKind],
                 previous: dict[str, tuple[str, int]]) -> list[Problem]:
    name_ar, name_fr = _labels(key, catalogue)
    path = f"as_of.{stamp}.{key}"
    label = msg("أرقام يوم {stamp} — {name}", stamp=stamp,
                name=PerLanguage(ar=name_ar, fr=name_fr))
    if key not in catalogue:
        return [Problem(path, label, msg("«{key}» ليس من أنواع الأرقام المعروفة في الفهرس",
                                         key=key))]
    if figure.value < 0:
        return [Problem(path, label, msg("لا يمكن أن تكون القيمة سالبة ({value})",
                                         value=figure.value))]
    if key == _DAY:
        return []
    found: list[Problem] = []
    before = previous.get(key)
    if before is not None and figure.value < before[1]:
        found.append(Problem(path, label, msg(
            "المجموع المتراكم لا ينقص: {value} أقل من {before} المسجل يوم {day}",
            value=figure.value,
            before=before[1],
            day=before[0],
        )))
    previous[key] = (stamp, figure.value)
    return found


def _check_day_visitors(edition: Edition, day: object, catalogue: Mapping[str, FigureKind]
                        ) -> list[Problem]:
    import datetime as dt

    assert isinstance(day, dt.date)
    stamp = day.isoformat()
    figures = edition.as_of.get(day, {})
    found: list[Problem] = []
    own = figures.get(_DAY)
    row = edition.daily_visitors.get(day)
    # An announced «ناهز 200 ألف» may round the count at the gates; an exact one may not.
    if (own is not None and row is not None and own.qualifier is Qualifier.EXACT
            and own.value != row):
        found.append(Problem(
            f"as_of.{stamp}.{_DAY}", msg("أرقام يوم {stamp} — زوار اليوم", stamp=stamp), msg(
                "{value} لا يطابق زوار يوم {stamp} في جدول الزوار حسب الأيام ({row})",
                value=own.value,
                stamp=stamp,
                row=row,
            )))
    total = figures.get(_TOTAL)
    count = own.value if own is not None else row
    if total is None or count is None:
        return found
    limit = max_part(total)
    if limit is not None and count > limit:
        found.append(Problem(
            f"as_of.{stamp}.{_DAY}" if own is not None else f"daily_visitors.{stamp}",
            msg("أرقام يوم {stamp} — زوار اليوم", stamp=stamp), msg(
                "زوار اليوم ({count}) يفوقون المجموع المتراكم للزوار في اليوم نفسه ({value})",
                count=count,
                value=total.value,
            )))
    return found
