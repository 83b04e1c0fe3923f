"""Recording editions in the history (``versions``, collection «edition», keyed by uid).

Write side: called inside an edition write's transaction with the edition as the Core
reader gives it back (:func:`balagh.store.edition_writes.stored`).
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from balagh.core.history import ACTION_BASELINE, ACTION_CREATED, EDITIONS, edition_changes
from balagh.core.interchange import edition_to_dict
from balagh.core.model import Edition
from balagh.store.edition_problems import edition_label
from balagh.store.edition_reads import editions_by_id
from balagh.store.models import EditionRow
from balagh.store.record_models import VersionRow
from balagh.store.versioning import has_versions, record_version


def new_uid() -> str:
    """A fresh identity for a new edition (32 hexadecimal characters)."""
    return uuid.uuid4().hex


def ensure_baseline(session: Session, row: EditionRow) -> None:
    """Before the first recorded change of an edition older than the history, keep its state.

    An edition saved before revision 0003 has no version: its state as stored (read before
    the change is made) becomes version 1 («الحالة عند بدء السجل») so that the change about
    to be made has a «before».
    """
    if not row.uid:
        row.uid = new_uid()
    if not has_versions(session, EDITIONS, row.uid):
        before = editions_by_id(session.connection(), [row.id])[row.id]
        record_version(session, EDITIONS, row.uid, label=edition_label(before),
                       content=edition_to_dict(before), action=ACTION_BASELINE,
                       changes_of=lambda _old, _new: [])


def record_edition(
    session: Session, uid: str, edition: Edition, action: str = ACTION_CREATED,
    restored_from: int | None = None,
) -> VersionRow:
    """Add the version of the edition ``uid`` as stored now (``edition``), with what changed."""
    return record_version(session, EDITIONS, uid, label=edition_label(edition),
                          content=edition_to_dict(edition), action=action,
                          changes_of=edition_changes, restored_from=restored_from)
