"""A read-only table with one object a row: the lists of the history, the trash, the archive.

A subclass names its columns (an ``IntEnum`` in ``columns``) and their headers
(:meth:`RowsModel.headers`), and says what a cell shows (``data``); the rows, their count,
the column count and the header row are kept here once. :func:`rows_view` is the table that
shows such a list: whole rows chosen one at a time, nothing edited in place.

Example: ``model.set_rows(store.history.trash())`` then ``model.row_at(0)`` is the trashed
edition shown on the first row.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

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


def rows_view(parent: QWidget, model: QAbstractItemModel, name: str, *,
              stretch: int | None = None) -> QTableView:
    """A table of ``model`` named ``name``: one whole row selected at a time, read-only, no
    row numbers; columns as wide as their contents, ``stretch`` taking the room left (none:
    the caller sizes the columns)."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setMinimumSectionSize(40)  # Amiri's tall metrics would make it 176 px
    if stretch is not None:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table
