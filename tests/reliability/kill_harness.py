"""SIGKILL at random moments while a process saves editions and issues releases, then the
database is checked: no half-written edition or release, references unique and gapless.

Shared by ``test_kill_during_writes.py`` (a few dozen kills per database in the normal
suite) and ``tests/benchmarks/bench_kill_during_writes.py`` (hundreds, figures in the
README). The writer is a forked child (no interpreter start-up per kill); the parent keeps no
connection open across the fork.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import signal
import time
from dataclasses import dataclass, field

from balagh.core.model import Edition, FigureValue, Release, ReleaseKind, ReleaseStatus

START = dt.date(2023, 5, 17)
DAYS = 5
NUMBER = 4


def marked_edition(mark: int) -> Edition:
    """An edition whose every figure derives from ``mark``: a mixture of two saves shows."""
    return Edition(
        number=NUMBER, city_ar="فاس", city_fr="Fès", start_date=START,
        end_date=START + dt.timedelta(days=DAYS - 1),
        figures={"visitors_total": FigureValue(mark * 10 * DAYS),
                 "police_staff": FigureValue(mark), "vehicles": FigureValue(mark + 1),
                 "blood_donors": FigureValue(mark + 2)},
        daily_visitors={START + dt.timedelta(days=d): mark * 10 for d in range(DAYS)},
        highlights=[f"علامة {mark}", f"علامة {mark} ثانية"],
    )


def fake_pdf(release: Release) -> bytes:
    return (f"%PDF-1.7 {release.reference} " * 200).encode()


def writer(url: str, seed: int, ready: int) -> None:
    """The child: open the store, say so on the ``ready`` pipe, then save, save, issue…
    until killed, writing a byte on the pipe after each save and each issue."""
    from balagh.store import open_store

    rng = random.Random(seed)
    store = open_store(url, upgrade=False)
    mark = rng.randrange(1, 10_000) * 1000  # even: the first save gives an odd mark
    version = store.editions.get(NUMBER).version
    os.write(ready, b"1")
    while True:
        mark += 1
        edition = marked_edition(mark)
        edition.version = version
        version = store.editions.save(edition, force=True).version
        os.write(ready, b"s")
        if mark % 2 == 1:  # the first save is followed by an issue, then every other one
            draft = store.releases.save_draft(Release(
                NUMBER, ReleaseKind.CLOSING, "بلاغ", "الرباط", START + dt.timedelta(days=DAYS),
                [f"فقرة {mark}"]))
            store.releases.issue(draft.id or 0, fake_pdf)
            os.write(ready, b"i")


@dataclass
class KillReport:
    """What the kills found: counts and every inconsistency (empty when all is well)."""

    kills: int = 0
    issued: int = 0
    saves_seen: set[int] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)


def check(url: str, report: KillReport) -> None:
    """Open the database after a kill and record any half-written state."""
    from balagh.store import open_store

    with open_store(url, upgrade=False) as store:
        edition = store.editions.get(NUMBER)
        mark = edition.figures["police_staff"].value
        if edition != _as_stored(marked_edition(mark), edition):
            report.problems.append(f"edition mixes two saves (mark {mark})")
        report.saves_seen.add(mark)
        issued = [r for r in store.releases.releases() if r.status is ReleaseStatus.ISSUED]
        for release in issued:
            full = store.releases.get_release(release.id or 0)
            if not full.pdf or hashlib.sha256(full.pdf).hexdigest() != full.sha256:
                report.problems.append(f"release {full.reference} incomplete")
        numbers = sorted(int((r.reference or "0/0").split("/")[1]) for r in issued)
        if numbers != list(range(1, len(numbers) + 1)):
            report.problems.append(f"references not gapless: {numbers}")
        report.issued = len(issued)
        if store.engine.dialect.name == "sqlite":
            with store.engine.connect() as connection:
                from sqlalchemy import text

                result = connection.execute(text("PRAGMA integrity_check")).scalar()
                if result != "ok":
                    report.problems.append(f"integrity_check: {result}")


def _as_stored(expected: Edition, stored: Edition) -> Edition:
    expected.version = stored.version
    expected.created_at, expected.updated_at = stored.created_at, stored.updated_at
    return expected


def prepare(url: str) -> None:
    """The database the writer starts from: schema, catalogue, the edition."""
    from balagh.store import open_store

    with open_store(url) as store:
        store.editions.save(marked_edition(1))


def run_kills(url: str, kills: int, *, seed: int = 14, max_delay: float = 0.25) -> KillReport:
    """Fork a writer, SIGKILL it at a random moment of its work, check; ``kills`` times.

    The moment is counted in the writer's own steps, not on the clock alone: after 0, 1 or
    2 saves and issues it reported, plus a random part of the last one's length (at most
    ``max_delay``), so the kill falls inside the next save or issue however fast the machine
    runs. (A random delay after opening alone let a loaded machine kill the writer before it
    had saved anything, in most rounds.)
    """
    rng = random.Random(seed)
    report = KillReport()
    prepare(url)
    for n in range(kills):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child never returns into pytest
            try:
                os.close(read_end)
                writer(url, seed * 1000 + n, write_end)
            finally:
                os._exit(1)
        os.close(write_end)
        os.read(read_end, 1)  # the writer has opened the store
        step = max_delay  # before any save: within max_delay of opening
        for _ in range(rng.randrange(3)):  # let that many saves and issues through
            began = time.monotonic()
            if not os.read(read_end, 1):
                break  # the writer ended (the check below says what it left)
            step = time.monotonic() - began
        time.sleep(rng.uniform(0.0, min(step, max_delay)))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(read_end)  # only now: an earlier close would stop the writer cleanly
        report.kills += 1
        check(url, report)
    return report
