"""Backups: consistent copies while the database is open, verified, restored after saving the
current database aside, rotated daily; the portable archive moves an office between SQLite
and PostgreSQL with every edition, version, release and hash."""

from __future__ import annotations

import datetime as dt
import sqlite3
import zipfile
from pathlib import Path

import pytest

from balagh.app.backups import (
    backup,
    backups_to_keep,
    daily_backup,
    last_backup,
    verify_backup,
)
from balagh.app.restore import restore_database
from balagh.cli.main import main
from balagh.core.errors import BalaghError
from balagh.core.model import Release, ReleaseKind, StoredTemplate
from balagh.documents.release.verify import verify_pdf
from balagh.store import Store, open_store
from balagh.store.demo import install_demo
from store_tools import D, dump


def _office(store: Store) -> list[bytes]:
    """Fill a store as an office would: demo editions, edits, a template, two issued releases.

    Returns the issued PDFs (as written for the press).
    """
    install_demo(store.editions)
    fez = store.editions.get(4)
    for value in (1_200_000, 1_160_000):
        fez.figures["visitors_total"].value = value
        fez = store.editions.save(fez)
    store.editions.delete(1)  # one edition in the trash
    store.releases.save_template(StoredTemplate("قالب المكتب", ReleaseKind.CLOSING, "نص"))
    pdfs = []
    for number in (3, 4):
        draft = store.releases.save_draft(Release(number, ReleaseKind.CLOSING, "بلاغ", "الرباط",
                                                  D(2023, 5, 22), [f"فقرة {number}"]))
        assert draft.id is not None
        issued = store.releases.issue(draft.id, lambda r: f"%PDF-1.4 {r.reference}".encode())
        assert issued.pdf is not None
        pdfs.append(issued.pdf)
    store.releases.save_draft(Release(2, ReleaseKind.OPENING, "بلاغ", "الرباط", D(2018, 9, 20),
                                      ["مسودة"]))
    return pdfs


def _without_restore_events(tables: dict[str, list[tuple[object, ...]]]
                            ) -> dict[str, list[tuple[object, ...]]]:
    return {**tables, "audit_events": [row for row in tables["audit_events"]
                                       if "database_restored" not in row]}


def _sqlite(path: Path) -> str:
    return f"sqlite:///{path.as_posix()}"


def test_backup_while_the_window_holds_the_database_open_restores_into_a_new_file(
    tmp_path: Path
) -> None:
    with open_store(_sqlite(tmp_path / "office.db")) as window_store:
        pdfs = _office(window_store)
        window_store.editions.list_editions()
        held = window_store.engine.connect()  # the window's open connection, mid-read
        held.exec_driver_sql("SELECT COUNT(*) FROM editions").scalar()  # (BEGIN implied)
        report = backup(window_store, tmp_path / "copy.db")
        held.rollback()
        held.close()
        before = dump(window_store)
    assert report.kind == "sqlite" and report.issued == 2
    assert report.counts["editions"] == 6 and report.counts["releases"] == 3
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary
    assert not (tmp_path / "copy.db-wal").exists()  # one self-contained file
    done = restore_database(_sqlite(tmp_path / "new.db"), tmp_path / "copy.db",
                            tmp_path / "aside")
    assert done.aside is None and done.issued == 2  # nothing to save aside: a new file
    with open_store(_sqlite(tmp_path / "new.db"), create=False) as restored:
        assert _without_restore_events(dump(restored)) == before
        found = [verify_pdf(pdf, restored.releases) for pdf in pdfs]
        assert [r.reference for r in found if r is not None] == ["2023/001", "2023/002"]
        assert [e.action for e in restored.history.events()][:1] == ["database_restored"]


def test_restore_saves_the_current_database_aside_first(tmp_path: Path) -> None:
    url = _sqlite(tmp_path / "office.db")
    with open_store(url) as store:
        _office(store)
        backup(store, tmp_path / "monday.db")
        monday_versions = len(store.history.edition_history(4))
        fez = store.editions.get(4)
        fez.theme = "تعديل الثلاثاء"
        store.editions.save(fez)  # a change made after the backup
        tuesday = dump(store)
    done = restore_database(url, tmp_path / "monday.db", tmp_path / "aside")
    assert done.aside is not None and done.aside.path.parent == tmp_path / "aside"
    assert verify_backup(done.aside.path).counts == done.aside.counts
    with open_store(_sqlite(done.aside.path), create=False) as aside:
        assert dump(aside) == tuesday
    with open_store(url, create=False) as store:
        assert len(store.history.edition_history(4)) == monday_versions
        assert store.editions.get(4).theme != "تعديل الثلاثاء"


