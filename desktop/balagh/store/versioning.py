"""Keeping every version of a thing: one generic helper for editions, templates, phrasebooks.

A versioned thing is a ``collection`` («edition», «template», …) and an ``item_key`` (an
edition's uid, a template's name); each save adds a :class:`~balagh.store.models.VersionRow`
with the thing's JSON, what changed since the version before, who and when. Rows are only
ever added (the trash and restores add versions too). Use it inside a repository's writing
transaction::

    record_version(session, TEMPLATES, name, label=name, content={"kind": …, "body": …},
                   action=ACTION_SAVED, changes_of=template_changes)
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from balagh.core.errors import NotFoundError
from balagh.core.history import Actor, Change, Version
from balagh.messages import msg
from balagh.store.actor import current_actor
from balagh.store.mapping import aware
from balagh.store.record_models import AuditEventRow, VersionRow
from balagh.store.tables import utcnow

ChangesOf = Callable[[Mapping[str, Any] | None, Mapping[str, Any]], list[Change]]


def dumps(data: Any) -> str:
    """The JSON text the record keeps (UTF-8 characters, keys in the order given: figures
    in the catalogue's order, as ``edition_to_dict`` writes them)."""
    return json.dumps(data, ensure_ascii=False)


def latest_row(session: Session, collection: str, key: str) -> VersionRow | None:
    """The newest version row of an item, if it has any."""
    return session.scalars(
        select(VersionRow)
        .where(VersionRow.collection == collection, VersionRow.item_key == key)
        .order_by(VersionRow.version.desc())
        .limit(1)
    ).first()


def record_version(
    session: Session,
    collection: str,
    key: str,
    *,
    label: str,
    content: Mapping[str, Any],
    action: str,
    changes_of: ChangesOf,
    restored_from: int | None = None,
    actor: Actor | None = None,
) -> VersionRow:
    """Add the next version of ``(collection, key)`` and return its row.

    ``changes_of(previous_content, content)`` lists what changed (the previous content is
    None for the first version).
    """
    previous = latest_row(session, collection, key)
    before = json.loads(previous.content) if previous is not None else None
    who = actor or current_actor(session)
    row = VersionRow(
        collection=collection,
        item_key=key,
        label=label,
        version=(previous.version + 1) if previous is not None else 1,
        saved_at=utcnow(),
        os_user=who.os_user,
        db_role=who.db_role,
        action=action,
        restored_from=restored_from,
        content=dumps(content),
        changes=dumps([change.to_json() for change in changes_of(before, content)]),
    )
    session.add(row)
    session.flush()
    return row


def version_from_row(row: VersionRow) -> Version:
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


def versions(session: Session, collection: str, key: str) -> list[Version]:
    """Every version of an item, oldest first."""
    rows = session.scalars(
        select(VersionRow)
        .where(VersionRow.collection == collection, VersionRow.item_key == key)
        .order_by(VersionRow.version)
    )
    return [version_from_row(row) for row in rows]


def version(session: Session, collection: str, key: str, number: int, label: str) -> Version:
    """Version ``number`` of an item; NotFoundError naming the versions there are."""
    row = session.scalars(
        select(VersionRow).where(
            VersionRow.collection == collection,
            VersionRow.item_key == key,
            VersionRow.version == number,
        )
    ).first()
    if row is None:
        count = session.scalar(
            select(func.count()).select_from(VersionRow).where(
                VersionRow.collection == collection, VersionRow.item_key == key
            )
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


def record_event(
    session: Session, action: str, subject: str = "", details: Mapping[str, Any] | None = None
) -> AuditEventRow:
    """Add an audit event (emptying the trash, restoring a backup…) by the current actor."""
    who = current_actor(session)
    row = AuditEventRow(at=utcnow(), os_user=who.os_user, db_role=who.db_role, action=action,
                        subject=subject, details=dumps(dict(details or {})))
    session.add(row)
    session.flush()
    return row
