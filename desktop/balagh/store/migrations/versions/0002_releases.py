"""Press releases on record (issued ones read-only, guarded by a trigger) and user templates.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 22:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Text of the error the database raises when a program tries to change an issued release;
# the store recognises it.
READ_ONLY_MESSAGE = "balagh: issued release is read-only"

_SQLITE_TRIGGERS = (
    f"""
    CREATE TRIGGER trg_releases_issued_no_update BEFORE UPDATE ON releases
    FOR EACH ROW WHEN OLD.status = 'issued'
    BEGIN SELECT RAISE(ABORT, '{READ_ONLY_MESSAGE}'); END
    """,
    f"""
    CREATE TRIGGER trg_releases_issued_no_delete BEFORE DELETE ON releases
    FOR EACH ROW WHEN OLD.status = 'issued'
    BEGIN SELECT RAISE(ABORT, '{READ_ONLY_MESSAGE}'); END
    """,
)

_POSTGRES_TRIGGERS = (
    f"""
    CREATE FUNCTION balagh_release_read_only() RETURNS trigger AS $$
    BEGIN
        IF OLD.status = 'issued' THEN
            RAISE EXCEPTION '{READ_ONLY_MESSAGE}';
        END IF;
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END
    $$ LANGUAGE plpgsql
    """,
    """
    CREATE TRIGGER trg_releases_issued_read_only BEFORE UPDATE OR DELETE ON releases
    FOR EACH ROW EXECUTE FUNCTION balagh_release_read_only()
    """,
)


def upgrade() -> None:
    """Create the release and template tables and the read-only guard."""
    op.create_table(
        "releases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("edition_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("paragraphs_json", sa.Text(), nullable=False),
        sa.Column("template_name", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reference", sa.String(length=32), nullable=True),
        sa.Column("issued_at", sa.DateTime(), nullable=True),
        sa.Column("pdf", sa.LargeBinary(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("supersedes_id", sa.Integer(), nullable=True),
        sa.Column("override_reason", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("kind IN ('closing', 'opening')", name=op.f("ck_releases_kind")),
        sa.CheckConstraint(
            "status = 'draft' OR (reference IS NOT NULL AND issued_at IS NOT NULL"
            " AND pdf IS NOT NULL AND sha256 IS NOT NULL)",
            name=op.f("ck_releases_issued_complete"),
        ),
        sa.CheckConstraint("status IN ('draft', 'issued')", name=op.f("ck_releases_status")),
        sa.ForeignKeyConstraint(
            ["edition_id"], ["editions.id"], name=op.f("fk_releases_edition_id_editions")
        ),
        sa.ForeignKeyConstraint(
            ["supersedes_id"], ["releases.id"], name=op.f("fk_releases_supersedes_id_releases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_releases")),
        sa.UniqueConstraint("reference", name=op.f("uq_releases_reference")),
    )
    op.create_index(op.f("ix_releases_sha256"), "releases", ["sha256"], unique=False)
    op.create_table(
        "templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('closing', 'opening')", name=op.f("ck_templates_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_templates")),
        sa.UniqueConstraint("name", name=op.f("uq_templates_name")),
    )
    dialect = op.get_context().dialect.name
    statements = {"sqlite": _SQLITE_TRIGGERS, "postgresql": _POSTGRES_TRIGGERS}.get(dialect, ())
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    """Drop the release and template tables (and the guard)."""
    dialect = op.get_context().dialect.name
    if dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS trg_releases_issued_read_only ON releases")
        op.execute("DROP FUNCTION IF EXISTS balagh_release_read_only()")
    op.drop_table("templates")
    op.drop_index(op.f("ix_releases_sha256"), table_name="releases")
    op.drop_table("releases")
