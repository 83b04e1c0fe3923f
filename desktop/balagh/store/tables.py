"""The tables of the Balagh database as SQLAlchemy Core ``Table`` objects on one ``MetaData``.

Every read of the store is a Core ``select()`` on these tables (no ORM is imported to read);
the ORM classes the writes use (:mod:`balagh.store.models` and its siblings) are mapped onto
these same objects. The rules that must hold whatever program writes the database live here
as constraints: non-negative figures, end date not before start date, one value per
(edition, figure), one row per day, known qualifiers and statuses.

This module holds the figure catalogue, the editions and what is recorded about them; the
release tables are in :mod:`balagh.store.release_tables`, versions and audit events in
:mod:`balagh.store.record_tables` — importing :mod:`balagh.store.schema` registers them all.
Every change here needs a migration in ``balagh/store/migrations/versions/``;
``tests/test_migrations.py`` checks that the migrations produce exactly this schema.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    text,
    true,
)
from sqlalchemy.schema import SchemaItem

# Named constraints, so that migrations can refer to them and every database names them alike.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: The one MetaData of every table (the ORM's declarative base shares it).
METADATA = MetaData(naming_convention=NAMING_CONVENTION)

QUALIFIERS = ("exact", "about", "more_than")
GENDERS = ("m", "f")
CLOSING_FORMS = ("", "2023", "2024")
RECORD_WORDINGS = ("editions", "years")
HIGHLIGHT_SHAPES = ("sentence", "noun")


def in_list(column: str, values: tuple[str, ...]) -> str:
    """A CHECK expression: ``in_list("kind", ("a", "b"))`` -> ``"kind IN ('a', 'b')"``."""
    quoted = ", ".join(f"'{value}'" for value in values)
    return f"{column} IN ({quoted})"


def utcnow() -> dt.datetime:
    """The current time in UTC, naive (the database stores UTC without a zone)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def required(name: str, *args: Any, **kwargs: Any) -> Column[Any]:
    """A NOT NULL column (``Column(name, ..., nullable=False)``)."""
    return Column(name, *args, nullable=False, **kwargs)


def edition_key() -> Column[int]:
    """The ``edition_id`` column of a table whose rows belong to an edition."""
    return Column("edition_id", ForeignKey("editions.id", ondelete="CASCADE"), nullable=False)


#: One kind of figure (the catalogue): a new kind is a new row, not a schema change.
figure_kinds = Table(
    "figure_kinds", METADATA,
    Column("key", String(64), primary_key=True),
    required("label_ar", Text),
    required("label_fr", Text),
    required("singular", Text),
    required("dual_nominative", Text),
    required("dual_oblique", Text),
    required("plural", Text),
    required("accusative", Text),
    required("gender", String(1)),
    required("display_order", Integer),
    required("has_days", Boolean),
    CheckConstraint(in_list("gender", GENDERS), name="gender"),
)

#: One edition of the Open Days (``version``: the optimistic lock the ORM moves on).
editions = Table(
    "editions", METADATA,
    Column("id", Integer, primary_key=True),
    required("number", Integer, unique=True),
    required("city_ar", Text),
    required("city_fr", Text),
    required("venue_ar", Text, default=""),
    required("venue_fr", Text, default=""),
    required("start_date", Date),
    required("end_date", Date),
    required("theme", Text, default=""),
    required("notes", Text, default=""),
    # Release wording choices (balagh.core.model.ReleaseOptions).
    required("closing_form", String(8), default="", server_default=text("''")),
    required("both_genders", Boolean, default=False, server_default=false()),
    required("peak_dates", Boolean, default=True, server_default=true()),
    required("record_wording", String(16), default="editions", server_default="editions"),
    required("created_at", DateTime, default=utcnow),
    required("updated_at", DateTime, default=utcnow),
    required("version", Integer),
    # Stable identity of the edition, kept by backups and moves (its history is filed by it).
    required("uid", String(32), unique=True, index=True, server_default=text("''")),
    # Set while the edition is in the trash (hidden from lists, restorable).
    Column("deleted_at", DateTime),
    Column("deleted_by", Text),
    CheckConstraint("end_date >= start_date", name="end_after_start"),
    CheckConstraint("number >= 1", name="number_positive"),
    CheckConstraint(in_list("closing_form", CLOSING_FORMS), name="closing_form"),
    CheckConstraint(in_list("record_wording", RECORD_WORDINGS), name="record_wording"),
)

