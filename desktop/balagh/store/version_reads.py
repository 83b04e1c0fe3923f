"""Reading the record of changes with SQLAlchemy Core: saved versions and audit events.

A versioned thing is a ``collection`` («edition», «template», «phrase») and an ``item_key``
(an edition's uid, a template's name, a phrase's key); its versions are the rows of the
``versions`` table, written by :mod:`balagh.store.versioning`.
"""

from __future__ import annotations

import json

from sqlalchemy import ColumnElement, Connection, func, select

from balagh.core.errors import NotFoundError
from balagh.core.history import Actor, AuditEvent, Change, Version
from balagh.messages import msg
from balagh.store.mapping import Row, aware
from balagh.store.record_tables import audit_events, versions
from balagh.store.tables import utcnow


def version_from_row(row: Row) -> Version:
    """A detached :class:`~balagh.core.history.Version`."""
    saved = aware(row.saved_at)
    assert saved is not None
    return Version(
        collection=row.collection,
        key=row.item_key,
        label=row.label,
        version=row.version,
        saved_at=saved,
        actor=Actor(row.os_user, row.db_role),
        action=row.action,
        content=json.loads(row.content),
        changes=[Change.from_json(item) for item in json.loads(row.changes)],
        restored_from=row.restored_from,
    )


def _of(collection: str, key: str) -> tuple[ColumnElement[bool], ...]:
    return (versions.c.collection == collection, versions.c.item_key == key)


def latest(connection: Connection, collection: str, key: str) -> Row | None:
    """The newest version row of an item, if it has any."""
    query = (select(versions).where(*_of(collection, key))
             .order_by(versions.c.version.desc()).limit(1))
    return connection.execute(query).first()


def item_versions(connection: Connection, collection: str, key: str, *,
                  newest_first: bool = False) -> list[Row]:
    """The version rows of an item, oldest first (or newest first)."""
    order = versions.c.version.desc() if newest_first else versions.c.version
    return list(connection.execute(
        select(versions).where(*_of(collection, key)).order_by(order)
    ))


def all_versions(connection: Connection, collection: str) -> list[Row]:
    """The version rows of every item of a collection, by version number."""
    return list(connection.execute(
        select(versions).where(versions.c.collection == collection)
        .order_by(versions.c.version)
    ))


def version(connection: Connection, collection: str, key: str, number: int,
            label: str) -> Version:
    """Version ``number`` of an item; NotFoundError naming the versions there are."""
    row = connection.execute(
        select(versions).where(*_of(collection, key), versions.c.version == number)
    ).first()
    if row is None:
        count = connection.scalar(
            select(func.count()).select_from(versions).where(*_of(collection, key))
        ) or 0
        raise NotFoundError(
            msg(
                "لا توجد النسخة {number} من {label} (عدد النسخ المسجلة: {count})",
                number=number,
                label=label,
                count=count,
            ),
        )
    return version_from_row(row)


def events(connection: Connection) -> list[AuditEvent]:
    """Audit events, newest first."""
    rows = connection.execute(select(audit_events).order_by(audit_events.c.id.desc()))
    return [
        AuditEvent(aware(row.at) or utcnow(), Actor(row.os_user, row.db_role),
                   row.action, row.subject, json.loads(row.details))
        for row in rows
    ]
