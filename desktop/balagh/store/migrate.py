"""Schema migrations, run programmatically from the package (no alembic.ini at run time).

Opening a database whose schema is behind the code upgrades it; an existing SQLite file is
first copied to a timestamped backup beside it («balagh.db.2026-11-27T22-45-00.bak»).

Opening a database that is already at :data:`HEAD_REVISION` reads its revision with one
plain SQL query and never imports Alembic (about 70 ms of a cold start); Alembic is
imported only to upgrade, or to tell a newer database from a foreign one.
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from balagh.core.errors import BalaghError
from balagh.messages import msg
from balagh.store.engine import is_read_only

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

HEAD_REVISION = "0008"
"""The newest migration in ``migrations/versions``. Whoever adds a migration bumps it
(``tests/test_migrations.py`` fails, saying so, until they do)."""


@dataclass(frozen=True)
class UpgradeReport:
    """What opening the database did to its schema.

    ``previous`` is the revision found (None for a new, empty database), ``current`` the
    revision now, ``backup`` the copy made before upgrading (SQLite files only).
    """

    previous: str | None
    current: str
    backup: Path | None = None

    @property
    def upgraded(self) -> bool:
        """True when the schema changed."""
        return self.previous != self.current


def alembic_config(engine: Engine | None = None) -> Config:
    """An Alembic configuration pointing at the migrations shipped in the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        config.set_main_option(
            "sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%")
        )
    return config


def head_revision() -> str:
    """The newest revision among the migration scripts (Alembic's own answer)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:  # pragma: no cover - the package always ships migrations
        raise RuntimeError("no migrations found")
    return head


def known_revisions() -> set[str]:
    """Every revision shipped with the code."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None when it has no Balagh schema yet).

    Read with plain SQL from Alembic's ``alembic_version`` table, without importing Alembic.
    """
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    if len(rows) > 1:
        raise BalaghError(
            msg("قاعدة البيانات تحمل أكثر من رقم مراجعة واحد؛ لا يمكن فتحها"),
        )
    return str(rows[0][0]) if rows else None


def sqlite_file(engine: Engine) -> Path | None:
    """The database file of a file-based SQLite engine, else None."""
    if engine.dialect.name != "sqlite":
        return None
    database = engine.url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def backup_sqlite(engine: Engine, path: Path, *, now: dt.datetime | None = None) -> Path:
    """Copy the SQLite database to ``<name>.<timestamp>.bak`` beside it and return the copy.

    The copy goes through SQLite's online backup, so pages still in the WAL are included.
    """
    stamp = (now or dt.datetime.now()).strftime("%Y-%m-%dT%H-%M-%S")
    target = path.with_name(f"{path.name}.{stamp}.bak")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.name}.{stamp}-{counter}.bak")
        counter += 1
    import sqlite3

    from balagh.platform.files import atomic_path

    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        with atomic_path(target) as temporary:  # a half-written backup never has its name
            if isinstance(source, sqlite3.Connection):
                with sqlite3.connect(temporary) as destination:
                    source.backup(destination)
                destination.close()
            else:  # pragma: no cover - another SQLite driver: copy the file
                shutil.copy2(path, temporary)
    finally:
        raw.close()
    return target


def ensure_schema(
    engine: Engine, *, upgrade: bool = True, create: bool = True
) -> UpgradeReport:
    """Bring the database to the code's schema (or check it is there when ``upgrade`` is off).

    A new database is created at head (with ``create`` off, an empty database raises
    BalaghError instead). An existing one behind head is backed up (SQLite file) and
    upgraded. Raises BalaghError for a database made by a newer Balagh, for a database that
    is not Balagh's, and for one behind head when ``upgrade`` is False.
    """
    head = HEAD_REVISION
    previous = current_revision(engine)
    if previous == head:
        return UpgradeReport(previous, head)
    if previous is not None and previous not in known_revisions():
        raise BalaghError(msg(
            "قاعدة البيانات أنشأها إصدار أحدث من «بلاغ» (المراجعة {previous})؛ يرجى تحديث البرنامج",
            previous=previous))
    if previous is None and _has_tables(engine):
        raise BalaghError(msg(
            "هذا الملف ليس قاعدة بيانات «بلاغ» (جداول غير معروفة ولا رقم مراجعة)"))
    if previous is None and not create:
        shown = engine.url.render_as_string(hide_password=True)
        raise BalaghError(msg(
            "لا توجد قاعدة بيانات «بلاغ» في {shown} (قاعدة فارغة)؛ تحقق من العنوان", shown=shown))
    if is_read_only(engine):
        raise BalaghError(msg(
            "قاعدة البيانات للقراءة فقط ومخططها أقدم من هذا الإصدار (المراجعة {previous})؛ لا "
            "يمكن ترقيتها دون صلاحية الكتابة", previous=previous))
    if not upgrade:
        raise BalaghError(msg("قاعدة البيانات تحتاج إلى ترقية: شغل الأمر «balagh db upgrade»"))
    backup: Path | None = None
    path = sqlite_file(engine)
    if previous is not None and path is not None and path.exists():
        backup = backup_sqlite(engine, path)
    from alembic import command

    config = alembic_config(engine)
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # A migration that rebuilds a parent table (SQLite's batch mode) would otherwise
            # cascade its deletion to the child rows; the pragma only works outside a
            # transaction. The foreign keys are checked before the transaction commits.
            _foreign_keys(connection, on=False)
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                if sqlite:
                    _check_foreign_keys(connection)
        finally:
            if sqlite:
                _foreign_keys(connection, on=True)
    return UpgradeReport(previous, head, backup)


def _foreign_keys(connection: Connection, *, on: bool) -> None:
    """Set SQLite's foreign key enforcement on the driver's connection, outside any
    transaction (SQLAlchemy's own statements would open one, where the pragma is ignored)."""
    driver = connection.connection.dbapi_connection
    assert driver is not None
    cursor = driver.cursor()
    try:
        cursor.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")
    finally:
        cursor.close()


def _check_foreign_keys(connection: Connection) -> None:
    """Refuse (roll back) an upgrade that left a row pointing at nothing."""
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise BalaghError(
            msg(
                "لم تتم ترقية قاعدة البيانات: {length} سطرا يشير إلى سطر غير موجود (الجدول "
                "{broken})؛ لم يتغير شيء",
                length=len(broken),
                broken=broken[0][0],
            ),
        )


def _has_tables(engine: Engine) -> bool:
    """True when the database holds tables other than Alembic's bookkeeping."""
    with engine.connect() as connection:
        names = set(inspect(connection).get_table_names())
    return bool(names - {"alembic_version"})
