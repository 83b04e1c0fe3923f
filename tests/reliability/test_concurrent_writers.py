"""Concurrent saves and issuers on SQLite and PostgreSQL: no save is lost silently, each
issuer gets a true answer, references stay unique and gapless."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading

from kill_harness import fake_pdf, marked_edition

from balagh.core.errors import AlreadyIssuedError, ConflictError
from balagh.core.model import Release, ReleaseKind, ReleaseStatus
from balagh.store import open_store
from balagh.store.releases import SqlReleaseRepository

WRITERS = 6
SAVES_EACH = 5


def _draft() -> Release:
    return Release(4, ReleaseKind.CLOSING, "بلاغ", "الرباط", dt.date(2023, 5, 22), ["البداية."])


def test_concurrent_draft_saves_lose_nothing(db_url: str) -> None:
    with open_store(db_url) as store:
        store.editions.save(marked_edition(1))
        draft_id = store.releases.save_draft(_draft()).id or 0
    conflicts: list[int] = []

    def editor(n: int) -> None:
        with open_store(db_url) as mine:
            repo = SqlReleaseRepository(mine.engine, actor=f"editor{n}@poste")
            done = 0
            while done < SAVES_EACH:
                current = repo.get_release(draft_id)
                mine_added = [*current.paragraphs, f"فقرة المحرر {n} رقم {done}."]
                try:
                    repo.save_draft(dataclasses.replace(current, paragraphs=mine_added))
                except ConflictError as exc:
                    assert "منذ فتحها" in exc.message_ar  # names who saved meanwhile
                    conflicts.append(n)
                    continue
                done += 1

    threads = [threading.Thread(target=editor, args=(n,)) for n in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with open_store(db_url) as store:
        final = store.releases.get_release(draft_id)
    expected = {f"فقرة المحرر {n} رقم {i}." for n in range(WRITERS) for i in range(SAVES_EACH)}
    assert set(final.paragraphs[1:]) == expected  # every save kept: none overwrote another
    assert final.version == 1 + WRITERS * SAVES_EACH


def test_concurrent_issuers_get_unique_gapless_references(db_url: str) -> None:
    with open_store(db_url) as store:
        store.editions.save(marked_edition(1))
    answers: list[object] = []
    start = threading.Barrier(WRITERS)

    def issuer(n: int) -> None:
        with open_store(db_url) as mine:
            own = mine.releases.save_draft(_draft())
            shared = mine.releases.releases()
            start.wait()
            for release in (own, *shared):
                try:
                    answers.append(mine.releases.issue(release.id or 0, fake_pdf))
                except AlreadyIssuedError as exc:
                    answers.append(exc)

    threads = [threading.Thread(target=issuer, args=(n,)) for n in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with open_store(db_url) as store:
        issued = [r for r in store.releases.releases() if r.status is ReleaseStatus.ISSUED]
    references = sorted(r.reference or "" for r in issued)
    assert references == [f"2023/{n:03d}" for n in range(1, WRITERS + 1)]
    refusals = [a for a in answers if isinstance(a, AlreadyIssuedError)]
    assert all(a.reference in references for a in refusals)
    assert len([a for a in answers if isinstance(a, Release)]) == WRITERS
