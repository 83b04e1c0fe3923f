"""SIGKILL reliability run: hundreds of kills during saves and issues, on SQLite and on
PostgreSQL, each followed by a full check of the database (``tests/reliability/
kill_harness.py``: no edition mixing two saves, no issued release without its PDF and
SHA-256, references unique and gapless, SQLite's integrity_check). Prints one line per
database and exits 1 if anything was found.

    .venv/bin/python tests/benchmarks/bench_kill_during_writes.py [--kills 200]

PostgreSQL: ``BALAGH_TEST_PG_URL`` if set, else a throwaway server like the test suite's.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from contextlib import ExitStack
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent / "reliability"), str(HERE.parent)]

from kill_harness import run_kills  # noqa: E402


def _postgres(stack: ExitStack, folder: Path) -> str:
    base = os.environ.get("BALAGH_TEST_PG_URL")
    if not base:
        from pg_server import throwaway_server

        base = stack.enter_context(throwaway_server(folder / "pg"))
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    schema = f"balagh_kill_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))

    def drop() -> None:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()

    stack.callback(drop)
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--max-delay", type=float, default=0.3)
    args = parser.parse_args()
    failed = False
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        folder = Path(tmp)
        os.environ["BALAGH_HOME"] = str(folder / "home")
        urls = {"sqlite": f"sqlite:///{(folder / 'kill.db').as_posix()}",
                "postgresql": _postgres(stack, folder)}
        for name, url in urls.items():
            started = time.monotonic()
            report = run_kills(url, args.kills, seed=2026, max_delay=args.max_delay)
            took = time.monotonic() - started
            print(f"{name}: {report.kills} kills, {len(report.saves_seen)} distinct saves "
                  f"found after a kill, {report.issued} releases issued, "
                  f"{len(report.problems)} problems ({took:.0f} s)")
            for problem in report.problems[:10]:
                print(f"  - {problem}")
            failed = failed or bool(report.problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
