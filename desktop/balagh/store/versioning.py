"""Keeping every version of a thing: one generic writer for editions, templates, phrasebooks.

A versioned thing is a ``collection`` («edition», «template», …) and an ``item_key`` (an
edition's uid, a template's name); each save adds a :class:`~balagh.store.models.VersionRow`
with the thing's JSON, what changed since the version before, who and when. Rows are only
ever added (the trash and restores add versions too). Use it inside a repository's writing
transaction::

    record_version(session, TEMPLATES, name, label=name, content={"kind": …, "body": …},
                   action=ACTION_SAVED, changes_of=template_changes)

Versions are read with Core (:mod:`balagh.store.version_reads`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy.orm import Session

from balagh.core.history import Actor, Change
from balagh.store.actor import current_actor
from balagh.store.record_models import AuditEventRow, VersionRow
from balagh.store.tables import utcnow
from balagh.store.version_reads import latest

ChangesOf = Callable[[Mapping[str, Any] | None, Mapping[str, Any]], list[Change]]


def dumps(data: Any) -> str:
    """The JSON text the record keeps (UTF-8 characters, keys in the order given: figures
    in the catalogue's order, as ``edition_to_dict`` writes them)."""
    return json.dumps(data, ensure_ascii=False)


def has_versions(session: Session, collection: str, key: str) -> bool:
    """True when the item has at least one saved version."""
    session.flush()
    return latest(session.connection(), collection, key) is not None


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
    session.flush()
    previous = latest(session.connection(), collection, key)
    before = json.loads(previous.content) if previous is not None else None
    who = actor or current_actor(session.connection())
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


def record_event(
    session: Session, action: str, subject: str = "", details: Mapping[str, Any] | None = None
) -> AuditEventRow:
    """Add an audit event (emptying the trash, restoring a backup…) by the current actor."""
    who = current_actor(session.connection())
    row = AuditEventRow(at=utcnow(), os_user=who.os_user, db_role=who.db_role, action=action,
                        subject=subject, details=dumps(dict(details or {})))
    session.add(row)
    session.flush()
    return row
