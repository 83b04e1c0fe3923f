"""A read-only table with one object a row: the lists of the history, the trash, the archive.

A subclass names its columns (an ``IntEnum`` in ``columns``) and their headers
(:meth:`RowsModel.headers`), and says what a cell shows (``data``); the rows, their count,
the column count and the header row are kept here once.

Example: ``model.set_rows(store.history.trash())`` then ``model.row_at(0)`` is the trashed
edition shown on the first row.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows of one kind of object under named columns (read-only)."""

    columns: type[IntEnum]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: Iterable[Row]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        """The object shown on ``row``."""
        return self._rows[row]

    def rows(self) -> list[Row]:
        """Every row's object."""
        return list(self._rows)

    def headers(self) -> dict[Any, str]:
        """The header of each column (by member of ``columns``), in the interface language."""
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers()[self.columns(section)]
