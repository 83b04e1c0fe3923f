"""The phrasebook repository: every saved wording of a standing sentence, none ever changed.

The wordings are versions of the generic history (:mod:`balagh.store.versioning`, collection
:data:`~balagh.core.history.PHRASES`, keyed by the phrase's key, content
``{"text": …, "builtin": …}``): the newest version of a key is the wording in use; restoring
the built-in wording adds a version marked ``builtin``. Who saved each version (the name the
staff typed, with the database role on PostgreSQL) and when is kept. Reads are Core
(:mod:`balagh.store.version_reads`); adding a wording imports the ORM.
"""

from __future__ import annotations

from sqlalchemy import Engine

from balagh.core.history import ACTION_SAVED, PHRASES, Actor, phrase_changes
from balagh.core.model import PhraseVersion
from balagh.store import version_reads
from balagh.store.actor import current_actor
from balagh.store.connections import read_transaction
from balagh.store.mapping import Row


def _phrase(row: Row) -> PhraseVersion:
    version = version_reads.version_from_row(row)
    return PhraseVersion(key=version.key, text=str(version.content["text"]),
                         author=version.actor.os_user,
                         builtin=bool(version.content.get("builtin", False)),
                         id=row.id, created_at=version.saved_at)


class SqlPhraseRepository:
    """:class:`balagh.core.ports.PhraseRepository` on a SQLAlchemy database."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def current(self) -> dict[str, PhraseVersion]:
        """The newest version of every phrase ever saved, by key."""
        with read_transaction(self._engine) as connection:
            rows = version_reads.all_versions(connection, PHRASES)
        return {row.item_key: _phrase(row) for row in rows}

    def history(self, key: str) -> list[PhraseVersion]:
        """Every version of ``key``, newest first."""
        with read_transaction(self._engine) as connection:
            rows = version_reads.item_versions(connection, PHRASES, key, newest_first=True)
        return [_phrase(row) for row in rows]

    def add_version(self, version: PhraseVersion) -> PhraseVersion:
        """Record a new wording of ``version.key`` (one transaction)."""
        from balagh.store.transactions import transaction
        from balagh.store.versioning import record_version

        with transaction(self._engine) as session:
            actor = Actor(version.author, current_actor(session.connection()).db_role)
            record_version(session, PHRASES, version.key, label=version.key,
                           content={"text": version.text, "builtin": version.builtin},
                           action=ACTION_SAVED, changes_of=phrase_changes, actor=actor)
            saved = version_reads.latest(session.connection(), PHRASES, version.key)
        return _phrase(saved)
