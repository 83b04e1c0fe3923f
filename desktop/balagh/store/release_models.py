"""The release tables: a release on record (draft or issued, with its PDF), its versions in
other languages, and the templates the staff edit (constraints as in :mod:`balagh.store.models`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from balagh.store.models_base import Base, in_list, utcnow

if TYPE_CHECKING:
    from balagh.store.models import EditionRow

RELEASE_KINDS = ("closing", "opening", "daily")
RELEASE_STATUSES = ("draft", "issued")
RELEASE_LANGUAGES = ("fr",)
TEMPLATE_LANGUAGES = ("ar", "fr")  # the languages a release may have beside Arabic


class ReleaseRow(Base):
    """A press release on record: a draft, or an issued (read-only) document with its PDF."""

    __tablename__ = "releases"
    __table_args__ = (
        CheckConstraint(in_list("kind", RELEASE_KINDS), name="kind"),
        CheckConstraint(in_list("status", RELEASE_STATUSES), name="status"),
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
        CheckConstraint(in_list("language", RELEASE_LANGUAGES), name="language"),
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
        CheckConstraint(in_list("kind", RELEASE_KINDS), name="kind"),
        CheckConstraint(in_list("language", TEMPLATE_LANGUAGES), name="language"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    body: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8), default="ar", server_default=text("'ar'"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
