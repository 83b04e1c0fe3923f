"""Opening the Balagh database: ``open_store(url)`` gives a :class:`Store` with repositories."""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from balagh.core.errors import BalaghError
from balagh.messages import msg
from balagh.store.editions import SqlEditionRepository
from balagh.store.engine import is_read_only, make_engine
from balagh.store.history import SqlHistoryRepository
from balagh.store.migrate import UpgradeReport, ensure_schema, sqlite_file
from balagh.store.phrases import SqlPhraseRepository
from balagh.store.releases import SqlReleaseRepository

if TYPE_CHECKING:
    from balagh.core.ports import EditionRepository, ReleaseRepository


class Store:
    """An open database: ``editions``, ``releases`` and ``history`` repositories, ``close()``.

    Usable as a context manager. ``upgrade`` tells what opening did to the schema. The
    repositories read through SQLAlchemy Core; the ORM is imported by the first write.
    """

    def __init__(self, engine: Engine, upgrade: UpgradeReport) -> None:
        self.engine = engine
        self.upgrade = upgrade
        self.editions = SqlEditionRepository(engine)
        self.releases = SqlReleaseRepository(engine)
        self.history = SqlHistoryRepository(engine)
        self.phrases = SqlPhraseRepository(engine)

    @property
    def read_only(self) -> bool:
        """True when the database was opened read-only (every write is then refused)."""
        return is_read_only(self.engine)

    @property
    def url(self) -> str:
        """The database URL, password hidden (for messages and the title bar)."""
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        """Close every connection (a SQLite file is checkpointed and its WAL removed)."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_store(url: str | None = None, *, upgrade: bool = True, create: bool = True) -> Store:
    """Open (creating or upgrading as needed) the database at ``url``.

    ``url`` defaults to the embedded SQLite file (which database to open is decided by
    :func:`balagh.app.database.choose_database`, not here). A new database is created at the
    newest schema; an older one is upgraded after a timestamped backup of the SQLite file;
    with ``upgrade=False`` an older database raises BalaghError instead. With
    ``create=False`` nothing new is made: a SQLite file that does not exist raises
    BalaghError («لا توجد قاعدة بيانات في /tmp/typo.db») without creating it, and so does a
    database without Balagh's schema. The built-in figure catalogue is kept in sync. Raises
    BalaghError with a readable message when the database cannot be opened.
    """
    from balagh.platform.paths import embedded_database_url

    engine = make_engine(url or embedded_database_url())
    try:
        if not create:
            _refuse_missing_file(engine)
        report = ensure_schema(engine, upgrade=upgrade, create=create)
        store = Store(engine, report)
        if upgrade and not store.read_only:
            store.editions.sync_catalogue()
        return store
    except BalaghError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        raise cannot_open(engine, exc) from exc
    except BaseException:
        engine.dispose()
        raise


def cannot_open(engine: Engine, exc: BaseException) -> BalaghError:
    """«تعذر فتح قاعدة البيانات URL: why» — the reason in the staff's words, not the
    driver's («file is not a database», «Connection refused»), the detail in the log."""
    from balagh.store.db_errors import opening_reason

    shown = engine.url.render_as_string(hide_password=True)
    path = sqlite_file(engine)
    reason = opening_reason(exc, folder=path is not None and path.is_dir())
    return BalaghError(msg("تعذر فتح قاعدة البيانات {shown}: {detail}", shown=shown,
                           detail=reason))


def _refuse_missing_file(engine: Engine) -> None:
    """BalaghError when the engine's SQLite file does not exist or is empty.

    Checked before connecting: connecting would create the file (or write a header into an
    empty one).
    """
    path = sqlite_file(engine)
    if path is None:
        return
    if not path.exists():
        raise BalaghError(
            msg("لا توجد قاعدة بيانات في {path}؛ تحقق من العنوان", path=path),
        )
    if path.is_file() and path.stat().st_size == 0:
        raise BalaghError(
            msg("لا توجد قاعدة بيانات «بلاغ» في {path} (ملف فارغ)؛ تحقق من العنوان", path=path),
        )


if TYPE_CHECKING:

    def _implements_the_ports(store: Store) -> tuple[EditionRepository, ReleaseRepository]:
        """mypy checks here that the repositories satisfy ``balagh.core.ports``."""
        return store.editions, store.releases
