"""Keeps the window's editions up to date without the GUI thread reading them all.

The editions list needs a few columns (``list_editions_brief``: one light query); the
release and summary tabs need every edition in full for comparisons and records. Both are
read in the thread pool after a save, a delete or an import; when several refreshes
overlap, only the latest result is shown. A saved edition is put into the lists at once
(no database read) so the list never lags behind what the user just did.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal

from balagh.core.model import Edition
from balagh.core.ports import EditionRepository
from balagh.gui.edition.list_model import precomputed_cells
from balagh.gui.workers import JobRunner

log = logging.getLogger(__name__)


def _ordered(editions: list[Edition]) -> list[Edition]:
    return sorted(editions, key=lambda e: (e.start_date, e.number))


def replaced(editions: list[Edition], edition: Edition,
             old_number: int | None = None) -> list[Edition]:
    """``editions`` with ``edition`` in place of the one of its number (or ``old_number``)."""
    drop = {edition.number} | ({old_number} if old_number is not None else set())
    return _ordered([e for e in editions if e.number not in drop] + [edition])


class EditionsSync(QObject):
    """Reads the editions in the background; ``brief_ready``/``full_ready`` on the GUI thread."""

    brief_ready = Signal(list)  # list[Edition] with only the list's columns
    full_ready = Signal(list)  # list[Edition], everything

    def __init__(self, editions: EditionRepository, jobs: JobRunner, language: str = "ar",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editions = editions
        self.language = language
        #: The list's cells worked out in the worker, for the model to pick up.
        self.cells: dict[tuple[Any, ...], Any] = {}
        self.jobs = jobs
        self.generation = 0
        self.brief: list[Edition] = []
        #: Every edition in full, or None before the first background read finished.
        self.full: list[Edition] | None = None
        self.refreshes_started = 0

    def read_brief_now(self, preloaded: Any = None) -> list[Edition]:
        """The list's rows at start-up: those read while the store opened (``preloaded``,
        rows and cells), or else read now (one light query)."""
        if preloaded is not None:
            self.brief, self.cells = list(preloaded[0]), dict(preloaded[1])
        else:
            self.brief = self.editions.list_editions_brief()
        self.brief_ready.emit(self.brief)
        return self.brief

    def take_cells(self) -> dict[tuple[Any, ...], Any]:
        """The cells worked out in the background since the last call."""
        cells, self.cells = self.cells, {}
        return cells

    def refresh(self) -> None:
        """Read both lists in the thread pool; a later call makes this one's result void."""
        self.generation += 1
        generation = self.generation
        self.refreshes_started += 1
        repository = self.editions
        language = self.language

        def work() -> tuple[list[Edition], dict[tuple[Any, ...], Any], list[Edition]]:
            brief = repository.list_editions_brief()
            return brief, precomputed_cells(brief, language), repository.list_editions()

        def done(result: tuple[list[Edition], dict[tuple[Any, ...], Any], list[Edition]]) -> None:
            if generation != self.generation:
                return  # a newer refresh is on its way
            self.brief, cells, full = result
            self.cells.update(cells)
            self.full = full
            self.brief_ready.emit(self.brief)
            self.full_ready.emit(full)

        def failed(err: BaseException, _tb: str) -> None:
            log.error("refreshing the editions failed: %s", err)

        self.jobs.submit(work, done, failed)

    def show_given(self, full: list[Edition]) -> None:
        """Editions already read (an import): shown at once, pending refreshes void."""
        self.generation += 1
        self.full = _ordered(list(full))
        self.brief = list(self.full)
        self.brief_ready.emit(self.brief)
        self.full_ready.emit(self.full)

    def put(self, edition: Edition, old_number: int | None = None) -> None:
        """A saved edition goes into both lists now; a refresh follows in the background."""
        self.brief = replaced(self.brief, edition, old_number)
        self.brief_ready.emit(self.brief)
        if self.full is not None:
            self.full = replaced(self.full, edition, old_number)
            self.full_ready.emit(self.full)
        self.refresh()

    def remove(self, number: int) -> None:
        """A deleted edition leaves both lists now; a refresh follows in the background."""
        self.brief = [e for e in self.brief if e.number != number]
        self.brief_ready.emit(self.brief)
        if self.full is not None:
            self.full = [e for e in self.full if e.number != number]
            self.full_ready.emit(self.full)
        self.refresh()

    def known_editions(self) -> list[Edition]:
        """Every edition in full when read, else the brief list (no read here)."""
        return self.full if self.full is not None else self.brief

    def full_now(self) -> list[Edition]:
        """Every edition in full: the last background read, or (before it came) read now."""
        if self.full is None:
            self.full = self.editions.list_editions()
        return self.full


def latest_number(editions: list[Edition]) -> int | None:
    """The number of the edition that started last, or None."""
    return max(editions, key=lambda e: (e.start_date, e.number)).number if editions else None


