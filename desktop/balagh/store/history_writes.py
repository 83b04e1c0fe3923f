"""The history's writes (ORM, imported only to write): restoring an edition's or a template's
version, taking editions out of the trash or deleting them for good, audit events."""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import AbstractContextManager

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from balagh.core.errors import BalaghError, ConflictError, NotFoundError, ValidationFailed
from balagh.core.history import (
    ACTION_DELETED,
    ACTION_RESTORED,
    ACTION_UNTRASHED,
    EDITIONS,
    TEMPLATES,
    template_changes,
)
from balagh.core.interchange import edition_from_dict
from balagh.core.model import Edition, ReleaseKind, StoredTemplate
from balagh.core.validation import validate_edition
from balagh.messages import msg
from balagh.store import edition_reads, release_reads, version_reads
from balagh.store.edition_problems import edition_label, edition_name
from balagh.store.edition_versions import ensure_baseline, record_edition
from balagh.store.edition_writes import full_edition, stored
from balagh.store.editions import no_edition
from balagh.store.filling import fill_edition_row
from balagh.store.history import EVENT_TRASH_EMPTIED
from balagh.store.models import EditionRow
from balagh.store.release_models import ReleaseRow, TemplateRow
from balagh.store.tables import utcnow
from balagh.store.transactions import transaction
from balagh.store.versioning import record_event, record_version

_CONFLICT = msg("عدل شخص آخر هذه الدورة في اللحظة نفسها؛ أعد المحاولة")


def _write(engine: Engine) -> AbstractContextManager[Session]:
    return transaction(engine, conflict=ConflictError(_CONFLICT))


def restore_edition_version(engine: Engine, number: int, number_of_version: int) -> Edition:
    """See ``SqlHistoryRepository.restore_edition_version``."""
    try:
        with _write(engine) as session:
            connection = session.connection()
            row = session.scalars(
                select(EditionRow).options(*full_edition()).where(EditionRow.number == number)
                .order_by(EditionRow.deleted_at.is_not(None), EditionRow.id).with_for_update()
            ).first()
            if row is None:
                raise no_edition(number)
            if row.deleted_at is not None:
                raise BalaghError(
                    msg("الدورة {number} في سلة المحذوفات؛ استرجعها من السلة أولا",
                        number=number),
                )
            old = version_reads.version(connection, EDITIONS, row.uid, number_of_version,
                                        edition_label(row))
            catalogue = {kind.key: kind for kind in edition_reads.catalogue(connection)}
            edition = edition_from_dict(old.content, catalogue)
            live, _trash = edition_reads.numbers(connection)
            problems = validate_edition(edition, catalogue, taken_numbers=live - {number})
            if problems:
                raise ValidationFailed(problems, edition_name(row))
            ensure_baseline(session, row)
            fill_edition_row(row, edition)
            row.updated_at = utcnow()
            [restored] = stored(session, [row])
            record_edition(session, row.uid, restored, ACTION_RESTORED,
                           restored_from=number_of_version)
            return restored
    except IntegrityError as exc:
        raise BalaghError(
            msg("رفضت قاعدة البيانات الاسترجاع: {orig}", orig=exc.orig),
        ) from exc


def restore_from_trash(engine: Engine, number: int) -> Edition:
    """See ``SqlHistoryRepository.restore_from_trash``."""
    with _write(engine) as session:
        row = session.scalars(
            select(EditionRow)
            .where(EditionRow.number == number, EditionRow.deleted_at.is_not(None))
            .with_for_update()
        ).first()
        if row is None:
            raise NotFoundError(msg("الدورة {number} ليست في سلة المحذوفات", number=number))
        row.deleted_at = None
        row.deleted_by = None
        [restored] = stored(session, [row])
        record_edition(session, row.uid, restored, ACTION_UNTRASHED)
        return restored


def empty_trash(engine: Engine) -> list[int]:
    """See ``SqlHistoryRepository.empty_trash``."""
    with _write(engine) as session:
        rows = list(session.scalars(
            select(EditionRow).options(*full_edition())
            .where(EditionRow.deleted_at.is_not(None)).with_for_update()
        ))
        numbers = sorted(row.number for row in rows)
        editions = stored(session, rows)
        for row, edition in zip(rows, editions, strict=True):
            record_edition(session, row.uid, edition, ACTION_DELETED)
            for release in session.scalars(
                select(ReleaseRow).where(ReleaseRow.edition_id == row.id)
            ):
                session.delete(release)  # drafts only: an edition with issued ones
            session.flush()               # never reaches the trash
            session.delete(row)
        session.flush()
        if numbers:
            record_event(session, EVENT_TRASH_EMPTIED, "، ".join(map(str, numbers)),
                         {"editions": [edition_label(edition) for edition in editions]})
        return numbers


def restore_template_version(engine: Engine, name: str,
                             number_of_version: int) -> StoredTemplate:
    """See ``SqlHistoryRepository.restore_template_version``."""
    key = name.strip()
    with _write(engine) as session:
        old = version_reads.version(session.connection(), TEMPLATES, key, number_of_version,
                                    f"القالب «{key}»")
        row = session.scalars(select(TemplateRow).where(TemplateRow.name == key)).first()
        if row is None:
            row = TemplateRow(name=key, created_at=utcnow())
            session.add(row)
        row.kind = ReleaseKind(str(old.content["kind"])).value
        row.body = str(old.content["body"])
        if "language" in old.content:
            row.language = str(old.content["language"])
        row.updated_at = utcnow()
        session.flush()
        record_version(session, TEMPLATES, key, label=key,
                       content={"kind": row.kind, "language": row.language, "body": row.body},
                       action=ACTION_RESTORED, changes_of=template_changes,
                       restored_from=number_of_version)
        return release_reads.template_named(session.connection(), key)


def record(engine: Engine, action: str, subject: str, details: Mapping[str, object]) -> None:
    """Add an audit event (see ``SqlHistoryRepository.record``)."""
    with _write(engine) as session:
        record_event(session, action, subject, details)
