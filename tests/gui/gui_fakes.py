"""An in-memory edition repository for model/unit tests (end-to-end tests use the real store)."""

from __future__ import annotations

import copy
from collections.abc import Sequence

from balagh.core.catalogue import DEFAULT_BY_KEY, DEFAULT_CATALOGUE
from balagh.core.errors import ConflictError, NotFoundError, ReadOnlyError, ValidationFailed
from balagh.core.model import Edition, FigureKind
from balagh.core.validation import validate_edition


class MemoryEditions:
    """Keeps editions in a dict, with the store's version counter and conflict rule."""

    def __init__(self, editions: Sequence[Edition] = ()) -> None:
        self._rows: dict[int, Edition] = {}
        self.locked: set[int] = set()
        for edition in editions:
            stored = copy.deepcopy(edition)
            stored.version = 1
            self._rows[edition.number] = stored

    def catalogue(self) -> list[FigureKind]:
        return list(DEFAULT_CATALOGUE)

    def list_editions(self) -> list[Edition]:
        return [copy.deepcopy(e) for e in sorted(self._rows.values(), key=lambda e: e.start_date)]

    def list_editions_brief(self) -> list[Edition]:
        brief = []
        for edition in self.list_editions():
            total = edition.figure("visitors_total")
            brief.append(Edition(
                edition.number, edition.city_ar, edition.city_fr, edition.start_date,
                edition.end_date, edition.venue_ar, edition.venue_fr,
                figures={"visitors_total": total} if total else {}, version=edition.version))
        return brief

    def get(self, number: int) -> Edition:
        if number not in self._rows:
            raise NotFoundError(f"لا توجد الدورة {number}")
        return copy.deepcopy(self._rows[number])

    def find(self, number_or_year: int) -> Edition:
        return self.get(number_or_year)

    def save(self, edition: Edition, *, force: bool = False) -> Edition:
        others = [n for n in self._rows if n != edition.number]
        problems = validate_edition(edition, DEFAULT_BY_KEY, taken_numbers=others)
        if problems:
            raise ValidationFailed(problems)
        current = self._rows.get(edition.number)
        if current is not None and not force and current.version != edition.version:
            raise ConflictError("حفظ شخص آخر هذه الدورة", "modifiée ailleurs")
        stored = copy.deepcopy(edition)
        stored.version = (current.version if current else 0) + 1
        self._rows[edition.number] = stored
        return copy.deepcopy(stored)

    def replace_all(self, editions: Sequence[Edition], *, replace: bool) -> list[Edition]:
        return [self.save(e, force=True) for e in editions]

    def delete(self, number: int) -> None:
        if number in self.locked:
            raise ReadOnlyError("لا يمكن حذف دورة صدرت بلاغاتها", "déjà publiée")
        self.get(number)
        del self._rows[number]
