"""Who is doing something: the operating-system user and, on PostgreSQL, the database role."""

from __future__ import annotations

import getpass
import os

from sqlalchemy import text
from sqlalchemy.orm import Session

from balagh.core.history import Actor


def os_user() -> str:
    """The login name of the person running Balagh («ahmed»), «?» when the system hides it."""
    try:
        return getpass.getuser() or "?"
    except Exception:  # no USER/LOGNAME and no password entry (containers, odd setups)
        return os.environ.get("USERNAME") or "?"


def current_actor(session: Session) -> Actor:
    """The actor of the transaction: the OS user, and ``current_user`` on PostgreSQL."""
    role: str | None = None
    if session.get_bind().dialect.name == "postgresql":
        role = str(session.execute(text("SELECT current_user")).scalar_one())
    return Actor(os_user(), role)
