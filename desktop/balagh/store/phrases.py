"""The phrasebook repository: every saved wording of a standing sentence, none ever changed.

The newest version of a key is the wording in use; restoring the built-in wording adds a
version marked ``builtin``. Who saved each version and when is kept.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from balagh.core.model import PhraseVersion
from balagh.store.mapping import aware
from balagh.store.models import PhraseVersionRow, utcnow
from balagh.store.transactions import transaction


def _version(row: PhraseVersionRow) -> PhraseVersion:
    return PhraseVersion(key=row.phrase_key, text=row.text, author=row.author,
                         builtin=row.builtin, id=row.id, created_at=aware(row.created_at))


class SqlPhraseRepository:
    """:class:`balagh.core.ports.PhraseRepository` on a SQLAlchemy database."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def current(self) -> dict[str, PhraseVersion]:
        """The newest version of every phrase ever saved, by key."""
        with transaction(self._sessions) as session:
            rows = session.scalars(select(PhraseVersionRow).order_by(PhraseVersionRow.id))
            return {row.phrase_key: _version(row) for row in rows}

    def history(self, key: str) -> list[PhraseVersion]:
        """Every version of ``key``, newest first."""
        with transaction(self._sessions) as session:
            rows = session.scalars(
                select(PhraseVersionRow).where(PhraseVersionRow.phrase_key == key)
                .order_by(PhraseVersionRow.id.desc()))
            return [_version(row) for row in rows]

    def add_version(self, version: PhraseVersion) -> PhraseVersion:
        """Record a new wording of ``version.key`` (one transaction)."""
        with transaction(self._sessions, write=True) as session:
            row = PhraseVersionRow(phrase_key=version.key, text=version.text,
                                   author=version.author, builtin=version.builtin,
                                   created_at=utcnow())
            session.add(row)
            session.flush()
            return _version(row)
