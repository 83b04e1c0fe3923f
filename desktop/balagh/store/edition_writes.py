"""Writing editions and the figure catalogue: the ORM unit of work, imported only to write.

Each write loads the rows it changes (an edition with its lists, locked), copies the
dataclass into them (:mod:`balagh.store.filling`), flushes, and reads the stored copy back
with the same Core reader as every read (:mod:`balagh.store.edition_reads`) on the
transaction's own connection — what the history records and what the caller gets.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.interfaces import LoaderOption

from balagh.core.errors import (
    ConflictError,
    Problem,
    ReadOnlyError,
    ValidationFailed,
)
from balagh.core.history import ACTION_CREATED, ACTION_IMPORTED, ACTION_SAVED, ACTION_TRASHED
from balagh.core.input_policy import clean_edition
from balagh.core.model import Edition, FigureKind
from balagh.core.validation import validate_edition
from balagh.messages import msg
from balagh.store import edition_reads as reads
from balagh.store.actor import current_actor
from balagh.store.edition_problems import (
    conflict_error,
    duplicate_in_batch_problem,
    edition_context,
    exists_problem,
    integrity_error,
    trashed_problem,
)
from balagh.store.edition_versions import ensure_baseline, new_uid, record_edition
from balagh.store.editions import no_edition
from balagh.store.filling import fill_edition_row, fill_kind_row, new_edition_row
from balagh.store.models import EditionRow, FigureKindRow, FigureValueRow, JointPavilionRow
from balagh.store.tables import utcnow
from balagh.store.transactions import transaction


def full_edition() -> tuple[LoaderOption, ...]:
    """Load options of an edition row with every list a write may change."""
    return (
        selectinload(EditionRow.figures).selectinload(FigureValueRow.days),
        selectinload(EditionRow.daily_visitors),
        selectinload(EditionRow.audiences),
        selectinload(EditionRow.partners),
        selectinload(EditionRow.seminars),
        selectinload(EditionRow.highlights),
        selectinload(EditionRow.joint_pavilions).selectinload(JointPavilionRow.partners),
        selectinload(EditionRow.home_towns),
        selectinload(EditionRow.demonstration_units),
        selectinload(EditionRow.as_of),
    )


def locked_row(session: Session, number: int) -> EditionRow | None:
    """The live edition numbered ``number`` with its lists, locked for the transaction."""
    query = (select(EditionRow).options(*full_edition())
             .where(EditionRow.number == number, EditionRow.deleted_at.is_(None))
             .with_for_update())
    return session.scalars(query).first()


def stored(session: Session, rows: Sequence[EditionRow]) -> list[Edition]:
    """The editions as ``rows`` now are in the database (flushed first), read with Core."""
    session.flush()
    found = reads.editions_by_id(session.connection(), [row.id for row in rows])
    return [found[row.id] for row in rows]


def write_catalogue(engine: Engine, kinds: Sequence[FigureKind]) -> list[str]:
    """Write the figure kinds that differ from the stored ones; returns the keys written."""
    written: list[str] = []
    with transaction(engine) as session:
        current = {kind.key: kind for kind in reads.catalogue(session.connection())}
        rows = {row.key: row for row in session.scalars(select(FigureKindRow))}
        for kind in kinds:
            if current.get(kind.key) == kind:
                continue
            row = rows.get(kind.key)
            if row is None:
                row = FigureKindRow()
                session.add(row)
            fill_kind_row(row, kind)
            written.append(kind.key)
    return written


def save_edition(engine: Engine, edition: Edition, *, force: bool = False) -> Edition:
    """Validate and write one edition (see ``SqlEditionRepository.save``)."""
    edition = copy.deepcopy(edition)
    clean_edition(edition)  # bidi embeddings removed, as the form and import announce
    try:
        with transaction(engine, conflict=conflict_error(edition.number)) as session:
            connection = session.connection()
            catalogue = {kind.key: kind for kind in reads.catalogue(connection)}
            numbers, in_trash = reads.numbers(connection)
            row = locked_row(session, edition.number)
            existing = row is not None and edition.version > 0
            taken = numbers - {edition.number} if existing else numbers
            problems = validate_edition(edition, catalogue, taken_numbers=taken)
            if edition.number in in_trash:
                problems.append(trashed_problem(edition.number))
            if problems:
                raise ValidationFailed(problems, edition_context(edition))
            if row is None:
                if edition.version > 0 and not force:
                    raise ConflictError(
                        msg("حذف شخص آخر الدورة {number} منذ فتحها", number=edition.number),
                    )
                row = new_edition_row(new_uid())
                session.add(row)
                action = ACTION_CREATED
            elif row.version != edition.version and not force:
                raise conflict_error(edition.number)
            else:
                ensure_baseline(session, row)
                action = ACTION_SAVED
            fill_edition_row(row, edition)
            row.updated_at = utcnow()
            [saved] = stored(session, [row])
            record_edition(session, row.uid, saved, action)
            return saved
    except IntegrityError as exc:
        raise integrity_error(exc) from exc


def _import_problems(editions: Sequence[Edition], catalogue: dict[str, FigureKind],
                     numbers: set[int], in_trash: set[int], *, replace: bool) -> list[Problem]:
    """What refuses an import: numbers twice in the batch, in the trash or taken, and every
    edition's own validation, each named by its edition."""
    problems: list[Problem] = []
    seen: set[int] = set()
    for edition in editions:
        found: list[Problem] = []
        if edition.number in seen:
            found.append(duplicate_in_batch_problem(edition.number))
        elif edition.number in in_trash:
            found.append(trashed_problem(edition.number))
        elif edition.number in numbers and not replace:
            found.append(exists_problem(edition.number))
        taken = (numbers | seen) - {edition.number}
        found.extend(validate_edition(edition, catalogue, taken_numbers=taken))
        seen.add(edition.number)
        context = edition_context(edition)
        problems.extend(p.within(context) for p in found)
    return problems


