"""ORM classes of what the store keeps of every change (tables in
:mod:`balagh.store.record_tables`): saved versions of versioned things, audit events."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Mapped

from balagh.store import record_tables
from balagh.store.models_base import Base


class VersionRow(Base):
    """One saved state of a versioned thing (an edition, a template, a phrasebook entry…)."""

    __table__ = record_tables.versions

    id: Mapped[int]
    collection: Mapped[str]
    item_key: Mapped[str]
    label: Mapped[str]
    version: Mapped[int]
    saved_at: Mapped[dt.datetime]
    os_user: Mapped[str]
    db_role: Mapped[str | None]
    action: Mapped[str]
    restored_from: Mapped[int | None]
    content: Mapped[str]
    changes: Mapped[str]


class AuditEventRow(Base):
    """Something done to the record as a whole: emptying the trash, restoring a backup."""

    __table__ = record_tables.audit_events

    id: Mapped[int]
    at: Mapped[dt.datetime]
    os_user: Mapped[str]
    db_role: Mapped[str | None]
    action: Mapped[str]
    subject: Mapped[str]
    details: Mapped[str]
