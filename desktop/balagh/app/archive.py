"""The portable archive of a whole office: every table of the database in one ZIP file.

The archive carries everything the database holds — editions (live and in the trash) with
their history, releases with their PDFs and SHA-256, templates, the catalogue, audit
events, and whatever later revisions add (a phrasebook…) — plus the office's settings
(letterhead, place, title, logo). It moves an office between SQLite and PostgreSQL:
``write_archive`` reads any database, ``load_archive`` rebuilds any database from it.

Layout: ``manifest.json`` (format, revision, row counts, SHA-256 of every member),
``tables/<name>.json`` (rows, ids kept), ``blobs/<table>/<id>-<column>.bin`` (PDF bytes),
``office.json`` and ``office/<logo>``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection, Engine

from balagh.core.errors import BalaghError
from balagh.messages import Message, msg
from balagh.store.migrate import alembic_config, known_revisions

FORMAT = "balagh-archive"
FORMAT_VERSION = 1
#: The tables of the schema that are Alembic's or derived, never archived.
_SKIPPED = frozenset({"alembic_version"})
#: Settings that belong to the office (not to one workstation).
OFFICE_SETTINGS = ("letterhead_lines", "place", "release_title", "default_template")


@dataclass
class Archive:
    """An archive in memory: rows per table, blobs, office settings and the logo."""

    revision: str
    source: str
    tables: dict[str, list[dict[str, Any]]]
    blobs: dict[str, bytes] = field(default_factory=dict)
    office: dict[str, Any] = field(default_factory=dict)
    logo: tuple[str, bytes] | None = None
    created_at: str = ""

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {name: len(rows) for name, rows in sorted(self.tables.items())}


def _bad_archive(path: Path | str, why: Message) -> BalaghError:
    return BalaghError(msg("الملف {path} ليس أرشيفا سليما لـ«بلاغ»: {why}", path=path, why=why))


def _to_json(value: Any, blob_name: str, blobs: dict[str, bytes]) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        blobs[blob_name] = bytes(value)
        return {"blob": blob_name}
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def read_database(engine: Engine) -> Archive:
    """Every row of every table of the database, read in one transaction (one snapshot)."""
    blobs: dict[str, bytes] = {}
    tables: dict[str, list[dict[str, Any]]] = {}
    with engine.connect() as connection, connection.begin():
        if engine.dialect.name == "postgresql":
            connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        revision = _revision(connection)
        metadata = sa.MetaData()
        metadata.reflect(connection)
        for table in metadata.sorted_tables:
            if table.name in _SKIPPED:
                continue
            key = list(table.primary_key.columns)
            query = sa.select(table).order_by(*key) if key else sa.select(table)
            rows: list[dict[str, Any]] = []
            for row in connection.execute(query).mappings():
                ident = "-".join(str(row[c.name]) for c in key) or str(len(rows))
                rows.append({name: _to_json(value, f"blobs/{table.name}/{ident}-{name}.bin",
                                            blobs) for name, value in row.items()})
            tables[table.name] = rows
    return Archive(revision, engine.dialect.name, tables, blobs,
                   created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))


def _revision(connection: Connection) -> str:
    from alembic.runtime.migration import MigrationContext

    revision = MigrationContext.configure(connection).get_current_revision()
    if revision is None:
        raise BalaghError(msg("قاعدة البيانات فارغة: لا شيء لحفظه"))
    return revision


def archive_bytes(archive: Archive) -> bytes:
    """The ZIP file of an archive (deterministic member order, a manifest with digests)."""
    members: dict[str, bytes] = {}
    for name, rows in sorted(archive.tables.items()):
        members[f"tables/{name}.json"] = json.dumps(rows, ensure_ascii=False,
                                                    indent=1).encode()
    members.update(sorted(archive.blobs.items()))
    office = dict(archive.office)
    if archive.logo is not None:
        office["logo"] = f"office/{archive.logo[0]}"
        members[office["logo"]] = archive.logo[1]
    members["office.json"] = json.dumps(office, ensure_ascii=False, indent=1).encode()
    manifest = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "revision": archive.revision,
        "source": archive.source, "created_at": archive.created_at,
        "counts": archive.counts(),
        "members": {name: hashlib.sha256(data).hexdigest() for name, data in members.items()},
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zipped:
        zipped.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
        for name, data in members.items():
            zipped.writestr(name, data)
    return buffer.getvalue()


def is_archive(path: Path) -> bool:
    """True when ``path`` is a ZIP file (an archive, perhaps a broken one)."""
    return zipfile.is_zipfile(path)


def read_archive(path: Path) -> Archive:
    """Read and check an archive file: every member's digest and the row counts.

    Raises BalaghError naming what is wrong («العضو tables/releases.json تغير…»).
    """
    try:
        with zipfile.ZipFile(path) as zipped:
            manifest = json.loads(zipped.read("manifest.json"))
            if manifest.get("format") != FORMAT:
                raise _bad_archive(path, msg("لا يحمل بيان «بلاغ»"))
            data: dict[str, bytes] = {}
            for name, digest in manifest["members"].items():
                content = zipped.read(name)
                if hashlib.sha256(content).hexdigest() != digest:
                    raise _bad_archive(path, msg("العضو {name} تغير بعد كتابته", name=name))
                data[name] = content
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        if isinstance(exc, BalaghError):
            raise
        raise _bad_archive(path, msg("تعذرت قراءته ({exc})", exc=exc)) from exc
    tables = {name[len("tables/"):-len(".json")]: json.loads(content)
              for name, content in data.items() if name.startswith("tables/")}
    office = json.loads(data.get("office.json", b"{}"))
    logo_member = office.pop("logo", None)
    logo = (Path(logo_member).name, data[logo_member]) if logo_member in data else None
    archive = Archive(str(manifest["revision"]), str(manifest.get("source", "")), tables,
                      {n: c for n, c in data.items() if n.startswith("blobs/")}, office, logo,
                      str(manifest.get("created_at", "")))
    if archive.counts() != manifest.get("counts"):
        raise _bad_archive(path, msg("عدد السجلات لا يطابق البيان"))
    return archive


def _from_json(value: Any, column: sa.Column[Any], blobs: Mapping[str, bytes]) -> Any:
    if value is None:
        return None
    if isinstance(value, dict) and "blob" in value:
        return blobs[value["blob"]]
    if isinstance(column.type, sa.DateTime) and isinstance(value, str):
        return dt.datetime.fromisoformat(value)
    if isinstance(column.type, sa.Date) and isinstance(value, str):
        return dt.date.fromisoformat(value)
    return value


def load_archive(connection: Connection, archive: Archive) -> None:
    """Rebuild the database on ``connection`` from ``archive`` (inside the caller's transaction).

    Whatever the database held is replaced: its Balagh tables are dropped, the schema is
    built at the archive's revision, the rows are inserted with their ids, and the schema
    is upgraded to the code's newest revision. On PostgreSQL all of it is one transaction.
    """
    from alembic import command  # only here: the window imports this module at start

    if archive.revision not in known_revisions():
        raise BalaghError(
            msg(
                "الأرشيف من إصدار أحدث من «بلاغ» (المراجعة {revision})؛ حدث البرنامج",
                revision=archive.revision,
            ),
        )
    _drop_everything(connection)
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, archive.revision)
    metadata = sa.MetaData()
    metadata.reflect(connection)
    for table in reversed(metadata.sorted_tables):  # rows the migrations seeded (catalogue)
        if table.name not in _SKIPPED:
            connection.execute(table.delete())
    with _guards_suspended(connection, metadata):
        _insert_rows(connection, metadata, archive)
    command.upgrade(config, "head")


@contextmanager
def _guards_suspended(connection: Connection, metadata: sa.MetaData) -> Iterator[None]:
    """The database's own triggers (issued releases read-only…) are off while the rows of an
    archive go in, exactly as they were recorded, and back on before the transaction ends.

    They would refuse, for instance, the French version of a release already issued. On
    SQLite the triggers are dropped and created again from their own SQL; on PostgreSQL
    they are disabled and enabled (the owner of the tables may).
    """
    if connection.dialect.name == "sqlite":
        triggers = connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all()
        for name, _sql in triggers:
            connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
        yield
        for _name, sql in triggers:
            connection.exec_driver_sql(sql)
        return
    tables = [table.name for table in metadata.sorted_tables if table.name not in _SKIPPED]
    for name in tables:
        connection.exec_driver_sql(f'ALTER TABLE "{name}" DISABLE TRIGGER USER')
    yield
    for name in tables:
        connection.exec_driver_sql(f'ALTER TABLE "{name}" ENABLE TRIGGER USER')


def _insert_rows(connection: Connection, metadata: sa.MetaData, archive: Archive) -> None:
    """Insert every archived row (ids kept) into the tables of ``metadata``."""
    for table in metadata.sorted_tables:
        rows = archive.tables.get(table.name, [])
        if table.name in _SKIPPED or not rows:
            continue
        columns = {column.name: column for column in table.columns}
        values = [{name: _from_json(value, columns[name], archive.blobs)
                   for name, value in row.items() if name in columns} for row in rows]
        connection.execute(table.insert(), values)
        if connection.dialect.name == "postgresql" and "id" in columns:
            connection.execute(sa.text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"(SELECT MAX(id) FROM {table.name}))"
            ))


def _drop_everything(connection: Connection) -> None:
    """Drop Balagh's tables (and the PostgreSQL trigger function) from the database."""
    if current_revision_of(connection) is None and not sa.inspect(connection).get_table_names():
        return
    metadata = sa.MetaData()
    metadata.reflect(connection)
    metadata.drop_all(connection)
    if connection.dialect.name == "postgresql":  # the trigger functions of the migrations
        functions = connection.execute(sa.text(
            "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON "
            "n.oid = p.pronamespace WHERE n.nspname = current_schema() AND "
            "starts_with(p.proname, 'balagh_')")).scalars().all()
        for signature in functions:
            connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS {signature} CASCADE")


def current_revision_of(connection: Connection) -> str | None:
    """The Alembic revision of the database on ``connection`` (None when it has none)."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def write_archive_file(engine: Engine, path: Path, office: Mapping[str, Any],
                       logo: Path | None) -> Archive:
    """Read the database and write its archive to ``path`` whole or not at all."""
    from balagh.platform.files import write_file_atomically

    archive = read_database(engine)
    archive.office = {key: office[key] for key in OFFICE_SETTINGS if key in office}
    if logo is not None and logo.is_file():
        archive.logo = (logo.name, logo.read_bytes())
    write_file_atomically(path, archive_bytes(archive))
    return archive


