"""The edition repository: editions and the figure catalogue, on any SQLAlchemy database.

Every write is one transaction: validation first (nothing is written when it fails), then
the rows; any error rolls the whole transaction back, so the database stays as it was.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload, sessionmaker

from balagh.core.catalogue import DEFAULT_CATALOGUE
from balagh.core.errors import (
    BalaghError,
    ConflictError,
    NotFoundError,
    Problem,
    ReadOnlyError,
    ValidationFailed,
)
from balagh.core.history import (
    ACTION_CREATED,
    ACTION_IMPORTED,
    ACTION_SAVED,
    ACTION_TRASHED,
)
from balagh.core.input_policy import clean_edition
from balagh.core.model import Edition, FigureKind, FigureValue, Qualifier
from balagh.core.validation import validate_edition
from balagh.messages import msg
from balagh.store.actor import current_actor
from balagh.store.edition_problems import (
    ambiguous_year,
    conflict_error,
    duplicate_in_batch_problem,
    edition_context,
    exists_problem,
    integrity_error,
    trashed_problem,
)
from balagh.store.edition_versions import ensure_baseline, new_uid, record_edition
from balagh.store.mapping import (
    edition_from_row,
    fill_edition_row,
    fill_kind_row,
    kind_from_row,
    new_edition_row,
)
from balagh.store.models import (
    EditionRow,
    FigureKindRow,
    FigureValueRow,
    JointPavilionRow,
)
from balagh.store.release_models import ReleaseRow
from balagh.store.tables import utcnow
from balagh.store.transactions import transaction

_FULL_EDITION = (
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


def _brief_edition(row: Any) -> Edition:
    """An ``Edition`` holding only the editions list's columns."""
    figures = {}
    if row.value is not None:
        figures["visitors_total"] = FigureValue(row.value, Qualifier(row.qualifier))
    return Edition(
        number=row.number, city_ar=row.city_ar, city_fr=row.city_fr, venue_ar=row.venue_ar,
        venue_fr=row.venue_fr, start_date=row.start_date, end_date=row.end_date,
        figures=figures, version=row.version,
    )


