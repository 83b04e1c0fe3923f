"""Reading the store goes through SQLAlchemy Core: the ORM is imported only when something is
written.

A cold ``balagh release pdf`` or ``balagh editions list``, and the window's start (opening the
database as ``balagh.app.database.open_database`` does, then reading the editions list, the
latest edition, its releases and the catalogue), leave ``sqlalchemy.orm`` unimported; the
first save imports it and works. Each case runs in a fresh process, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from balagh.core.model import Release, ReleaseKind
from balagh.store import Store
from balagh.store.demo import install_demo

COMMAND = """
import json, sys
from balagh.cli.main import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "orm": "sqlalchemy.orm" in sys.modules}))
"""

WINDOW_START = """
import dataclasses, json, sys
from balagh.app.database import open_database
from balagh.app.next_edition import latest_edition

store = open_database(sys.argv[1], for_writing=True).store
brief = store.editions.list_editions_brief()
latest = latest_edition(brief)
edition = store.editions.get(latest.number)
shown = store.releases.releases(latest.number)
kinds = store.editions.catalogue()
phrases = store.phrases.current()
read = {"latest": latest.number, "city": edition.city_fr, "drafts": len(shown),
        "kinds": len(kinds), "orm_after_reading": "sqlalchemy.orm" in sys.modules}
saved = store.editions.save(dataclasses.replace(edition, theme="موضوع جديد"))
again = store.editions.get(latest.number)
read.update(orm_after_saving="sqlalchemy.orm" in sys.modules, saved_version=saved.version,
            theme=again.theme, history=len(store.history.edition_history(latest.number)))
store.close()
print(json.dumps(read))
"""


def _run(code: str, *args: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          timeout=180, check=False)
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _with_a_draft(store: Store) -> None:
    install_demo(store.editions)
    latest = max(store.editions.list_editions(), key=lambda e: e.start_date)
    store.releases.save_draft(Release(
        edition_number=latest.number, kind=ReleaseKind.CLOSING, title="بلاغ",
        place=latest.city_ar, date=latest.end_date + dt.timedelta(days=1),
        paragraphs=["فقرة"]))


def test_release_pdf_reads_without_the_orm(store: Store, db_url: str, tmp_path: Path) -> None:
    _with_a_draft(store)
    pdf = tmp_path / "fez.pdf"
    report = _run(COMMAND, "--db", db_url, "release", "pdf", "2023", "-o", str(pdf))
    assert report == {"code": 0, "orm": False}
    assert pdf.read_bytes().startswith(b"%PDF")


def test_editions_list_reads_without_the_orm(store: Store, db_url: str) -> None:
    _with_a_draft(store)
    assert _run(COMMAND, "--db", db_url, "editions", "list") == {"code": 0, "orm": False}


def test_the_window_start_reads_without_the_orm_and_a_save_imports_it(
        store: Store, db_url: str) -> None:
    _with_a_draft(store)
    latest = max(store.editions.list_editions(), key=lambda e: e.start_date)
    versions_before = len(store.history.edition_history(latest.number))
    report = _run(WINDOW_START, db_url)
    assert report == {
        "latest": latest.number, "city": latest.city_fr, "drafts": 1,
        "kinds": len(store.editions.catalogue()), "orm_after_reading": False,
        "orm_after_saving": True, "saved_version": latest.version + 1, "theme": "موضوع جديد",
        "history": versions_before + 1,
    }
    assert store.editions.get(latest.number).theme == "موضوع جديد"
