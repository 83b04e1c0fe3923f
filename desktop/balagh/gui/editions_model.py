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
from balagh.gui.formatting import fold_for_search, office_number

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
EDITION_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """The columns of the editions list."""

    NUMBER = 0
    YEAR = 1
    CITY = 2
    VISITORS = 3


class EditionsTableModel(QAbstractTableModel):
    """One row per edition: number, year, city, total visitors (office style)."""

    def __init__(self, parent: QObject | None = None, language: str = "ar") -> None:
        super().__init__(parent)
        self._editions: list[Edition] = []
        self.language = language

    def headers(self) -> dict[Column, str]:
        """Column titles in the interface language."""
        return {
            Column.NUMBER: self.tr("الدورة"),
            Column.YEAR: self.tr("السنة"),
            Column.CITY: self.tr("المدينة"),
            Column.VISITORS: self.tr("مجموع الزوار"),
        }

    def set_editions(self, editions: list[Edition]) -> None:
        """Replace the rows (e.g. after loading or saving)."""
        self.beginResetModel()
        self._editions = list(editions)
        self.endResetModel()

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

    def _visitors(self, edition: Edition) -> int | None:
        figure = edition.figure("visitors_total")
        return figure.value if figure else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._editions):
            return None
        edition = self._editions[index.row()]
        column = Column(index.column())
        if role == EDITION_ROLE:
            return edition
        if role == Qt.ItemDataRole.DisplayRole:
            if column is Column.NUMBER:
                return str(edition.number)
            if column is Column.YEAR:
                return str(edition.year)
            if column is Column.CITY:
                if self.language == "fr":
                    return edition.city_fr or edition.city_ar
                return edition.city_ar or edition.city_fr
            visitors = self._visitors(edition)
            if self.language == "fr" and visitors is not None:
                return f"{visitors:,}".replace(",", "\u202f")  # 1 150 000
            return office_number(visitors)
        if role == SORT_ROLE:
            if column is Column.NUMBER:
                return edition.number
            if column is Column.YEAR:
                return edition.start_date.toordinal()
            if column is Column.CITY:
                return edition.city_ar if self.language == "ar" else edition.city_fr
            visitors = self._visitors(edition)
            return -1 if visitors is None else visitors
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.CITY:
            return f"{edition.city_ar} / {edition.city_fr}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column is not Column.CITY:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class EditionsFilterProxy(QSortFilterProxyModel):
    """Search across number, year and both city names; sorts on raw values."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setSortRole(SORT_ROLE)

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
