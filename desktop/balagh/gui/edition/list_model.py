"""The editions list as a Qt item model with named columns, and its search/sort proxy."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from balagh.core.digits import normalise_digits
from balagh.core.model import Edition
from balagh.gui.edition.formatting import fold_for_search, office_number
from balagh.gui.widgets.rtl_text import alignment_of_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
EDITION_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """The columns of the editions list."""

    NUMBER = 0
    YEAR = 1
    CITY = 2
    VISITORS = 3


Cells = tuple[tuple[str, ...], tuple[Any, ...]]


def _visitors(edition: Edition) -> int | None:
    figure = edition.figure("visitors_total")
    return figure.value if figure else None


def cells_key(edition: Edition, language: str) -> tuple[Any, ...]:
    """What a row's cells depend on: the edition's shown fields and the interface language
    (cells worked out in one language are never shown in another after a switch)."""
    return (language, edition.number, edition.start_date, edition.city_ar, edition.city_fr,
            _visitors(edition))


def row_key(edition: Edition, language: str) -> tuple[Any, ...]:
    """What a row shows or is searched on."""
    return (*cells_key(edition, language), edition.venue_ar, edition.venue_fr)


def row_cells(edition: Edition, language: str) -> Cells:
    """(display texts, sort keys) of one edition, in column order; no Qt needed, so a
    worker thread can work them out («مليون و150 ألف» takes a while in Python)."""
    visitors = _visitors(edition)
    if language == "fr":
        city = edition.city_fr or edition.city_ar
        shown = office_number(visitors) if visitors is None else \
            f"{visitors:,}".replace(",", "\u202f")  # 1 150 000
        city_key = edition.city_fr
    else:
        city = edition.city_ar or edition.city_fr
        shown = office_number(visitors)
        city_key = edition.city_ar
    texts = (str(edition.number), str(edition.year), city, shown)
    keys = (edition.number, edition.start_date.toordinal(), city_key,
            -1 if visitors is None else visitors)
    return texts, keys


def precomputed_cells(editions: list[Edition], language: str) -> dict[tuple[Any, ...], Cells]:
    """The cells of ``editions`` by ``cells_key`` (run in a worker thread)."""
    return {cells_key(e, language): row_cells(e, language) for e in editions}


class EditionsTableModel(QAbstractTableModel):
    """One row per edition: number, year, city, total visitors (office style)."""

    def __init__(self, parent: QObject | None = None, language: str = "ar") -> None:
        super().__init__(parent)
        self._editions: list[Edition] = []
        self._cells: list[Cells] = []
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        #: The cells of the rows shown last, by what they depend on (a refresh after a save
        #: works out only the saved edition's row again).
        self._memo: dict[tuple[Any, ...], Cells] = {}
        self._keys: list[tuple[Any, ...]] | None = None  # ``row_key`` of the rows given last
        self.language = language

    def headers(self) -> dict[Column, str]:
        """Column titles in the interface language."""
        return {
            Column.NUMBER: self.tr("الدورة"),
            Column.YEAR: self.tr("السنة"),
            Column.CITY: self.tr("المدينة"),
            Column.VISITORS: self.tr("مجموع الزوار"),
        }

    def set_editions(self, editions: list[Edition]) -> bool:
        """Replace the rows (e.g. after loading or saving), kept in the current sort order;
        False when nothing shown changed (the background read after a save finds what the
        save showed): the editions are swapped quietly, the view is not reset.

        The texts and sort keys of every cell are worked out once here: the view asks for
        them thousands of times (painting, measuring, sorting) and with 1000 editions a
        Python call each was the window's longest freeze.
        """
        keys = [row_key(e, self.language) for e in editions]
        if keys == self._keys:
            fresh = {e.number: e for e in editions}
            self._editions = [fresh[e.number] for e in self._editions]
            return False
        self._keys = keys
        self.beginResetModel()
        self._editions = list(editions)
        memo, self._memo = self._memo, {}
        self._cells = []
        for edition in self._editions:
            key = cells_key(edition, self.language)
            cells = memo.get(key) or self._memo.get(key) or self._row_cells(edition)
            self._memo[key] = cells
            self._cells.append(cells)
        self._apply_sort()
        self.endResetModel()
        return True

    def _row_cells(self, edition: Edition) -> Cells:
        return row_cells(edition, self.language)

    def remember(self, cells: dict[tuple[Any, ...], Cells]) -> None:
        """Cells worked out elsewhere (``precomputed_cells`` in a worker thread)."""
        self._memo.update(cells)

    def texts(self, column: Column) -> list[str]:
        """Every text of a column (to measure it without asking the view)."""
        return [cells[0][column] for cells in self._cells]

    def _apply_sort(self) -> None:
        if self._sort_column < 0:
            return
        column = self._sort_column
        order = sorted(range(len(self._editions)), key=lambda r: self._cells[r][1][column],
                       reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        self._editions = [self._editions[r] for r in order]
        self._cells = [self._cells[r] for r in order]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort on the raw values (dates, numbers), once, in Python."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        kept = [(self._editions[i.row()].number, i.column()) for i in old if i.isValid()]
        self._sort_column, self._sort_order = column, order
        self._apply_sort()
        rows = {e.number: r for r, e in enumerate(self._editions)}
        self.changePersistentIndexList(
            [i for i in old if i.isValid()], [self.index(rows[n], c) for n, c in kept])
        self.layoutChanged.emit()

    def editions(self) -> list[Edition]:
        """The editions shown, in model order."""
        return list(self._editions)

    def edition_at(self, row: int) -> Edition:
        """The edition of a model row."""
        return self._editions[row]

    def row_of(self, number: int) -> int:
        """The row of an edition number, or -1."""
        for row, edition in enumerate(self._editions):
            if edition.number == number:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._editions)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[Column(section)]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._editions):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[row][0][column]
        if role == SORT_ROLE:
            return self._cells[row][1][column]
        if role == EDITION_ROLE:
            return self._editions[row]
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.CITY:
            edition = self._editions[row]
            return f"{edition.city_ar} / {edition.city_fr}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column != Column.CITY:
                return int(Qt.AlignmentFlag.AlignCenter)
            return alignment_of_text(self._cells[row][0][column])
        return None


class EditionsFilterProxy(QSortFilterProxyModel):
    """Search across number, year and both city names; sorts on raw values."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setSortRole(SORT_ROLE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is done by the source model (once, on cached keys); the proxy keeps the
        source order and only filters."""
        model = self.sourceModel()
        if isinstance(model, EditionsTableModel):
            model.sort(column, order)
        else:
            super().sort(column, order)

    def set_search(self, text: str) -> None:
        """Filter rows on ``text`` (Arabic-Indic digits match Western ones: «٢٠٢٣» = 2023;
        accents are ignored: «fes» finds «Fès»)."""
        needle = fold_for_search(normalise_digits(text).strip())
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = needle
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        if not isinstance(model, EditionsTableModel):
            return True
        edition = model.edition_at(source_row)
        haystack = fold_for_search(" ".join(
            [str(edition.number), str(edition.year), edition.city_ar, edition.city_fr,
             edition.venue_ar, edition.venue_fr]
        ))
        return all(word in haystack for word in self._needle.split())
