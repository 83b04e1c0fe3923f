"""History of every figure and the trash: versions, authors, restores, emptying."""

from __future__ import annotations

import pytest

from balagh.cli.main import main
from balagh.core.errors import BalaghError, NotFoundError, ReadOnlyError
from balagh.core.history import describe_change
from balagh.core.model import Qualifier, Release, ReleaseKind, StoredTemplate
from balagh.store import Store
from store_tools import D, fez_edition


def _as(monkeypatch: pytest.MonkeyPatch, user: str) -> None:
    """Act as the operating-system user ``user`` (what getpass reads)."""
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.setenv(name, user)


def _edit_three_times(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    _as(monkeypatch, "amina")
    edition = store.editions.save(fez_edition())
    for user, value in (("karim", 1_200_000), ("salma", 1_250_000), ("karim", 1_300_000)):
        _as(monkeypatch, user)
        edition.figures["visitors_total"].value = value
        if value == 1_250_000:
            edition.figures["visitors_total"].qualifier = Qualifier.MORE_THAN
        edition = store.editions.save(edition)


def test_three_edits_are_three_versions_with_old_and_new_values_and_authors(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _edit_three_times(store, monkeypatch)
    history = store.history.edition_history(4)
    assert [(v.version, v.action, v.actor.os_user) for v in history] == [
        (1, "created", "amina"), (2, "saved", "karim"), (3, "saved", "salma"),
        (4, "saved", "karim"),
    ]
    if store.engine.dialect.name == "postgresql":
        assert all(v.actor.db_role for v in history)  # the database role is recorded too
    catalogue = {kind.key: kind for kind in store.editions.catalogue()}
    described = [[describe_change(c, catalogue) for c in v.changes] for v in history]
    assert described[1] == ["العدد الإجمالي للزوار: 1150000 ← 1200000"]
    assert described[2] == ["العدد الإجمالي للزوار: 1200000 ← 1250000",
                            "العدد الإجمالي للزوار (الصيغة): حوالي ← أكثر من"]
    assert [describe_change(c, catalogue, "fr") for c in history[3].changes] == [
        "Nombre total de visiteurs : 1250000 → 1300000"]
    assert history[0].content["figures"]["visitors_total"] == {
        "value": 1_150_000, "qualifier": "about", "note": "رقم قياسي"}


def test_restoring_version_one_is_a_new_version(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _edit_three_times(store, monkeypatch)
    _as(monkeypatch, "nadia")
    restored = store.history.restore_edition_version(4, 1)
    assert restored.figures["visitors_total"].value == 1_150_000
    assert restored.figures["visitors_total"].qualifier is Qualifier.ABOUT
    assert store.editions.get(4).figures["visitors_total"].value == 1_150_000
    history = store.history.edition_history(4)
    newest = history[-1]
    assert (newest.version, newest.action, newest.restored_from, newest.actor.os_user) == (
        5, "restored", 1, "nadia")
    assert [(c.field, c.old, c.new) for c in newest.changes] == [
        ("figures.visitors_total.value", 1_300_000, 1_150_000),
        ("figures.visitors_total.qualifier", "more_than", "about"),
    ]
    assert newest.action_text() == "استرجاع نسخة سابقة (النسخة 1)"
    with pytest.raises(NotFoundError, match="لا توجد النسخة 9"):
        store.history.restore_edition_version(4, 9)


def test_lists_changes_say_what_was_added_and_removed(store: Store) -> None:
    edition = store.editions.save(fez_edition())
    edition.partners = [*edition.partners[1:], "الوقاية المدنية"]
    edition.daily_visitors[D(2023, 5, 17)] = 161_000
    store.editions.save(edition)
    [change_daily, change_partners] = store.history.edition_history(4)[-1].changes
    assert describe_change(change_daily) == "زوار يوم 2023-05-17: 160000 ← 161000"
    text = describe_change(change_partners)
    assert text.startswith("الشركاء: أضيف: الوقاية المدنية؛ حذف: ")


def _draft(number: int = 4) -> Release:
    return Release(number, ReleaseKind.CLOSING, "بلاغ", "الرباط", D(2023, 5, 22), ["فقرة"])


def test_delete_and_restore_an_edition_with_its_releases_and_history(store: Store) -> None:
    store.editions.save(fez_edition())
    store.releases.save_draft(_draft())
    before = store.history.edition_history(4)
    store.editions.delete(4)
    assert store.editions.list_editions() == []
    with pytest.raises(NotFoundError):
        store.editions.get(4)
    [trashed] = store.history.trash()
    assert (trashed.number, trashed.drafts, trashed.city_ar) == (4, 1, "فاس")
    with pytest.raises(BalaghError, match="في سلة المحذوفات"):
        store.editions.save(fez_edition())  # its number is still taken, and it says why
    restored = store.history.restore_from_trash(4)
    assert restored == store.editions.get(4)
    assert [r.paragraphs for r in store.releases.releases(4)] == [["فقرة"]]
    after = store.history.edition_history(4)
    assert after[:len(before)] == before
    assert [v.action for v in after[len(before):]] == ["trashed", "untrashed"]
    assert store.history.trash() == []


def test_an_edition_with_an_issued_release_cannot_go_to_the_trash(store: Store) -> None:
    store.editions.save(fez_edition())
    draft = store.releases.save_draft(_draft())
    assert draft.id is not None
    store.releases.issue(draft.id, lambda _release: b"%PDF-1.4 fez")
    assert store.editions.issued_count(4) == 1
    with pytest.raises(ReadOnlyError, match="لا يمكن حذف الدورة 4"):
        store.editions.delete(4)
    assert store.history.trash() == []


def test_emptying_the_trash_is_recorded_and_keeps_the_history(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.editions.save(fez_edition())
    store.releases.save_draft(_draft())
    store.editions.delete(4)
    _as(monkeypatch, "hassan")
    assert store.history.empty_trash() == [4]
    assert store.history.trash() == [] and store.releases.releases() == []
    [event] = [e for e in store.history.events() if e.action == "trash_emptied"]
    assert (event.actor.os_user, event.subject) == ("hassan", "4")
    assert event.details == {"editions": ["الدورة 4 (فاس، 2023)"]}
    # The number is free again; the new edition starts a history of its own.
    store.editions.save(fez_edition())
    assert [v.action for v in store.history.edition_history(4)] == ["created"]


def test_templates_are_versioned_and_restorable(store: Store) -> None:
    store.releases.save_template(StoredTemplate("قالبي", ReleaseKind.CLOSING, "نص أول"))
    store.releases.save_template(StoredTemplate("قالبي", ReleaseKind.CLOSING, "نص أول"))
    store.releases.save_template(StoredTemplate("قالبي", ReleaseKind.CLOSING, "نص ثان"))
    store.releases.delete_template("قالبي")
    history = store.history.template_history("قالبي")
    assert [(v.version, v.action) for v in history] == [
        (1, "created"), (2, "saved"), (3, "deleted")]  # an unchanged save adds nothing
    assert [(c.field, c.old, c.new) for c in history[1].changes] == [
        ("body", "نص أول", "نص ثان")]
    back = store.history.restore_template_version("قالبي", 1)
    assert back.body == "نص أول" and store.releases.templates()[0].body == "نص أول"


def test_history_and_restore_from_the_command_line(
    store: Store, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _edit_three_times(store, monkeypatch)
    url = store.url if store.engine.dialect.name == "sqlite" else store.engine.url.render_as_string(
        hide_password=False)
    assert main(["--db", url, "editions", "history", "2023"]) == 0
    out = capsys.readouterr().out.splitlines()
    role = (f" ({store.engine.url.username})" if store.engine.dialect.name == "postgresql"
            else "")
    assert out[0].startswith("النسخة 1 — ") and out[0].endswith(f" — amina{role} — إنشاء")
    assert out[1].endswith(f" — karim{role} — تعديل")
    assert out[2] == "    العدد الإجمالي للزوار: 1150000 ← 1200000"
    assert main(["--db", url, "editions", "restore", "2023", "--version", "1"]) == 0
    assert "نسخة جديدة رقم 5" in capsys.readouterr().out
    assert main(["--db", url, "editions", "delete", "4"]) == 0
    assert main(["--db", url, "trash", "list"]) == 0
    assert "4  فاس  2023" in capsys.readouterr().out
    assert main(["--db", url, "trash", "empty"]) == 1  # no terminal to ask on: refused
    assert "--yes" in capsys.readouterr().err
    assert [t.number for t in store.history.trash()] == [4]
    assert main(["--db", url, "trash", "empty", "--yes"]) == 0
    assert store.history.trash() == []
