"""Figures as of a day, the daily bulletin, release wording choices, home towns, highlight
shapes and the phrasebook.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 09:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# On SQLite a batch alteration rebuilds the table, which drops its triggers (the issued-release
# guards of revisions 0002–0004 on ``releases``, ``editions`` and ``release_versions``), and
# a trigger of another table naming the rebuilt one stops the renaming: every trigger is read
# from the schema before and created again after, whatever it is.
_KINDS_BEFORE = "kind IN ('closing', 'opening')"
_KINDS_AFTER = "kind IN ('closing', 'opening', 'daily')"


def _edition_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["edition_id"], ["editions.id"],
        name=op.f(f"fk_{table}_edition_id_editions"), ondelete="CASCADE",
    )


def _sqlite_triggers() -> list[tuple[str, str]]:
    """(name, SQL) of every SQLite trigger of the database."""
    if op.get_context().dialect.name != "sqlite":
        return []
    rows = op.get_bind().execute(sa.text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    )).fetchall()
    return [(str(name), str(sql)) for name, sql in rows]


def _drop_triggers(triggers: list[tuple[str, str]]) -> None:
    for name, _sql in triggers:
        op.execute(f'DROP TRIGGER IF EXISTS "{name}"')


def _create_triggers(triggers: list[tuple[str, str]]) -> None:
    for _name, sql in triggers:
        op.execute(sql)


def _set_kinds(condition: str) -> None:
    for table in ("releases", "templates"):
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(op.f(f"ck_{table}_kind"), type_="check")
            batch.create_check_constraint(op.f(f"ck_{table}_kind"), condition)


def upgrade() -> None:
    """Add the tables and columns; releases and templates accept the kind «daily»."""
    triggers = _sqlite_triggers()
    _drop_triggers(triggers)
    _upgrade_tables()
    _create_triggers(triggers)


def _upgrade_tables() -> None:
    with op.batch_alter_table("editions") as batch:
        batch.add_column(sa.Column("closing_form", sa.String(length=8), nullable=False,
                                   server_default=sa.text("''")))
        batch.add_column(sa.Column("both_genders", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
        batch.add_column(sa.Column("peak_dates", sa.Boolean(), nullable=False,
                                   server_default=sa.true()))
        batch.add_column(sa.Column("record_wording", sa.String(length=16), nullable=False,
                                   server_default="editions"))
        batch.create_check_constraint(op.f("ck_editions_closing_form"),
                                      "closing_form IN ('', '2023', '2024')")
        batch.create_check_constraint(op.f("ck_editions_record_wording"),
                                      "record_wording IN ('editions', 'years')")
    with op.batch_alter_table("highlights") as batch:
        batch.add_column(sa.Column("shape", sa.String(length=16), nullable=False,
                                   server_default="sentence"))
        batch.create_check_constraint(op.f("ck_highlights_shape"),
                                      "shape IN ('sentence', 'noun')")
    op.create_table(
        "home_towns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("edition_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        _edition_fk("home_towns"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_home_towns")),
        sa.UniqueConstraint("edition_id", "position",
                            name=op.f("uq_home_towns_edition_id_position")),
    )
    op.create_table(
        "demonstration_units",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("edition_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        _edition_fk("demonstration_units"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_demonstration_units")),
        sa.UniqueConstraint("edition_id", "position",
                            name=op.f("uq_demonstration_units_edition_id_position")),
    )
    op.create_table(
        "figures_as_of",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("edition_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("figure_key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.Column("qualifier", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("value >= 0", name=op.f("ck_figures_as_of_value_not_negative")),
        sa.CheckConstraint("qualifier IN ('exact', 'about', 'more_than')",
                           name=op.f("ck_figures_as_of_qualifier")),
        _edition_fk("figures_as_of"),
        sa.ForeignKeyConstraint(["figure_key"], ["figure_kinds.key"],
                                name=op.f("fk_figures_as_of_figure_key_figure_kinds")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_figures_as_of")),
        sa.UniqueConstraint("edition_id", "day", "figure_key",
                            name=op.f("uq_figures_as_of_edition_id_day_figure_key")),
    )
    op.create_table(
        "phrase_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("phrase_key", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phrase_versions")),
    )
    op.create_index(op.f("ix_phrase_versions_phrase_key"), "phrase_versions", ["phrase_key"],
                    unique=False)
    _set_kinds(_KINDS_AFTER)


def downgrade() -> None:
    """Remove what upgrade added (daily templates are deleted first; a database with daily
    releases cannot go back)."""
    triggers = _sqlite_triggers()
    _drop_triggers(triggers)
    op.execute("DELETE FROM templates WHERE kind = 'daily'")
    _set_kinds(_KINDS_BEFORE)
    op.drop_index(op.f("ix_phrase_versions_phrase_key"), table_name="phrase_versions")
    op.drop_table("phrase_versions")
    op.drop_table("figures_as_of")
    op.drop_table("home_towns")
    op.drop_table("demonstration_units")
    with op.batch_alter_table("highlights") as batch:
        batch.drop_constraint(op.f("ck_highlights_shape"), type_="check")
        batch.drop_column("shape")
    with op.batch_alter_table("editions") as batch:
        batch.drop_constraint(op.f("ck_editions_record_wording"), type_="check")
        batch.drop_constraint(op.f("ck_editions_closing_form"), type_="check")
        for column in ("record_wording", "peak_dates", "both_genders", "closing_form"):
            batch.drop_column(column)
    _create_triggers(triggers)
