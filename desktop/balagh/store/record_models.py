"""What the store keeps of every change: saved versions of versioned things, audit events."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from balagh.store.models_base import Base, utcnow


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
