"""SQLAlchemy 2.0 tables of the Balagh database (typed ``Mapped[...]`` declarations).

The rules that must hold whatever program writes the database live here as constraints too:
non-negative figures, end date not before start date, one value per (edition, figure), one
row per day, known qualifiers and statuses. The repositories map these rows to the
``balagh.core.model`` dataclasses; nothing above the store sees an ORM object.

Every change here needs a migration in ``balagh/store/migrations/versions/``;
``tests/test_migrations.py`` checks that the migrations produce exactly this schema.
This module holds the editions and what is recorded about them; the release tables are in
:mod:`balagh.store.release_models`, versions and audit events in
:mod:`balagh.store.record_models`, the base in :mod:`balagh.store.models_base` — importing this
module registers every table.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
    true,
)
from sqlalchemy.orm import Mapped, declared_attr, mapped_column, relationship

from balagh.store.models_base import Base, in_list, utcnow

# Every table in Base.metadata whoever imports this module (the migrations' env, the tests).
from balagh.store.record_models import AuditEventRow, VersionRow
from balagh.store.release_models import ReleaseRow, ReleaseVersionRow, TemplateRow

__all__ = ["AuditEventRow", "Base", "ReleaseRow", "ReleaseVersionRow", "TemplateRow",
           "VersionRow"]

QUALIFIERS = ("exact", "about", "more_than")
GENDERS = ("m", "f")
CLOSING_FORMS = ("", "2023", "2024")
RECORD_WORDINGS = ("editions", "years")
HIGHLIGHT_SHAPES = ("sentence", "noun")


class FigureKindRow(Base):
    """One kind of figure (the catalogue): a new kind is a new row, not a schema change."""

    __tablename__ = "figure_kinds"
    __table_args__ = (
        CheckConstraint(in_list("gender", GENDERS), name="gender"),
    )

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    label_ar: Mapped[str] = mapped_column(Text)
    label_fr: Mapped[str] = mapped_column(Text)
    singular: Mapped[str] = mapped_column(Text)
    dual_nominative: Mapped[str] = mapped_column(Text)
    dual_oblique: Mapped[str] = mapped_column(Text)
    plural: Mapped[str] = mapped_column(Text)
    accusative: Mapped[str] = mapped_column(Text)
    gender: Mapped[str] = mapped_column(String(1))
    display_order: Mapped[int] = mapped_column(Integer)
    has_days: Mapped[bool] = mapped_column(Boolean)


class EditionRow(Base):
    """One edition of the Open Days."""

    __tablename__ = "editions"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="end_after_start"),
        CheckConstraint("number >= 1", name="number_positive"),
        CheckConstraint(in_list("closing_form", CLOSING_FORMS), name="closing_form"),
        CheckConstraint(in_list("record_wording", RECORD_WORDINGS), name="record_wording"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    city_ar: Mapped[str] = mapped_column(Text)
    city_fr: Mapped[str] = mapped_column(Text)
    venue_ar: Mapped[str] = mapped_column(Text, default="")
    venue_fr: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    theme: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Release wording choices (balagh.core.model.ReleaseOptions).
    closing_form: Mapped[str] = mapped_column(String(8), default="", server_default=text("''"))
    both_genders: Mapped[bool] = mapped_column(Boolean, default=False,
                                               server_default=false())
    peak_dates: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    record_wording: Mapped[str] = mapped_column(String(16), default="editions",
                                                server_default="editions")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer)
    #: Stable identity of the edition, kept by backups and moves (its history is filed by it).
    uid: Mapped[str] = mapped_column(
        String(32), unique=True, index=True, server_default=text("''")
    )
    #: Set while the edition is in the trash (hidden from lists, restorable).
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    deleted_by: Mapped[str | None] = mapped_column(Text)

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

    __mapper_args__: dict[str, Any] = {"version_id_col": version}  # noqa: RUF012


class FigureValueRow(Base):
    """An edition's value for one catalogue figure."""

    __tablename__ = "figure_values"
    __table_args__ = (
        UniqueConstraint("edition_id", "figure_key"),
        CheckConstraint("value >= 0", name="value_not_negative"),
        CheckConstraint(in_list("qualifier", QUALIFIERS), name="qualifier"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"))
    figure_key: Mapped[str] = mapped_column(ForeignKey("figure_kinds.key"))
    value: Mapped[int] = mapped_column(BigInteger)
    qualifier: Mapped[str] = mapped_column(String(16), default="exact")
    note: Mapped[str] = mapped_column(Text, default="")

    edition: Mapped[EditionRow] = relationship(back_populates="figures")
    days: Mapped[list[FigureDayRow]] = relationship(
        cascade="all, delete-orphan", order_by="FigureDayRow.day"
    )


class FigureDayRow(Base):
    """A day a figure refers to (the peak days of ``peak_visitors``)."""

    __tablename__ = "figure_days"
    __table_args__ = (UniqueConstraint("figure_value_id", "day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    figure_value_id: Mapped[int] = mapped_column(
        ForeignKey("figure_values.id", ondelete="CASCADE")
    )
    day: Mapped[dt.date] = mapped_column(Date)


class DailyVisitorsRow(Base):
    """Visitors counted on one day of an edition."""

    __tablename__ = "daily_visitors"
    __table_args__ = (
        UniqueConstraint("edition_id", "day"),
        CheckConstraint("value >= 0", name="value_not_negative"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"))
    day: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[int] = mapped_column(BigInteger)


class _OrderedText:
    """The columns of one entry of an edition's ordered list of texts (position 0, 1, …)."""

    @declared_attr.directive
    def __table_args__(cls) -> tuple[Any, ...]:
        return (UniqueConstraint("edition_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class AudienceRow(_OrderedText, Base):
    """One group in the ordered list of an edition's audiences."""

    __tablename__ = "audiences"


class PartnerRow(_OrderedText, Base):
    """One partner institution of an edition (ordered)."""

    __tablename__ = "partners"


class SeminarRow(_OrderedText, Base):
    """One seminar topic of an edition (ordered)."""

    __tablename__ = "seminars"


class HighlightRow(_OrderedText, Base):
    """One highlight of an edition (ordered), a sentence or a noun phrase (``shape``)."""

    __tablename__ = "highlights"
    __table_args__ = (
        UniqueConstraint("edition_id", "position"),
        CheckConstraint(in_list("shape", HIGHLIGHT_SHAPES), name="shape"),
    )

    shape: Mapped[str] = mapped_column(String(16), default="sentence",
                                       server_default="sentence")


class DemonstrationUnitRow(_OrderedText, Base):
    """One unit giving demonstrations (ordered)."""

    __tablename__ = "demonstration_units"


class HomeTownRow(_OrderedText, Base):
    """One town the visitors came from (ordered)."""

    __tablename__ = "home_towns"


class FigureAsOfRow(Base):
    """A figure as announced on one day of the edition (a running total or that day's)."""

    __tablename__ = "figures_as_of"
    __table_args__ = (
        UniqueConstraint("edition_id", "day", "figure_key"),
        CheckConstraint("value >= 0", name="value_not_negative"),
        CheckConstraint(in_list("qualifier", QUALIFIERS), name="qualifier"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"))
    day: Mapped[dt.date] = mapped_column(Date)
    figure_key: Mapped[str] = mapped_column(ForeignKey("figure_kinds.key"))
    value: Mapped[int] = mapped_column(BigInteger)
    qualifier: Mapped[str] = mapped_column(String(16), default="exact")
    note: Mapped[str] = mapped_column(Text, default="")


class JointPavilionRow(Base):
    """A pavilion shared with partner institutions (ordered)."""

    __tablename__ = "joint_pavilions"
    __table_args__ = (UniqueConstraint("edition_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text, default="")

    partners: Mapped[list[JointPavilionPartnerRow]] = relationship(
        cascade="all, delete-orphan", order_by="JointPavilionPartnerRow.position"
    )


class JointPavilionPartnerRow(Base):
    """One partner of a joint pavilion (ordered)."""

    __tablename__ = "joint_pavilion_partners"
    __table_args__ = (UniqueConstraint("pavilion_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pavilion_id: Mapped[int] = mapped_column(
        ForeignKey("joint_pavilions.id", ondelete="CASCADE")
    )
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
