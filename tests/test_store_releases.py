"""The release repository: drafts, issuing with references and PDFs, read-only records."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from balagh.core.errors import BalaghError, NotFoundError, ReadOnlyError
from balagh.core.model import Release, ReleaseKind, ReleaseStatus, StoredTemplate
from balagh.store import Store
from store_tools import dump, fez_edition

D = dt.date


FEZ_CLOSING_DAY = D(2023, 5, 22)


def closing(date: dt.date = FEZ_CLOSING_DAY, title: str = "بلاغ اختتام") -> Release:
    return Release(
        edition_number=4,
        kind=ReleaseKind.CLOSING,
        title=title,
        place="الرباط",
        date=date,
        paragraphs=["تعلن المديرية العامة للأمن الوطني…", "وقد سجل يوما الجمعة والسبت…"],
        template_name="closing-default",
    )


@pytest.fixture
def fez_store(store: Store) -> Store:
    store.editions.save(fez_edition())
    return store


def fake_pdf(release: Release) -> bytes:
    """A stand-in renderer: bytes that depend on what the PDF would say."""
    return f"%PDF-1.7 {release.reference} {release.title} {release.status}".encode()


def test_draft_round_trip_and_update(fez_store: Store) -> None:
    draft = fez_store.releases.save_draft(closing())
    assert draft.id is not None and draft.status is ReleaseStatus.DRAFT
    assert draft.reference is None and draft.pdf is None
    stored = fez_store.releases.get_release(draft.id)
    assert stored.paragraphs == closing().paragraphs
    assert stored.title == "بلاغ اختتام" and stored.place == "الرباط"
    edited = fez_store.releases.save_draft(dataclasses.replace(stored, paragraphs=["فقرة واحدة"]))
    assert edited.id == draft.id
    assert fez_store.releases.get_release(draft.id).paragraphs == ["فقرة واحدة"]


def test_draft_for_an_unknown_edition_is_refused(fez_store: Store) -> None:
    with pytest.raises(NotFoundError, match="لا توجد دورة بالرقم 9"):
        fez_store.releases.save_draft(dataclasses.replace(closing(), edition_number=9))


def test_issue_allocates_sequential_references_per_year(fez_store: Store) -> None:
    seen: list[Release] = []

    def render(release: Release) -> bytes:
        seen.append(release)
        return fake_pdf(release)

    ids = [fez_store.releases.save_draft(closing(title=f"بلاغ {i}")).id for i in range(3)]
    next_year = fez_store.releases.save_draft(closing(date=D(2024, 1, 3))).id
    issued = [fez_store.releases.issue(i, render) for i in ids if i is not None]
    assert [r.reference for r in issued] == ["2023/001", "2023/002", "2023/003"]
    assert next_year is not None
    assert fez_store.releases.issue(next_year, render).reference == "2024/001"
    # render saw the release as it will be on record
    assert seen[0].reference == "2023/001" and seen[0].status is ReleaseStatus.ISSUED
    first = issued[0]
    assert first.pdf == fake_pdf(seen[0])
    assert first.sha256 == hashlib.sha256(fake_pdf(seen[0])).hexdigest()
    assert first.issued_at is not None and first.issued_at.tzinfo is not None
    assert fez_store.releases.find_by_sha256(first.sha256.upper()) == first
    assert fez_store.releases.find_by_sha256("0" * 64) is None


def test_issued_release_is_read_only(fez_store: Store) -> None:
    draft_id = fez_store.releases.save_draft(closing()).id
    assert draft_id is not None
    issued = fez_store.releases.issue(draft_id, fake_pdf, override_reason="الرقم مؤكد هاتفيا")
    assert issued.override_reason == "الرقم مؤكد هاتفيا"
    before = dump(fez_store)
    as_draft = dataclasses.replace(issued, status=ReleaseStatus.DRAFT, title="تغيير")
    with pytest.raises(ReadOnlyError, match="صادر"):
        fez_store.releases.save_draft(as_draft)
    with pytest.raises(ReadOnlyError):
        fez_store.releases.save_draft(dataclasses.replace(issued, title="تغيير"))
    with pytest.raises(ReadOnlyError):
        fez_store.releases.issue(draft_id, fake_pdf)
    assert dump(fez_store) == before


def test_database_itself_refuses_to_change_an_issued_release(fez_store: Store) -> None:
    draft_id = fez_store.releases.save_draft(closing()).id
    assert draft_id is not None
    fez_store.releases.issue(draft_id, fake_pdf)
    with fez_store.engine.connect() as connection:
        with pytest.raises(DBAPIError, match="read-only"):
            connection.execute(
                text("UPDATE releases SET title = 'مزور' WHERE id = :i"), {"i": draft_id}
            )
        connection.rollback()
        with pytest.raises(DBAPIError, match="read-only"):
            connection.execute(text("DELETE FROM releases WHERE id = :i"), {"i": draft_id})
        connection.rollback()
    assert fez_store.releases.get_release(draft_id).title == "بلاغ اختتام"


def test_failed_render_issues_nothing(fez_store: Store) -> None:
    draft_id = fez_store.releases.save_draft(closing()).id
    assert draft_id is not None
    before = dump(fez_store)

    def broken(release: Release) -> bytes:
        raise BalaghError("تعذر إنشاء ملف PDF")

    with pytest.raises(BalaghError):
        fez_store.releases.issue(draft_id, broken)
    with pytest.raises(BalaghError, match="لم ينتج"):
        fez_store.releases.issue(draft_id, lambda release: b"")
    assert dump(fez_store) == before
    assert fez_store.releases.issue(draft_id, fake_pdf).reference == "2023/001"


def test_releases_newest_first_and_by_edition(fez_store: Store) -> None:
    fez_store.editions.save(dataclasses.replace(fez_edition(3), start_date=D(2019, 10, 2),
                                                end_date=D(2019, 10, 6), figures={},
                                                daily_visitors={}))
    first = fez_store.releases.save_draft(closing(title="الأول"))
    second = fez_store.releases.save_draft(closing(title="الثاني"))
    other = fez_store.releases.save_draft(
        dataclasses.replace(closing(title="طنجة"), edition_number=3))
    assert [r.id for r in fez_store.releases.releases()] == [other.id, second.id, first.id]
    assert [r.title for r in fez_store.releases.releases(4)] == ["الثاني", "الأول"]
    assert fez_store.releases.releases(1) == []


def test_superseding_release_points_at_the_old_one(fez_store: Store) -> None:
    old_id = fez_store.releases.save_draft(closing()).id
    assert old_id is not None
    fez_store.releases.issue(old_id, fake_pdf)
    new = fez_store.releases.save_draft(
        dataclasses.replace(closing(title="بلاغ مصحح"), supersedes_id=old_id,
                            override_reason="تصحيح عدد الزوار"))
    assert new.id is not None
    issued = fez_store.releases.issue(new.id, fake_pdf)
    assert issued.supersedes_id == old_id and issued.reference == "2023/002"
    assert issued.override_reason == "تصحيح عدد الزوار"


def test_templates_crud(store: Store) -> None:
    assert store.releases.templates() == []
    store.releases.save_template(StoredTemplate("بلاغ الاختتام", ReleaseKind.CLOSING, "{{ a }}"))
    store.releases.save_template(StoredTemplate("افتتاح", ReleaseKind.OPENING, "{{ b }}"))
    replaced = store.releases.save_template(
        StoredTemplate("بلاغ الاختتام", ReleaseKind.CLOSING, "{{ c }}"))
    names = [(t.name, t.body) for t in store.releases.templates()]
    assert sorted(names) == [("افتتاح", "{{ b }}"), ("بلاغ الاختتام", "{{ c }}")]
    assert replaced.id is not None
    store.releases.delete_template("افتتاح")
    assert [t.name for t in store.releases.templates()] == ["بلاغ الاختتام"]
    with pytest.raises(NotFoundError):
        store.releases.delete_template("افتتاح")
    with pytest.raises(BalaghError):
        store.releases.save_template(StoredTemplate("  ", ReleaseKind.CLOSING, ""))


def test_two_workstations_issuing_at_once_get_consecutive_references(
    db_url: str,
) -> None:
    import threading
    import time

    from balagh.store import open_store

    with open_store(db_url) as first, open_store(db_url) as second:
        first.editions.save(fez_edition())
        ids = [first.releases.save_draft(closing(title=f"بلاغ {i}")).id for i in range(2)]
        results: dict[int, str | None] = {}
        errors: list[BaseException] = []

        def slow_render(release: Release) -> bytes:
            time.sleep(0.3)  # both workstations are inside issue() at the same time
            return fake_pdf(release)

        def issue(store: Store, release_id: int | None) -> None:
            assert release_id is not None
            try:
                results[release_id] = store.releases.issue(release_id, slow_render).reference
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=issue, args=(s, i))
                   for s, i in zip((first, second), ids, strict=True)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert errors == []
        assert sorted(r for r in results.values() if r) == ["2023/001", "2023/002"]


def test_issuing_supersedes_the_newest_issued_release_of_the_same_kind(
    fez_store: Store,
) -> None:
    # three drafts written before anything was issued: none names a release to supersede
    drafts = [fez_store.releases.save_draft(closing(title=f"بلاغ {i}")) for i in range(3)]
    opening = fez_store.releases.save_draft(
        dataclasses.replace(closing(title="إعلان"), kind=ReleaseKind.OPENING))
    assert all(d.supersedes_id is None for d in drafts)
    issued = [fez_store.releases.issue(d.id, fake_pdf) for d in drafts if d.id is not None]
    assert opening.id is not None
    announced = fez_store.releases.issue(opening.id, fake_pdf)
    assert [r.supersedes_id for r in issued] == [None, issued[0].id, issued[1].id]
    assert announced.supersedes_id is None  # another kind: supersedes nothing
    # what render saw is what is on record
    on_record = fez_store.releases.get_release(issued[2].id or 0)
    assert on_record.supersedes_id == issued[1].id


def test_two_corrections_of_the_same_release_form_a_line_not_a_fork(
    fez_store: Store,
) -> None:
    first_id = fez_store.releases.save_draft(closing()).id
    assert first_id is not None
    first = fez_store.releases.issue(first_id, fake_pdf)
    # two people open a correction of 2023/001 at the same time
    corrections = [
        fez_store.releases.save_draft(
            dataclasses.replace(closing(title=f"تصحيح {who}"), supersedes_id=first.id))
        for who in ("أ", "ب")
    ]
    one, two = (fez_store.releases.issue(c.id, fake_pdf) for c in corrections if c.id)
    assert one.supersedes_id == first.id
    assert two.supersedes_id == one.id  # the newest of the line, not 2023/001 again


def test_concurrent_issuing_decides_supersession_under_the_lock(db_url: str) -> None:
    import threading
    import time

    from balagh.store import open_store

    workstations = 4
    stores = [open_store(db_url) for _ in range(workstations)]
    try:
        stores[0].editions.save(fez_edition())
        # every workstation drafts before anyone issues, as six `release issue` runs do
        ids = [s.releases.save_draft(closing(title=f"بلاغ {i}")).id
               for i, s in enumerate(stores)]
        start = threading.Barrier(workstations)
        errors: list[BaseException] = []

        def slow_render(release: Release) -> bytes:
            time.sleep(0.1)
            return fake_pdf(release)

        def issue(store: Store, release_id: int | None) -> None:
            assert release_id is not None
            try:
                start.wait(timeout=30)
                store.releases.issue(release_id, slow_render)
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=issue, args=(s, i))
                   for s, i in zip(stores, ids, strict=True)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert errors == []
        issued = sorted(stores[0].releases.releases(4), key=lambda r: r.reference or "")
        assert [r.reference for r in issued] == [f"2023/00{n}" for n in range(1, 5)]
        assert [r.supersedes_id for r in issued] == [None] + [r.id for r in issued[:-1]]
    finally:
        for store in stores:
            store.close()
