"""Reading releases and templates with SQLAlchemy Core.

A release is its ``releases`` row with its edition's number (outer-joined: a release whose
edition row is missing is named by :func:`balagh.store.mapping.release_from_row`) and the
rows of its other languages, read for every release at once (``WHERE release_id IN (...)``,
by language). Each function takes an open :class:`~sqlalchemy.Connection`.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, Connection, Select, select

from balagh.core.errors import NotFoundError
from balagh.core.model import Release, StoredTemplate
from balagh.messages import msg
from balagh.store.edition_reads import LIVE, chunks
from balagh.store.mapping import Row, release_from_row, template_from_row
from balagh.store.release_tables import release_versions, releases, templates
from balagh.store.tables import editions


def not_found(release_id: int) -> NotFoundError:
    """«لا يوجد بلاغ بالمعرف 9»."""
    return NotFoundError(msg("لا يوجد بلاغ بالمعرف {release_id}", release_id=release_id))


def no_template(name: str) -> NotFoundError:
    """«لا يوجد قالب باسم «…»»."""
    return NotFoundError(msg("لا يوجد قالب باسم «{name}»", name=name))


def _releases(*criteria: ColumnElement[bool], live: bool = False) -> Select[tuple[Row, ...]]:
    """The releases (with their edition's number) matching ``criteria``; ``live``: only
    those of editions not in the trash."""
    joined = releases.join(editions, editions.c.id == releases.c.edition_id, isouter=not live)
    query = select(releases, editions.c.number, editions.c.city_ar, editions.c.city_fr,
                   editions.c.start_date).select_from(joined).where(*criteria)
    return query.where(LIVE) if live else query


def with_versions(connection: Connection, rows: Sequence[Row]) -> list[Release]:
    """Releases from their rows, with their other languages (one query per 500)."""
    ids = [row.id for row in rows]
    found: dict[int, list[Row]] = {i: [] for i in ids}
    for cut in chunks(ids):
        query = (select(release_versions).where(release_versions.c.release_id.in_(cut))
                 .order_by(release_versions.c.language))
        for version in connection.execute(query):
            found[version.release_id].append(version)
    return [release_from_row(row, found[row.id]) for row in rows]


def releases_of(connection: Connection, edition_number: int | None = None) -> list[Release]:
    """The releases of the live editions (or of one of them), newest first."""
    criteria = [] if edition_number is None else [editions.c.number == edition_number]
    query = _releases(*criteria, live=True).order_by(releases.c.created_at.desc(),
                                                     releases.c.id.desc())
    return with_versions(connection, connection.execute(query).all())


def release_by_id(connection: Connection, release_id: int) -> Release | None:
    """The release with this id (whatever its edition's state), or None."""
    rows = connection.execute(_releases(releases.c.id == release_id)).all()
    return with_versions(connection, rows)[0] if rows else None


def issued_with_sha256(connection: Connection, digest: str) -> Release | None:
    """The issued release whose Arabic — else French — PDF has this SHA-256 (lowercase hex)."""
    issued = releases.c.status == "issued"
    row = connection.execute(_releases(releases.c.sha256 == digest, issued)).first()
    if row is None:
        in_french = select(release_versions.c.release_id).where(
            release_versions.c.sha256 == digest)
        row = connection.execute(_releases(releases.c.id.in_(in_french), issued)).first()
    return None if row is None else with_versions(connection, [row])[0]


def all_templates(connection: Connection) -> list[StoredTemplate]:
    """User templates, by name."""
    rows = connection.execute(select(templates).order_by(templates.c.name))
    return [template_from_row(row) for row in rows]


def template_named(connection: Connection, name: str) -> StoredTemplate:
    """The stored template ``name``; NotFoundError when there is none by that name."""
    row = connection.execute(select(templates).where(templates.c.name == name)).first()
    if row is None:
        raise no_template(name)
    return template_from_row(row)
