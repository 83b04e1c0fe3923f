"""Migrations: they build exactly the models' schema, and old databases upgrade safely."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from balagh.core.catalogue import DEFAULT_CATALOGUE
from balagh.core.errors import BalaghError
from balagh.store import open_store
from balagh.store.engine import make_engine
from balagh.store.migrate import HEAD_REVISION, alembic_config, current_revision, head_revision
from balagh.store.models import Base
from store_tools import build_at, digest, sqlite_path


def _insert_fez_at_0001(url: str) -> None:
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO editions (id, number, city_ar, city_fr, venue_ar, venue_fr,"
                    " start_date, end_date, theme, notes, created_at, updated_at, version)"
                    " VALUES (1, 4, 'فاس', 'Fès', '', '', :s, :e, '', '', :t, :t, 1)"
                ),
                {"s": dt.date(2023, 5, 17), "e": dt.date(2023, 5, 21),
                 "t": dt.datetime(2023, 5, 22, 9, 0)},
            )
            connection.execute(
                text(
                    "INSERT INTO figure_values (edition_id, figure_key, value, qualifier, note)"
                    " VALUES (1, 'visitors_total', 1150000, 'about', '')"
                )
            )
    finally:
        engine.dispose()


def test_head_constant_names_the_newest_migration() -> None:
    # Opening a database compares its revision with HEAD_REVISION without importing Alembic.
    assert head_revision() == HEAD_REVISION, (
        f"the newest migration is {head_revision()!r}: set HEAD_REVISION = "
        f"{head_revision()!r} in desktop/balagh/store/migrate.py"
    )


def test_opening_a_database_at_head_does_not_import_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{(tmp_path / 'balagh.db').as_posix()}"
    with open_store(url):
        pass
    code = (
        "import sys\nfrom balagh.store import open_store\n"
        "with open_store(sys.argv[1]) as store:\n    assert not store.upgrade.upgraded\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    env = {**os.environ, "BALAGH_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", code, url], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.strip() == "[]"


def test_migrations_produce_exactly_the_models_schema(db_url: str) -> None:
    with open_store(db_url) as store:
        assert store.upgrade.previous is None and store.upgrade.current == head_revision()
        with store.engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "compare_server_default": True}
            )
            assert compare_metadata(context, Base.metadata) == []


def test_new_database_is_created_at_head_with_the_catalogue(db_url: str) -> None:
    with open_store(db_url) as store:
        assert current_revision(store.engine) == HEAD_REVISION
        assert store.upgrade.backup is None
        assert store.editions.catalogue() == list(DEFAULT_CATALOGUE)


def test_older_database_upgrades_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "balagh.db"
    url = f"sqlite:///{path.as_posix()}"
    build_at(url, "0001")
    _insert_fez_at_0001(url)
    with open_store(url) as store:
        report = store.upgrade
        assert (report.previous, report.current) == ("0001", head_revision())
        fez = store.editions.get(4)
        assert fez.figures["visitors_total"].value == 1_150_000
        assert store.releases.releases() == []
    backup = report.backup
    assert backup is not None and backup.parent == tmp_path
    assert backup.name.startswith("balagh.db.") and backup.name.endswith(".bak")
    stamp = backup.name[len("balagh.db."):-len(".bak")]
    dt.datetime.strptime(stamp, "%Y-%m-%dT%H-%M-%S")  # «balagh.db.2026-11-27T22-45-00.bak»
    with sqlite3.connect(backup) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert old.execute("SELECT number, city_ar FROM editions").fetchall() == [(4, "فاس")]
        tables = {row[0] for row in old.execute("SELECT name FROM sqlite_master")}
        assert "releases" not in tables
    old.close()
    # opening again: nothing to do, no second backup
    with open_store(url) as store:
        assert not store.upgrade.upgraded and store.upgrade.backup is None
    assert sorted(p.name for p in tmp_path.glob("*.bak")) == [backup.name]


def test_older_postgresql_database_upgrades(db_url: str) -> None:
    if sqlite_path(db_url) is not None:
        pytest.skip("the SQLite case, with its backup, is tested above")
    build_at(db_url, "0001")
    _insert_fez_at_0001(db_url)
    with open_store(db_url) as store:
        assert (store.upgrade.previous, store.upgrade.backup) == ("0001", None)
        assert store.editions.get(4).city_fr == "Fès"


def test_older_database_without_upgrade_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "balagh.db"
    url = f"sqlite:///{path.as_posix()}"
    build_at(url, "0001")
    before = digest(path)
    with pytest.raises(BalaghError, match="balagh db upgrade"):
        open_store(url, upgrade=False)
    assert digest(path) == before
    assert list(tmp_path.glob("*.bak")) == []


def test_database_from_a_newer_balagh_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{(tmp_path / 'balagh.db').as_posix()}"
    open_store(url).close()
    with sqlite3.connect(tmp_path / "balagh.db") as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    connection.close()
    with pytest.raises(BalaghError, match="إصدار أحدث"):
        open_store(url)


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY)")
    connection.close()
    before = digest(path)
    with pytest.raises(BalaghError, match="ليس قاعدة بيانات"):
        open_store(f"sqlite:///{path.as_posix()}")
    assert digest(path) == before


def test_downgrade_to_nothing_and_back(tmp_path: Path) -> None:
    url = f"sqlite:///{(tmp_path / 'balagh.db').as_posix()}"
    open_store(url).close()
    engine = make_engine(url)
    try:
        config = alembic_config(engine)
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "base")
        with engine.connect() as connection:
            names = connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')"
            ).scalars().all()
            assert names == ["alembic_version"]
    finally:
        engine.dispose()
    with open_store(url) as store:
        assert store.editions.catalogue() == list(DEFAULT_CATALOGUE)


def test_catalogue_is_brought_in_sync_on_open(db_url: str) -> None:
    with open_store(db_url) as store, store.engine.begin() as connection:
        connection.execute(text("UPDATE figure_kinds SET label_ar = 'قديم' WHERE key = 'vehicles'"))
        connection.execute(text("DELETE FROM figure_kinds WHERE key = 'area_m2'"))
    with open_store(db_url) as store:
        assert store.editions.catalogue() == list(DEFAULT_CATALOGUE)


def test_unreachable_database_gives_a_readable_error(tmp_path: Path) -> None:
    with pytest.raises(BalaghError, match="مجلد قاعدة البيانات غير موجود"):
        open_store(f"sqlite:///{(tmp_path / 'missing' / 'x.db').as_posix()}")
    with pytest.raises(BalaghError, match="تعذر فتح قاعدة البيانات"):
        open_store("postgresql+psycopg://nobody:wrong@127.0.0.1:1/none")


def test_check_and_unique_constraints_match_the_models(db_url: str) -> None:
    """Autogenerate does not compare CHECK constraints: compare their names directly."""
    from sqlalchemy import CheckConstraint, UniqueConstraint, inspect

    with open_store(db_url) as store, store.engine.connect() as connection:
        inspector = inspect(connection)
        for table in Base.metadata.sorted_tables:
            expected_checks = {
                str(c.name) for c in table.constraints if isinstance(c, CheckConstraint)
            }
            found_checks = {str(c["name"]) for c in inspector.get_check_constraints(table.name)}
            assert found_checks == expected_checks, table.name
            expected_unique = {
                str(c.name) for c in table.constraints if isinstance(c, UniqueConstraint)
            }
            found_unique = {str(c["name"]) for c in inspector.get_unique_constraints(table.name)}
            assert found_unique == expected_unique, table.name


def test_a_failing_upgrade_changes_nothing(tmp_path: Path) -> None:
    """Migrations run in one transaction: a failure halfway leaves the old schema intact."""
    path = tmp_path / "balagh.db"
    url = f"sqlite:///{path.as_posix()}"
    build_at(url, "0001")
    _insert_fez_at_0001(url)
    with sqlite3.connect(path) as connection:  # makes 0002 fail after its first table
        connection.execute("CREATE TABLE templates (x INTEGER)")
    connection.close()
    with pytest.raises(BalaghError, match="تعذر فتح قاعدة البيانات"):
        open_store(url)
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("0001",)]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        assert "releases" not in tables
        assert connection.execute("SELECT number FROM editions").fetchall() == [(4,)]
    connection.close()
    assert len(list(tmp_path.glob("balagh.db.*.bak"))) == 1


def test_create_false_refuses_a_missing_sqlite_file_and_creates_nothing(tmp_path: Path) -> None:
    typo = tmp_path / "typo.db"
    with pytest.raises(BalaghError) as caught:
        open_store(f"sqlite:///{typo.as_posix()}", create=False)
    assert caught.value.message_ar.startswith(f"لا توجد قاعدة بيانات في {typo}")
    assert list(tmp_path.iterdir()) == []  # no file, no WAL, no journal
    # the same database, once created, opens for reading and keeps what it holds
    open_store(f"sqlite:///{typo.as_posix()}").close()
    before = digest(typo)
    with open_store(f"sqlite:///{typo.as_posix()}", create=False) as store:
        assert store.editions.list_editions() == []
    assert digest(typo) == before


def test_create_false_refuses_an_empty_database(db_url: str) -> None:
    from sqlalchemy import inspect

    path = sqlite_path(db_url)
    if path is not None:  # an empty file (e.g. made by `touch`) is not a Balagh database
        path.write_bytes(b"")
    with pytest.raises(BalaghError, match="لا توجد قاعدة بيانات «بلاغ»"):
        open_store(db_url, create=False)
    if path is not None:
        assert path.read_bytes() == b""  # not even a header written
    engine = make_engine(db_url)
    try:
        with engine.connect() as connection:
            assert inspect(connection).get_table_names() == []
    finally:
        engine.dispose()


def test_create_false_still_upgrades_an_older_database(tmp_path: Path) -> None:
    url = f"sqlite:///{(tmp_path / 'old.db').as_posix()}"
    build_at(url, "0001")
    with open_store(url, create=False) as store:
        assert (store.upgrade.previous, store.upgrade.upgraded) == ("0001", True)
        assert store.upgrade.backup is not None and store.upgrade.backup.exists()
