"""What issuing a release decides inside its transaction: the issuing lock, the next ``yyyy/nnn``
reference, which release it supersedes, the checks that the draft is still the one checked,
the PDFs and what is written onto the row."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from balagh.core.errors import BalaghError
from balagh.core.model import Language, Release
from balagh.messages import msg
from balagh.store.release_messages import (
    already_issued,
    draft_changed,
    figures_changed,
)
from balagh.store.release_models import ReleaseRow
from balagh.store.release_reads import not_found
from balagh.store.release_tables import releases


def format_reference(year: int, sequence: int) -> str:
    """The reference of the ``sequence``-th release issued in ``year``: ``2026/007``."""
    return f"{year}/{sequence:03d}"


def next_reference(existing: list[str], year: int) -> str:
    """The next reference for ``year`` after the ``existing`` ones (any year).

    Example: ``next_reference(["2026/001", "2026/002", "2025/014"], 2026) == "2026/003"``.
    """
    prefix = f"{year}/"
    numbers = [int(ref[len(prefix):]) for ref in existing if ref.startswith(prefix)
               and ref[len(prefix):].isdigit()]
    return format_reference(year, max(numbers, default=0) + 1)


def serialise_issuing(session: Session) -> None:
    """Make concurrent issuers take turns, so each reads the references of the one before.

    PostgreSQL: a table lock that conflicts with itself (plain reads still pass). SQLite
    needs nothing more: a writing transaction holds the database's write lock from its
    first statement (``BEGIN IMMEDIATE``).
    """
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(text("LOCK TABLE releases IN SHARE ROW EXCLUSIVE MODE"))


def superseded_id(session: Session, row: ReleaseRow) -> int | None:
    """The issued release that ``row``, being issued now, supersedes (decided under the lock).

    The rule: a release supersedes the newest issued release of the same edition and kind
    (by issue time, then reference) — and, for a daily bulletin, of the same day. A draft
    that already names the release it corrects keeps it — unless that release was
    superseded meanwhile by another one (two people correcting the same release at once);
    then it supersedes the newest of that chain, so
    that the releases of an edition and kind always form one line, never a fork.
    """
    issued = list(session.connection().execute(
        select(releases.c.id, releases.c.date, releases.c.supersedes_id)
        .where(releases.c.edition_id == row.edition_id, releases.c.kind == row.kind,
               releases.c.status == "issued", releases.c.id != row.id)
        .order_by(releases.c.issued_at, releases.c.reference, releases.c.id)
    ))
    if row.kind == "daily":  # a bulletin supersedes only a bulletin of the same day
        issued = [r for r in issued if r.date == row.date]
    if row.supersedes_id is None:
        return issued[-1].id if issued else None
    successor = {r.supersedes_id: r.id for r in issued if r.supersedes_id is not None}
    target = row.supersedes_id
    seen = {target}
    while target in successor and successor[target] not in seen:
        target = successor[target]
        seen.add(target)
    return target


def checked_pdf(pdf: object) -> bytes:
    if not isinstance(pdf, bytes | bytearray) or not pdf:
        raise BalaghError(
            msg("لم ينتج ملف PDF للبلاغ؛ لم يصدر شيء"),
        )
    return bytes(pdf)


def issuable_row(session: Session, release_id: int, expected_version: int | None,
                  expected_edition_version: int | None) -> ReleaseRow:
    """The draft to issue, locked; refused if issued meanwhile or changed since checked."""
    row = session.get(ReleaseRow, release_id, with_for_update=True)
    if row is None:
        raise not_found(release_id)
    if row.status != "draft":
        raise already_issued(row, saving=False)
    if expected_version is not None and row.version != expected_version:
        raise draft_changed(row, since="checked")
    if (expected_edition_version is not None
            and row.edition.version != expected_edition_version):
        raise figures_changed(row.edition.number)
    return row


def reference_for(session: Session, year: int) -> str:
    """The next free ``yyyy/nnn`` reference of ``year`` (under the issuing lock)."""
    existing = session.connection().scalars(
        select(releases.c.reference).where(releases.c.reference.like(f"{year}/%"))
    )
    return next_reference([ref for ref in existing if ref], year)


def render_versions(row: ReleaseRow, to_render: Release,
                     render_version: Callable[[Release, Language], bytes] | None) -> None:
    """The PDF of each other-language version, with its SHA-256, onto its row."""
    for version_row in row.versions:
        if render_version is None:
            raise BalaghError(
                msg("للبلاغ نسخة فرنسية ولم تعط طريقة إنتاج ملفها؛ لم يصدر شيء"),
            )
        data = checked_pdf(render_version(to_render, Language(version_row.language)))
        version_row.pdf = data
        version_row.sha256 = hashlib.sha256(data).hexdigest()


def mark_issued(row: ReleaseRow, issued: Release, pdf: bytes, issued_at: dt.datetime) -> None:
    """Write what issuing decided (reference, supersession, who, the PDF) onto the row."""
    row.reference = issued.reference
    row.issued_at = issued_at
    row.pdf = bytes(pdf)
    row.sha256 = hashlib.sha256(pdf).hexdigest()
    row.override_reason = issued.override_reason
    row.supersedes_id = issued.supersedes_id
    row.checked_by = issued.checked_by
    row.checked_at = issued_at
    row.issued_by = issued.issued_by
    row.status = "issued"
    row.updated_at = issued_at

