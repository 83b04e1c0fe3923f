"""``balagh.core.model`` dataclasses -> ORM rows: what a write copies into the rows it changes.

The write side of :mod:`balagh.store.mapping` (which turns rows back into dataclasses). Child
rows are reused where their key is stable (figure keys, days, positions), so the unit of work
updates them in place rather than deleting and inserting.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TypeVar

from balagh.core.model import (
    ClosingForm,
    Edition,
    FigureKind,
    FigureValue,
    Language,
    Qualifier,
    RecordWording,
    Release,
    ReleaseKind,
    ReleaseOptions,
)
from balagh.store.models import (
    AudienceRow,
    DailyVisitorsRow,
    DemonstrationUnitRow,
    EditionRow,
    FigureAsOfRow,
    FigureDayRow,
    FigureKindRow,
    FigureValueRow,
    HighlightRow,
    HomeTownRow,
    JointPavilionPartnerRow,
    JointPavilionRow,
    PartnerRow,
    SeminarRow,
)
from balagh.store.release_models import ReleaseRow, ReleaseVersionRow
from balagh.store.tables import utcnow


def fill_kind_row(row: FigureKindRow, kind: FigureKind) -> None:
    """Copy a catalogue entry into a row."""
    row.key = kind.key
    row.label_ar = kind.label_ar
    row.label_fr = kind.label_fr
    row.singular = kind.noun.singular
    row.dual_nominative = kind.noun.dual_nominative
    row.dual_oblique = kind.noun.dual_oblique
    row.plural = kind.noun.plural
    row.accusative = kind.noun.accusative
    row.gender = kind.noun.gender.value
    row.display_order = kind.order
    row.has_days = kind.has_days


def new_edition_row(uid: str) -> EditionRow:
    """A new edition row whose lists are set (empty), not merely unloaded.

    Left unset, a list that stays empty is forgotten when the row is flushed and read back
    with one query per list: importing 1000 editions cost thousands of needless SELECTs.
    """
    return EditionRow(
        created_at=utcnow(), uid=uid, figures=[], daily_visitors=[], audiences=[], partners=[],
        seminars=[], highlights=[], joint_pavilions=[],
    )


def fill_edition_row(row: EditionRow, edition: Edition) -> None:
    """Copy an edition's fields and lists into a row, replacing its child rows.

    Figure rows are updated in place (their key is stable); ordered lists are rewritten.
    """
    row.number = edition.number
    row.city_ar = edition.city_ar
    row.city_fr = edition.city_fr
    row.venue_ar = edition.venue_ar
    row.venue_fr = edition.venue_fr
    row.start_date = edition.start_date
    row.end_date = edition.end_date
    row.theme = edition.theme
    row.notes = edition.notes

    existing = {figure.figure_key: figure for figure in row.figures}
    figures: list[FigureValueRow] = []
    for key, value in edition.figures.items():
        figure = existing.get(key) or FigureValueRow(figure_key=key)
        figure.value = int(value.value)
        figure.qualifier = Qualifier(value.qualifier).value
        figure.note = value.note
        old_days = {day.day: day for day in figure.days}
        figure.days = [
            old_days.get(day) or FigureDayRow(day=day) for day in sorted(set(value.days))
        ]
        figures.append(figure)
    row.figures = figures

    old_daily = {daily.day: daily for daily in row.daily_visitors}
    daily_rows: list[DailyVisitorsRow] = []
    for day, count in sorted(edition.daily_visitors.items()):
        daily = old_daily.get(day) or DailyVisitorsRow(day=day)
        daily.value = int(count)
        daily_rows.append(daily)
    row.daily_visitors = daily_rows

    # Ordered lists reuse their rows by position: the unit of work inserts before it
    # deletes, so new rows at old positions would hit UNIQUE(edition_id, position).
    _set_texts(row.audiences, edition.audiences, AudienceRow)
    _set_texts(row.partners, edition.partners, PartnerRow)
    _set_texts(row.seminars, edition.seminars, SeminarRow)
    _set_texts(row.home_towns, edition.home_towns, HomeTownRow)
    _set_texts(row.demonstration_units, edition.demonstration_units, DemonstrationUnitRow)
    _set_highlights(row.highlights, edition.highlights, edition.noun_highlights)
    _fill_options(row, edition.options)
    _fill_as_of(row, edition.as_of)
    _fill_pavilions(row.joint_pavilions, edition)


def _fill_pavilions(pavilions: list[JointPavilionRow], edition: Edition) -> None:
    del pavilions[len(edition.joint_pavilions):]
    for i, pavilion in enumerate(edition.joint_pavilions):
        if i == len(pavilions):
            pavilions.append(JointPavilionRow(position=i))
        pavilion_row = pavilions[i]
        pavilion_row.title = pavilion.title
        members = pavilion_row.partners
        del members[len(pavilion.partners):]
        for j, name in enumerate(pavilion.partners):
            if j == len(members):
                members.append(JointPavilionPartnerRow(position=j, name=name))
            members[j].name = name


_R = TypeVar("_R", AudienceRow, PartnerRow, SeminarRow, HighlightRow, HomeTownRow,
             DemonstrationUnitRow)


def _set_texts(rows: list[_R], texts: list[str], factory: type[_R]) -> None:
    del rows[len(texts):]
    for i, text in enumerate(texts):
        if i == len(rows):
            rows.append(factory(position=i, text=text))
        rows[i].text = text


def _set_highlights(rows: list[HighlightRow], sentences: list[str], nouns: list[str]) -> None:
    """One ordered list: the sentences, then the noun phrases, rows reused by position."""
    items = [(text, "sentence") for text in sentences] + [(text, "noun") for text in nouns]
    del rows[len(items):]
    for i, (text, shape) in enumerate(items):
        if i == len(rows):
            rows.append(HighlightRow(position=i, text=text, shape=shape))
        rows[i].text = text
        rows[i].shape = shape


def _fill_as_of(row: EditionRow, as_of: dict[dt.date, dict[str, FigureValue]]) -> None:
    """Replace the edition's day figures, reusing the rows of (day, key) kept."""
    old = {(item.day, item.figure_key): item for item in row.as_of}
    rows: list[FigureAsOfRow] = []
    for day in sorted(as_of):
        for key, figure in as_of[day].items():
            item = old.get((day, key)) or FigureAsOfRow(day=day, figure_key=key)
            item.value = int(figure.value)
            item.qualifier = Qualifier(figure.qualifier).value
            item.note = figure.note
            rows.append(item)
    row.as_of = rows


