"""A throwaway PostgreSQL server for the test session, when none is given.

``BALAGH_TEST_PG_URL`` names a server the tests may write to (``.ci/run`` starts one); without
it the suite starts its own from Debian's ``postgresql`` binaries (the README's test command
installs them) in a temporary folder, on a free port of 127.0.0.1, and stops it at the end.
As root, the server runs as the ``postgres`` user (PostgreSQL refuses to run as root).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _binaries() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb is None:
        raise RuntimeError(
            "PostgreSQL's initdb was not found: install Debian's postgresql package "
            "(the README's test command does) or set BALAGH_TEST_PG_URL"
        )
    return Path(initdb).parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def throwaway_server(folder: Path) -> Iterator[str]:
    """Start a PostgreSQL server with its data under ``folder``; yield its URL."""
    binaries = _binaries()
    as_postgres: list[str] = []
    if os.geteuid() == 0:
        as_postgres = ["runuser", "-u", "postgres", "--"]
        folder.chmod(0o777)
        for parent in folder.parents:  # the postgres user must reach its data folder
            if parent == Path(parent.anchor):
                break
            parent.chmod(parent.stat().st_mode | 0o011)
    data, port = folder / "data", _free_port()

    def run(*command: str) -> None:
        done = subprocess.run([*as_postgres, *command], capture_output=True, text=True,
                              timeout=120, cwd=folder)
        if done.returncode != 0:
            log = folder / "server.log"
            raise RuntimeError(
                f"{' '.join(command)} failed ({done.returncode}): {done.stderr}{done.stdout}"
                + (log.read_text(errors="replace")[-2000:] if log.exists() else "")
            )

    run(str(binaries / "initdb"), "-D", str(data), "-U", "balagh", "--auth=trust", "-E", "UTF8")
    run(str(binaries / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"), "-o",
        f"-p {port} -c listen_addresses=127.0.0.1 -k {folder}", "-w", "start")
    try:
        run(str(binaries / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "balagh",
            "balagh_test")
        yield f"postgresql+psycopg://balagh@127.0.0.1:{port}/balagh_test"
    finally:
        subprocess.run([*as_postgres, str(binaries / "pg_ctl"), "-D", str(data), "-m", "fast",
                        "stop"], capture_output=True, timeout=120, cwd=folder)
