"""Plausibility of an edition's figures taken together: the one place for these rules.

:func:`check_figures` returns :class:`Finding` objects, each a
:class:`~balagh.core.errors.Problem` naming its field and whether it is only a warning:

errors (impossible — :func:`balagh.core.validation.validate_edition` refuses to save them):

* a part above its whole: peak days, first days, the daily rows added up, above the total
  (within what the total's qualifier allows: see ``balagh.core.validation``);
* days outside the edition (daily rows, peak and first days);

warnings (unusual — shown live in the form, by import and before issuing, never blocking):

* a part above a total given as a lower bound («أكثر من 1250000» with 2000000 on the peak
  days: the release would say «more than 1,25 million» of a crowd of 2 million);
* daily visitors that do not add up to the total: an exact total that differs from the sum
  of a complete day list, or an «about» total more than 5 % away from it;
* a figure ten times (or a tenth of) the same figure of the previous edition — the extra zero
  typed by mistake («12500000» for «1250000»).

Example: Fez 2023 with ``peak_visitors`` 2,000,000 and the total «أكثر من 1250000» gives a
warning on ``figures.peak_visitors.value``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from balagh.core.errors import Problem
from balagh.core.model import Edition, FigureKind, Qualifier
from balagh.core.validation import ABOUT_TOLERANCE, validate_edition
from balagh.messages import PerLanguage, msg

#: A figure this many times the previous edition's (or this fraction of it) is unusual.
TENFOLD = 10

#: The daily rows may add up to this multiple of a total given «أكثر من» before it is unusual.
LOWER_BOUND_MARGIN = 1.5

_TOTAL = "visitors_total"
_PARTS = ("peak_visitors", "first_days_visitors")


@dataclass(frozen=True)
class Finding:
    """One plausibility finding: the problem (naming its field) and its severity."""

    problem: Problem
    is_warning: bool

    @property
    def paragraph(self) -> None:
        """About the figures, no paragraph of a release."""
        return None

    def text_ar(self) -> str:
        """«الحقل: المشكلة» in Arabic."""
        return self.problem.text_ar()

    def text_fr(self) -> str:
        """The French counterpart."""
        return self.problem.text_fr()


def _labels(key: str, catalogue: Mapping[str, FigureKind]) -> tuple[str, str]:
    kind = catalogue.get(key)
    return (kind.label_ar, kind.label_fr) if kind is not None else (key, key)


def _lower_bound_parts(edition: Edition, catalogue: Mapping[str, FigureKind]) -> list[Problem]:
    total = edition.figures.get(_TOTAL)
    if total is None or total.qualifier is not Qualifier.MORE_THAN:
        return []
    total_ar, total_fr = _labels(_TOTAL, catalogue)
    found: list[Problem] = []
    for key in _PARTS:
        part = edition.figures.get(key)
        if part is not None and part.value > total.value:
            name_ar, name_fr = _labels(key, catalogue)
            found.append(Problem(
                f"figures.{key}.value", PerLanguage(ar=name_ar, fr=name_fr), msg(
                    "القيمة {value} تفوق {total} المسجل «أكثر من {value2}»؛ تحقق من الرقمين (هل "
                    "ينقص الإجمالي أو زيد صفر؟)",
                    value=part.value,
                    total=PerLanguage(ar=total_ar, fr=total_fr.lower()),
                    value2=total.value,
                )))
    daily = sum(edition.daily_visitors.values())
    if edition.daily_visitors and daily > total.value * LOWER_BOUND_MARGIN:
        found.append(Problem(
            "daily_visitors", msg("الزوار حسب الأيام"), msg(
                "مجموع الزوار حسب الأيام ({daily}) يفوق بكثير {total} المسجل «أكثر من {value}»؛ "
                "تحقق من الأرقام",
                daily=daily,
                total=total_ar,
                value=total.value,
            )))
    return found


def _daily_sum(edition: Edition, catalogue: Mapping[str, FigureKind]) -> list[Problem]:
    total = edition.figures.get(_TOTAL)
    if total is None or not edition.daily_visitors or total.value <= 0:
        return []
    days = (edition.end_date - edition.start_date).days + 1
    complete = len(edition.daily_visitors) >= days
    daily = sum(edition.daily_visitors.values())
    total_ar, total_fr = _labels(_TOTAL, catalogue)
    gap = abs(daily - total.value) / total.value
    if total.qualifier is Qualifier.EXACT and complete and daily != total.value:
        allowed = msg("يساويه تماما (رقم مضبوط)")
    elif total.qualifier is Qualifier.ABOUT and complete and gap > ABOUT_TOLERANCE:
        allowed = msg("يقاربه بأقل من {percent} في المائة (رقم تقريبي)",
                      percent=int(ABOUT_TOLERANCE * 100))
    else:
        return []
    return [Problem(
        "daily_visitors", msg("الزوار حسب الأيام"), msg(
            "مجموع الزوار حسب الأيام ({daily}) لا يطابق {total} ({value})، والمنتظر أن {allowed}",
            daily=daily,
            total=PerLanguage(ar=total_ar, fr=total_fr.lower()),
            value=total.value,
            allowed=allowed,
        ))]


def previous_edition(edition: Edition, editions: Sequence[Edition]) -> Edition | None:
    """The edition that started last before ``edition`` (None for the first one)."""
    earlier = [e for e in editions if e.number != edition.number
               and e.start_date < edition.start_date]
    return max(earlier, key=lambda e: e.start_date, default=None)


def _tenfold(edition: Edition, editions: Sequence[Edition],
             catalogue: Mapping[str, FigureKind]) -> list[Problem]:
    before = previous_edition(edition, editions)
    if before is None:
        return []
    found: list[Problem] = []
    for key, figure in edition.figures.items():
        old = before.figures.get(key)
        if old is None or old.value <= 0 or figure.value <= 0:
            continue
        ratio = figure.value / old.value
        if ratio < TENFOLD and ratio > 1 / TENFOLD:
            continue
        name_ar, name_fr = _labels(key, catalogue)
        much_ar = "عشرة أضعاف أو أكثر" if ratio >= TENFOLD else "عشر أو أقل"
        much_fr = "au moins dix fois" if ratio >= TENFOLD else "au plus le dixième de"
        found.append(Problem(
            f"figures.{key}.value", PerLanguage(ar=name_ar, fr=name_fr), msg(
                "القيمة {value} {much} قيمة الدورة السابقة {number} ({value2})؛ تحقق من عدد "
                "الأصفار",
                value=figure.value,
                much=PerLanguage(ar=much_ar, fr=much_fr),
                number=before.number,
                value2=old.value,
            )))
    return found


def check_figures(edition: Edition, editions: Sequence[Edition],
                  catalogue: Mapping[str, FigureKind]) -> list[Finding]:
    """Every plausibility finding of ``edition`` (errors first, then warnings).

    ``editions`` are all the recorded editions (the previous one is found among them).
    """
    errors = [p for p in validate_edition(edition, catalogue)
              if p.field.startswith(("figures.", "daily_visitors"))]
    warnings = (_lower_bound_parts(edition, catalogue) + _daily_sum(edition, catalogue)
                + _tenfold(edition, editions, catalogue))
    return ([Finding(p, False) for p in errors] + [Finding(p, True) for p in warnings])


def figure_warnings(edition: Edition, editions: Sequence[Edition],
                    catalogue: Mapping[str, FigureKind]) -> list[Problem]:
    """Only the warnings of :func:`check_figures` (the errors already refuse the save)."""
    return [f.problem for f in check_figures(edition, editions, catalogue) if f.is_warning]
