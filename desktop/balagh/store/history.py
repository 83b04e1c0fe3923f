"""The history repository: versions of editions and templates, the trash, audit events.

Reading an edition's history, restoring one of its versions (the restore is itself a new
version), moving editions out of the trash and emptying it (asked for by the staff, and
recorded). Editions go *into* the trash through ``SqlEditionRepository.delete``.
"""

from __future__ import annotations

import json
from contextlib import AbstractContextManager

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from balagh.core.errors import BalaghError, ConflictError, NotFoundError, ValidationFailed
from balagh.core.history import (
    ACTION_DELETED,
    ACTION_RESTORED,
    ACTION_UNTRASHED,
    EDITIONS,
    TEMPLATES,
    Actor,
    AuditEvent,
    TrashedEdition,
    Version,
    template_changes,
)
from balagh.core.interchange import edition_from_dict
from balagh.core.model import Edition, ReleaseKind, StoredTemplate
from balagh.core.validation import validate_edition
from balagh.messages import msg
from balagh.store.edition_versions import (
    edition_label,
    edition_name,
    ensure_baseline,
    record_edition,
)
from balagh.store.editions import _FULL_EDITION, SqlEditionRepository
from balagh.store.mapping import aware, edition_from_row, fill_edition_row, template_from_row
from balagh.store.models import EditionRow
from balagh.store.record_models import AuditEventRow
from balagh.store.release_models import ReleaseRow, TemplateRow
from balagh.store.tables import utcnow
from balagh.store.transactions import transaction
from balagh.store.versioning import record_event, record_version, version, versions

#: Audit actions (``AuditEvent.action``).
EVENT_TRASH_EMPTIED = "trash_emptied"
EVENT_DATABASE_RESTORED = "database_restored"


def _no_edition(number: int) -> NotFoundError:
    return NotFoundError(msg("لا توجد دورة بالرقم {number}", number=number))


