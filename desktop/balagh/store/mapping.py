"""Rows <-> ``balagh.core.model`` dataclasses. ORM objects never leave the store."""

from __future__ import annotations

import datetime as dt
import json
from typing import TypeVar

from balagh.core.model import (
    Edition,
    FigureKind,
    FigureValue,
    Gender,
    JointPavilion,
    Language,
    NounForms,
    Qualifier,
    Release,
    ReleaseKind,
    ReleaseStatus,
    ReleaseVersion,
    StoredTemplate,
)
from balagh.messages import msg
from balagh.store.mapping_extra import (
    as_of_from_rows,
    fill_as_of,
    fill_options,
    options_from_row,
    set_highlights,
)
from balagh.store.models import (
    AudienceRow,
    DailyVisitorsRow,
    DemonstrationUnitRow,
    EditionRow,
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
from balagh.store.release_models import ReleaseRow, ReleaseVersionRow, TemplateRow
from balagh.store.tables import utcnow


def aware(moment: dt.datetime | None) -> dt.datetime | None:
    """A stored (naive UTC) timestamp as an aware UTC datetime."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def kind_from_row(row: FigureKindRow) -> FigureKind:
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


def edition_from_row(row: EditionRow) -> Edition:
    """A detached :class:`Edition` with everything recorded about it."""
    figures = {
        figure.figure_key: FigureValue(
            value=figure.value,
            qualifier=Qualifier(figure.qualifier),
            days=[day.day for day in figure.days],
            note=figure.note,
        )
        for figure in row.figures
    }
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
        figures=figures,
        daily_visitors={daily.day: daily.value for daily in row.daily_visitors},
        audiences=[item.text for item in row.audiences],
        partners=[item.text for item in row.partners],
        joint_pavilions=[
            JointPavilion(partners=[p.name for p in pavilion.partners], title=pavilion.title)
            for pavilion in row.joint_pavilions
        ],
        seminars=[item.text for item in row.seminars],
        highlights=[item.text for item in row.highlights if item.shape != "noun"],
        noun_highlights=[item.text for item in row.highlights if item.shape == "noun"],
        home_towns=[item.text for item in row.home_towns],
        demonstration_units=[item.text for item in row.demonstration_units],
        as_of=as_of_from_rows(row.as_of),
        options=options_from_row(row),
        version=row.version,
        created_at=aware(row.created_at),
        updated_at=aware(row.updated_at),
    )


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
    set_highlights(row.highlights, edition.highlights, edition.noun_highlights)
    fill_options(row, edition.options)
    fill_as_of(row, edition.as_of)
    pavilions = row.joint_pavilions
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


def release_from_row(row: ReleaseRow) -> Release:
    """A detached :class:`Release` (with its PDF bytes when issued).

    A release whose edition row is missing (the database was changed outside Balagh, with
    its guards removed) raises BalaghError naming the release.
    """
    if row.edition is None:
        from balagh.core.errors import BalaghError

        label = row.reference or msg("رقم {id}", id=row.id)
        raise BalaghError(msg(
            "البلاغ {label} مسجل لدورة لم تعد موجودة في قاعدة البيانات (عدلت قاعدة البيانات خارج "
            "بلاغ)؛ استعمل آخر نسخة احتياطية",
            label=label,
        ))
    paragraphs = json.loads(row.paragraphs_json)
    return Release(
        edition_number=row.edition.number,
        kind=ReleaseKind(row.kind),
        title=row.title,
        place=row.place,
        date=row.date,
        paragraphs=[str(p) for p in paragraphs],
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
        versions={Language(v.language): version_from_row(v) for v in row.versions},
        version=row.version,
        updated_by=row.updated_by or "",
        checked_by=row.checked_by,
        checked_at=aware(row.checked_at),
        issued_by=row.issued_by,
    )


def version_from_row(row: ReleaseVersionRow) -> ReleaseVersion:
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


def template_from_row(row: TemplateRow) -> StoredTemplate:
    """A detached :class:`StoredTemplate`."""
    return StoredTemplate(name=row.name, kind=ReleaseKind(row.kind), body=row.body, id=row.id,
                          language=Language(row.language or "ar"))
