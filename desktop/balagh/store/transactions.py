"""One helper for the repositories' transactions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session, sessionmaker

from balagh.store.engine import WRITE_OPTION


@contextmanager
def transaction(sessions: sessionmaker[Session], *, write: bool = False) -> Iterator[Session]:
    """A session in one transaction: committed when the block ends, rolled back on any error.

    ``write=True`` announces a writing transaction; on SQLite it starts with
    ``BEGIN IMMEDIATE`` so that two workstations writing at once take turns.
    """
    with sessions() as session, session.begin():
        if write:
            session.connection(execution_options={WRITE_OPTION: True})
        yield session
