"""Every file Balagh writes is written whole or not at all, fsynced, errors naming the file
(``balagh.platform.files``): JSON exports, settings, database backups."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from balagh.cli.main import main
from balagh.platform.files import FileWriteError

Capsys = pytest.CaptureFixture[str]


def _disk_full(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every fsync fails as on a full disk (the data never reaches it)."""

    def full(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)


def test_editions_export_on_a_full_disk_keeps_the_previous_file(
    tmp_path: Path, capsys: Capsys, monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = f"sqlite:///{(tmp_path / 'office.db').as_posix()}"
    assert main(["--db", url, "demo"]) == 0
    target = tmp_path / "fez.json"
    assert main(["--db", url, "editions", "export", "4", "-o", str(target)]) == 0
    before = target.read_bytes()
    capsys.readouterr()
    _disk_full(monkeypatch)
    assert main(["--db", url, "editions", "export", "1", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert f"تعذر كتابة الملف {target}: القرص ممتلئ" in err and "disque plein" in err
    assert os.strerror(errno.ENOSPC) not in err  # the system's English stays in the log
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_settings_are_fsynced_and_a_failed_save_keeps_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from balagh.platform.settings import Settings

    path = tmp_path / "settings.json"
    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd))[1])
    Settings(place="فاس").save(path)
    assert synced and Settings.load(path).place == "فاس"
    before = path.read_bytes()
    _disk_full(monkeypatch)
    with pytest.raises(FileWriteError, match=str(path)):
        Settings(place="وجدة").save(path)
    assert path.read_bytes() == before


def test_a_failed_backup_leaves_no_half_written_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from balagh.store.engine import make_engine
    from balagh.store.migrate import backup_sqlite
    from store_tools import build_at

    path = tmp_path / "old.db"
    url = f"sqlite:///{path.as_posix()}"
    build_at(url, "0001")
    engine = make_engine(url)
    try:
        copy = backup_sqlite(engine, path)
        assert copy.exists() and copy.stat().st_size > 0
        _disk_full(monkeypatch)
        with pytest.raises(FileWriteError, match=r"\.bak"):
            backup_sqlite(engine, path)
    finally:
        engine.dispose()
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".bak"] == [copy.name]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