def _rows_by_number(session: Session, numbers: Sequence[int]) -> dict[int, EditionRow]:
    """The stored live editions among ``numbers``, locked, read in a few queries."""
    rows: dict[int, EditionRow] = {}
    for cut in reads.chunks(sorted(set(numbers))):
        query = (
            select(EditionRow)
            .options(*full_edition())
            .where(EditionRow.number.in_(cut))
            .where(EditionRow.deleted_at.is_(None))
            .with_for_update()
        )
        rows.update((row.number, row) for row in session.scalars(query))
    return rows


def import_editions(engine: Engine, editions: Sequence[Edition], *,
                    replace: bool) -> list[Edition]:
    """Import several editions all-or-nothing (see ``SqlEditionRepository.replace_all``)."""
    editions = copy.deepcopy(list(editions))
    for edition in editions:
        clean_edition(edition)
    conflict = ConflictError(msg("عدل شخص آخر إحدى هذه الدورات أثناء الاستيراد؛ أعد المحاولة"))
    try:
        with transaction(engine, conflict=conflict) as session:
            connection = session.connection()
            catalogue = {kind.key: kind for kind in reads.catalogue(connection)}
            numbers, in_trash = reads.numbers(connection)
            problems = _import_problems(editions, catalogue, numbers, in_trash,
                                        replace=replace)
            if problems:
                raise ValidationFailed(problems)
            rows = _rows_by_number(session, [e.number for e in editions])
            written: list[EditionRow] = []
            for edition in editions:
                row = rows.get(edition.number)
                if row is None:
                    row = rows[edition.number] = new_edition_row(new_uid())
                    session.add(row)
                else:
                    ensure_baseline(session, row)
                fill_edition_row(row, edition)
                row.updated_at = utcnow()
                written.append(row)
            saved = stored(session, written)  # one flush: rows go in as batched statements
            for row, edition in zip(written, saved, strict=True):
                record_edition(session, row.uid, edition, ACTION_IMPORTED)
            return saved
    except IntegrityError as exc:
        raise integrity_error(exc) from exc


def trash_edition(engine: Engine, number: int) -> None:
    """Move an edition to the trash (see ``SqlEditionRepository.delete``)."""
    with transaction(engine) as session:
        row = session.scalars(
            select(EditionRow).where(EditionRow.number == number,
                                     EditionRow.deleted_at.is_(None)).with_for_update()
        ).first()
        if row is None:
            raise no_edition(number)
        issued = reads.issued_count(session.connection(), number)
        if issued:
            raise ReadOnlyError(
                msg(
                    "لا يمكن حذف الدورة {number} لأن لها {issued} من البلاغات الصادرة",
                    number=number,
                    issued=issued,
                ),
            )
        ensure_baseline(session, row)
        row.deleted_at = utcnow()
        row.deleted_by = current_actor(session.connection()).label()
        [trashed] = stored(session, [row])
        record_edition(session, row.uid, trashed, ACTION_TRASHED)