#: An edition's value for one catalogue figure.
figure_values = Table(
    "figure_values", METADATA,
    Column("id", Integer, primary_key=True),
    edition_key(),
    required("figure_key", ForeignKey("figure_kinds.key")),
    required("value", BigInteger),
    required("qualifier", String(16), default="exact"),
    required("note", Text, default=""),
    UniqueConstraint("edition_id", "figure_key"),
    CheckConstraint("value >= 0", name="value_not_negative"),
    CheckConstraint(in_list("qualifier", QUALIFIERS), name="qualifier"),
)

#: A day a figure refers to (the peak days of ``peak_visitors``).
figure_days = Table(
    "figure_days", METADATA,
    Column("id", Integer, primary_key=True),
    required("figure_value_id", ForeignKey("figure_values.id", ondelete="CASCADE")),
    required("day", Date),
    UniqueConstraint("figure_value_id", "day"),
)

#: Visitors counted on one day of an edition.
daily_visitors = Table(
    "daily_visitors", METADATA,
    Column("id", Integer, primary_key=True),
    edition_key(),
    required("day", Date),
    required("value", BigInteger),
    UniqueConstraint("edition_id", "day"),
    CheckConstraint("value >= 0", name="value_not_negative"),
)


def ordered_texts(name: str, *columns: Column[Any],
                  checks: tuple[tuple[str, str], ...] = ()) -> Table:
    """A table of one ordered list of an edition's texts (position 0, 1, …); extra
    ``columns`` come first, where the first schema put them, extra ``checks`` (expression,
    name) last."""
    parts: list[SchemaItem] = [
        *columns,
        Column("id", Integer, primary_key=True),
        edition_key(),
        required("position", Integer),
        required("text", Text),
        UniqueConstraint("edition_id", "position"),
    ]
    parts += [CheckConstraint(expression, name=check) for expression, check in checks]
    return Table(name, METADATA, *parts)


#: The groups of an edition's audiences, its partner institutions, its seminar topics.
audiences = ordered_texts("audiences")
partners = ordered_texts("partners")
seminars = ordered_texts("seminars")
#: An edition's highlights: sentences and noun phrases (``shape``), in one order.
highlights = ordered_texts(
    "highlights",
    required("shape", String(16), default="sentence", server_default="sentence"),
    checks=((in_list("shape", HIGHLIGHT_SHAPES), "shape"),),
)
#: The units giving demonstrations, the towns the visitors came from.
demonstration_units = ordered_texts("demonstration_units")
home_towns = ordered_texts("home_towns")

#: A figure as announced on one day of the edition (a running total or that day's).
figures_as_of = Table(
    "figures_as_of", METADATA,
    Column("id", Integer, primary_key=True),
    edition_key(),
    required("day", Date),
    required("figure_key", ForeignKey("figure_kinds.key")),
    required("value", BigInteger),
    required("qualifier", String(16), default="exact"),
    required("note", Text, default=""),
    UniqueConstraint("edition_id", "day", "figure_key"),
    CheckConstraint("value >= 0", name="value_not_negative"),
    CheckConstraint(in_list("qualifier", QUALIFIERS), name="qualifier"),
)

#: A pavilion shared with partner institutions (ordered), and its partners (ordered).
joint_pavilions = Table(
    "joint_pavilions", METADATA,
    Column("id", Integer, primary_key=True),
    edition_key(),
    required("position", Integer),
    required("title", Text, default=""),
    UniqueConstraint("edition_id", "position"),
)
joint_pavilion_partners = Table(
    "joint_pavilion_partners", METADATA,
    Column("id", Integer, primary_key=True),
    required("pavilion_id", ForeignKey("joint_pavilions.id", ondelete="CASCADE")),
    required("position", Integer),
    required("name", Text),
    UniqueConstraint("pavilion_id", "position"),
)
