"""Database errors the staff can meet are one Arabic sentence (and French), the technical
detail in the log; PostgreSQL sessions stop waiting for a held lock (``store.db_errors``)."""

from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from balagh.cli.main import main
from balagh.core.errors import BalaghError
from balagh.store import Store, db_errors
from balagh.store.db_errors import database_error
from store_tools import fez_edition

ENGLISH = ("database", "locked", "error", "constraint", "duplicate", "attempt")


def _operational(message: str) -> OperationalError:
    return OperationalError("INSERT …", {}, sqlite3.OperationalError(message))


@pytest.mark.parametrize(("raw", "words"), [
    ("database is locked", "مشغولة"),
    ("attempt to write a readonly database", "للقراءة فقط"),
    ("disk I/O error", "القرص"),
    ("database or disk is full", "القرص ممتلئ"),
    ("database disk image is malformed", "تالف"),
    ("something nobody foresaw", "التفاصيل التقنية في سجل البرنامج"),
])
def test_each_failure_is_one_arabic_sentence_with_the_detail_in_the_log(
    raw: str, words: str, caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.ERROR, logger="balagh.store.db_errors"):
        error = database_error(_operational(raw))
    assert words in error.message_ar and "لم يحفظ شيء" in error.message_ar
    assert not any(w in error.message_ar.lower() for w in ENGLISH)
    assert raw not in error.message_fr
    assert raw in caplog.text and raw in error.detail


def test_a_duplicate_key_on_postgresql_or_sqlite_reads_in_arabic(store: Store) -> None:
    store.editions.save(fez_edition())
    with store.engine.connect() as connection, pytest.raises(IntegrityError) as raised:
        connection.execute(text(
            "INSERT INTO editions (number, city_ar, city_fr, venue_ar, venue_fr, start_date,"
            " end_date, theme, notes, created_at, updated_at, version) SELECT number, city_ar,"
            " city_fr, venue_ar, venue_fr, start_date, end_date, theme, notes, created_at,"
            " updated_at, 1 FROM editions"))
    error = database_error(raised.value)
    assert "مكرر" in error.message_ar and "duplicate" not in error.message_ar.lower()


def test_a_held_row_lock_on_postgresql_times_out_in_arabic(
    store: Store, monkeypatch: pytest.MonkeyPatch,
) -> None:
    if store.engine.dialect.name != "postgresql":
        pytest.skip("row locks that wait are PostgreSQL's (SQLite has its busy timeout)")
    store.editions.save(fez_edition())
    monkeypatch.setattr(db_errors, "LOCK_TIMEOUT_S", 1)
    changed = fez_edition()
    changed.figures["police_staff"].value = 2600
    with store.engine.connect() as holder:
        holder.execute(text("SELECT * FROM editions WHERE number = 4 FOR UPDATE"))
        started = time.monotonic()
        with pytest.raises(BalaghError) as refused:
            store.editions.replace_all([changed], replace=True)
        waited = time.monotonic() - started
        holder.rollback()
    assert "انتهت مهلة الانتظار (1 ثوان)" in refused.value.message_ar
    assert waited < 5
    assert store.editions.get(4).figures["police_staff"].value == 2300


def test_verify_of_a_release_whose_edition_was_removed_outside_balagh(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "office.db"
    url = f"sqlite:///{path.as_posix()}"
    assert main(["--db", url, "demo"]) == 0
    assert main(["--db", url, "release", "issue", "2023", "-o", str(tmp_path / "a.pdf")]) == 0
    with sqlite3.connect(path) as raw:  # someone with the sqlite3 shell and no guards
        raw.execute("DROP TRIGGER trg_editions_issued_no_delete")
        raw.execute("DELETE FROM editions WHERE number = 4")
    capsys.readouterr()
    code = main(["--db", url, "release", "verify", str(tmp_path / "a.pdf")])
    err = capsys.readouterr().err
    assert code == 1 and "البلاغ 2023/001 مسجل لدورة لم تعد موجودة" in err
    assert "غير متوقع" not in err and "AttributeError" not in err


def test_the_cli_turns_a_driver_error_into_arabic(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = f"sqlite:///{(tmp_path / 'office.db').as_posix()}"
    assert main(["--db", url, "demo"]) == 0
    from balagh.store.editions import SqlEditionRepository

    def failing(*_args: object, **_kwargs: object) -> None:
        raise DBAPIError("SELECT …", {}, sqlite3.DatabaseError("disk I/O error"))

    monkeypatch.setattr(SqlEditionRepository, "list_editions", failing)
    capsys.readouterr()
    assert main(["--db", url, "editions", "list"]) == 1
    err = capsys.readouterr().err
    assert "تعذرت القراءة أو الكتابة على القرص" in err and "disk I/O" not in err
