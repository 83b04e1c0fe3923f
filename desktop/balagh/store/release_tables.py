"""The release tables (Core, on :data:`balagh.store.tables.METADATA`): a release on record
(draft or issued, with its PDF), its versions in other languages, and the templates the staff
edit; constraints as in :mod:`balagh.store.tables`."""

from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)

from balagh.store.tables import METADATA, in_list, required, utcnow

RELEASE_KINDS = ("closing", "opening", "daily")
RELEASE_STATUSES = ("draft", "issued")
RELEASE_LANGUAGES = ("fr",)
TEMPLATE_LANGUAGES = ("ar", "fr")  # the languages a release may have beside Arabic

#: A press release on record: a draft, or an issued (read-only) document with its PDF
#: (``version``: the optimistic lock the ORM moves on).
releases = Table(
    "releases", METADATA,
    Column("id", Integer, primary_key=True),
    required("edition_id", ForeignKey("editions.id")),
    required("kind", String(16)),
    required("title", Text),
    required("place", Text),
    required("date", Date),
    required("paragraphs_json", Text),
    required("template_name", Text, default=""),
    required("status", String(16), default="draft"),
    Column("reference", String(32), unique=True),
    Column("issued_at", DateTime),
    Column("pdf", LargeBinary),
    Column("sha256", String(64), index=True),
    Column("supersedes_id", ForeignKey("releases.id")),
    Column("override_reason", Text),
    required("created_at", DateTime, default=utcnow),
    required("updated_at", DateTime, default=utcnow),
    # Who saved the draft last («user@workstation»), named when a checked draft changed.
    required("updated_by", Text, default="", server_default=text("''")),
    required("version", Integer),
    # Who did what («ahmed» or, on PostgreSQL, «ahmed (balagh_issuer)»).
    Column("checked_by", Text),
    Column("checked_at", DateTime),
    Column("issued_by", Text),
    CheckConstraint(in_list("kind", RELEASE_KINDS), name="kind"),
    CheckConstraint(in_list("status", RELEASE_STATUSES), name="status"),
    CheckConstraint(
        "status = 'draft' OR (reference IS NOT NULL AND issued_at IS NOT NULL"
        " AND pdf IS NOT NULL AND sha256 IS NOT NULL)",
        name="issued_complete",
    ),
)

#: A release in another language (French), issued with it under its reference, with its own
#: PDF and SHA-256; read-only once the release is issued (triggers of migration 0003).
release_versions = Table(
    "release_versions", METADATA,
    Column("id", Integer, primary_key=True),
    required("release_id", ForeignKey("releases.id", ondelete="CASCADE")),
    required("language", String(8)),
    required("title", Text),
    required("place", Text),
    required("paragraphs_json", Text),
    required("template_name", Text, default=""),
    Column("pdf", LargeBinary),
    Column("sha256", String(64), index=True),
    UniqueConstraint("release_id", "language"),
    CheckConstraint(in_list("language", RELEASE_LANGUAGES), name="language"),
)

#: A release template edited by the staff, kept by name.
templates = Table(
    "templates", METADATA,
    Column("id", Integer, primary_key=True),
    required("name", Text, unique=True),
    required("kind", String(16)),
    required("body", Text),
    required("language", String(8), default="ar", server_default=text("'ar'")),
    required("created_at", DateTime, default=utcnow),
    required("updated_at", DateTime, default=utcnow),
    CheckConstraint(in_list("kind", RELEASE_KINDS), name="kind"),
    CheckConstraint(in_list("language", TEMPLATE_LANGUAGES), name="language"),
)
