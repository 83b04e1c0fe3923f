"""The declarative base of the ORM classes the writes use, on the Core tables' MetaData.

The tables themselves are Core ``Table`` objects (:mod:`balagh.store.tables` and its
siblings); the classes of :mod:`balagh.store.models` (editions and their figures),
:mod:`balagh.store.release_models` (releases, their other languages, templates) and
:mod:`balagh.store.record_models` (versions and audit events) are mapped onto them. Only
writing imports these modules (and ``sqlalchemy.orm``): every read goes through Core.
"""

from __future__ import annotations

from sqlalchemy.orm import DeclarativeBase

from balagh.store.tables import METADATA


class Base(DeclarativeBase):
    """Declarative base sharing the Core tables' MetaData (and its naming convention)."""

    metadata = METADATA
