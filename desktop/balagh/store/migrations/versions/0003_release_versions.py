"""The French version of a release (release_versions), read-only once the release is issued.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 10:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

READ_ONLY_MESSAGE = "balagh: issued release is read-only"
_ISSUED = "(SELECT status FROM releases WHERE id = {row}.release_id) = 'issued'"

_SQLITE_TRIGGERS = tuple(
    f"""
    CREATE TRIGGER trg_release_versions_issued_no_{action.lower()} BEFORE {action}
    ON release_versions FOR EACH ROW WHEN {_ISSUED.format(row=row)}
    BEGIN SELECT RAISE(ABORT, '{READ_ONLY_MESSAGE}'); END
    """
    for action, row in (("UPDATE", "OLD"), ("DELETE", "OLD"), ("INSERT", "NEW"))
)

_POSTGRES_TRIGGERS = (
    f"""
    CREATE FUNCTION balagh_release_version_read_only() RETURNS trigger AS $$
    DECLARE parent integer;
    BEGIN
        IF TG_OP = 'INSERT' THEN parent := NEW.release_id; ELSE parent := OLD.release_id;
        END IF;
        IF (SELECT status FROM releases WHERE id = parent) = 'issued' THEN
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
    CREATE TRIGGER trg_release_versions_read_only BEFORE INSERT OR UPDATE OR DELETE
    ON release_versions FOR EACH ROW EXECUTE FUNCTION balagh_release_version_read_only()
    """,
)


def upgrade() -> None:
    """Create the release_versions table and its read-only guard."""
    op.create_table(
        "release_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("release_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("paragraphs_json", sa.Text(), nullable=False),
        sa.Column("template_name", sa.Text(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.CheckConstraint("language IN ('fr')", name=op.f("ck_release_versions_language")),
        sa.ForeignKeyConstraint(
            ["release_id"], ["releases.id"], ondelete="CASCADE",
            name=op.f("fk_release_versions_release_id_releases"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_release_versions")),
        sa.UniqueConstraint("release_id", "language",
                            name=op.f("uq_release_versions_release_id_language")),
    )
    op.create_index(op.f("ix_release_versions_sha256"), "release_versions", ["sha256"],
                    unique=False)
    dialect = op.get_context().dialect.name
    statements = {"sqlite": _SQLITE_TRIGGERS, "postgresql": _POSTGRES_TRIGGERS}.get(dialect, ())
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    """Drop the release_versions table (and its guard)."""
    dialect = op.get_context().dialect.name
    if dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS trg_release_versions_read_only ON release_versions")
        op.execute("DROP FUNCTION IF EXISTS balagh_release_version_read_only()")
    op.drop_index(op.f("ix_release_versions_sha256"), table_name="release_versions")
    op.drop_table("release_versions")
