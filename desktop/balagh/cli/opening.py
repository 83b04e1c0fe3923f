"""Opening the database for a command, and saying on standard error what opening did.

A database someone named (``--db``, ``BALAGH_DB``, the settings) must already exist for
:func:`open_for_reading` (a mistyped path is an error, not a new empty file; nothing is
written); :func:`open_for_writing` creates it if needed. Both say when opening upgraded an
older database, and where its backup is, or that it is read-only.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from balagh.store import Store


def _open_for(args: argparse.Namespace, *, for_writing: bool) -> Store:
    from balagh.app.database import open_database

    opened = open_database(getattr(args, "db", None), for_writing=for_writing)
    for notice in opened.notices:
        print(f"{notice.ar} / {notice.fr}", file=sys.stderr)
    return opened.store


def open_for_reading(args: argparse.Namespace) -> Store:
    """Open the database for a command that only reads it (nothing is written).

    The database is chosen by :func:`balagh.app.database.choose_database`. One that someone
    named (``--db``, ``BALAGH_DB``, the settings) must exist: a mistyped SQLite path gives
    «لا توجد قاعدة بيانات في /tmp/typo.db» and creates nothing. The embedded default
    database is still created on first use. What opening did (an upgrade, a read-only
    database) is said on standard error.
    """
    return _open_for(args, for_writing=False)


def open_for_writing(args: argparse.Namespace) -> Store:
    """Open (creating it if needed) the database for a command that writes to it."""
    return _open_for(args, for_writing=True)
