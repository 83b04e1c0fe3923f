"""Creating the SQLAlchemy engine: SQLite in WAL mode with foreign keys on, or any other URL."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url

from balagh.core.errors import BalaghError
from balagh.messages import msg

#: Execution option marking a transaction that will write (see ``balagh.store.transactions``).
WRITE_OPTION = "balagh_write"

#: How long a write waits for another program's write to finish before it is refused.
BUSY_TIMEOUT_SECONDS = 5


def make_engine(url: str) -> Engine:
    """Create the engine for ``url``.

    SQLite connections get ``foreign_keys=ON``, ``journal_mode=WAL`` (new files and Balagh's
    own; the mode is kept in the file) and a busy timeout, so that two windows on the same
    file wait for each other briefly instead of failing. A file that cannot be written (no
    write permission, or marked read-only, or in a folder that is) is opened read-only and
    nothing is created beside it: see :func:`is_read_only`. The folder of a SQLite file must
    exist.
    """
    try:
        parsed = make_url(url)
    except Exception as exc:  # ArgumentError and friends: a typo in --db
        raise BalaghError(
            msg("عنوان قاعدة البيانات غير صالح: {url}", url=url),
        ) from exc
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            path = Path(database).resolve()
            if not path.parent.is_dir():
                raise BalaghError(
                    msg("مجلد قاعدة البيانات غير موجود: {parent}", parent=path.parent),
                )
            if sqlite_file_read_only(path):
                return _read_only_sqlite_engine(parsed, path)
        engine = create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_SECONDS})
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    try:
        return create_engine(parsed, pool_pre_ping=True)
    except ImportError as exc:  # e.g. psycopg not installed for a postgresql URL
        raise BalaghError(
            msg(
                "برنامج الاتصال بقاعدة البيانات غير مثبت ({drivername}): {name}",
                drivername=parsed.drivername,
                name=exc.name,
            ),
        ) from exc


def sqlite_file_read_only(path: Path) -> bool:
    """True when Balagh must not write to the SQLite file ``path`` (an existing file).

    That is when this user may not write the file or its folder (SQLite writes its journal
    beside the file), and also when the file or the folder is marked read-only (no write
    permission bit for anyone, as Windows' read-only attribute shows it): even a user who
    could override the mark (an administrator) gets a read-only database.
    """
    if not path.is_file():
        return False
    for node in (path, path.parent):
        if not os.access(node, os.W_OK) or not stat.S_IMODE(node.stat().st_mode) & 0o222:
            return True
    return False


def is_read_only(engine: Engine) -> bool:
    """True for an engine made by :func:`make_engine` on a read-only SQLite file."""
    return engine.dialect.name == "sqlite" and engine.url.query.get("mode") == "ro"


def _read_only_sqlite_engine(parsed: Any, path: Path) -> Engine:
    # SQLite's read-only mode still creates the -shm file of a WAL database; with no WAL
    # content waiting beside the file, "immutable" reads the file alone and creates nothing.
    wal = path.with_name(path.name + "-wal")
    query = {"mode": "ro", "uri": "true"}
    if not wal.exists() or wal.stat().st_size == 0:
        query["immutable"] = "1"
    url = parsed.set(database=f"file:{path.as_posix()}", query=query)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_SECONDS})
    event.listen(engine, "connect", _sqlite_read_only_on_connect)
    event.listen(engine, "begin", _sqlite_on_begin)
    return engine


def _sqlite_read_only_on_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA query_only=ON")
    finally:
        cursor.close()


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # The driver's own transaction handling would commit DDL statement by statement; turned
    # off here, SQLAlchemy's BEGIN (below) makes every transaction — migrations included —
    # all-or-nothing.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_SECONDS * 1000}")
        mode = str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower()
        if mode not in ("wal", "memory"):
            # WAL is written into the file header: switch only a new file or Balagh's own,
            # so that opening some other file by mistake leaves it byte-for-byte as it was.
            tables = {row[0] for row in cursor.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
            ).fetchall()}
            if not tables or "alembic_version" in tables:
                cursor.execute("PRAGMA journal_mode=WAL")
    finally:
        cursor.close()


def _sqlite_on_begin(connection: Connection) -> None:
    # A writing transaction takes the write lock at once (waiting for another writer up to
    # the busy timeout) rather than failing on a stale snapshot when it first writes.
    if connection.get_execution_options().get(WRITE_OPTION):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")