def _fill_options(row: EditionRow, options: ReleaseOptions) -> None:
    """Copy the release wording choices into the edition's row."""
    row.closing_form = ClosingForm(options.closing_form).value
    row.both_genders = bool(options.both_genders)
    row.peak_dates = bool(options.peak_dates)
    row.record_wording = RecordWording(options.record_wording).value


def fill_version_rows(row: ReleaseRow, release: Release) -> None:
    """Make the row's language versions those of the draft (added, changed or removed)."""
    existing = {Language(v.language): v for v in row.versions}
    for language, version in release.versions.items():
        target = existing.pop(Language(language), None)
        if target is None:
            target = ReleaseVersionRow(language=Language(language).value)
            row.versions.append(target)
        target.title = version.title
        target.place = version.place
        target.paragraphs_json = json.dumps(list(version.paragraphs), ensure_ascii=False)
        target.template_name = version.template_name
    for stale in existing.values():
        row.versions.remove(stale)


def fill_release_row(row: ReleaseRow, release: Release) -> None:
    """Copy a draft's editable fields into a row (issue-time fields are the store's)."""
    row.kind = ReleaseKind(release.kind).value
    row.title = release.title
    row.place = release.place
    row.date = release.date
    row.paragraphs_json = json.dumps(list(release.paragraphs), ensure_ascii=False)
    row.template_name = release.template_name
    row.supersedes_id = release.supersedes_id
    row.override_reason = release.override_reason
    fill_version_rows(row, release)
