"""Who is doing something: the operating-system user and, on PostgreSQL, the database role."""

from __future__ import annotations

import getpass
import os

from sqlalchemy import Connection, text

from balagh.core.history import Actor


def os_user() -> str:
    """The login name of the person running Balagh («ahmed»), «?» when the system hides it."""
    try:
        return getpass.getuser() or "?"
    except Exception:  # no USER/LOGNAME and no password entry (containers, odd setups)
        return os.environ.get("USERNAME") or "?"


def default_actor() -> str:
    """«user@workstation»: ``BALAGH_USER`` if set, else the system's user and host names."""
    import socket

    named = os.environ.get("BALAGH_USER", "").strip()
    if named:
        return named
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no login name (some services, containers)
        user = "?"
    return f"{user}@{socket.gethostname() or '?'}"


def current_actor(connection: Connection) -> Actor:
    """The actor of the transaction: the OS user, and ``current_user`` on PostgreSQL."""
    role: str | None = None
    if connection.dialect.name == "postgresql":
        role = str(connection.execute(text("SELECT current_user")).scalar_one())
    return Actor(os_user(), role)
