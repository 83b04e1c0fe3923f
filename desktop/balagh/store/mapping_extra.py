"""Rows <-> dataclasses for what revision 0003 added: figures as of a day, the release
wording options of an edition and the shape of its highlights."""

from __future__ import annotations

import datetime as dt

from balagh.core.model import (
    ClosingForm,
    FigureValue,
    Qualifier,
    RecordWording,
    ReleaseOptions,
)
from balagh.store.models import EditionRow, FigureAsOfRow, HighlightRow


def as_of_from_rows(rows: list[FigureAsOfRow]) -> dict[dt.date, dict[str, FigureValue]]:
    """``{day: {key: FigureValue}}``, days in order."""
    result: dict[dt.date, dict[str, FigureValue]] = {}
    for row in sorted(rows, key=lambda r: (r.day, r.id or 0)):
        result.setdefault(row.day, {})[row.figure_key] = FigureValue(
            value=row.value, qualifier=Qualifier(row.qualifier), note=row.note
        )
    return result


def fill_as_of(row: EditionRow, as_of: dict[dt.date, dict[str, FigureValue]]) -> None:
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


def options_from_row(row: EditionRow) -> ReleaseOptions:
    """The release wording choices stored with the edition."""
    return ReleaseOptions(
        closing_form=ClosingForm(row.closing_form or ""),
        both_genders=bool(row.both_genders),
        peak_dates=True if row.peak_dates is None else bool(row.peak_dates),
        record_wording=RecordWording(row.record_wording or "editions"),
    )


def fill_options(row: EditionRow, options: ReleaseOptions) -> None:
    """Copy the release wording choices into the edition's row."""
    row.closing_form = ClosingForm(options.closing_form).value
    row.both_genders = bool(options.both_genders)
    row.peak_dates = bool(options.peak_dates)
    row.record_wording = RecordWording(options.record_wording).value


def set_highlights(rows: list[HighlightRow], sentences: list[str], nouns: list[str]) -> None:
    """One ordered list: the sentences, then the noun phrases, rows reused by position."""
    items = [(text, "sentence") for text in sentences] + [(text, "noun") for text in nouns]
    del rows[len(items):]
    for i, (text, shape) in enumerate(items):
        if i == len(rows):
            rows.append(HighlightRow(position=i, text=text, shape=shape))
        rows[i].text = text
        rows[i].shape = shape
