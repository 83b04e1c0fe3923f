"""Shared fixtures: every test runs offscreen, on a temporary database and settings folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, settings

if TYPE_CHECKING:
    from balagh.store import Store

# Qt runs without a screen unless the developer asks for a real one (BALAGH_TEST_SCREEN=1).
if os.environ.get("BALAGH_TEST_SCREEN") != "1":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Hypothesis checks properties here, not speed: its default deadline (200 ms an example)
# failed a property on a loaded machine (an example of tests/test_arabic_properties.py took
# 253 ms beside six busy processes: "Unreliable test timings"; the first French date range
# alone loads Babel's data, 73 ms), and its health check on slow data generation is a clock
# too. Speed is measured in tests/benchmarks/.
settings.register_profile("balagh", deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("balagh")


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Point Balagh's data, config and log folders at a fresh temporary folder."""
    home = tmp_path_factory.mktemp("balagh-home")
    monkeypatch.setenv("BALAGH_HOME", str(home))
    monkeypatch.delenv("BALAGH_DB", raising=False)
    yield home


# --- databases (store helper) ------------------------------------------------------------------
#
# ``db_url`` is a fresh, empty database: a SQLite file in the test's folder, and — when
# BALAGH_TEST_PG_URL points at a PostgreSQL database the tests may write to — a fresh schema
# in that database (dropped afterwards). ``store`` opens it; ``demo_store`` adds the demo
# editions. Tests that take one of these run once per backend.

PG_URL_VARIABLE = "BALAGH_TEST_PG_URL"


def _pg_schema_url(base: str, schema: str) -> str:
    from sqlalchemy.engine import make_url

    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    """A PostgreSQL server for the session: ``BALAGH_TEST_PG_URL``, else one started here."""
    given = os.environ.get(PG_URL_VARIABLE)
    if given:
        yield given
        return
    import shutil
    import tempfile

    from pg_server import throwaway_server

    # Not under pytest's own folder: pytest keeps that private (mode 700) to its user, and
    # the server runs as the postgres user when the tests run as root.
    folder = Path(tempfile.mkdtemp(prefix="balagh-test-pg-"))
    try:
        with throwaway_server(folder) as url:
            yield url
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a fresh, empty database (SQLite file, or a PostgreSQL schema)."""
    if request.param == "sqlite":
        yield f"sqlite:///{(tmp_path / 'balagh.db').as_posix()}"
        return
    base: str = request.getfixturevalue("pg_server_url")
    import uuid

    from sqlalchemy import create_engine, text

    schema = f"balagh_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    try:
        with admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        yield _pg_schema_url(base, schema)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """A fresh, empty store (schema at head, built-in catalogue)."""
    from balagh.store import open_store

    opened = open_store(db_url)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def demo_store(store: Store) -> Store:
    """A store filled with the four demo editions (resources/demo/editions.json)."""
    from balagh.store.demo import install_demo

    install_demo(store.editions)
    return store