def test_a_damaged_backup_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    url = _sqlite(tmp_path / "office.db")
    with open_store(url) as store:
        _office(store)
        backup(store, tmp_path / "copy.zip", fmt="archive")
        backup(store, tmp_path / "copy.db")
        before = dump(store)
    damaged = tmp_path / "damaged.zip"
    with zipfile.ZipFile(tmp_path / "copy.zip") as source, \
            zipfile.ZipFile(damaged, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "tables/editions.json":
                data = data.replace("فاس".encode(), "مكناس".encode())
            target.writestr(info, data)
    with pytest.raises(BalaghError, match=r"tables/editions\.json"):
        restore_database(url, damaged, tmp_path / "aside")
    truncated = tmp_path / "truncated.db"
    truncated.write_bytes((tmp_path / "copy.db").read_bytes()[:8192])
    with pytest.raises(BalaghError, match="غير سليمة"):
        restore_database(url, truncated, tmp_path / "aside")
    with sqlite3.connect(tmp_path / "copy.db") as connection:  # an issued PDF altered
        connection.execute("DROP TRIGGER trg_releases_issued_no_update")
        connection.execute("UPDATE releases SET pdf = X'00' WHERE reference = '2023/001'")
    with pytest.raises(BalaghError, match="2023/001"):
        restore_database(url, tmp_path / "copy.db", tmp_path / "aside")
    assert not (tmp_path / "aside").exists()
    with open_store(url, create=False) as store:
        assert dump(store) == before


def test_sqlite_to_archive_to_other_database_and_back_keeps_everything(
    tmp_path: Path, db_url: str
) -> None:
    with open_store(_sqlite(tmp_path / "office.db")) as office:
        pdfs = _office(office)
        original = dump(office)
        backup(office, tmp_path / "office.zip", fmt="archive")
    restore_database(db_url, tmp_path / "office.zip", tmp_path / "aside")
    with open_store(db_url, create=False) as moved:
        assert _without_restore_events(dump(moved)) == original
        assert [verify_pdf(p, moved.releases) is not None for p in pdfs] == [True, True]
        assert [t.number for t in moved.history.trash()] == [1]
        assert len(moved.history.edition_history(4)) == 3
        backup(moved, tmp_path / "moved.zip", fmt="archive")
    # Restoring over a database that holds an office replaces it (the old one saved aside).
    again = restore_database(db_url, tmp_path / "office.zip", tmp_path / "aside")
    assert again.aside is not None and verify_backup(again.aside.path).issued == 2
    with open_store(db_url, create=False) as moved:
        assert _without_restore_events(dump(moved)) == original
    restore_database(_sqlite(tmp_path / "back.db"), tmp_path / "moved.zip",
                     tmp_path / "aside")
    with open_store(_sqlite(tmp_path / "back.db"), create=False) as back:
        assert _without_restore_events(dump(back)) == original
        assert [verify_pdf(p, back.releases) is not None for p in pdfs] == [True, True]
        issued = [r for r in back.releases.releases() if r.reference]
        assert {r.issued_by for r in issued} != {None}


def test_rotation_keeps_seven_daily_four_weekly_twelve_monthly() -> None:
    days = [dt.date(2025, 1, 1) + dt.timedelta(days=i) for i in range(500)]
    kept = backups_to_keep(days)
    newest = days[-1]
    assert set(days[-7:]) <= kept
    assert len({(d.year, d.month) for d in kept}) == 12
    assert min(kept) >= newest - dt.timedelta(days=366)
    assert len(kept) <= 7 + 4 + 12
    assert backups_to_keep(days[:3]) == set(days[:3])


def test_daily_backup_once_a_day_rotated(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    with open_store(_sqlite(tmp_path / "office.db")) as store:
        install_demo(store.editions)
        start = dt.date(2026, 1, 1)
        for i in range(40):
            assert daily_backup(store, folder, today=start + dt.timedelta(days=i)) is not None
        assert daily_backup(store, folder, today=start + dt.timedelta(days=39)) is None
    names = sorted(p.name for p in folder.iterdir())
    assert names[-7:] == [f"balagh-2026-02-{d:02d}.db" for d in range(3, 10)]
    assert "balagh-2026-01-31.db" in names  # the newest of January
    assert len(names) <= 7 + 4 + 12 and len(names) < 40
    assert last_backup(folder) is not None


def test_backup_and_restore_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = _sqlite(tmp_path / "office.db")
    with open_store(url) as store:
        _office(store)
        before = dump(store)
    assert main(["--db", url, "db", "backup", "-o", str(tmp_path / "b.zip"),
                 "--format", "archive"]) == 0
    out = capsys.readouterr().out
    assert "وتحقق منها" in out and "منها 2 صادرة" in out
    assert main(["--db", url, "db", "verify", str(tmp_path / "b.zip")]) == 0
    assert main(["--db", url, "db", "restore", str(tmp_path / "b.zip")]) == 1  # not confirmed
    assert "--yes" in capsys.readouterr().err
    other = _sqlite(tmp_path / "other.db")
    assert main(["--db", other, "db", "restore", str(tmp_path / "b.zip"), "--yes"]) == 0
    assert "(2) تطابق بصماتها" in capsys.readouterr().out
    with open_store(other, create=False) as store:
        assert _without_restore_events(dump(store)) == before
    assert main(["--db", url, "db", "backup", "-o", str(tmp_path / "no" / "b.db")]) == 1
    assert "غير موجود" in capsys.readouterr().err
