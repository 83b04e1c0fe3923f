"""ORM classes of the release tables (:mod:`balagh.store.release_tables`), for the writes: a
release on record with its versions in other languages, and the templates the staff edit."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Mapped, relationship

from balagh.store import release_tables
from balagh.store.models_base import Base

if TYPE_CHECKING:
    from balagh.store.models import EditionRow


class ReleaseRow(Base):
    """A press release on record: a draft, or an issued (read-only) document with its PDF."""

    __table__ = release_tables.releases

    id: Mapped[int]
    edition_id: Mapped[int]
    kind: Mapped[str]
    title: Mapped[str]
    place: Mapped[str]
    date: Mapped[dt.date]
    paragraphs_json: Mapped[str]
    template_name: Mapped[str]
    status: Mapped[str]
    reference: Mapped[str | None]
    issued_at: Mapped[dt.datetime | None]
    pdf: Mapped[bytes | None]
    sha256: Mapped[str | None]
    supersedes_id: Mapped[int | None]
    override_reason: Mapped[str | None]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    updated_by: Mapped[str]
    version: Mapped[int]
    checked_by: Mapped[str | None]
    checked_at: Mapped[dt.datetime | None]
    issued_by: Mapped[str | None]

    edition: Mapped[EditionRow] = relationship()
    versions: Mapped[list[ReleaseVersionRow]] = relationship(
        cascade="all, delete-orphan", order_by="ReleaseVersionRow.language", lazy="selectin"
    )

    __mapper_args__: dict[str, Any] = {  # noqa: RUF012
        "version_id_col": release_tables.releases.c.version,
    }


class ReleaseVersionRow(Base):
    """A release in another language (French), issued with it under its reference."""

    __table__ = release_tables.release_versions

    id: Mapped[int]
    release_id: Mapped[int]
    language: Mapped[str]
    title: Mapped[str]
    place: Mapped[str]
    paragraphs_json: Mapped[str]
    template_name: Mapped[str]
    pdf: Mapped[bytes | None]
    sha256: Mapped[str | None]


class TemplateRow(Base):
    """A release template edited by the staff, kept by name."""

    __table__ = release_tables.templates

    id: Mapped[int]
    name: Mapped[str]
    kind: Mapped[str]
    body: Mapped[str]
    language: Mapped[str]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
