"""Backups the staff can restore: one module for ``balagh db backup|restore`` and the window.

* A SQLite database is copied with SQLite's online backup API while the application runs
  (one consistent snapshot), the copy is verified (integrity check, revision, row counts,
  every issued release's SHA-256) and only then renamed into place.
* A PostgreSQL database — or a SQLite one with ``fmt="archive"`` — is written as the
  portable archive of ``balagh.app.archive`` (verified by reading it back).
* A restore first verifies the backup, then saves the current database aside (a verified
  backup in the backup folder), then replaces the database's content, then verifies it.

Automatic backups (:func:`daily_backup`) go to the backup folder once a day and are rotated
(:func:`backups_to_keep`: 7 daily, 4 weekly, 12 monthly).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterable
from contextlib import closing, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from balagh.app import archive as archives
from balagh.core.errors import BalaghError
from balagh.messages import Message, msg
from balagh.platform.files import atomic_path, check_output_path
from balagh.store.migrate import known_revisions, sqlite_file

#: Tables whose row counts a backup report gives (and a verification compares).
COUNTED = ("editions", "versions", "releases", "templates", "audit_events")
AUTO_PATTERN = re.compile(r"^balagh-(\d{4}-\d{2}-\d{2})\.(db|zip)$")
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class BackupReport:
    """A verified backup: where, what kind, the schema revision and what it holds."""

    path: Path
    kind: str  # "sqlite" or "archive"
    revision: str
    counts: dict[str, int]
    issued: int  # issued releases whose PDF matches its recorded SHA-256 (all of them)
    size: int

    def summary(self, language: str = "ar") -> str:
        """«2 دورات، 14 نسخة، 3 بلاغات (2 صادرة)…» style one-line contents."""
        c = self.counts
        if language == "fr":
            return (f"{c.get('editions', 0)} édition(s), {c.get('versions', 0)} version(s), "
                    f"{c.get('releases', 0)} communiqué(s) dont {self.issued} émis, "
                    f"{c.get('templates', 0)} modèle(s) — révision {self.revision}")
        return (f"الدورات: {c.get('editions', 0)}، النسخ في السجل: {c.get('versions', 0)}، "
                f"البلاغات: {c.get('releases', 0)} منها {self.issued} صادرة، القوالب: "
                f"{c.get('templates', 0)} — المراجعة {self.revision}")


def _broken(path: Path, why: Message) -> BalaghError:
    return BalaghError(msg("النسخة الاحتياطية {path} غير سليمة: {why}", path=path, why=why))


# --- SQLite copies ------------------------------------------------------------------------

def _counts(connection: sqlite3.Connection) -> dict[str, int]:
    return {name: int(connection.execute(f"SELECT COUNT(*) FROM {name}").fetchone()[0])
            for name in COUNTED}


def verify_sqlite_file(path: Path, expected: dict[str, int] | None = None) -> BackupReport:
    """Check a SQLite backup: integrity, a known revision, counts, issued releases' hashes."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
            result = connection.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                raise _broken(path, msg("فحص السلامة: {result}", result=result))
            revision = str(connection.execute(
                "SELECT version_num FROM alembic_version").fetchone()[0])
            counts = _counts(connection)
            rows = connection.execute(
                "SELECT reference, pdf, sha256 FROM releases WHERE status = 'issued'"
            ).fetchall()
    except sqlite3.DatabaseError as exc:
        raise _broken(path, msg("ليست قاعدة بيانات «بلاغ» ({exc})", exc=exc)) from exc
    if revision not in known_revisions():
        raise _broken(path, msg("مراجعة غير معروفة {revision}", revision=revision))
    if expected is not None and counts != expected:
        raise _broken(path, msg(
            "عدد السجلات {counts} بدل {expected}",
            counts=counts,
            expected=expected,
        ))
    _check_hashes(path, ((ref, pdf, digest) for ref, pdf, digest in rows))
    return BackupReport(path, "sqlite", revision, counts, len(rows), path.stat().st_size)


def _check_hashes(path: Path, issued: Iterable[tuple[str, bytes | None, str]]) -> None:
    for reference, pdf, digest in issued:
        if pdf is None or hashlib.sha256(pdf).hexdigest() != digest:
            raise _broken(path, msg(
                "ملف البلاغ الصادر {reference} لا يطابق بصمته",
                reference=reference,
            ))


def temporary_beside(target: Path, suffix: str) -> Path:
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    os.close(handle)
    return Path(name)


def backup_sqlite_file(engine: Any, target: Path) -> BackupReport:
    """Copy the live SQLite database to ``target`` (online backup API), verified before it
    takes the name ``target`` (``balagh.platform.files.atomic_path``)."""
    with atomic_path(target) as temporary:
        raw = engine.raw_connection()
        try:
            source = raw.driver_connection
            assert isinstance(source, sqlite3.Connection)
            source.execute("BEGIN")  # one snapshot for the counts and the copy
            try:
                expected = _counts(source)
                with closing(sqlite3.connect(temporary)) as destination:
                    source.backup(destination)
                    # One self-contained file (no -wal/-shm beside it when it is read).
                    destination.execute("PRAGMA journal_mode=DELETE")
            finally:
                source.execute("ROLLBACK")
            report = verify_sqlite_file(temporary, expected)
        finally:
            raw.close()
    return BackupReport(target, "sqlite", report.revision, report.counts, report.issued,
                        target.stat().st_size)


# --- archives -----------------------------------------------------------------------------

