"""The record: versions of editions and templates, the trash, audit events, who issued what.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 09:00:00

Columns are only added or dropped in place (no table is rebuilt, so SQLite's cascades never
fire); every existing edition gets its ``uid``. Releases issued before this revision keep
empty who-columns: nobody was recorded then, and the read-only trigger keeps them as
issued (who saved a draft last is 0004's ``updated_by``).
The first save of an older edition records its state before the save as its first version.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add the trash and identity columns, the who columns and the history tables."""
    op.add_column("editions", sa.Column("uid", sa.String(length=32), nullable=False,
                                        server_default=sa.text("''")))
    op.add_column("editions", sa.Column("deleted_at", sa.DateTime(), nullable=True))
    op.add_column("editions", sa.Column("deleted_by", sa.Text(), nullable=True))
    bind = op.get_bind()
    ids = [row[0] for row in bind.execute(sa.text("SELECT id FROM editions"))]
    for edition_id in ids:
        bind.execute(sa.text("UPDATE editions SET uid = :uid WHERE id = :id"),
                     {"uid": uuid.uuid4().hex, "id": edition_id})
    op.create_index(op.f("ix_editions_uid"), "editions", ["uid"], unique=True)
    for name in ("checked_by", "issued_by"):
        op.add_column("releases", sa.Column(name, sa.Text(), nullable=True))
    op.add_column("releases", sa.Column("checked_at", sa.DateTime(), nullable=True))
    op.create_table(
        "versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("collection", sa.String(length=32), nullable=False),
        sa.Column("item_key", sa.String(length=200), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("os_user", sa.Text(), nullable=False),
        sa.Column("db_role", sa.Text(), nullable=True),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("restored_from", sa.Integer(), nullable=True),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_versions")),
        sa.UniqueConstraint("collection", "item_key", "version",
                            name=op.f("uq_versions_collection_item_key_version")),
    )
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("os_user", sa.Text(), nullable=False),
        sa.Column("db_role", sa.Text(), nullable=True),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
    )



def downgrade() -> None:
    """Drop the history tables and the added columns."""
    op.drop_table("audit_events")
    op.drop_table("versions")
    for name in ("checked_at", "issued_by", "checked_by"):
        op.drop_column("releases", name)  # ALTER TABLE … DROP COLUMN (SQLite 3.35+)
    op.drop_index(op.f("ix_editions_uid"), table_name="editions")
    for name in ("deleted_by", "deleted_at", "uid"):
        op.drop_column("editions", name)
