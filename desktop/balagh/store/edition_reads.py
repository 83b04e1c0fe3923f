"""Reading editions and the figure catalogue with SQLAlchemy Core.

A full edition is its ``editions`` row and one ``SELECT`` per child table for every edition
read at once (``WHERE edition_id IN (...)``, 500 ids at a time, each ordered as the edition's
lists are), grouped by edition in Python: what the ORM's ``selectinload`` did, without the
ORM. Each function takes an open :class:`~sqlalchemy.Connection` — a reading transaction
(:func:`balagh.store.connections.read_transaction`) or a write's own connection reading back
what it wrote.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, Table, func, select

from balagh.core.history import TrashedEdition
from balagh.core.model import Edition, FigureKind, FigureValue, Qualifier
from balagh.store import tables as t
from balagh.store.mapping import Row, aware, edition_from_rows, kind_from_row
from balagh.store.release_tables import releases

#: The child tables read with every edition, each in the order of the edition's list.
CHILDREN: tuple[tuple[Table, tuple[ColumnElement[Any], ...]], ...] = (
    (t.figure_values, (t.figure_values.c.id,)),
    (t.daily_visitors, (t.daily_visitors.c.day,)),
    (t.audiences, (t.audiences.c.position,)),
    (t.partners, (t.partners.c.position,)),
    (t.seminars, (t.seminars.c.position,)),
    (t.highlights, (t.highlights.c.position,)),
    (t.joint_pavilions, (t.joint_pavilions.c.position,)),
    (t.home_towns, (t.home_towns.c.position,)),
    (t.demonstration_units, (t.demonstration_units.c.position,)),
    (t.figures_as_of, (t.figures_as_of.c.id,)),
)

#: How many ids go into one ``IN (...)``: below every backend's parameter limit.
CHUNK = 500

LIVE = t.editions.c.deleted_at.is_(None)
IN_TRASH = t.editions.c.deleted_at.is_not(None)
BY_DATE = (t.editions.c.start_date, t.editions.c.number)


def catalogue(connection: Connection) -> list[FigureKind]:
    """Every figure kind, in display order."""
    kinds = t.figure_kinds
    rows = connection.execute(select(kinds).order_by(kinds.c.display_order, kinds.c.key))
    return [kind_from_row(row) for row in rows]


def editions_where(connection: Connection, *criteria: ColumnElement[bool]) -> list[Edition]:
    """The full editions matching ``criteria``, ordered by start date then number."""
    query = select(t.editions).where(*criteria).order_by(*BY_DATE)
    return editions_of(connection, connection.execute(query).all())


def edition_where(connection: Connection, *criteria: ColumnElement[bool]) -> Edition | None:
    """The first full edition matching ``criteria`` (by start date), or None."""
    found = editions_where(connection, *criteria)
    return found[0] if found else None


def editions_by_id(connection: Connection, ids: Sequence[int]) -> dict[int, Edition]:
    """The full editions of these row ids, by id (a write reading back what it wrote)."""
    rows: list[Row] = []
    for cut in chunks(sorted(set(ids))):
        rows += connection.execute(select(t.editions).where(t.editions.c.id.in_(cut))).all()
    return dict(zip((row.id for row in rows), editions_of(connection, rows), strict=True))


def editions_of(connection: Connection, rows: Sequence[Row]) -> list[Edition]:
    """Full editions from their ``editions`` rows: every child table read once per 500."""
    ids = [row.id for row in rows]
    children: dict[int, dict[str, list[Row]]] = {
        i: {table.name: [] for table, _order in CHILDREN} for i in ids
    }
    days: dict[int, list[dt.date]] = {}
    partners: dict[int, list[str]] = {}
    for cut in chunks(ids):
        for table, order in CHILDREN:
            query = select(table).where(table.c.edition_id.in_(cut)).order_by(*order)
            for child in connection.execute(query):
                children[child.edition_id][table.name].append(child)
        _read_days(connection, cut, days)
        _read_pavilion_partners(connection, cut, partners)
    return [edition_from_rows(row, children[row.id], days, partners) for row in rows]


def _read_days(connection: Connection, ids: Sequence[int],
               days: dict[int, list[dt.date]]) -> None:
    """The days of the figures of these editions, by figure value id, in order."""
    fd, fv = t.figure_days, t.figure_values
    query = (select(fd.c.figure_value_id, fd.c.day).join(fv, fv.c.id == fd.c.figure_value_id)
             .where(fv.c.edition_id.in_(ids)).order_by(fd.c.day))
    for figure_id, day in connection.execute(query):
        days.setdefault(figure_id, []).append(day)


def _read_pavilion_partners(connection: Connection, ids: Sequence[int],
                            partners: dict[int, list[str]]) -> None:
    """The partners of the joint pavilions of these editions, by pavilion id, in order."""
    pp, jp = t.joint_pavilion_partners, t.joint_pavilions
    query = (select(pp.c.pavilion_id, pp.c.name).join(jp, jp.c.id == pp.c.pavilion_id)
             .where(jp.c.edition_id.in_(ids)).order_by(pp.c.position))
    for pavilion_id, name in connection.execute(query):
        partners.setdefault(pavilion_id, []).append(name)


def chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    """``ids`` in slices of :data:`CHUNK`."""
    for cut in range(0, len(ids), CHUNK):
        yield ids[cut : cut + CHUNK]


def brief_editions(connection: Connection) -> list[Edition]:
    """The live editions with only what the editions list shows, oldest first (one query)."""
    fv = t.figure_values
    total = (
        select(fv.c.edition_id, fv.c.value, fv.c.qualifier)
        .where(fv.c.figure_key == "visitors_total")
        .subquery()
    )
    e = t.editions
    query = (
        select(e.c.number, e.c.city_ar, e.c.city_fr, e.c.venue_ar, e.c.venue_fr,
               e.c.start_date, e.c.end_date, e.c.version, total.c.value, total.c.qualifier)
        .outerjoin(total, total.c.edition_id == e.c.id)
        .where(LIVE)
        .order_by(*BY_DATE)
    )
    return [_brief_edition(row) for row in connection.execute(query)]


def _brief_edition(row: Row) -> Edition:
    """An ``Edition`` holding only the editions list's columns."""
    figures = {}
    if row.value is not None:
        figures["visitors_total"] = FigureValue(row.value, Qualifier(row.qualifier))
    return Edition(
        number=row.number, city_ar=row.city_ar, city_fr=row.city_fr, venue_ar=row.venue_ar,
        venue_fr=row.venue_fr, start_date=row.start_date, end_date=row.end_date,
        figures=figures, version=row.version,
    )


