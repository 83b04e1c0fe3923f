"""Issuing issues exactly what was checked: drafts conflict, changers are named, concurrent
issuers each get a true message (``balagh.app.issuing``, the CLI and the repository)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from balagh.app.issuing import Issuing, documents_check
from balagh.cli.main import main
from balagh.core.errors import AlreadyIssuedError, ConflictError, DraftChangedError
from balagh.core.model import Release, ReleaseStatus
from balagh.documents.release.draft import draft_release
from balagh.documents.release.pdf import render_release_pdf
from balagh.platform.settings import Settings
from balagh.store import open_store
from balagh.store.releases import SqlReleaseRepository

if TYPE_CHECKING:
    from balagh.store import Store

FEZ_DATE = dt.date(2023, 5, 22)
FORGED = "وقد بلغ عدد الزوار 3 ملايين زائر."


def fez_draft(store: Store) -> Release:
    catalogue = {kind.key: kind for kind in store.editions.catalogue()}
    return draft_release(store.editions.find(2023), store.editions.list_editions(), catalogue,
                         Settings(), release_date=FEZ_DATE)


def workflow(store: Store, actor: str) -> Issuing:
    releases = SqlReleaseRepository(store.engine, actor=actor)
    return Issuing(store.editions, releases, documents_check,
                   lambda r: render_release_pdf(r, Settings()))


def issued_count(store: Store) -> int:
    return sum(r.status is ReleaseStatus.ISSUED for r in store.releases.releases())


def test_a_draft_changed_after_its_check_is_refused_naming_who(demo_store: Store) -> None:
    karim = workflow(demo_store, "karim@poste-1")
    checked = karim.check(karim.store_draft(fez_draft(demo_store)))
    assert checked.problems == []
    amina = SqlReleaseRepository(demo_store.engine, actor="amina@poste-2")
    theirs = amina.get_release(checked.release.id or 0)
    amina.save_draft(dataclasses.replace(theirs, paragraphs=[*theirs.paragraphs, FORGED]))
    with pytest.raises(DraftChangedError, match="amina@poste-2") as refused:
        karim.issue(checked)
    assert "لم يصدر شيء" in refused.value.message_ar
    assert issued_count(demo_store) == 0
    again = karim.check(karim.releases.get_release(checked.release.id or 0))
    assert any("3 ملايين" in p.text_ar() for p in again.problems)  # the new text is checked


def test_figures_changed_after_the_check_stop_the_issue(demo_store: Store) -> None:
    karim = workflow(demo_store, "karim@poste-1")
    checked = karim.check(karim.store_draft(fez_draft(demo_store)))
    fez = demo_store.editions.find(2023)
    fez.figures["police_staff"].value = 2600
    demo_store.editions.save(fez)
    with pytest.raises(DraftChangedError, match="أرقام الدورة 4"):
        karim.issue(checked)
    assert issued_count(demo_store) == 0


def test_cli_issue_refuses_a_draft_saved_by_someone_else_during_its_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = f"sqlite:///{(tmp_path / 'office.db').as_posix()}"
    assert main(["--db", url, "demo"]) == 0
    with open_store(url) as store:
        store.releases.save_draft(fez_draft(store))
    import balagh.app.issuing as issuing

    real_check = issuing.documents_check

    def check_while_amina_saves(release, edition, catalogue, editions):  # type: ignore[no-untyped-def]
        found = real_check(release, edition, catalogue, editions)
        with open_store(url) as other:
            repo = SqlReleaseRepository(other.engine, actor="amina@poste-2")
            theirs = repo.get_release(release.id)
            repo.save_draft(dataclasses.replace(theirs, paragraphs=[*theirs.paragraphs, FORGED]))
        return found

    monkeypatch.setattr(issuing, "documents_check", check_while_amina_saves)
    capsys.readouterr()
    code = main(["--db", url, "release", "issue", "2023", "-o", str(tmp_path / "b.pdf")])
    err = capsys.readouterr().err
    assert code == 1 and "amina@poste-2" in err and "لم يصدر شيء" in err
    assert not (tmp_path / "b.pdf").exists()
    with open_store(url) as store:
        assert issued_count(store) == 0


def test_a_stale_draft_save_is_refused_naming_the_other_editor(demo_store: Store) -> None:
    karim = SqlReleaseRepository(demo_store.engine, actor="karim@poste-1")
    amina = SqlReleaseRepository(demo_store.engine, actor="amina@poste-2")
    opened = karim.save_draft(fez_draft(demo_store))
    hers = amina.get_release(opened.id or 0)
    saved = amina.save_draft(dataclasses.replace(hers, paragraphs=["فقرة أمينة."]))
    assert saved.version == opened.version + 1 and saved.updated_by == "amina@poste-2"
    with pytest.raises(ConflictError, match="amina@poste-2"):
        karim.save_draft(dataclasses.replace(opened, paragraphs=["فقرة كريم."]))
    assert demo_store.releases.get_release(opened.id or 0).paragraphs == ["فقرة أمينة."]
    forced = karim.save_draft(dataclasses.replace(opened, paragraphs=["فقرة كريم."]), force=True)
    assert forced.paragraphs == ["فقرة كريم."]


def test_concurrent_issuers_of_one_draft_each_get_a_true_message(db_url: str) -> None:
    from balagh.store.demo import install_demo

    with open_store(db_url) as store:
        install_demo(store.editions)
        draft = store.releases.save_draft(fez_draft(store))
    results: list[object] = []
    start = threading.Barrier(6)

    def issuer(n: int) -> None:
        with open_store(db_url) as mine:
            flow = workflow(mine, f"issuer{n}@poste")
            checked = flow.check(flow.releases.get_release(draft.id or 0))
            start.wait()
            try:
                results.append(flow.issue(checked))
            except AlreadyIssuedError as exc:
                results.append(exc)

    threads = [threading.Thread(target=issuer, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    issued = [r for r in results if isinstance(r, Release)]
    refused = [r for r in results if isinstance(r, AlreadyIssuedError)]
    assert len(issued) == 1 and len(refused) == 5
    reference = issued[0].reference
    for exc in refused:
        assert exc.reference == reference and f"البلاغ {reference} صادر" in exc.message_ar
        assert "لم يصدر بلاغ جديد" in exc.message_ar
