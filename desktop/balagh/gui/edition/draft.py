"""The edition form's raw state (what the user typed) and its conversion to an Edition.

No Qt here: the form view reads and writes an ``EditionDraft``; ``build_edition`` turns it
into a ``balagh.core.model.Edition`` plus every problem found (typing errors in figures, then
the core validation rules), so the form can show all of them beside their fields.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

from balagh.core.errors import Problem, ValidationFailed
from balagh.core.model import (
    Edition,
    FigureKind,
    FigureValue,
    JointPavilion,
    Qualifier,
    ReleaseOptions,
)
from balagh.messages import Localizable, PerLanguage, msg

NUMBER_LABEL = msg("رقم الدورة")


@dataclass
class FigureDraft:
    """One figure as typed: the value text (any digits), its qualifier and peak days."""

    text: str = ""
    qualifier: Qualifier = Qualifier.EXACT
    days: list[dt.date] = field(default_factory=list)
    note: str = ""


@dataclass
class EditionDraft:
    """Everything the edition form holds, before parsing.

    ``original_number`` is the number the edition had when it was opened (None for a new
    edition); ``version`` is the optimistic-locking counter it was read with.
    """

    number_text: str = ""
    city_ar: str = ""
    city_fr: str = ""
    venue_ar: str = ""
    venue_fr: str = ""
    theme: str = ""
    notes: str = ""
    start_date: dt.date = field(default_factory=dt.date.today)
    end_date: dt.date = field(default_factory=dt.date.today)
    figures: dict[str, FigureDraft] = field(default_factory=dict)
    daily_visitors: dict[dt.date, str] = field(default_factory=dict)
    audiences: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    joint_pavilions: list[JointPavilion] = field(default_factory=list)
    seminars: list[str] = field(default_factory=list)
    highlights: list[str] = field(default_factory=list)
    noun_highlights: list[str] = field(default_factory=list)
    home_towns: list[str] = field(default_factory=list)
    demonstration_units: list[str] = field(default_factory=list)
    # Figures as of a day: {day: {key: FigureDraft}} (running totals, that day's visitors).
    as_of: dict[dt.date, dict[str, FigureDraft]] = field(default_factory=dict)
    options: ReleaseOptions = field(default_factory=ReleaseOptions)
    version: int = 0
    original_number: int | None = None

    def copy(self) -> EditionDraft:
        """A deep copy (drafts are kept as undo snapshots)."""
        return copy.deepcopy(self)


def draft_from_edition(edition: Edition, *, as_new: bool = False) -> EditionDraft:
    """The draft showing ``edition``; with ``as_new`` a copy to be saved as a new edition.

    Example: ``draft_from_edition(fez).city_ar == "فاس"``.
    """
    figures = {
        key: FigureDraft(str(fv.value), fv.qualifier, list(fv.days), fv.note)
        for key, fv in edition.figures.items()
    }
    draft = EditionDraft(
        number_text="" if as_new else str(edition.number),
        city_ar=edition.city_ar,
        city_fr=edition.city_fr,
        venue_ar=edition.venue_ar,
        venue_fr=edition.venue_fr,
        theme=edition.theme,
        notes=edition.notes,
        start_date=edition.start_date,
        end_date=edition.end_date,
        figures=figures,
        daily_visitors={day: str(n) for day, n in sorted(edition.daily_visitors.items())},
        audiences=list(edition.audiences),
        partners=list(edition.partners),
        joint_pavilions=[JointPavilion(list(p.partners), p.title) for p in edition.joint_pavilions],
        seminars=list(edition.seminars),
        highlights=list(edition.highlights),
        noun_highlights=list(edition.noun_highlights),
        home_towns=list(edition.home_towns),
        demonstration_units=list(edition.demonstration_units),
        as_of={day: {key: FigureDraft(str(fv.value), fv.qualifier, [], fv.note)
                     for key, fv in figures.items()}
               for day, figures in sorted(edition.as_of.items())},
        options=copy.deepcopy(edition.options),
        version=0 if as_new else edition.version,
        original_number=None if as_new else edition.number,
    )
    return draft


def _parse(text: str, field_path: str,
           label: Localizable) -> tuple[int | None, Problem | None]:
    from balagh.core.digits import DigitsError, parse_integer

    try:
        return parse_integer(text), None
    except DigitsError as err:
        return None, Problem(field_path, label, err.message)


def _parse_figure(key: str, text: str,
                  catalogue: Mapping[str, FigureKind]) -> tuple[int | None, list[Problem]]:
    from balagh.core.validation import parse_figure_text

    try:
        return parse_figure_text(key, text, catalogue), []
    except ValidationFailed as err:
        return None, list(err.problems)


def _parse_as_of(draft: EditionDraft, catalogue: Mapping[str, FigureKind],
                 problems: list[Problem]) -> dict[dt.date, dict[str, FigureValue]]:
    """The day figures typed in the per-day grid (empty cells: not announced)."""
    result: dict[dt.date, dict[str, FigureValue]] = {}
    for day, figures in sorted(draft.as_of.items()):
        values: dict[str, FigureValue] = {}
        for key, fdraft in figures.items():
            if not fdraft.text.strip():
                continue
            kind = catalogue.get(key)
            name = PerLanguage(ar=kind.label_ar if kind else key,
                               fr=kind.label_fr if kind else key)
            value, problem = _parse(fdraft.text, f"as_of.{day.isoformat()}.{key}",
                                    msg("أرقام يوم {stamp} — {name}", stamp=day.isoformat(),
                                        name=name))
            if problem is not None:
                problems.append(problem)
            elif value is not None:
                values[key] = FigureValue(value, fdraft.qualifier, [], fdraft.note.strip())
        if values:
            result[day] = values
    return result


def _clean(items: list[str]) -> list[str]:
    return [item.strip() for item in items if item.strip()]


def _parse_figures(draft: EditionDraft, catalogue: Mapping[str, FigureKind],
                   problems: list[Problem]) -> dict[str, FigureValue]:
    """The figures typed (an empty value: not published); their problems go to ``problems``."""
    figures: dict[str, FigureValue] = {}
    for key, fdraft in draft.figures.items():
        if not fdraft.text.strip():
            continue
        kind = catalogue.get(key)
        value, figure_problems = _parse_figure(key, fdraft.text, catalogue)
        if figure_problems or value is None:
            problems.extend(figure_problems)
            continue
        days = sorted(set(fdraft.days)) if kind is None or kind.has_days else []
        figures[key] = FigureValue(value, fdraft.qualifier, days, fdraft.note.strip())
    return figures


def _parse_daily(draft: EditionDraft, problems: list[Problem]) -> dict[dt.date, int]:
    """The visitors typed for each day; their problems go to ``problems``."""
    daily: dict[dt.date, int] = {}
    for day, text in sorted(draft.daily_visitors.items()):
        if not text.strip():
            continue
        value, problem = _parse(text, f"daily_visitors.{day.isoformat()}",
                                msg("زوار يوم {day}", day=day.isoformat()))
        if problem is not None:
            problems.append(problem)
        elif value is not None:
            daily[day] = value
    return daily


def build_edition(
    draft: EditionDraft,
    catalogue: Mapping[str, FigureKind],
    *,
    taken_numbers: Collection[int] = (),
) -> tuple[Edition, list[Problem]]:
    """Parse the draft into an Edition and list every problem (typing first, then rules).

    Figure values accept Western and Arabic-Indic digits with separators: «١٬١٥٠٬٠٠٠» gives
    1150000. An empty value means the figure was not published. A field that could not be
    parsed reports only its typing problem, not the rule problems it would cause.
    """
    from balagh.core.validation import validate_edition

    problems: list[Problem] = []
    number, problem = _parse(draft.number_text, "number", NUMBER_LABEL)
    if problem is not None:
        problems.append(problem)
    figures = _parse_figures(draft, catalogue, problems)
    daily = _parse_daily(draft, problems)
    edition = Edition(
        number=number if number is not None else 0,
        city_ar=draft.city_ar.strip(),
        city_fr=draft.city_fr.strip(),
        start_date=draft.start_date,
        end_date=draft.end_date,
        venue_ar=draft.venue_ar.strip(),
        venue_fr=draft.venue_fr.strip(),
        theme=draft.theme.strip(),
        notes=draft.notes.strip(),
        figures=figures,
        daily_visitors=daily,
        audiences=_clean(draft.audiences),
        partners=_clean(draft.partners),
        joint_pavilions=[
            JointPavilion(_clean(p.partners), p.title.strip())
            for p in draft.joint_pavilions
            if _clean(p.partners) or p.title.strip()
        ],
        seminars=_clean(draft.seminars),
        highlights=_clean(draft.highlights),
        noun_highlights=_clean(draft.noun_highlights),
        home_towns=_clean(draft.home_towns),
        demonstration_units=_clean(draft.demonstration_units),
        as_of=_parse_as_of(draft, catalogue, problems),
        options=copy.deepcopy(draft.options),
        version=draft.version,
    )
    others = [n for n in taken_numbers if n != draft.original_number]
    typed_wrong = {p.field for p in problems}
    for rule_problem in validate_edition(edition, catalogue, taken_numbers=others):
        if rule_problem.field not in typed_wrong:
            problems.append(rule_problem)
    return edition, problems
