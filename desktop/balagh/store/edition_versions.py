"""Recording editions in the history (``versions``, collection «edition», keyed by uid)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.orm import Session

from balagh.core.history import ACTION_BASELINE, ACTION_CREATED, EDITIONS, edition_changes
from balagh.core.interchange import edition_to_dict
from balagh.messages import Message, PerLanguage, msg
from balagh.store.mapping import edition_from_row
from balagh.store.models import EditionRow
from balagh.store.record_models import VersionRow
from balagh.store.versioning import latest_row, record_version


def new_uid() -> str:
    """A fresh identity for a new edition (32 hexadecimal characters)."""
    return uuid.uuid4().hex


def edition_label(row: EditionRow) -> str:
    """«الدورة 4 (فاس، 2023)»: how the history names an edition (kept in Arabic)."""
    return edition_name(row).ar


def edition_name(row: EditionRow) -> Message:
    """The edition's name in every language: «الدورة 4 (فاس، 2023)», «Édition 4 (Fès, 2023)»."""
    return msg("الدورة {number} ({city}، {year})", number=row.number,
               city=PerLanguage(ar=row.city_ar, fr=row.city_fr or row.city_ar),
               year=row.start_date.year)


def edition_content(row: EditionRow) -> dict[str, Any]:
    """The JSON of the edition as stored in ``row`` (the interchange format)."""
    return edition_to_dict(edition_from_row(row))


def ensure_baseline(session: Session, row: EditionRow) -> None:
    """Before the first recorded change of an edition older than the history, keep its state.

    An edition saved before revision 0003 has no version: its current state becomes
    version 1 («الحالة عند بدء السجل») so that the change about to be made has a «before».
    """
    if not row.uid:
        row.uid = new_uid()
    if latest_row(session, EDITIONS, row.uid) is None:
        record_version(session, EDITIONS, row.uid, label=edition_label(row),
                       content=edition_content(row), action=ACTION_BASELINE,
                       changes_of=lambda _old, _new: [])


def record_edition(
    session: Session, row: EditionRow, action: str = ACTION_CREATED,
    restored_from: int | None = None,
) -> VersionRow:
    """Add the version of ``row`` as it is now (after a flush), with what changed."""
    return record_version(session, EDITIONS, row.uid, label=edition_label(row),
                          content=edition_content(row), action=action,
                          changes_of=edition_changes, restored_from=restored_from)
