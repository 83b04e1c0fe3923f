"""Who last saved a draft, and issued releases guarded against REPLACE and TRUNCATE.

``releases.updated_by`` names the person (``user@workstation``) who saved a draft last, so
that an issuer whose checked draft was changed meanwhile is told by whom.

Migration 0002's row triggers guard an issued release against ``UPDATE`` and ``DELETE``. Two
ordinary statements get past row triggers: SQLite's ``INSERT OR REPLACE`` (the rows it
replaces are deleted without firing delete triggers) and PostgreSQL's ``TRUNCATE`` (a
statement, not rows). These triggers refuse both, and an edition with issued releases can
no longer be deleted under them.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 09:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

READ_ONLY_MESSAGE = "balagh: issued release is read-only"

_SQLITE_TRIGGERS = (
    # INSERT OR REPLACE onto an issued release's id or reference would delete it.
    f"""
    CREATE TRIGGER trg_releases_issued_no_replace BEFORE INSERT ON releases
    FOR EACH ROW WHEN EXISTS (
        SELECT 1 FROM releases AS old
        WHERE old.status = 'issued' AND (old.id = NEW.id OR old.reference = NEW.reference)
    )
    BEGIN SELECT RAISE(ABORT, '{READ_ONLY_MESSAGE}'); END
    """,
    # UPDATE OR REPLACE of a draft onto an issued release's id or reference, likewise.
    f"""
    CREATE TRIGGER trg_releases_issued_no_replace_by_update BEFORE UPDATE ON releases
    FOR EACH ROW WHEN EXISTS (
        SELECT 1 FROM releases AS old
        WHERE old.status = 'issued' AND old.id <> OLD.id
          AND (old.id = NEW.id OR old.reference = NEW.reference)
    )
    BEGIN SELECT RAISE(ABORT, '{READ_ONLY_MESSAGE}'); END
    """,
    # The edition of an issued release stays (verification names it).
    f"""
    CREATE TRIGGER trg_editions_issued_no_delete BEFORE DELETE ON editions
    FOR EACH ROW WHEN EXISTS (
        SELECT 1 FROM releases WHERE releases.edition_id = OLD.id AND releases.status = 'issued'
    )
    BEGIN SELECT RAISE(ABORT, '{READ_ONLY_MESSAGE}'); END
    """,
    f"""
    CREATE TRIGGER trg_editions_issued_no_replace BEFORE INSERT ON editions
    FOR EACH ROW WHEN EXISTS (
        SELECT 1 FROM editions AS old JOIN releases ON releases.edition_id = old.id
        WHERE releases.status = 'issued' AND (old.id = NEW.id OR old.number = NEW.number)
    )
    BEGIN SELECT RAISE(ABORT, '{READ_ONLY_MESSAGE}'); END
    """,
)

_SQLITE_DROPS = (
    "DROP TRIGGER IF EXISTS trg_releases_issued_no_replace",
    "DROP TRIGGER IF EXISTS trg_releases_issued_no_replace_by_update",
    "DROP TRIGGER IF EXISTS trg_editions_issued_no_delete",
    "DROP TRIGGER IF EXISTS trg_editions_issued_no_replace",
)

_POSTGRES_TRIGGERS = (
    f"""
    CREATE FUNCTION balagh_release_no_truncate() RETURNS trigger AS $$
    BEGIN
        IF EXISTS (SELECT 1 FROM releases WHERE status = 'issued') THEN
            RAISE EXCEPTION '{READ_ONLY_MESSAGE}';
        END IF;
        RETURN NULL;
    END
    $$ LANGUAGE plpgsql
    """,
    """
    CREATE TRIGGER trg_releases_issued_no_truncate BEFORE TRUNCATE ON releases
    FOR EACH STATEMENT EXECUTE FUNCTION balagh_release_no_truncate()
    """,
    f"""
    CREATE FUNCTION balagh_edition_keeps_issued() RETURNS trigger AS $$
    BEGIN
        IF EXISTS (SELECT 1 FROM releases
                   WHERE edition_id = OLD.id AND status = 'issued') THEN
            RAISE EXCEPTION '{READ_ONLY_MESSAGE}';
        END IF;
        RETURN OLD;
    END
    $$ LANGUAGE plpgsql
    """,
    """
    CREATE TRIGGER trg_editions_issued_no_delete BEFORE DELETE ON editions
    FOR EACH ROW EXECUTE FUNCTION balagh_edition_keeps_issued()
    """,
)

_POSTGRES_DROPS = (
    "DROP TRIGGER IF EXISTS trg_releases_issued_no_truncate ON releases",
    "DROP FUNCTION IF EXISTS balagh_release_no_truncate()",
    "DROP TRIGGER IF EXISTS trg_editions_issued_no_delete ON editions",
    "DROP FUNCTION IF EXISTS balagh_edition_keeps_issued()",
)


def upgrade() -> None:
    """Add ``releases.updated_by`` and the REPLACE/TRUNCATE guards."""
    # A plain ADD COLUMN: a batch operation would rebuild the table and lose 0002's triggers.
    op.add_column(
        "releases",
        sa.Column("updated_by", sa.Text(), nullable=False, server_default=sa.text("''")),
    )
    dialect = op.get_context().dialect.name
    statements = {"sqlite": _SQLITE_TRIGGERS, "postgresql": _POSTGRES_TRIGGERS}.get(dialect, ())
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    """Drop the guards and the column."""
    dialect = op.get_context().dialect.name
    for statement in {"sqlite": _SQLITE_DROPS, "postgresql": _POSTGRES_DROPS}.get(dialect, ()):
        op.execute(statement)
    op.drop_column("releases", "updated_by")
