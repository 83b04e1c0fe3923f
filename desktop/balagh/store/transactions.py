"""One helper for the repositories' transactions, and the sentences for refused writes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from balagh.core.errors import BalaghError
from balagh.messages import msg
from balagh.store.db_errors import database_error, session_limits
from balagh.store.engine import BUSY_TIMEOUT_SECONDS, WRITE_OPTION, is_read_only


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


@contextmanager
def transaction(sessions: sessionmaker[Session], *, write: bool = False,
                conflict: BalaghError | None = None) -> Iterator[Session]:
    """A session in one transaction: committed when the block ends, rolled back on any error.

    ``write=True`` announces a writing transaction; on SQLite it starts with
    ``BEGIN IMMEDIATE`` so that two workstations writing at once take turns. A write on a
    read-only database is refused before anything starts (:class:`ReadOnlyDatabaseError`);
    a write lock held too long by another program gives :class:`DatabaseBusyError`;
    a row someone else changed meanwhile (its version column moved on) raises ``conflict``,
    the repository's sentence for it.
    """
    bind = sessions.kw.get("bind")
    if write and isinstance(bind, Engine) and is_read_only(bind):
        raise ReadOnlyDatabaseError()
    try:
        with sessions() as session, session.begin():
            if write:
                session.connection(execution_options={WRITE_OPTION: True})
            if session.get_bind().dialect.name == "postgresql":
                for statement in session_limits():  # no wait for ever on a held row
                    session.execute(text(statement))
            yield session
    except StaleDataError as exc:
        if conflict is None:
            raise
        raise conflict from exc
    except OperationalError as exc:
        refused = refused_write(exc)
        if refused is None:
            raise database_error(exc) from exc
        raise refused from exc
    except DBAPIError as exc:
        # IntegrityError, the read-only trigger and the roles' refusals are the
        # repositories' to explain.
        detail = str(exc.orig).lower()
        if isinstance(exc, IntegrityError) or any(
                word in detail for word in ("read-only", "row-level security",
                                            "permission denied")):
            raise
        raise database_error(exc) from exc


def refused_write(exc: BaseException) -> BalaghError | None:
    """The staff's sentence for a write SQLite refused (read-only file, held lock), else None."""
    detail = str(getattr(exc, "orig", None) or exc).lower()
    if "readonly database" in detail or "read-only" in detail:
        return ReadOnlyDatabaseError()
    if "database is locked" in detail or "database is busy" in detail:
        return DatabaseBusyError()
    return None
