"""Issued releases resist ordinary SQL that row triggers miss: SQLite's INSERT OR REPLACE
(on the id or the reference) and PostgreSQL's TRUNCATE; their edition cannot be deleted."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from balagh.core.model import Release, ReleaseKind
from balagh.store import Store
from store_tools import dump, fez_edition, sqlite_path


def fake_pdf(release: Release) -> bytes:
    return f"%PDF-1.7 {release.reference} {release.title}".encode()


@pytest.fixture
def issued(store: Store) -> tuple[Store, list[Release]]:
    store.editions.save(fez_edition())
    releases = []
    for _ in range(2):
        draft = store.releases.save_draft(Release(
            4, ReleaseKind.CLOSING, "بلاغ", "الرباط", dt.date(2023, 5, 22), ["نص البلاغ."]))
        releases.append(store.releases.issue(draft.id or 0, fake_pdf))
    return store, releases


REPLACE_ON_ID = (
    "INSERT OR REPLACE INTO releases (id, edition_id, kind, title, place, date, paragraphs_json,"
    " template_name, status, created_at, updated_at, version, updated_by)"
    " SELECT id, edition_id, kind, title, place, date, '[\"3 ملايين زائر\"]', template_name,"
    " 'draft', created_at, updated_at, version, '' FROM releases WHERE reference = '2023/001'"
)
REPLACE_ON_REFERENCE = (
    "INSERT OR REPLACE INTO releases (edition_id, kind, title, place, date, paragraphs_json,"
    " template_name, status, reference, issued_at, pdf, sha256, created_at, updated_at,"
    " version, updated_by) SELECT edition_id, kind, title, place, date, paragraphs_json,"
    " template_name, status, '2023/002', issued_at, pdf, sha256, created_at, updated_at, 1, ''"
    " FROM releases WHERE reference = '2023/001'"
)


@pytest.mark.parametrize("statement", [REPLACE_ON_ID, REPLACE_ON_REFERENCE,
                                       "DELETE FROM editions",
                                       "UPDATE OR REPLACE releases SET reference = '2023/001'"
                                       " WHERE reference = '2023/002'"])
def test_sqlite_replace_cannot_rewrite_or_delete_an_issued_release(
    issued: tuple[Store, list[Release]], statement: str,
) -> None:
    store, _releases = issued
    path = sqlite_path(store.url)
    if path is None:
        pytest.skip("SQLite's REPLACE; the PostgreSQL case is the TRUNCATE test")
    before = dump(store)
    # The sqlite3 shell a technician would use: no foreign keys, no recursive triggers.
    with sqlite3.connect(path) as raw, pytest.raises(sqlite3.DatabaseError, match="read-only"):
        raw.execute(statement)
    assert dump(store) == before


def test_postgresql_truncate_cannot_delete_issued_releases(
    issued: tuple[Store, list[Release]],
) -> None:
    store, _releases = issued
    if store.engine.dialect.name != "postgresql":
        pytest.skip("TRUNCATE is PostgreSQL's; SQLite's REPLACE is tested above")
    before = dump(store)
    for statement in ("TRUNCATE releases CASCADE", "TRUNCATE release_versions, releases",
                      "TRUNCATE editions CASCADE"):
        with store.engine.connect() as connection, pytest.raises(DBAPIError,
                                                                 match="read-only"):
            connection.execute(text(statement))
    assert dump(store) == before
