"""Roles on a shared PostgreSQL database: an editor cannot issue (the database refuses, the
window explains), an issuer can — set up with the SQL ``balagh db roles`` prints."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from balagh.app.roles import capabilities, roles_sql
from balagh.cli.main import main
from balagh.core.errors import ReadOnlyError
from balagh.core.model import Release, ReleaseKind, ReleaseStatus
from balagh.store import Store, open_store
from balagh.store.demo import install_demo
from store_tools import D


@pytest.fixture
def shared(store: Store) -> Iterator[dict[str, str]]:
    """The demo office on PostgreSQL with the roles set up, and two staff who log in."""
    if store.engine.dialect.name != "postgresql":
        pytest.skip("roles belong to a shared PostgreSQL database")
    install_demo(store.editions)
    url = store.engine.url
    schema = str(url.query["options"]).split("search_path=")[1]
    suffix = uuid.uuid4().hex[:8]
    names = {"editor": f"nadia_{suffix}", "issuer": f"karim_{suffix}"}
    admin = create_engine(url)
    try:
        with admin.begin() as connection:
            connection.exec_driver_sql(roles_sql(schema))
            connection.exec_driver_sql(f"CREATE ROLE {names['editor']} LOGIN IN ROLE "
                                       "balagh_editor")
            connection.exec_driver_sql(f"CREATE ROLE {names['issuer']} LOGIN IN ROLE "
                                       "balagh_issuer")
        yield {who: url.set(username=name).render_as_string(hide_password=False)
               for who, name in names.items()}
    finally:
        with admin.begin() as connection:
            for name in names.values():
                connection.execute(text(f"DROP OWNED BY {name}"))
                connection.execute(text(f"DROP ROLE IF EXISTS {name}"))
        admin.dispose()


def _draft(store: Store) -> Release:
    return store.releases.save_draft(Release(4, ReleaseKind.CLOSING, "بلاغ", "الرباط",
                                             D(2023, 5, 22), ["فقرة"]))


def test_an_editor_edits_and_drafts_but_the_database_refuses_her_issue(
    shared: dict[str, str]
) -> None:
    with open_store(shared["editor"], create=False) as editor:
        fez = editor.editions.get(4)
        fez.theme = "تعديل المحررة"
        editor.editions.save(fez)  # figures and drafts: allowed
        draft = _draft(editor)
        assert draft.id is not None
        rights = capabilities(editor)
        assert not rights.can_issue and "balagh_issuer" in rights.why_not_ar
        with pytest.raises(ReadOnlyError, match="دورك فيها لا يسمح بها"):
            editor.releases.issue(draft.id, lambda _r: b"%PDF-1.4 x")
        with editor.engine.begin() as connection:  # not through Balagh either
            with pytest.raises(Exception, match="row-level security"):
                connection.execute(text(
                    "UPDATE releases SET status = 'issued', reference = '2023/009', "
                    "issued_at = now(), pdf = 'x', sha256 = 'x' WHERE id = :id"),
                    {"id": draft.id})
        with editor.engine.begin() as connection:  # nor rewrite the history
            with pytest.raises(Exception, match="permission denied"):
                connection.execute(text("DELETE FROM versions"))
        assert editor.releases.get_release(draft.id).status is ReleaseStatus.DRAFT
        assert editor.history.edition_history(4)[-1].actor.db_role is not None


def test_an_issuer_issues_and_is_named(shared: dict[str, str]) -> None:
    with open_store(shared["editor"], create=False) as editor:
        draft = _draft(editor)
    assert draft.id is not None
    with open_store(shared["issuer"], create=False) as issuer:
        assert capabilities(issuer).can_issue
        issued = issuer.releases.issue(draft.id, lambda _r: b"%PDF-1.4 x")
    assert issued.reference == "2023/001"
    issuer_role = make_url(shared["issuer"]).username
    assert issued.issued_by is not None and issued.issued_by.endswith(f"({issuer_role})")


def test_the_window_turns_issuing_off_for_an_editor_and_says_why(
    shared: dict[str, str], qtbot: Any
) -> None:
    from PySide6.QtWidgets import QLabel

    from balagh.gui.services import Services
    from balagh.gui.window.main_window import MainWindow
    from balagh.platform.settings import Settings

    editor = open_store(shared["editor"], create=False)
    try:
        services = Services(editions=editor.editions, releases=editor.releases,
                            phrases=editor.phrases,
                            settings=Settings(), db_url=editor.url, history=editor.history,
                            store=editor)
        window = MainWindow("ar")
        qtbot.addWidget(window)
        window.attach(services)
        window.show()
        tab = window.release_tab
        assert tab.issue_refusal.startswith("دورك في قاعدة البيانات (nadia_")
        assert not tab.issue_button.isEnabled()
        assert "balagh_issuer" in tab.issue_button.toolTip()
        assert window.findChild(QLabel, "role_label") is not None
        window.jobs.wait(20000)
    finally:
        editor.close()


def test_db_roles_prints_the_sql(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "roles", "--schema", "bureau"]) == 0
    sql = capsys.readouterr().out
    assert 'ALTER TABLE "bureau".releases ENABLE ROW LEVEL SECURITY;' in sql
    assert "CREATE POLICY balagh_drafts" in sql and "WITH CHECK (status = 'draft')" in sql