def verify_archive_file(path: Path) -> BackupReport:
    """Read an archive back: digests of its members, counts, issued releases' hashes."""
    archive = archives.read_archive(path)
    issued = [row for row in archive.tables.get("releases", []) if row.get("status") == "issued"]
    _check_hashes(path, ((row["reference"], archive.blobs.get(row["pdf"]["blob"])
                          if isinstance(row.get("pdf"), dict) else None, row["sha256"])
                         for row in issued))
    counts = {name: len(archive.tables.get(name, [])) for name in COUNTED}
    return BackupReport(path, "archive", archive.revision, counts, len(issued),
                        path.stat().st_size)


def backup_archive_file(engine: Any, target: Path, office: dict[str, Any],
                        logo: Path | None) -> BackupReport:
    """Write the portable archive of the database to ``target``, then verify it."""
    check_output_path(target)
    archives.write_archive_file(engine, target, office, logo)
    return verify_archive_file(target)


def backup(store: Any, target: Path, *, fmt: str | None = None,
           office: dict[str, Any] | None = None, logo: Path | None = None) -> BackupReport:
    """Back up ``store`` to ``target``: a SQLite copy (default for SQLite) or an archive."""
    kind = fmt or ("sqlite" if sqlite_file(store.engine) is not None else "archive")
    if kind == "sqlite":
        if sqlite_file(store.engine) is None:
            raise BalaghError(
                msg("نسخة SQLite ممكنة لقاعدة SQLite فقط؛ استعمل --format archive"),
            )
        return backup_sqlite_file(store.engine, target)
    return backup_archive_file(store.engine, target, office or {}, logo)


def verify_backup(path: Path) -> BackupReport:
    """Verify a backup file of either kind (BalaghError says what is wrong)."""
    if not path.is_file():
        raise BalaghError(msg("لا يوجد ملف {path}", path=path))
    with open(path, "rb") as stream:
        header = stream.read(len(SQLITE_HEADER))
    if header == SQLITE_HEADER:
        return verify_sqlite_file(path)
    if archives.is_archive(path):
        return verify_archive_file(path)
    raise _broken(path, msg("ليس قاعدة SQLite ولا أرشيف «بلاغ»"))


# --- rotation -----------------------------------------------------------------------------

def backups_to_keep(days: Iterable[dt.date], daily: int = 7, weekly: int = 4,
                    monthly: int = 12) -> set[dt.date]:
    """The days whose automatic backups are kept: the newest ``daily`` days, the newest
    backup of each of the last ``weekly`` ISO weeks and of the last ``monthly`` months.

    Example: one backup a day for a year keeps 7 + up to 4 + up to 12 files (overlaps
    count once).
    """
    ordered = sorted(set(days), reverse=True)
    keep = set(ordered[:daily])
    weeks: dict[tuple[int, int], dt.date] = {}
    months: dict[tuple[int, int], dt.date] = {}
    for day in ordered:
        iso = day.isocalendar()
        weeks.setdefault((iso.year, iso.week), day)
        months.setdefault((day.year, day.month), day)
    keep.update(sorted(weeks.values(), reverse=True)[:weekly])
    keep.update(sorted(months.values(), reverse=True)[:monthly])
    return keep


def automatic_backups(folder: Path) -> dict[dt.date, Path]:
    """The automatic backups in ``folder`` by day («balagh-2026-12-01.db»)."""
    found: dict[dt.date, Path] = {}
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = AUTO_PATTERN.match(path.name)
        if match is not None and path.is_file():
            with suppress(ValueError):
                found[dt.date.fromisoformat(match.group(1))] = path
    return found


def rotate(folder: Path) -> list[Path]:
    """Delete the automatic backups :func:`backups_to_keep` does not keep; returns them."""
    found = automatic_backups(folder)
    keep = backups_to_keep(found)
    removed = [path for day, path in sorted(found.items()) if day not in keep]
    for path in removed:
        path.unlink()
    return removed


def last_backup(folder: Path) -> dt.datetime | None:
    """When the newest backup in ``folder`` was written (local time), if there is one."""
    times = [path.stat().st_mtime for path in folder.glob("balagh-*") if path.is_file()]
    return dt.datetime.fromtimestamp(max(times)) if times else None


def daily_backup(store: Any, folder: Path, *, today: dt.date | None = None,
                 office: dict[str, Any] | None = None,
                 logo: Path | None = None) -> BackupReport | None:
    """Today's automatic backup, unless there is one already; then rotate the folder."""
    day = today or dt.date.today()
    folder.mkdir(parents=True, exist_ok=True)
    if day in automatic_backups(folder):
        return None
    sqlite = sqlite_file(store.engine) is not None
    target = folder / f"balagh-{day.isoformat()}.{'db' if sqlite else 'zip'}"
    report = backup(store, target, office=office, logo=logo)
    rotate(folder)
    return report


def closing_backup(store: Any, folder: Path, *, today: dt.date | None = None,
                   office: dict[str, Any] | None = None,
                   logo: Path | None = None) -> BackupReport:
    """The backup written when the window closes (``Settings.backup_at_quit``): today's
    automatic backup written anew, so that it holds the day's work; then rotate the folder.
    The file is replaced only once the new backup is complete and verified."""
    day = today or dt.date.today()
    folder.mkdir(parents=True, exist_ok=True)
    sqlite = sqlite_file(store.engine) is not None
    target = folder / f"balagh-{day.isoformat()}.{'db' if sqlite else 'zip'}"
    report = backup(store, target, office=office, logo=logo)
    rotate(folder)
    return report
