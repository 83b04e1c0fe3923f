"""Restoring a backup: verified first, the current database saved aside, then replaced.

``restore_database(url, backup_file, aside_folder)`` works for every pair: a SQLite copy or
an archive, into a SQLite file or a PostgreSQL database (this is how an office moves from
one to the other). The database is replaced whole or not at all: a SQLite file receives a
copy already built and verified beside it (through SQLite's backup API, so a window that
has the file open sees the new content); PostgreSQL is rebuilt in one transaction.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from contextlib import closing, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from balagh.app import archive as archives
from balagh.app.backups import (
    BackupReport,
    backup,
    temporary_beside,
    verify_backup,
    verify_sqlite_file,
)
from balagh.core.errors import BalaghError
from balagh.messages import msg
from balagh.store.engine import make_engine
from balagh.store.migrate import sqlite_file


@dataclass(frozen=True)
class RestoreReport:
    """What a restore did: the backup read, the copy of the database before, the result."""

    source: BackupReport
    aside: BackupReport | None
    restored: dict[str, int]
    issued: int
    office: dict[str, Any]
    logo: tuple[str, bytes] | None


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y-%m-%dT%H-%M-%S")


def _has_data(engine: sa.Engine) -> bool:
    with engine.connect() as connection:
        names = set(sa.inspect(connection).get_table_names())
        if "editions" not in names:
            return bool(names - {"alembic_version"})
        return bool(connection.execute(sa.text("SELECT COUNT(*) FROM editions")).scalar())


def save_aside(url: str, folder: Path) -> BackupReport | None:
    """A verified backup of the database at ``url`` in ``folder`` (None when it is empty)."""
    from balagh.store import open_store

    engine = make_engine(url)
    try:
        path = sqlite_file(engine)
        if path is not None and (not path.exists() or path.stat().st_size == 0):
            return None
        if not _has_data(engine):
            return None
    finally:
        engine.dispose()
    folder.mkdir(parents=True, exist_ok=True)
    with open_store(url, create=False) as store:
        suffix = "db" if sqlite_file(store.engine) is not None else "zip"
        return backup(store, folder / f"before-restore-{_stamp()}.{suffix}")


def _source_archive(path: Path, report: BackupReport) -> archives.Archive:
    """The backup as an archive in memory (a SQLite copy is read without being touched)."""
    if report.kind == "archive":
        return archives.read_archive(path)
    engine = sa.create_engine(f"sqlite:///file:{path.resolve().as_posix()}?mode=ro&uri=true")
    try:
        return archives.read_database(engine)
    finally:
        engine.dispose()


def _verify_engine(engine: sa.Engine, expected: dict[str, int]) -> tuple[dict[str, int], int]:
    """Counts of the restored database (compared with ``expected``) and its issued releases."""
    import hashlib

    with engine.connect() as connection:
        counts = {name: int(connection.execute(sa.text(f"SELECT COUNT(*) FROM {name}"))
                            .scalar() or 0) for name in expected}
        rows = connection.execute(sa.text(
            "SELECT reference, pdf, sha256 FROM releases WHERE status = 'issued'")).all()
    if counts != expected:
        raise BalaghError(msg(
            "لم يتم الاسترجاع كما يجب: عدد السجلات {counts} بدل {expected}",
            counts=counts,
            expected=expected,
        ))
    for reference, pdf, digest in rows:
        if pdf is None or hashlib.sha256(bytes(pdf)).hexdigest() != digest:
            raise BalaghError(msg(
                "البلاغ الصادر {reference} لا يطابق بصمته بعد الاسترجاع",
                reference=reference,
            ))
    return counts, len(rows)


def _restore_into_sqlite(target: Path, source: Path, report: BackupReport,
                         archive: archives.Archive | None) -> None:
    """Build the restored database beside ``target``, verify it, copy it into ``target``."""
    from alembic import command

    from balagh.store.migrate import alembic_config

    built = temporary_beside(target, ".restore")
    try:
        if archive is None:  # a SQLite copy: duplicate it, then bring it to the newest schema
            with closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src, \
                    closing(sqlite3.connect(built)) as dst:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
        engine = make_engine(f"sqlite:///{built.as_posix()}")
        try:
            with engine.begin() as connection:
                if archive is not None:
                    archives.load_archive(connection, archive)
                else:
                    config = alembic_config()
                    config.attributes["connection"] = connection
                    command.upgrade(config, "head")
        finally:
            engine.dispose()
        verify_sqlite_file(built)
        with closing(sqlite3.connect(built)) as src, closing(sqlite3.connect(target)) as dst:
            dst.execute("PRAGMA busy_timeout=15000")
            src.backup(dst)
    finally:
        for leftover in (built, Path(f"{built}-wal"), Path(f"{built}-shm")):
            with suppress(OSError):
                os.unlink(leftover)


def restore_database(url: str, source: Path, aside_folder: Path) -> RestoreReport:
    """Replace the database at ``url`` by the backup ``source`` (see the module's text)."""
    from balagh.store.history import EVENT_DATABASE_RESTORED
    from balagh.store.session import open_store

    report = verify_backup(source)
    engine = make_engine(url)
    target = sqlite_file(engine)
    engine.dispose()
    if target is not None and target.exists() and source.resolve() == target.resolve():
        raise BalaghError(msg("لا يمكن استرجاع قاعدة البيانات من نفسها"))
    archive = _source_archive(source, report)
    aside = save_aside(url, aside_folder)
    expected = archive.counts()
    if target is not None:
        _restore_into_sqlite(target, source, report,
                             archive if report.kind == "archive" else None)
    else:
        engine = make_engine(url)
        try:
            with engine.begin() as connection:
                archives.load_archive(connection, archive)
        finally:
            engine.dispose()
    with open_store(url, create=False) as store:
        counts, issued = _verify_engine(store.engine, {k: expected.get(k, 0) for k in
                                                        ("editions", "versions", "releases",
                                                         "templates", "audit_events")})
        store.history.record(EVENT_DATABASE_RESTORED, source.name,
                             source=str(source), aside=str(aside.path) if aside else "",
                             counts=counts)
    return RestoreReport(report, aside, counts, issued, dict(archive.office), archive.logo)
