"""ORM classes of the editions and what is recorded about them, for the writes.

The tables are the Core ``Table`` objects of :mod:`balagh.store.tables` (constraints,
indexes and defaults are there); these classes are mapped onto them so that a write can load
an edition with its lists, change it and let the unit of work write the difference, with the
``version`` column as optimistic lock. Only writing imports this module (and
``sqlalchemy.orm``): every read goes through Core. Importing it maps every class (the
release, version and audit classes too).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Mapped, relationship

from balagh.store import tables
from balagh.store.models_base import Base

# Every class mapped whoever imports this module.
from balagh.store.record_models import AuditEventRow, VersionRow
from balagh.store.release_models import ReleaseRow, ReleaseVersionRow, TemplateRow

__all__ = ["AuditEventRow", "Base", "ReleaseRow", "ReleaseVersionRow", "TemplateRow",
           "VersionRow"]


class FigureKindRow(Base):
    """One kind of figure (the catalogue)."""

    __table__ = tables.figure_kinds

    key: Mapped[str]
    label_ar: Mapped[str]
    label_fr: Mapped[str]
    singular: Mapped[str]
    dual_nominative: Mapped[str]
    dual_oblique: Mapped[str]
    plural: Mapped[str]
    accusative: Mapped[str]
    gender: Mapped[str]
    display_order: Mapped[int]
    has_days: Mapped[bool]


class EditionRow(Base):
    """One edition of the Open Days, with its lists (ordered as the readers order them)."""

    __table__ = tables.editions

    id: Mapped[int]
    number: Mapped[int]
    city_ar: Mapped[str]
    city_fr: Mapped[str]
    venue_ar: Mapped[str]
    venue_fr: Mapped[str]
    start_date: Mapped[dt.date]
    end_date: Mapped[dt.date]
    theme: Mapped[str]
    notes: Mapped[str]
    closing_form: Mapped[str]
    both_genders: Mapped[bool]
    peak_dates: Mapped[bool]
    record_wording: Mapped[str]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    version: Mapped[int]
    uid: Mapped[str]
    deleted_at: Mapped[dt.datetime | None]
    deleted_by: Mapped[str | None]

    figures: Mapped[list[FigureValueRow]] = relationship(
        back_populates="edition", cascade="all, delete-orphan", order_by="FigureValueRow.id"
    )
    daily_visitors: Mapped[list[DailyVisitorsRow]] = relationship(
        cascade="all, delete-orphan", order_by="DailyVisitorsRow.day"
    )
    audiences: Mapped[list[AudienceRow]] = relationship(
        cascade="all, delete-orphan", order_by="AudienceRow.position"
    )
    partners: Mapped[list[PartnerRow]] = relationship(
        cascade="all, delete-orphan", order_by="PartnerRow.position"
    )
    seminars: Mapped[list[SeminarRow]] = relationship(
        cascade="all, delete-orphan", order_by="SeminarRow.position"
    )
    highlights: Mapped[list[HighlightRow]] = relationship(
        cascade="all, delete-orphan", order_by="HighlightRow.position"
    )
    joint_pavilions: Mapped[list[JointPavilionRow]] = relationship(
        cascade="all, delete-orphan", order_by="JointPavilionRow.position"
    )
    home_towns: Mapped[list[HomeTownRow]] = relationship(
        cascade="all, delete-orphan", order_by="HomeTownRow.position"
    )
    demonstration_units: Mapped[list[DemonstrationUnitRow]] = relationship(
        cascade="all, delete-orphan", order_by="DemonstrationUnitRow.position"
    )
    as_of: Mapped[list[FigureAsOfRow]] = relationship(
        cascade="all, delete-orphan", order_by="FigureAsOfRow.id"
    )

    __mapper_args__: dict[str, Any] = {  # noqa: RUF012
        "version_id_col": tables.editions.c.version,
    }


class FigureValueRow(Base):
    """An edition's value for one catalogue figure."""

    __table__ = tables.figure_values

    id: Mapped[int]
    edition_id: Mapped[int]
    figure_key: Mapped[str]
    value: Mapped[int]
    qualifier: Mapped[str]
    note: Mapped[str]

    edition: Mapped[EditionRow] = relationship(back_populates="figures")
    days: Mapped[list[FigureDayRow]] = relationship(
        cascade="all, delete-orphan", order_by="FigureDayRow.day"
    )


class FigureDayRow(Base):
    """A day a figure refers to (the peak days of ``peak_visitors``)."""

    __table__ = tables.figure_days

    id: Mapped[int]
    figure_value_id: Mapped[int]
    day: Mapped[dt.date]


class DailyVisitorsRow(Base):
    """Visitors counted on one day of an edition."""

    __table__ = tables.daily_visitors

    id: Mapped[int]
    edition_id: Mapped[int]
    day: Mapped[dt.date]
    value: Mapped[int]


class _OrderedText:
    """The columns of one entry of an edition's ordered list of texts (position 0, 1, …)."""

    id: Mapped[int]
    edition_id: Mapped[int]
    position: Mapped[int]
    text: Mapped[str]


class AudienceRow(_OrderedText, Base):
    """One group in the ordered list of an edition's audiences."""

    __table__ = tables.audiences


class PartnerRow(_OrderedText, Base):
    """One partner institution of an edition (ordered)."""

    __table__ = tables.partners


class SeminarRow(_OrderedText, Base):
    """One seminar topic of an edition (ordered)."""

    __table__ = tables.seminars


class HighlightRow(_OrderedText, Base):
    """One highlight of an edition (ordered), a sentence or a noun phrase (``shape``)."""

    __table__ = tables.highlights

    shape: Mapped[str]


class DemonstrationUnitRow(_OrderedText, Base):
    """One unit giving demonstrations (ordered)."""

    __table__ = tables.demonstration_units


class HomeTownRow(_OrderedText, Base):
    """One town the visitors came from (ordered)."""

    __table__ = tables.home_towns


class FigureAsOfRow(Base):
    """A figure as announced on one day of the edition (a running total or that day's)."""

    __table__ = tables.figures_as_of

    id: Mapped[int]
    edition_id: Mapped[int]
    day: Mapped[dt.date]
    figure_key: Mapped[str]
    value: Mapped[int]
    qualifier: Mapped[str]
    note: Mapped[str]


class JointPavilionRow(Base):
    """A pavilion shared with partner institutions (ordered)."""

    __table__ = tables.joint_pavilions

    id: Mapped[int]
    edition_id: Mapped[int]
    position: Mapped[int]
    title: Mapped[str]

    partners: Mapped[list[JointPavilionPartnerRow]] = relationship(
        cascade="all, delete-orphan", order_by="JointPavilionPartnerRow.position"
    )


class JointPavilionPartnerRow(Base):
    """One partner of a joint pavilion (ordered)."""

    __table__ = tables.joint_pavilion_partners

    id: Mapped[int]
    pavilion_id: Mapped[int]
    position: Mapped[int]
    name: Mapped[str]
