"""Storage of editions and releases: SQLAlchemy tables, Alembic migrations, repositories.

``open_store(url)`` returns a :class:`Store` whose ``editions`` and ``releases`` implement
the protocols of ``balagh.core.ports``; nothing outside this package sees a row. Every read
is SQLAlchemy Core (``tables``, ``*_reads``); the ORM (``models``, ``*_writes``) is imported
by the first write only.
"""

from balagh.platform.deferred_imports import defer_unused_modules

defer_unused_modules()  # before SQLAlchemy, which imports importlib.metadata unused

from balagh.store.migrate import UpgradeReport  # noqa: E402
from balagh.store.session import Store, open_store  # noqa: E402

__all__ = ["Store", "UpgradeReport", "open_store"]
