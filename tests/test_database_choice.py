"""Which database every command opens, ``balagh db info``, read-only databases, held locks.

The command line and the window choose the database through the same function
(``--db``, then ``BALAGH_DB``, then the settings' ``database_url``, then the embedded file).
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from balagh.app.database import Source, choose_database, open_database
from balagh.cli.main import main
from balagh.platform.settings import Settings
from cli_runs import Capsys, run


def _sqlite(path: Path) -> str:
    return f"sqlite:///{path.as_posix()}"


@pytest.fixture
def shared_db(tmp_path: Path, capsys: Capsys) -> Path:
    """A filled database somewhere else than the embedded one (the office's shared file)."""
    path = tmp_path / "shared" / "office.db"
    path.parent.mkdir()
    assert main(["--db", _sqlite(path), "demo"]) == 0
    capsys.readouterr()
    return path


def _settings_pointing_at(home: Path, url: str) -> None:
    Settings(database_url=url).save(home / "config" / "settings.json")


def test_the_cli_lists_the_database_named_in_the_settings(
    _isolated_home: Path, shared_db: Path, capsys: Capsys
) -> None:
    _settings_pointing_at(_isolated_home, _sqlite(shared_db))
    code, out, err = run(capsys, "editions", "list")
    assert (code, err) == (0, "")
    assert "فاس" in out and "Casablanca" in out
    # and no embedded database was created beside the choice
    assert not (_isolated_home / "data" / "balagh.db").exists()
    code, out, _ = run(capsys, "db", "info")
    assert code == 0
    assert f"قاعدة البيانات / base de données: {shared_db}" in out
    assert "مصدر الاختيار / choisie par: الإعدادات (database_url)" in out
    assert "عدد الدورات / éditions: 6" in out


def test_the_order_is_option_then_environment_then_settings_then_embedded(
    _isolated_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(database_url=_sqlite(tmp_path / "settings.db"))
    monkeypatch.setenv("BALAGH_DB", _sqlite(tmp_path / "env.db"))
    assert choose_database(_sqlite(tmp_path / "option.db"), settings).source is Source.OPTION
    chosen = choose_database(None, settings)
    assert (chosen.source, chosen.url) == (Source.ENVIRONMENT, _sqlite(tmp_path / "env.db"))
    monkeypatch.delenv("BALAGH_DB")
    assert choose_database(None, settings).source is Source.SETTINGS
    embedded = choose_database(None, Settings())
    assert embedded.source is Source.EMBEDDED
    assert embedded.url.endswith("/data/balagh.db")


def test_the_window_opens_the_database_the_cli_opens(
    _isolated_home: Path, shared_db: Path, capsys: Capsys
) -> None:
    """Both faces go through ``open_database``: the same settings give the same editions."""
    from balagh.gui.window.app import open_services

    _settings_pointing_at(_isolated_home, _sqlite(shared_db))
    settings = Settings.load()
    services = open_services(None, settings)
    try:
        window_numbers = [e.number for e in services.editions.list_editions()]
    finally:
        services.store.close()
    code, out, _ = run(capsys, "editions", "list")
    assert code == 0
    cli_numbers = [int(line.split()[0]) for line in out.splitlines()[1:]]
    assert window_numbers == cli_numbers == [1, 2, 3, 4, 5, 6]


def test_db_info_names_the_source_revision_and_size(
    shared_db: Path, capsys: Capsys
) -> None:
    code, out, err = run(capsys, "--db", _sqlite(shared_db), "db", "info")
    assert (code, err) == (0, "")
    from balagh.store.migrate import head_revision

    assert f"مراجعة المخطط / révision du schéma: {head_revision()}\n" in out
    assert "مصدر الاختيار / choisie par: الخيار" in out
    size = shared_db.stat().st_size
    assert f"الحجم / taille: {size} octets" in out
    assert "الكتابة / écriture: مسموحة / autorisée" in out


def test_db_info_on_a_missing_named_file_creates_nothing(tmp_path: Path, capsys: Capsys) -> None:
    missing = tmp_path / "typo.db"
    code, out, _ = run(capsys, "--db", _sqlite(missing), "db", "info")
    assert code == 0 and "لم تنشأ بعد" in out
    assert not missing.exists()


# --- read-only databases ------------------------------------------------------------------------

def _beside(path: Path) -> set[str]:
    return {node.name for node in path.parent.iterdir()}


@pytest.fixture
def read_only_file(shared_db: Path) -> Iterator[Path]:
    """The shared database with its file marked read-only."""
    mode = shared_db.stat().st_mode
    shared_db.chmod(stat.S_IREAD)
    yield shared_db
    shared_db.chmod(mode)


@pytest.fixture
def read_only_folder(shared_db: Path) -> Iterator[Path]:
    """The shared database in a folder marked read-only."""
    folder = shared_db.parent
    mode = folder.stat().st_mode
    folder.chmod(stat.S_IREAD | stat.S_IEXEC)
    yield shared_db
    folder.chmod(mode)


@pytest.mark.parametrize("marked", ["read_only_file", "read_only_folder"])
def test_a_read_only_database_is_read_and_printed_but_never_written(
    marked: str, request: pytest.FixtureRequest, tmp_path: Path, capsys: Capsys
) -> None:
    path: Path = request.getfixturevalue(marked)
    url = _sqlite(path)
    before = _beside(path)
    digest = path.read_bytes()

    code, out, err = run(capsys, "--db", url, "editions", "list")
    assert code == 0 and "فاس" in out
    assert err.startswith("قاعدة البيانات مفتوحة للقراءة فقط")

    code, out, _ = run(capsys, "--db", url, "release", "draft", "2023")
    assert code == 0 and "فاس" in out

    pdf = tmp_path / "out" / "release.pdf"
    pdf.parent.mkdir()
    code, _, _ = run(capsys, "--db", url, "release", "pdf", "2023", "-o", str(pdf))
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF")

    code, _, err = run(capsys, "--db", url, "db", "info")
    assert code == 0

    edition = tmp_path / "out" / "fez.json"
    code, _, _ = run(capsys, "--db", url, "editions", "export", "2023", "-o", str(edition))
    assert code == 0
    data = json.loads(edition.read_text(encoding="utf-8"))
    data["figures"]["police_staff"]["value"] = 2600
    edition.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, _, err = run(capsys, "--db", url, "editions", "import", str(edition), "--replace")
    assert code == 1
    message = err.splitlines()[-1]
    assert "قاعدة البيانات مفتوحة للقراءة فقط، فلم يحفظ شيء" in message
    assert "lecture seule" in message and "readonly" not in message

    assert _beside(path) == before  # no -wal, -shm, journal or backup beside the file
    assert path.read_bytes() == digest


def test_the_window_on_a_read_only_database_says_so_and_refuses_a_save(
    read_only_file: Path,
) -> None:
    opened = open_database(_sqlite(read_only_file), Settings(), for_writing=True)
    try:
        assert opened.read_only
        assert any("للقراءة فقط" in notice.ar for notice in opened.notices)
        fez = next(e for e in opened.store.editions.list_editions() if e.year == 2023)
        from balagh.core.errors import BalaghError

        with pytest.raises(BalaghError) as refused:
            opened.store.editions.save(fez)
        assert refused.value.message_ar.startswith("قاعدة البيانات مفتوحة للقراءة فقط")
    finally:
        opened.store.close()


# --- another program holding the write lock -------------------------------------------------------

def test_a_held_write_lock_does_not_stop_reading_and_refuses_writes_in_arabic(
    shared_db: Path, tmp_path: Path
) -> None:
    holder = sqlite3.connect(shared_db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another workstation in the middle of a long write
    try:
        env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
        started = time.monotonic()
        listing = subprocess.run(
            [sys.executable, "-m", "balagh", "--db", _sqlite(shared_db), "editions", "list"],
            capture_output=True, text=True, encoding="utf-8", env=env, timeout=60,
        )
        read_seconds = time.monotonic() - started
        assert listing.returncode == 0 and "فاس" in listing.stdout, listing.stderr
        exported = tmp_path / "fez.json"
        assert main(["--db", _sqlite(shared_db), "editions", "export", "2023",
                     "-o", str(exported)]) == 0
        importing = subprocess.run(
            [sys.executable, "-m", "balagh", "--db", _sqlite(shared_db), "editions", "import",
             str(exported), "--replace"],
            capture_output=True, text=True, encoding="utf-8", env=env, timeout=60,
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert importing.returncode == 1
    assert "قاعدة البيانات مشغولة: برنامج آخر يكتب فيها" in importing.stderr
    assert "locked" not in importing.stderr
    # the read did not wait for the writer (it used to wait out a 15 s busy timeout)
    assert read_seconds < 10
