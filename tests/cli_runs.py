"""The command line run in a test as the staff type it, and a digest of a database that
tells whether a command changed it (what ``sqlite3 office.db .dump`` prints)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from balagh.cli.main import main

Capsys = pytest.CaptureFixture[str]


def run(capsys: Capsys, *argv: str) -> tuple[int, str, str]:
    """``balagh ARGV…``: its exit code, standard output and standard error."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def dump_digest(database: Path) -> str:
    """A digest of the SQLite file's whole dump: equal when nothing changed."""
    connection = sqlite3.connect(database)
    try:
        return hashlib.md5("\n".join(connection.iterdump()).encode()).hexdigest()
    finally:
        connection.close()
