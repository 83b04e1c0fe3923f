"""Databases for the benchmarks: the demo editions, or many editions made from them.

``prepare_database(home, count)`` writes ``home/editions-<count>.db`` (a SQLite file at the
schema head) in a separate process and returns its URL. With ``count`` 4 it holds the four
published demo editions; with more, the demo editions repeated with new numbers and dates
(seven a year from 1956), their figures scaled a little so that no two are equal.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

FILL = r"""
import dataclasses, datetime as dt, sys
from balagh.store import open_store
from balagh.store.demo import demo_editions, install_demo

url, count = sys.argv[1], int(sys.argv[2])
with open_store(url) as store:
    if count <= 4:
        install_demo(store.editions)
    else:
        keys = [kind.key for kind in store.editions.catalogue()]
        demo = demo_editions(keys)
        made = []
        for index in range(count):
            model = demo[index % len(demo)]
            start = dt.date(1956 + index // 7, 1 + index % 7, 10)
            shift = start - model.start_date
            figures = {
                key: dataclasses.replace(
                    value, value=value.value + index, days=[d + shift for d in value.days]
                )
                for key, value in model.figures.items()
            }
            made.append(dataclasses.replace(
                model, number=index + 1, start_date=start, end_date=model.end_date + shift,
                figures=figures,
                daily_visitors={day + shift: n for day, n in model.daily_visitors.items()},
                as_of={day + shift: dict(values) for day, values in model.as_of.items()},
            ))
        store.editions.replace_all(made, replace=False)
"""


def bench_env(home: Path) -> dict[str, str]:
    """The environment of the processes measured: Balagh's folders under ``home``, and
    bytecode cached (under ``home``) as in an installed copy, whatever the shell says."""
    env = {**os.environ, "BALAGH_HOME": str(home)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
    return env


def prepare_database(home: Path, count: int = 4) -> str:
    """The URL of a SQLite database with ``count`` editions (created once per ``home``)."""
    path = home / f"editions-{count}.db"
    url = f"sqlite:///{path.as_posix()}"
    if not path.exists():
        env = bench_env(home)
        subprocess.run(
            [sys.executable, "-c", FILL, url, str(count)], env=env, check=True, timeout=600
        )
    return url
