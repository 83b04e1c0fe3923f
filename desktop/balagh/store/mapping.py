"""Core rows -> ``balagh.core.model`` dataclasses: the one way the store's rows become objects.

Every reader (:mod:`balagh.store.edition_reads`, :mod:`balagh.store.release_reads`,
:mod:`balagh.store.version_reads`) builds its dataclasses here from the rows of a Core
``select()``; the writes read back what they wrote the same way. Rows are read by column
name (``row.city_ar``); nothing here imports the ORM.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from balagh.core.errors import BalaghError
from balagh.core.model import (
    ClosingForm,
    Edition,
    FigureKind,
    FigureValue,
    Gender,
    JointPavilion,
    Language,
    NounForms,
    Qualifier,
    RecordWording,
    Release,
    ReleaseKind,
    ReleaseOptions,
    ReleaseStatus,
    ReleaseVersion,
    StoredTemplate,
)
from balagh.messages import msg

#: A row of a Core result, read by column name.
Row = Any
#: An edition's child rows by table name, each list in the table's reading order.
Children = Mapping[str, Sequence[Row]]


def aware(moment: dt.datetime | None) -> dt.datetime | None:
    """A stored (naive UTC) timestamp as an aware UTC datetime."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def kind_from_row(row: Row) -> FigureKind:
    """The catalogue entry of a ``figure_kinds`` row."""
    noun = NounForms(
        row.singular,
        row.dual_nominative,
        row.dual_oblique,
        row.plural,
        row.accusative,
        Gender(row.gender),
    )
    return FigureKind(row.key, row.label_ar, row.label_fr, noun, row.display_order, row.has_days)


def edition_from_rows(row: Row, children: Children, days: Mapping[int, list[dt.date]],
                      pavilion_partners: Mapping[int, list[str]]) -> Edition:
    """A detached :class:`Edition` from its ``editions`` row and its child rows.

    ``days`` holds the days of each figure value (by its id), ``pavilion_partners`` the
    partners of each joint pavilion (by its id), both in order.
    """
    highlights = children["highlights"]
    return Edition(
        number=row.number,
        city_ar=row.city_ar,
        city_fr=row.city_fr,
        start_date=row.start_date,
        end_date=row.end_date,
        venue_ar=row.venue_ar,
        venue_fr=row.venue_fr,
        theme=row.theme,
        notes=row.notes,
        figures={
            figure.figure_key: FigureValue(
                value=figure.value,
                qualifier=Qualifier(figure.qualifier),
                days=list(days.get(figure.id, ())),
                note=figure.note,
            )
            for figure in children["figure_values"]
        },
        daily_visitors={daily.day: daily.value for daily in children["daily_visitors"]},
        audiences=_texts(children["audiences"]),
        partners=_texts(children["partners"]),
        joint_pavilions=[
            JointPavilion(partners=list(pavilion_partners.get(pavilion.id, ())),
                          title=pavilion.title)
            for pavilion in children["joint_pavilions"]
        ],
        seminars=_texts(children["seminars"]),
        highlights=[item.text for item in highlights if item.shape != "noun"],
        noun_highlights=[item.text for item in highlights if item.shape == "noun"],
        home_towns=_texts(children["home_towns"]),
        demonstration_units=_texts(children["demonstration_units"]),
        as_of=as_of_from_rows(children["figures_as_of"]),
        options=options_from_row(row),
        version=row.version,
        created_at=aware(row.created_at),
        updated_at=aware(row.updated_at),
    )


def _texts(rows: Iterable[Row]) -> list[str]:
    return [item.text for item in rows]


def as_of_from_rows(rows: Iterable[Row]) -> dict[dt.date, dict[str, FigureValue]]:
    """``{day: {key: FigureValue}}``, days in order."""
    result: dict[dt.date, dict[str, FigureValue]] = {}
    for row in sorted(rows, key=lambda r: (r.day, r.id)):
        result.setdefault(row.day, {})[row.figure_key] = FigureValue(
            value=row.value, qualifier=Qualifier(row.qualifier), note=row.note
        )
    return result


def options_from_row(row: Row) -> ReleaseOptions:
    """The release wording choices stored with the edition."""
    return ReleaseOptions(
        closing_form=ClosingForm(row.closing_form or ""),
        both_genders=bool(row.both_genders),
        peak_dates=True if row.peak_dates is None else bool(row.peak_dates),
        record_wording=RecordWording(row.record_wording or "editions"),
    )


def release_from_row(row: Row, versions: Iterable[Row]) -> Release:
    """A detached :class:`Release` (with its PDF bytes when issued) from its ``releases``
    row — with its edition's ``number``, None when the edition row is missing — and the rows
    of its other languages.

    A release whose edition row is missing (the database was changed outside Balagh, with
    its guards removed) raises BalaghError naming the release.
    """
    if row.number is None:
        label = row.reference or msg("رقم {id}", id=row.id)
        raise BalaghError(msg(
            "البلاغ {label} مسجل لدورة لم تعد موجودة في قاعدة البيانات (عدلت قاعدة البيانات خارج "
            "بلاغ)؛ استعمل آخر نسخة احتياطية",
            label=label,
        ))
    return Release(
        edition_number=row.number,
        kind=ReleaseKind(row.kind),
        title=row.title,
        place=row.place,
        date=row.date,
        paragraphs=[str(p) for p in json.loads(row.paragraphs_json)],
        template_name=row.template_name,
        status=ReleaseStatus(row.status),
        id=row.id,
        reference=row.reference,
        issued_at=aware(row.issued_at),
        pdf=row.pdf,
        sha256=row.sha256,
        supersedes_id=row.supersedes_id,
        override_reason=row.override_reason,
        created_at=aware(row.created_at),
        updated_at=aware(row.updated_at),
        versions={Language(v.language): version_from_row(v) for v in versions},
        version=row.version,
        updated_by=row.updated_by or "",
        checked_by=row.checked_by,
        checked_at=aware(row.checked_at),
        issued_by=row.issued_by,
        edition_city_ar=row.city_ar or "",
        edition_city_fr=row.city_fr or "",
        edition_year=row.start_date.year if row.start_date else None,
    )


def version_from_row(row: Row) -> ReleaseVersion:
    """A detached :class:`ReleaseVersion` (the French version, with its PDF once issued)."""
    return ReleaseVersion(
        language=Language(row.language),
        title=row.title,
        place=row.place,
        paragraphs=[str(p) for p in json.loads(row.paragraphs_json)],
        template_name=row.template_name,
        pdf=row.pdf,
        sha256=row.sha256,
    )


def template_from_row(row: Row) -> StoredTemplate:
    """A detached :class:`StoredTemplate`."""
    return StoredTemplate(name=row.name, kind=ReleaseKind(row.kind), body=row.body, id=row.id,
                          language=Language(row.language or "ar"))
