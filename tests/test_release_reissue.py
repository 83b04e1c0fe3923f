"""Issuing again: the new release replaces the one in force and says so; a text word for word
the same as the release in force is not issued again unless asked (``--again``; the window
asks) — the shared workflow of ``balagh.app.issuing``."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from balagh.app.issuing import Issuing, SameAsInForce, documents_check, in_force
from balagh.core.model import ReleaseKind, ReleaseStatus
from balagh.documents.release.draft import draft_release
from balagh.platform.settings import Settings
from balagh.store import Store
from cli_runs import Capsys, dump_digest, run


@pytest.fixture
def office(tmp_path: Path, capsys: Capsys) -> str:
    url = f"sqlite:///{(tmp_path / 'office.db').as_posix()}"
    assert run(capsys, "--db", url, "demo")[0] == 0
    return url


def test_issuing_the_same_text_again_is_refused_unless_asked(
    office: str, tmp_path: Path, capsys: Capsys
) -> None:
    first = tmp_path / "first.pdf"
    code, out, _ = run(capsys, "--db", office, "release", "issue", "2023", "-o", str(first))
    assert code == 0 and "2023/001" in out and "محل" not in out  # the first one replaces none
    before = dump_digest(tmp_path / "office.db")
    again = tmp_path / "again.pdf"
    code, out, err = run(capsys, "--db", office, "release", "issue", "2023", "-o", str(again))
    assert (code, out) == (1, "") and not again.exists()
    assert "لم يصدر البلاغ: نصه مطابق للبلاغ الصادر 2023/001 الساري المفعول؛ لم يحفظ شيء" in err
    assert "balagh release export 2023/001 -o FILE" in err and "--again" in err
    assert "identique à celui du communiqué émis 2023/001" in err
    assert dump_digest(tmp_path / "office.db") == before  # no draft stored, no reference used
    code, out, _ = run(capsys, "--db", office, "release", "issue", "2023", "-o", str(again),
                       "--again")
    assert code == 0 and "صدر البلاغ 2023/002" in out
    assert "يحل البلاغ 2023/002 محل البلاغ 2023/001 (المؤرخ في 2023-05-22)، الذي لم يعد ساري " \
           "المفعول" in out
    assert "Le communiqué 2023/002 remplace le communiqué 2023/001" in out
    code, out, _ = run(capsys, "--db", office, "release", "verify", str(first))
    assert code == 0 and "عوض هذا البلاغ بالبلاغ 2023/002" in out


def test_a_changed_text_replaces_the_release_in_force_and_says_so(
    office: str, tmp_path: Path, capsys: Capsys
) -> None:
    assert run(capsys, "--db", office, "release", "issue", "2023", "-o",
               str(tmp_path / "a.pdf"))[0] == 0
    code, out, _ = run(capsys, "--db", office, "release", "issue", "2023", "--date",
                       "2023-05-23", "-o", str(tmp_path / "b.pdf"))
    assert code == 0 and "يحل البلاغ 2023/002 محل البلاغ 2023/001" in out


def _issuing(store: Store) -> Issuing:
    return Issuing(store.editions, store.releases, documents_check, lambda r: b"%PDF-1.7 test")


def test_the_window_s_workflow_follows_the_same_rule(demo_store: Store) -> None:
    """A new draft (as «إنشاء المسودة» stores it, superseding nothing) of an edition whose
    release is in force: the check binds it to the release it replaces."""
    store = demo_store
    editions = store.editions.list_editions()
    catalogue = {kind.key: kind for kind in store.editions.catalogue()}
    fez = store.editions.find(2023)
    workflow = _issuing(store)
    first = draft_release(fez, editions, catalogue, Settings())
    checked = workflow.check(workflow.store_draft(first))
    assert checked.replaces is None and not checked.identical
    issued = workflow.issue(checked)
    new = store.releases.save_draft(draft_release(fez, editions, catalogue, Settings()))
    assert new.supersedes_id is None
    checked = workflow.check(new)
    assert checked.replaces is not None and checked.replaces.reference == issued.reference
    assert checked.release.supersedes_id == issued.id and checked.identical
    with pytest.raises(SameAsInForce) as caught:
        workflow.issue(checked)
    assert "مطابق للبلاغ الصادر 2023/001" in caught.value.message_ar
    assert store.releases.get_release(new.id or 0).status is ReleaseStatus.DRAFT
    second = workflow.issue(checked, again=True)
    assert second.supersedes_id == issued.id
    third = store.releases.save_draft(dataclasses.replace(
        draft_release(fez, editions, catalogue, Settings()),
        paragraphs=[*first.paragraphs[:-1], first.paragraphs[-1] + " تصحيح."]))
    checked = workflow.check(third)
    assert checked.replaces is not None and checked.replaces.id == second.id
    assert not checked.identical


def test_bulletins_of_other_days_are_not_replaced(demo_store: Store) -> None:
    store = demo_store
    editions = store.editions.list_editions()
    catalogue = {kind.key: kind for kind in store.editions.catalogue()}
    fez = store.editions.find(2023)
    workflow = _issuing(store)
    days = [fez.start_date, fez.start_date.replace(day=fez.start_date.day + 1)]
    bulletins = [draft_release(fez, editions, catalogue, Settings(), kind=ReleaseKind.DAILY,
                               release_date=day) for day in days]
    workflow.issue(workflow.check(workflow.store_draft(bulletins[0])))
    checked = workflow.check(workflow.store_draft(bulletins[1]))
    assert checked.replaces is None
    assert in_force(store.releases, bulletins[0]) is not None