class SqlHistoryRepository:
    """History, trash and audit of a SQLAlchemy database."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def _transaction(self, *, write: bool = False) -> AbstractContextManager[Session]:
        return transaction(self._sessions, write=write, conflict=ConflictError(
            msg("عدل شخص آخر هذه الدورة في اللحظة نفسها؛ أعد المحاولة")))

    @staticmethod
    def _edition_row(session: Session, number: int, *, lock: bool = False) -> EditionRow:
        """The edition numbered ``number``, live or else in the trash; NotFoundError."""
        query = (select(EditionRow).options(*_FULL_EDITION)
                 .where(EditionRow.number == number)
                 .order_by(EditionRow.deleted_at.is_not(None), EditionRow.id))
        if lock:
            query = query.with_for_update()
        row = session.scalars(query).first()
        if row is None:
            raise _no_edition(number)
        return row

    # -- editions ------------------------------------------------------------------------

    def edition_history(self, number: int) -> list[Version]:
        """Every version of edition ``number`` (live or in the trash), oldest first."""
        with self._transaction() as session:
            row = self._edition_row(session, number)
            return versions(session, EDITIONS, row.uid)

    def edition_version(self, number: int, number_of_version: int) -> Version:
        """One version of an edition; NotFoundError names how many there are."""
        with self._transaction() as session:
            row = self._edition_row(session, number)
            return version(session, EDITIONS, row.uid, number_of_version, edition_label(row))

    def restore_edition_version(self, number: int, number_of_version: int) -> Edition:
        """Make version ``number_of_version`` the current state again, as a new version.

        The old version is validated like any save (a version that no longer passes the
        rules is refused, naming the problem); the edition must not be in the trash.
        """
        try:
            with self._transaction(write=True) as session:
                row = self._edition_row(session, number, lock=True)
                if row.deleted_at is not None:
                    raise BalaghError(
                        msg(
                            "الدورة {number} في سلة المحذوفات؛ استرجعها من السلة أولا",
                            number=number,
                        ),
                    )
                old = version(session, EDITIONS, row.uid, number_of_version, edition_label(row))
                catalogue = {kind.key: kind for kind in SqlEditionRepository._catalogue(session)}
                edition = edition_from_dict(old.content, catalogue)
                live, _trash = SqlEditionRepository._numbers(session)
                problems = validate_edition(edition, catalogue, taken_numbers=live - {number})
                if problems:
                    raise ValidationFailed(problems, edition_name(row))
                ensure_baseline(session, row)
                fill_edition_row(row, edition)
                row.updated_at = utcnow()
                session.flush()
                record_edition(session, row, ACTION_RESTORED, restored_from=number_of_version)
                return edition_from_row(row)
        except IntegrityError as exc:
            raise BalaghError(
                msg("رفضت قاعدة البيانات الاسترجاع: {orig}", orig=exc.orig),
            ) from exc

    # -- the trash -----------------------------------------------------------------------

    def trash(self) -> list[TrashedEdition]:
        """The editions in the trash, most recently deleted first."""
        with self._transaction() as session:
            rows = session.scalars(
                select(EditionRow).where(EditionRow.deleted_at.is_not(None))
                .order_by(EditionRow.deleted_at.desc(), EditionRow.number)
            )
            found = []
            for row in rows:
                drafts = len(list(session.scalars(
                    select(ReleaseRow.id).where(ReleaseRow.edition_id == row.id)
                )))
                deleted = aware(row.deleted_at)
                assert deleted is not None
                found.append(TrashedEdition(row.number, row.city_ar, row.city_fr,
                                            row.start_date, deleted, row.deleted_by or "?",
                                            drafts))
            return found

    def restore_from_trash(self, number: int) -> Edition:
        """Bring edition ``number`` back from the trash, with its drafts and history."""
        with self._transaction(write=True) as session:
            row = session.scalars(
                select(EditionRow).options(*_FULL_EDITION)
                .where(EditionRow.number == number, EditionRow.deleted_at.is_not(None))
                .with_for_update()
            ).first()
            if row is None:
                raise NotFoundError(msg("الدورة {number} ليست في سلة المحذوفات", number=number))
            row.deleted_at = None
            row.deleted_by = None
            session.flush()
            record_edition(session, row, ACTION_UNTRASHED)
            return edition_from_row(row)

    def empty_trash(self) -> list[int]:
        """Delete for good the editions in the trash (and their drafts); returns their numbers.

        Their history stays (a last version says «حذف»), and an audit event records who
        emptied the trash and what it held. Callers ask the staff first.
        """
        with self._transaction(write=True) as session:
            rows = list(session.scalars(
                select(EditionRow).options(*_FULL_EDITION)
                .where(EditionRow.deleted_at.is_not(None)).with_for_update()
            ))
            numbers = sorted(row.number for row in rows)
            for row in rows:
                record_edition(session, row, ACTION_DELETED)
                for release in session.scalars(
                    select(ReleaseRow).where(ReleaseRow.edition_id == row.id)
                ):
                    session.delete(release)  # drafts only: an edition with issued ones
                session.flush()               # never reaches the trash
                session.delete(row)
            session.flush()
            if numbers:
                record_event(session, EVENT_TRASH_EMPTIED, "، ".join(map(str, numbers)),
                             {"editions": [edition_label(row) for row in rows]})
            return numbers

    # -- templates -----------------------------------------------------------------------

    def template_history(self, name: str) -> list[Version]:
        """Every version of the stored template ``name`` (kept after it is deleted)."""
        with self._transaction() as session:
            return versions(session, TEMPLATES, name.strip())

    def restore_template_version(self, name: str, number_of_version: int) -> StoredTemplate:
        """Store version ``number_of_version`` of a template again, as a new version."""
        key = name.strip()
        with self._transaction(write=True) as session:
            old = version(session, TEMPLATES, key, number_of_version, f"القالب «{key}»")
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
                           content={"kind": row.kind, "language": row.language,
                                    "body": row.body},
                           action=ACTION_RESTORED, changes_of=template_changes,
                           restored_from=number_of_version)
            return template_from_row(row)

    # -- audit ---------------------------------------------------------------------------

    def events(self) -> list[AuditEvent]:
        """Audit events, newest first."""
        with self._transaction() as session:
            rows = session.scalars(select(AuditEventRow).order_by(AuditEventRow.id.desc()))
            return [
                AuditEvent(aware(row.at) or utcnow(), Actor(row.os_user, row.db_role),
                           row.action, row.subject, json.loads(row.details))
                for row in rows
            ]

    def record(self, action: str, subject: str = "", **details: object) -> None:
        """Add an audit event (e.g. a database restored from a backup)."""
        with self._transaction(write=True) as session:
            record_event(session, action, subject, details)

