"""The declarative base of the store's tables: the naming convention every database shares.

The tables are in :mod:`balagh.store.models` (editions and their figures),
:mod:`balagh.store.release_models` (releases, their other languages, templates) and
:mod:`balagh.store.record_models` (versions and audit events); importing
``balagh.store.models`` registers all of them in ``Base.metadata``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

# Named constraints, so that migrations can refer to them and every database names them alike.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def in_list(column: str, values: tuple[str, ...]) -> str:
    """A CHECK expression: ``in_list("kind", ("a", "b"))`` -> ``"kind IN ('a', 'b')"``."""
    quoted = ", ".join(f"'{value}'" for value in values)
    return f"{column} IN ({quoted})"


def utcnow() -> dt.datetime:
    """The current time in UTC, naive (the database stores UTC without a zone)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    """Declarative base with the shared naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
