"""The language a stored template writes: Arabic ("ar", every existing template) or French.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 09:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add templates.language (existing templates are Arabic) and its check."""
    with op.batch_alter_table("templates") as batch:
        batch.add_column(
            sa.Column("language", sa.String(length=8), nullable=False,
                      server_default=sa.text("'ar'"))
        )
        batch.create_check_constraint(op.f("ck_templates_language"),
                                      "language IN ('ar', 'fr')")


def downgrade() -> None:
    """Drop templates.language."""
    with op.batch_alter_table("templates") as batch:
        batch.drop_constraint(op.f("ck_templates_language"), type_="check")
        batch.drop_column("language")