class SqlEditionRepository:
    """:class:`balagh.core.ports.EditionRepository` on a SQLAlchemy database."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def _transaction(self, *, write: bool = False,
                     conflict: BalaghError | None = None) -> AbstractContextManager[Session]:
        return transaction(self._sessions, write=write, conflict=conflict)

    # -- catalogue ---------------------------------------------------------------------

    def catalogue(self) -> list[FigureKind]:
        """Every figure kind, in display order."""
        with self._transaction() as session:
            return self._catalogue(session)

    @staticmethod
    def _catalogue(session: Session) -> list[FigureKind]:
        rows = session.scalars(
            select(FigureKindRow).order_by(FigureKindRow.display_order, FigureKindRow.key)
        )
        return [kind_from_row(row) for row in rows]

    def sync_catalogue(self, kinds: Sequence[FigureKind] = DEFAULT_CATALOGUE) -> list[str]:
        """Add the built-in figure kinds missing from the database and refresh changed ones.

        Writes nothing when the table already matches; returns the keys written.
        """
        with self._transaction() as session:
            found = session.scalars(select(FigureKindRow))
            current = {row.key: kind_from_row(row) for row in found}
        if all(current.get(kind.key) == kind for kind in kinds):
            return []  # reading first: opening a database to read never writes
        written: list[str] = []
        with self._transaction(write=True) as session:
            rows = {row.key: row for row in session.scalars(select(FigureKindRow))}
            for kind in kinds:
                row = rows.get(kind.key)
                if row is not None and kind_from_row(row) == kind:
                    continue
                if row is None:
                    row = FigureKindRow()
                    session.add(row)
                fill_kind_row(row, kind)
                written.append(kind.key)
        return written

    # -- reading -----------------------------------------------------------------------

    def list_editions(self) -> list[Edition]:
        """Every edition, ordered by start date (oldest first)."""
        with self._transaction() as session:
            rows = session.scalars(
                select(EditionRow).options(*_FULL_EDITION)
                .where(EditionRow.deleted_at.is_(None))
                .order_by(EditionRow.start_date, EditionRow.number)
            )
            return [edition_from_row(row) for row in rows]

    def list_editions_brief(self) -> list[Edition]:
        """Every edition with only what the editions list shows: number, cities, venues,
        dates and the total of visitors (no lists, no other figures), oldest first.

        One query of a few columns: at 1000 editions a few milliseconds, where
        ``list_editions`` builds every figure, day and list.
        """
        total = (
            select(FigureValueRow.edition_id, FigureValueRow.value, FigureValueRow.qualifier)
            .where(FigureValueRow.figure_key == "visitors_total")
            .subquery()
        )
        query = (
            select(EditionRow.number, EditionRow.city_ar, EditionRow.city_fr,
                   EditionRow.venue_ar, EditionRow.venue_fr, EditionRow.start_date,
                   EditionRow.end_date, EditionRow.version, total.c.value, total.c.qualifier)
            .outerjoin(total, total.c.edition_id == EditionRow.id)
            .where(EditionRow.deleted_at.is_(None))
            .order_by(EditionRow.start_date, EditionRow.number)
        )
        with self._transaction() as session:
            rows = session.execute(query).all()
        return [_brief_edition(row) for row in rows]

    def get(self, number: int) -> Edition:
        """The edition with this number; raises NotFoundError."""
        with self._transaction() as session:
            row = self._row(session, number)
            if row is None:
                raise NotFoundError(
                    msg("لا توجد دورة بالرقم {number}", number=number)
                )
            return edition_from_row(row)

    def find(self, number_or_year: int) -> Edition:
        """An edition by number, or else by the year it started; raises NotFoundError.

        A number always wins. A year must match exactly one edition: when several editions
        started that year the choice is the user's, and BalaghError lists them
        («سنة 2025 تضم دورتين: 6 (الرباط، 2025-05-17)، 7 (أكادير، 2025-10-02)؛ حدد رقم
        الدورة»). Example: ``find(4)`` and ``find(2023)`` both give the Fez edition.
        """
        with self._transaction() as session:
            row = self._row(session, number_or_year)
            if row is None and 1 <= number_or_year <= 9999:
                start = dt.date(number_or_year, 1, 1)
                rows = list(session.scalars(
                    select(EditionRow)
                    .options(*_FULL_EDITION)
                    .where(EditionRow.deleted_at.is_(None))
                    .where(EditionRow.start_date >= start)
                    .where(EditionRow.start_date < start.replace(year=start.year + 1))
                    .order_by(EditionRow.start_date, EditionRow.number)
                ))
                if len(rows) > 1:
                    raise ambiguous_year(number_or_year, rows)
                row = rows[0] if rows else None
            if row is None:
                raise NotFoundError(
                    msg(
                        "لا توجد دورة بالرقم أو السنة {number_or_year}",
                        number_or_year=number_or_year,
                    ),
                )
            return edition_from_row(row)

    @staticmethod
    def _row(session: Session, number: int, *, lock: bool = False,
             trashed: bool = False) -> EditionRow | None:
        """The edition numbered ``number``: a live one, or with ``trashed`` one in the trash."""
        query = select(EditionRow).options(*_FULL_EDITION).where(EditionRow.number == number)
        query = query.where(
            EditionRow.deleted_at.is_not(None) if trashed else EditionRow.deleted_at.is_(None)
        )
        if lock:
            query = query.with_for_update()
        return session.scalars(query).first()

    @staticmethod
    def _numbers(session: Session) -> tuple[set[int], set[int]]:
        """The numbers of the live editions and those of the editions in the trash."""
        live: set[int] = set()
        trashed: set[int] = set()
        for number, deleted in session.execute(
            select(EditionRow.number, EditionRow.deleted_at)
        ):
            (trashed if deleted is not None else live).add(number)
        return live, trashed

    @staticmethod
    def _rows_by_number(session: Session, numbers: Sequence[int]) -> dict[int, EditionRow]:
        """The stored editions among ``numbers``, locked, read in a few queries."""
        rows: dict[int, EditionRow] = {}
        wanted = sorted(set(numbers))
        for cut in range(0, len(wanted), 500):  # below every backend's parameter limit
            query = (
                select(EditionRow)
                .options(*_FULL_EDITION)
                .where(EditionRow.number.in_(wanted[cut : cut + 500]))
                .where(EditionRow.deleted_at.is_(None))
                .with_for_update()
            )
            rows.update((row.number, row) for row in session.scalars(query))
        return rows

    # -- writing -----------------------------------------------------------------------

    def save(self, edition: Edition, *, force: bool = False) -> Edition:
        """Validate and write an edition in one transaction; returns the stored copy.

        ``edition.version`` 0 means a new edition (its number must be free); otherwise it is
        the version the caller opened, and a different stored version raises ConflictError
        («عدل شخص آخر هذه الدورة منذ فتحها…») unless ``force`` is set.
        """
        edition = copy.deepcopy(edition)
        clean_edition(edition)  # bidi embeddings removed, as the form and import announce
        try:
            with self._transaction(write=True,
                                   conflict=conflict_error(edition.number)) as session:
                catalogue = {kind.key: kind for kind in self._catalogue(session)}
                numbers, in_trash = self._numbers(session)
                row = self._row(session, edition.number, lock=True)
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
                session.flush()
                record_edition(session, row, action)
                return edition_from_row(row)
        except IntegrityError as exc:
            raise integrity_error(exc) from exc

    def replace_all(self, editions: Sequence[Edition], *, replace: bool) -> list[Edition]:
        """Import several editions all-or-nothing; returns the stored copies.

        An edition whose number exists is refused (naming it) unless ``replace`` is set, in
        which case it overwrites the stored one (its releases stay attached).
        """
        editions = copy.deepcopy(list(editions))
        for edition in editions:
            clean_edition(edition)
        try:
            with self._transaction(write=True, conflict=ConflictError(
                msg("عدل شخص آخر إحدى هذه الدورات أثناء الاستيراد؛ أعد المحاولة"),
            )) as session:
                catalogue = {kind.key: kind for kind in self._catalogue(session)}
                numbers, in_trash = self._numbers(session)
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
                if problems:
                    raise ValidationFailed(problems)
                rows = self._rows_by_number(session, [e.number for e in editions])
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
                session.flush()  # one flush: the rows go in as batched statements
                for row in written:
                    record_edition(session, row, ACTION_IMPORTED)
                return [edition_from_row(row) for row in written]
        except IntegrityError as exc:
            raise integrity_error(exc) from exc

    def delete(self, number: int) -> None:
        """Move an edition to the trash (with its drafts and history, restorable).

        Raises ReadOnlyError when it has issued releases: the record of what was published
        keeps its edition. See :meth:`issued_count` to say so before asking to confirm.
        """
        with self._transaction(write=True) as session:
            row = self._row(session, number, lock=True)
            if row is None:
                raise NotFoundError(
                    msg("لا توجد دورة بالرقم {number}", number=number)
                )
            issued = self._issued(session, row.id)
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
            row.deleted_by = current_actor(session).label()
            session.flush()
            record_edition(session, row, ACTION_TRASHED)

    def issued_count(self, number: int) -> int:
        """How many releases of edition ``number`` were issued (0: it may be deleted)."""
        with self._transaction() as session:
            row = self._row(session, number)
            return 0 if row is None else self._issued(session, row.id)

    @staticmethod
    def _issued(session: Session, edition_id: int) -> int:
        return len(list(session.scalars(
            select(ReleaseRow.id).where(ReleaseRow.edition_id == edition_id)
            .where(ReleaseRow.status == "issued")
        )))