def year_rows(connection: Connection, year: int) -> list[Row]:
    """Number, cities and start date of the live editions that started in ``year``."""
    e = t.editions
    start = dt.date(year, 1, 1)
    query = (
        select(e.c.id, e.c.number, e.c.city_ar, e.c.city_fr, e.c.start_date)
        .where(LIVE, e.c.start_date >= start, e.c.start_date < start.replace(year=year + 1))
        .order_by(*BY_DATE)
    )
    return list(connection.execute(query).all())


def numbers(connection: Connection) -> tuple[set[int], set[int]]:
    """The numbers of the live editions and those of the editions in the trash."""
    live: set[int] = set()
    trashed: set[int] = set()
    for number, deleted in connection.execute(
        select(t.editions.c.number, t.editions.c.deleted_at)
    ):
        (trashed if deleted is not None else live).add(number)
    return live, trashed


def issued_count(connection: Connection, number: int) -> int:
    """How many releases of the live edition ``number`` were issued (0 when there is none)."""
    query = (
        select(func.count()).select_from(releases)
        .join(t.editions, t.editions.c.id == releases.c.edition_id)
        .where(t.editions.c.number == number, LIVE, releases.c.status == "issued")
    )
    return int(connection.scalar(query) or 0)


def identity(connection: Connection, number: int) -> Row | None:
    """Id, uid, name and trash mark of the edition numbered ``number`` — the live one, else
    the one in the trash."""
    e = t.editions
    query = (select(e.c.id, e.c.uid, e.c.number, e.c.city_ar, e.c.city_fr, e.c.start_date,
                    e.c.deleted_at)
             .where(e.c.number == number).order_by(IN_TRASH, e.c.id).limit(1))
    return connection.execute(query).first()


def in_trash(connection: Connection) -> list[TrashedEdition]:
    """The editions in the trash with how many releases each has, most recently deleted
    first."""
    e = t.editions
    drafts = (select(releases.c.edition_id, func.count().label("drafts"))
              .group_by(releases.c.edition_id).subquery())
    query = (select(e.c.number, e.c.city_ar, e.c.city_fr, e.c.start_date, e.c.deleted_at,
                    e.c.deleted_by, drafts.c.drafts)
             .outerjoin(drafts, drafts.c.edition_id == e.c.id)
             .where(IN_TRASH).order_by(e.c.deleted_at.desc(), e.c.number))
    found = []
    for row in connection.execute(query):
        deleted = aware(row.deleted_at)
        assert deleted is not None
        found.append(TrashedEdition(row.number, row.city_ar, row.city_fr, row.start_date,
                                    deleted, row.deleted_by or "?", row.drafts or 0))
    return found
