"""The writes' transaction: an ORM session, imported only by the write side of the store.

Reads never come here (:func:`balagh.store.connections.read_transaction`, Core); a write
loads the rows it changes as ORM objects and lets the unit of work write the difference.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from balagh.core.errors import BalaghError
from balagh.store.connections import (
    DatabaseBusyError,
    ReadOnlyDatabaseError,
    bound_waits,
    refused_write,
    translated_errors,
)
from balagh.store.engine import WRITE_OPTION, is_read_only

__all__ = ["DatabaseBusyError", "ReadOnlyDatabaseError", "refused_write", "transaction"]


@contextmanager
def transaction(engine: Engine, *, conflict: BalaghError | None = None) -> Iterator[Session]:
    """A session in one writing transaction: committed when the block ends, rolled back on
    any error.

    On SQLite the transaction starts with ``BEGIN IMMEDIATE``, so that two workstations
    writing at once take turns. A write on a read-only database is refused before anything
    starts (:class:`ReadOnlyDatabaseError`); a write lock held too long by another program
    gives :class:`DatabaseBusyError`; a row someone else changed meanwhile (its version
    column moved on) raises ``conflict``, the repository's sentence for it.
    """
    if is_read_only(engine):
        raise ReadOnlyDatabaseError()
    try:
        with (translated_errors(), Session(engine, expire_on_commit=False) as session,
              session.begin()):
            bound_waits(session.connection(execution_options={WRITE_OPTION: True}))
            yield session
    except StaleDataError as exc:
        if conflict is None:
            raise
        raise conflict from exc
