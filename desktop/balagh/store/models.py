"""SQLAlchemy 2.0 tables of the Balagh database (typed ``Mapped[...]`` declarations).

The rules that must hold whatever program writes the database live here as constraints too:
non-negative figures, end date not before start date, one value per (edition, figure), one
row per day, known qualifiers and statuses. The repositories map these rows to the
``balagh.core.model`` dataclasses; nothing above the store sees an ORM object.

Every change here needs a migration in ``balagh/store/migrations/versions/``;
``tests/test_migrations.py`` checks that the migrations produce exactly this schema.
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
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

# Named constraints, so that migrations can refer to them and every database names them alike.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

QUALIFIERS = ("exact", "about", "more_than")
GENDERS = ("m", "f")
RELEASE_KINDS = ("closing", "opening", "daily")
CLOSING_FORMS = ("", "2023", "2024")
RECORD_WORDINGS = ("editions", "years")
HIGHLIGHT_SHAPES = ("sentence", "noun")
RELEASE_STATUSES = ("draft", "issued")
RELEASE_LANGUAGES = ("fr",)
TEMPLATE_LANGUAGES = ("ar", "fr")  # the languages a release may have beside Arabic


def _in_list(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{value}'" for value in values)
    return f"{column} IN ({quoted})"


def utcnow() -> dt.datetime:
    """The current time in UTC, naive (the database stores UTC without a zone)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    """Declarative base with the shared naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class FigureKindRow(Base):
    """One kind of figure (the catalogue): a new kind is a new row, not a schema change."""

    __tablename__ = "figure_kinds"
    __table_args__ = (
        CheckConstraint(_in_list("gender", GENDERS), name="gender"),
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
        CheckConstraint(_in_list("closing_form", CLOSING_FORMS), name="closing_form"),
        CheckConstraint(_in_list("record_wording", RECORD_WORDINGS), name="record_wording"),
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
        CheckConstraint(_in_list("qualifier", QUALIFIERS), name="qualifier"),
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
        CheckConstraint(_in_list("shape", HIGHLIGHT_SHAPES), name="shape"),
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
        CheckConstraint(_in_list("qualifier", QUALIFIERS), name="qualifier"),
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


class ReleaseRow(Base):
    """A press release on record: a draft, or an issued (read-only) document with its PDF."""

    __tablename__ = "releases"
    __table_args__ = (
        CheckConstraint(_in_list("kind", RELEASE_KINDS), name="kind"),
        CheckConstraint(_in_list("status", RELEASE_STATUSES), name="status"),
        CheckConstraint(
            "status = 'draft' OR (reference IS NOT NULL AND issued_at IS NOT NULL"
            " AND pdf IS NOT NULL AND sha256 IS NOT NULL)",
            name="issued_complete",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id"))
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(Text)
    place: Mapped[str] = mapped_column(Text)
    date: Mapped[dt.date] = mapped_column(Date)
    paragraphs_json: Mapped[str] = mapped_column(Text)
    template_name: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="draft")
    reference: Mapped[str | None] = mapped_column(String(32), unique=True)
    issued_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("releases.id"))
    override_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    #: Who saved the draft last («user@workstation»), named when a checked draft changed.
    updated_by: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    version: Mapped[int] = mapped_column(Integer)
    # Who did what («ahmed» or, on PostgreSQL, «ahmed (balagh_issuer)»).
    checked_by: Mapped[str | None] = mapped_column(Text)
    checked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    issued_by: Mapped[str | None] = mapped_column(Text)

    edition: Mapped[EditionRow] = relationship()
    versions: Mapped[list[ReleaseVersionRow]] = relationship(
        cascade="all, delete-orphan", order_by="ReleaseVersionRow.language", lazy="selectin"
    )

    __mapper_args__: dict[str, Any] = {"version_id_col": version}  # noqa: RUF012


class ReleaseVersionRow(Base):
    """A release in another language (French), issued with it under its reference, with its
    own PDF and SHA-256; read-only once the release is issued (triggers of migration 0003)."""

    __tablename__ = "release_versions"
    __table_args__ = (
        UniqueConstraint("release_id", "language"),
        CheckConstraint(_in_list("language", RELEASE_LANGUAGES), name="language"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    release_id: Mapped[int] = mapped_column(ForeignKey("releases.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(Text)
    place: Mapped[str] = mapped_column(Text)
    paragraphs_json: Mapped[str] = mapped_column(Text)
    template_name: Mapped[str] = mapped_column(Text, default="")
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)


class TemplateRow(Base):
    """A release template edited by the staff, kept by name."""

    __tablename__ = "templates"
    __table_args__ = (
        CheckConstraint(_in_list("kind", RELEASE_KINDS), name="kind"),
        CheckConstraint(_in_list("language", TEMPLATE_LANGUAGES), name="language"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    body: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8), default="ar", server_default=text("'ar'"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class VersionRow(Base):
    """One saved state of a versioned thing (an edition, a template, a phrasebook entry…).

    ``collection`` says what it is, ``item_key`` which one (an edition's ``uid``, a
    template's name); ``content`` is its JSON, ``changes`` the JSON list of what changed
    from the version before. Rows are only ever added.
    """

    __tablename__ = "versions"
    __table_args__ = (UniqueConstraint("collection", "item_key", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    collection: Mapped[str] = mapped_column(String(32))
    item_key: Mapped[str] = mapped_column(String(200))
    label: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer)
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    os_user: Mapped[str] = mapped_column(Text)
    db_role: Mapped[str | None] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(16))
    restored_from: Mapped[int | None] = mapped_column(Integer)
    content: Mapped[str] = mapped_column(Text)
    changes: Mapped[str] = mapped_column(Text, default="[]")


class AuditEventRow(Base):
    """Something done to the record as a whole: emptying the trash, restoring a backup."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    os_user: Mapped[str] = mapped_column(Text)
    db_role: Mapped[str | None] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[str] = mapped_column(Text, default="{}")
