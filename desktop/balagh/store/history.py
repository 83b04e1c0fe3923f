"""The history repository: versions of editions and templates, the trash, audit events.

Reading an edition's history, restoring one of its versions (the restore is itself a new
version), moving editions out of the trash and emptying it (asked for by the staff, and
recorded). Editions go *into* the trash through ``SqlEditionRepository.delete``. Reads are
Core (:mod:`balagh.store.version_reads`); the writes are in :mod:`balagh.store.history_writes`,
imported — with the ORM — only by the methods that write.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine

from balagh.core.history import EDITIONS, TEMPLATES, AuditEvent, TrashedEdition, Version
from balagh.core.model import Edition, StoredTemplate
from balagh.store import edition_reads, version_reads
from balagh.store.connections import read_transaction
from balagh.store.edition_problems import edition_label
from balagh.store.editions import no_edition
from balagh.store.mapping import Row

#: Audit actions (``AuditEvent.action``).
EVENT_TRASH_EMPTIED = "trash_emptied"
EVENT_DATABASE_RESTORED = "database_restored"


def edition_identity(connection: Connection, number: int) -> Row:
    """Id, uid and name of edition ``number``, live or else in the trash; NotFoundError."""
    found = edition_reads.identity(connection, number)
    if found is None:
        raise no_edition(number)
    return found


class SqlHistoryRepository:
    """History, trash and audit of a SQLAlchemy database."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    # -- editions ------------------------------------------------------------------------

    def edition_history(self, number: int) -> list[Version]:
        """Every version of edition ``number`` (live or in the trash), oldest first."""
        with read_transaction(self._engine) as connection:
            uid = edition_identity(connection, number).uid
            rows = version_reads.item_versions(connection, EDITIONS, uid)
        return [version_reads.version_from_row(row) for row in rows]

    def edition_version(self, number: int, number_of_version: int) -> Version:
        """One version of an edition; NotFoundError names how many there are."""
        with read_transaction(self._engine) as connection:
            found = edition_identity(connection, number)
            return version_reads.version(connection, EDITIONS, found.uid, number_of_version,
                                         edition_label(found))

    def restore_edition_version(self, number: int, number_of_version: int) -> Edition:
        """Make version ``number_of_version`` the current state again, as a new version.

        The old version is validated like any save (a version that no longer passes the
        rules is refused, naming the problem); the edition must not be in the trash.
        """
        from balagh.store.history_writes import restore_edition_version

        return restore_edition_version(self._engine, number, number_of_version)

    # -- the trash -----------------------------------------------------------------------

    def trash(self) -> list[TrashedEdition]:
        """The editions in the trash, most recently deleted first."""
        with read_transaction(self._engine) as connection:
            return edition_reads.in_trash(connection)

    def restore_from_trash(self, number: int) -> Edition:
        """Bring edition ``number`` back from the trash, with its drafts and history."""
        from balagh.store.history_writes import restore_from_trash

        return restore_from_trash(self._engine, number)

    def empty_trash(self) -> list[int]:
        """Delete for good the editions in the trash (and their drafts); returns their numbers.

        Their history stays (a last version says «حذف»), and an audit event records who
        emptied the trash and what it held. Callers ask the staff first.
        """
        from balagh.store.history_writes import empty_trash

        return empty_trash(self._engine)

    # -- templates -----------------------------------------------------------------------

    def template_history(self, name: str) -> list[Version]:
        """Every version of the stored template ``name`` (kept after it is deleted)."""
        with read_transaction(self._engine) as connection:
            rows = version_reads.item_versions(connection, TEMPLATES, name.strip())
        return [version_reads.version_from_row(row) for row in rows]

    def restore_template_version(self, name: str, number_of_version: int) -> StoredTemplate:
        """Store version ``number_of_version`` of a template again, as a new version."""
        from balagh.store.history_writes import restore_template_version

        return restore_template_version(self._engine, name, number_of_version)

    # -- audit ---------------------------------------------------------------------------

    def events(self) -> list[AuditEvent]:
        """Audit events, newest first."""
        with read_transaction(self._engine) as connection:
            return version_reads.events(connection)

    def record(self, action: str, subject: str = "", **details: object) -> None:
        """Add an audit event (e.g. a database restored from a backup)."""
        from balagh.store.history_writes import record

        record(self._engine, action, subject, details)
