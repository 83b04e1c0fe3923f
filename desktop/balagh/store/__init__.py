"""Storage of editions and releases: SQLAlchemy models, Alembic migrations, repositories.

``open_store(url)`` returns a :class:`Store` whose ``editions`` and ``releases`` implement
the protocols of ``balagh.core.ports``; nothing outside this package sees an ORM object.
"""

from balagh.store.migrate import UpgradeReport
from balagh.store.session import Store, open_store

__all__ = ["Store", "UpgradeReport", "open_store"]
