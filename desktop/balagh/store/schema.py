"""The whole schema: importing this module registers every table on :data:`METADATA`.

For whoever needs all the tables at once — the migrations' environment, the tests that
compare the migrations with the tables — without the ORM.
"""

from __future__ import annotations

from balagh.store import record_tables, release_tables, tables
from balagh.store.tables import METADATA

__all__ = ["METADATA", "record_tables", "release_tables", "tables"]
