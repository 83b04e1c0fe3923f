"""What the store keeps of every change (Core tables): saved versions of versioned things and
audit events."""

from __future__ import annotations

from sqlalchemy import Column, DateTime, Integer, String, Table, Text, UniqueConstraint

from balagh.store.tables import METADATA, required, utcnow

#: One saved state of a versioned thing (an edition, a template, a phrasebook entry…).
#: ``collection`` says what it is, ``item_key`` which one (an edition's ``uid``, a template's
#: name); ``content`` is its JSON, ``changes`` the JSON list of what changed from the version
#: before. Rows are only ever added.
versions = Table(
    "versions", METADATA,
    Column("id", Integer, primary_key=True),
    required("collection", String(32)),
    required("item_key", String(200)),
    required("label", Text, default=""),
    required("version", Integer),
    required("saved_at", DateTime, default=utcnow),
    required("os_user", Text),
    Column("db_role", Text),
    required("action", String(16)),
    Column("restored_from", Integer),
    required("content", Text),
    required("changes", Text, default="[]"),
    UniqueConstraint("collection", "item_key", "version"),
)

#: Something done to the record as a whole: emptying the trash, restoring a backup.
audit_events = Table(
    "audit_events", METADATA,
    Column("id", Integer, primary_key=True),
    required("at", DateTime, default=utcnow),
    required("os_user", Text),
    Column("db_role", Text),
    required("action", String(32)),
    required("subject", Text, default=""),
    required("details", Text, default="{}"),
)
