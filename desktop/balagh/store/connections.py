"""Reading transactions on a Core connection, and the sentences for what the database refused.

Every read of the store is a :func:`read_transaction`: ``engine.connect()`` in one transaction
(SQLite's ``BEGIN`` comes from ``balagh.store.engine``; PostgreSQL bounds its waits with
:func:`~balagh.store.db_errors.session_limits`), without the ORM. The writes' transaction
(:mod:`balagh.store.transactions`, an ORM session) starts the same way and translates the
same errors through :func:`translated_errors`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from balagh.core.errors import BalaghError
from balagh.messages import msg
from balagh.store.db_errors import database_error, session_limits
from balagh.store.engine import BUSY_TIMEOUT_SECONDS


class ReadOnlyDatabaseError(BalaghError):
    """A write was asked of a database opened read-only."""

    def __init__(self) -> None:
        super().__init__(msg(
            "قاعدة البيانات مفتوحة للقراءة فقط، فلم يحفظ شيء؛ اطلب صلاحية الكتابة في ملفها ومجلده "
            "أو افتح قاعدة أخرى",
        ))


class DatabaseBusyError(BalaghError):
    """Another program held the write lock longer than the busy timeout."""

    def __init__(self) -> None:
        super().__init__(msg(
            "قاعدة البيانات مشغولة: برنامج آخر يكتب فيها منذ أكثر من {seconds} ثوان، فلم يحفظ "
            "شيء؛ أعد المحاولة بعد قليل",
            seconds=BUSY_TIMEOUT_SECONDS,
        ))


def bound_waits(connection: Connection) -> None:
    """On PostgreSQL, make the transaction give up on a held row instead of waiting for ever."""
    if connection.dialect.name == "postgresql":
        for statement in session_limits():
            connection.execute(text(statement))


@contextmanager
def translated_errors() -> Iterator[None]:
    """The staff's sentence for a database failure inside the block (the detail is logged).

    A refused constraint, the read-only trigger of issued releases and the roles' refusals
    pass through unchanged: they are the repositories' to explain.
    """
    try:
        yield
    except OperationalError as exc:
        refused = refused_write(exc)
        if refused is None:
            raise database_error(exc) from exc
        raise refused from exc
    except DBAPIError as exc:
        detail = str(exc.orig).lower()
        if isinstance(exc, IntegrityError) or any(
                word in detail for word in ("read-only", "row-level security",
                                            "permission denied")):
            raise
        raise database_error(exc) from exc


@contextmanager
def read_transaction(engine: Engine) -> Iterator[Connection]:
    """A Core connection in one reading transaction, closed when the block ends.

    >>> from balagh.store.engine import make_engine
    >>> with read_transaction(make_engine("sqlite://")) as connection:
    ...     connection.scalar(text("SELECT 1"))
    1
    """
    with translated_errors(), engine.connect() as connection, connection.begin():
        bound_waits(connection)
        yield connection


def refused_write(exc: BaseException) -> BalaghError | None:
    """The staff's sentence for a write SQLite refused (read-only file, held lock), else None."""
    detail = str(getattr(exc, "orig", None) or exc).lower()
    if "readonly database" in detail or "read-only" in detail:
        return ReadOnlyDatabaseError()
    if "database is locked" in detail or "database is busy" in detail:
        return DatabaseBusyError()
    return None
