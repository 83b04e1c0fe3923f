"""SIGKILL during saves and issues leaves no half-written edition or release, on SQLite
and PostgreSQL (a few dozen kills each; ``tests/benchmarks/bench_kill_during_writes.py``
runs hundreds)."""

from __future__ import annotations

import sys

import pytest
from kill_harness import run_kills

KILLS = 20


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX")
def test_sigkill_during_saves_and_issues_leaves_every_record_whole(db_url: str) -> None:
    report = run_kills(db_url, KILLS, max_delay=0.3)
    assert report.problems == []
    assert report.kills == KILLS
    # The kills fell while the writer was working: saves and issues happened between them.
    assert len(report.saves_seen) > KILLS // 4 and report.issued > 0
