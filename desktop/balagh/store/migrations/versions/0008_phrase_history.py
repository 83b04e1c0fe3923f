"""The phrasebook's history moves onto the generic ``versions`` table.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 12:00:00

Revision 0007 kept the phrasebook's wordings in a table of their own (``phrase_versions``)
beside the generic history of editions and templates (``versions``, revision 0006): two
ways to keep history. Every row is carried over as a version of collection «phrase» keyed
by the phrase's key, numbered 1, 2, … in the order saved, its author as the version's user,
its text and built-in mark as its content; then the old table is dropped. Downgrading
carries them back.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLLECTION = "phrase"

_versions = sa.table(
    "versions",
    sa.column("id", sa.Integer()), sa.column("collection", sa.String()),
    sa.column("item_key", sa.String()), sa.column("label", sa.Text()),
    sa.column("version", sa.Integer()), sa.column("saved_at", sa.DateTime()),
    sa.column("os_user", sa.Text()), sa.column("db_role", sa.Text()),
    sa.column("action", sa.String()), sa.column("restored_from", sa.Integer()),
    sa.column("content", sa.Text()), sa.column("changes", sa.Text()),
)
_phrases = sa.table(
    "phrase_versions",
    sa.column("id", sa.Integer()), sa.column("phrase_key", sa.String()),
    sa.column("text", sa.Text()), sa.column("author", sa.Text()),
    sa.column("builtin", sa.Boolean()), sa.column("created_at", sa.DateTime()),
)


def _dumps(data: object) -> str:
    return json.dumps(data, ensure_ascii=False)


def _create_phrase_versions() -> None:
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


def upgrade() -> None:
    """Copy every phrasebook version into ``versions``, then drop ``phrase_versions``."""
    bind = op.get_bind()
    rows = bind.execute(sa.select(_phrases).order_by(_phrases.c.id)).all()
    last: dict[str, tuple[int, dict[str, object]]] = {}
    values = []
    for row in rows:
        number, before = last.get(row.phrase_key, (0, {}))
        content: dict[str, object] = {"text": row.text, "builtin": bool(row.builtin)}
        changes = [{"field": name, "old": before[name], "new": content[name]}
                   for name in ("text", "builtin") if before and before[name] != content[name]]
        last[row.phrase_key] = (number + 1, content)
        values.append({
            "collection": _COLLECTION, "item_key": row.phrase_key, "label": row.phrase_key,
            "version": number + 1, "saved_at": row.created_at, "os_user": row.author,
            "db_role": None, "action": "saved", "restored_from": None,
            "content": _dumps(content), "changes": _dumps(changes),
        })
    if values:
        bind.execute(sa.insert(_versions), values)
    op.drop_index(op.f("ix_phrase_versions_phrase_key"), table_name="phrase_versions")
    op.drop_table("phrase_versions")


def downgrade() -> None:
    """Recreate ``phrase_versions`` from the phrasebook's versions and remove those."""
    _create_phrase_versions()
    bind = op.get_bind()
    rows = bind.execute(sa.select(_versions).where(_versions.c.collection == _COLLECTION)
                        .order_by(_versions.c.id)).all()
    values = []
    for row in rows:
        content = json.loads(row.content)
        values.append({"phrase_key": row.item_key, "text": str(content["text"]),
                       "author": row.os_user, "builtin": bool(content.get("builtin", False)),
                       "created_at": row.saved_at})
    if values:
        bind.execute(sa.insert(_phrases), values)
    bind.execute(sa.delete(_versions).where(_versions.c.collection == _COLLECTION))
