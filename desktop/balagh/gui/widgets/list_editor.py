"""An editable ordered list (audiences, partners, seminars...): add, remove, move up/down."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from balagh.gui.widgets.rtl_text import alignment_of_text


class DirectionalItemModel(QStandardItemModel):
    """Cells aligned by their text's direction: an Arabic partner starts at the right edge
    in the French interface too (Qt would put it at the left, the interface's edge)."""

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            text = super().data(index, Qt.ItemDataRole.DisplayRole)
            return alignment_of_text(text) if isinstance(text, str) else None
        return super().data(index, role)


class OrderedListEditor(QWidget):
    """Rows of one or more text columns, kept in the order the user gives them."""

    changed = Signal()

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DirectionalItemModel(0, len(headers), self)
        self.model.setHorizontalHeaderLabels(headers)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(True)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setVisible(len(headers) > 1)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setMinimumHeight(90)
        self.add_button = self._button("+", self.tr("إضافة سطر"), self.add_row)
        self.remove_button = self._button("−", self.tr("حذف السطر"), self.remove_row)
        self.up_button = self._button("▲", self.tr("تقديم"), lambda: self.move_row(-1))
        self.down_button = self._button("▼", self.tr("تأخير"), lambda: self.move_row(1))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._loading = False
        self.model.dataChanged.connect(self._emit)
        self.model.rowsRemoved.connect(self._emit)
        self.model.rowsMoved.connect(self._emit)

    def _button(self, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    def _emit(self, *args: object) -> None:
        if not self._loading:
            self.changed.emit()

    def rows(self) -> list[list[str]]:
        """Every row's cell texts."""
        result = []
        for row in range(self.model.rowCount()):
            cells = []
            for column in range(self.model.columnCount()):
                item = self.model.item(row, column)
                cells.append(item.text() if item else "")
            result.append(cells)
        return result

    def values(self) -> list[str]:
        """The first column of every row (for one-column lists)."""
        return [cells[0] for cells in self.rows()]

    def set_rows(self, rows: list[list[str]]) -> None:
        """Replace every row without emitting ``changed``."""
        if rows == self.rows():
            return
        self._loading = True
        try:
            self.model.removeRows(0, self.model.rowCount())
            for cells in rows:
                self.model.appendRow([QStandardItem(text) for text in cells])
        finally:
            self._loading = False

    def set_values(self, values: list[str]) -> None:
        """Replace the rows of a one-column list."""
        self.set_rows([[value] for value in values])

    def add_row(self, cells: list[str] | None = None) -> None:
        """Append a row (empty unless ``cells``) and start editing it."""
        count = self.model.columnCount()
        texts = list(cells or [])[:count] + [""] * max(0, count - len(cells or []))
        self._loading = True
        self.model.appendRow([QStandardItem(text) for text in texts])
        self._loading = False
        self.changed.emit()
        index = self.model.index(self.model.rowCount() - 1, 0)
        self.view.setCurrentIndex(index)
        if not cells:
            self.view.edit(index)

    def remove_row(self) -> None:
        """Remove the selected row."""
        row = self.view.currentIndex().row()
        if row >= 0:
            self.model.removeRow(row)

    def move_row(self, step: int) -> None:
        """Move the selected row up (-1) or down (+1)."""
        row = self.view.currentIndex().row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        self._loading = True
        items = self.model.takeRow(row)
        self.model.insertRow(target, items)
        self._loading = False
        self.view.setCurrentIndex(self.model.index(target, 0))
        self.changed.emit()
