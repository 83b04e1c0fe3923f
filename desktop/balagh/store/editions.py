"""The edition repository: editions and the figure catalogue, on any SQLAlchemy database.

Reads are SQLAlchemy Core (:mod:`balagh.store.edition_reads`, one reading transaction
each); the ORM is imported only when something is written (:mod:`balagh.store.edition_writes`,
imported by the methods that write). Every write is one transaction: validation first
(nothing is written when it fails), then the rows; any error rolls the whole transaction
back, so the database stays as it was.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Engine

from balagh.core.catalogue import DEFAULT_CATALOGUE
from balagh.core.errors import NotFoundError
from balagh.core.model import Edition, FigureKind
from balagh.messages import msg
from balagh.store import edition_reads as reads
from balagh.store import tables as t
from balagh.store.connections import read_transaction
from balagh.store.edition_problems import ambiguous_year


def no_edition(number: int) -> NotFoundError:
    """«لا توجد دورة بالرقم 9»."""
    return NotFoundError(msg("لا توجد دورة بالرقم {number}", number=number))


class SqlEditionRepository:
    """:class:`balagh.core.ports.EditionRepository` on a SQLAlchemy database."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    # -- catalogue ---------------------------------------------------------------------

    def catalogue(self) -> list[FigureKind]:
        """Every figure kind, in display order."""
        with read_transaction(self._engine) as connection:
            return reads.catalogue(connection)

    def sync_catalogue(self, kinds: Sequence[FigureKind] = DEFAULT_CATALOGUE) -> list[str]:
        """Add the built-in figure kinds missing from the database and refresh changed ones.

        Writes nothing when the table already matches; returns the keys written.
        """
        current = {kind.key: kind for kind in self.catalogue()}
        if all(current.get(kind.key) == kind for kind in kinds):
            return []  # reading first: opening a database to read never writes
        from balagh.store.edition_writes import write_catalogue

        return write_catalogue(self._engine, kinds)

    # -- reading -----------------------------------------------------------------------

    def list_editions(self) -> list[Edition]:
        """Every edition, ordered by start date (oldest first)."""
        with read_transaction(self._engine) as connection:
            return reads.editions_where(connection, reads.LIVE)

    def list_editions_brief(self) -> list[Edition]:
        """Every edition with only what the editions list shows: number, cities, venues,
        dates and the total of visitors (no lists, no other figures), oldest first.

        One query of a few columns: at 1000 editions a few milliseconds, where
        ``list_editions`` builds every figure, day and list.
        """
        with read_transaction(self._engine) as connection:
            return reads.brief_editions(connection)

    def get(self, number: int) -> Edition:
        """The edition with this number; raises NotFoundError."""
        with read_transaction(self._engine) as connection:
            found = reads.edition_where(connection, t.editions.c.number == number, reads.LIVE)
        if found is None:
            raise no_edition(number)
        return found

    def find(self, number_or_year: int) -> Edition:
        """An edition by number, or else by the year it started; raises NotFoundError.

        A number always wins. A year must match exactly one edition: when several editions
        started that year the choice is the user's, and BalaghError lists them
        («سنة 2025 تضم دورتين: 6 (الرباط، 2025-05-17)، 7 (أكادير، 2025-10-02)؛ حدد رقم
        الدورة»). Example: ``find(4)`` and ``find(2023)`` both give the Fez edition.
        """
        editions = t.editions
        with read_transaction(self._engine) as connection:
            found = reads.edition_where(connection, editions.c.number == number_or_year,
                                        reads.LIVE)
            if found is None and 1 <= number_or_year <= 9999:
                rows = reads.year_rows(connection, number_or_year)
                if len(rows) > 1:
                    raise ambiguous_year(number_or_year, rows)
                if rows:
                    found = reads.edition_where(connection, editions.c.id == rows[0].id)
        if found is None:
            raise NotFoundError(
                msg(
                    "لا توجد دورة بالرقم أو السنة {number_or_year}",
                    number_or_year=number_or_year,
                ),
            )
        return found

    def issued_count(self, number: int) -> int:
        """How many releases of edition ``number`` were issued (0: it may be deleted)."""
        with read_transaction(self._engine) as connection:
            return reads.issued_count(connection, number)

    # -- writing (the ORM, imported here only) -----------------------------------------

    def save(self, edition: Edition, *, force: bool = False) -> Edition:
        """Validate and write an edition in one transaction; returns the stored copy.

        ``edition.version`` 0 means a new edition (its number must be free); otherwise it is
        the version the caller opened, and a different stored version raises ConflictError
        («عدل شخص آخر هذه الدورة منذ فتحها…») unless ``force`` is set.
        """
        from balagh.store.edition_writes import save_edition

        return save_edition(self._engine, edition, force=force)

    def replace_all(self, editions: Sequence[Edition], *, replace: bool) -> list[Edition]:
        """Import several editions all-or-nothing; returns the stored copies.

        An edition whose number exists is refused (naming it) unless ``replace`` is set, in
        which case it overwrites the stored one (its releases stay attached).
        """
        from balagh.store.edition_writes import import_editions

        return import_editions(self._engine, editions, replace=replace)

    def delete(self, number: int) -> None:
        """Move an edition to the trash (with its drafts and history, restorable).

        Raises ReadOnlyError when it has issued releases: the record of what was published
        keeps its edition. See :meth:`issued_count` to say so before asking to confirm.
        """
        from balagh.store.edition_writes import trash_edition

        trash_edition(self._engine, number)
