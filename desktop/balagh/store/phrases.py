"""The phrasebook repository: every saved wording of a standing sentence, none ever changed.

The wordings are versions of the generic history (:mod:`balagh.store.versioning`, collection
:data:`~balagh.core.history.PHRASES`, keyed by the phrase's key, content
``{"text": …, "builtin": …}``): the newest version of a key is the wording in use; restoring
the built-in wording adds a version marked ``builtin``. Who saved each version (the name the
staff typed, with the database role on PostgreSQL) and when is kept.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from balagh.core.history import ACTION_SAVED, PHRASES, Actor, phrase_changes
from balagh.core.model import PhraseVersion
from balagh.store.actor import current_actor
from balagh.store.record_models import VersionRow
from balagh.store.transactions import transaction
from balagh.store.versioning import record_version, version_from_row


def _phrase(row: VersionRow) -> PhraseVersion:
    version = version_from_row(row)
    return PhraseVersion(key=version.key, text=str(version.content["text"]),
                         author=version.actor.os_user,
                         builtin=bool(version.content.get("builtin", False)),
                         id=row.id, created_at=version.saved_at)


class SqlPhraseRepository:
    """:class:`balagh.core.ports.PhraseRepository` on a SQLAlchemy database."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def current(self) -> dict[str, PhraseVersion]:
        """The newest version of every phrase ever saved, by key."""
        with transaction(self._sessions) as session:
            rows = session.scalars(select(VersionRow).where(VersionRow.collection == PHRASES)
                                   .order_by(VersionRow.version))
            return {row.item_key: _phrase(row) for row in rows}

    def history(self, key: str) -> list[PhraseVersion]:
        """Every version of ``key``, newest first."""
        with transaction(self._sessions) as session:
            rows = session.scalars(
                select(VersionRow)
                .where(VersionRow.collection == PHRASES, VersionRow.item_key == key)
                .order_by(VersionRow.version.desc()))
            return [_phrase(row) for row in rows]

    def add_version(self, version: PhraseVersion) -> PhraseVersion:
        """Record a new wording of ``version.key`` (one transaction)."""
        with transaction(self._sessions, write=True) as session:
            actor = Actor(version.author, current_actor(session).db_role)
            row = record_version(session, PHRASES, version.key, label=version.key,
                                 content={"text": version.text, "builtin": version.builtin},
                                 action=ACTION_SAVED, changes_of=phrase_changes, actor=actor)
            return _phrase(row)
