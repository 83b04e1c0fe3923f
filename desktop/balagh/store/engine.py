"""Creating the SQLAlchemy engine: SQLite in WAL mode with foreign keys on, or any other URL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url

from balagh.core.errors import BalaghError

#: Execution option marking a transaction that will write (see ``balagh.store.transactions``).
WRITE_OPTION = "balagh_write"


def make_engine(url: str) -> Engine:
    """Create the engine for ``url``.

    SQLite connections get ``foreign_keys=ON``, ``journal_mode=WAL`` (new files and Balagh's
    own; the mode is kept in the file) and a busy timeout, so that two windows on the same
    file wait for each other instead of failing.
    The folder of a SQLite file must exist.
    """
    try:
        parsed = make_url(url)
    except Exception as exc:  # ArgumentError and friends: a typo in --db
        raise BalaghError(
            f"عنوان قاعدة البيانات غير صالح: {url}",
            f"Adresse de base de données invalide : {url}",
        ) from exc
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            folder = Path(database).resolve().parent
            if not folder.is_dir():
                raise BalaghError(
                    f"مجلد قاعدة البيانات غير موجود: {folder}",
                    f"Le dossier de la base de données n'existe pas : {folder}",
                )
        engine = create_engine(parsed, connect_args={"timeout": 15})
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    try:
        return create_engine(parsed, pool_pre_ping=True)
    except ImportError as exc:  # e.g. psycopg not installed for a postgresql URL
        raise BalaghError(
            f"برنامج الاتصال بقاعدة البيانات غير مثبت ({parsed.drivername}): {exc.name}",
            f"Pilote de base de données non installé ({parsed.drivername}) : {exc.name}",
        ) from exc


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # The driver's own transaction handling would commit DDL statement by statement; turned
    # off here, SQLAlchemy's BEGIN (below) makes every transaction — migrations included —
    # all-or-nothing.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=15000")
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
