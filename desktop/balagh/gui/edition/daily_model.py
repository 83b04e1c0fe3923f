"""The daily visitors grid: one row per day of the edition, pasting a column from Excel."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from balagh.core.digits import normalise_digits
from balagh.gui.edition.formatting import short_date

_Index = QModelIndex | QPersistentModelIndex
MAX_DAYS = 31


class DailyColumn(IntEnum):
    """Columns of the daily grid."""

    DAY = 0
    VISITORS = 1


def days_between(start: dt.date, end: dt.date) -> list[dt.date]:
    """Every day from ``start`` to ``end`` inclusive (at most 31; none when reversed)."""
    if end < start:
        return []
    count = min((end - start).days + 1, MAX_DAYS)
    return [start + dt.timedelta(days=i) for i in range(count)]


def cells_from_clipboard(text: str) -> list[str]:
    """The values of a column copied from a spreadsheet, one per line.

    Excel puts tab-separated cells and CRLF line ends on the clipboard; when a line has
    several cells the last non-empty one is taken (a copied "day | visitors" block gives the
    visitors). A trailing empty line is dropped.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    values = []
    for line in lines:
        cells = [cell.strip() for cell in line.split("\t")]
        non_empty = [cell for cell in cells if cell]
        values.append(non_empty[-1] if non_empty else "")
    return values


class DailyVisitorsModel(QAbstractTableModel):
    """Day and visitors text per day; the text is parsed by the form (any digits)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._days: list[dt.date] = []
        self._values: dict[dt.date, str] = {}
        self._problems: dict[dt.date, str] = {}
        self.last_paste_dropped = 0

    def set_range(self, start: dt.date, end: dt.date) -> None:
        """Show the days of the edition; values typed for other days are kept aside."""
        self.beginResetModel()
        self._days = days_between(start, end)
        self.endResetModel()

    def set_values(self, values: dict[dt.date, str]) -> None:
        """Replace every value."""
        self.beginResetModel()
        self._values = dict(values)
        self.endResetModel()

    def values(self) -> dict[dt.date, str]:
        """Non-empty values of the days shown."""
        return {d: self._values[d] for d in self._days if self._values.get(d, "").strip()}

    def set_problems(self, problems: dict[dt.date, str]) -> None:
        """Mark days whose value is refused (shown red with the message as tooltip)."""
        self._problems = dict(problems)
        if self._days:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self._days) - 1, 1))

    def days(self) -> list[dt.date]:
        """The days shown."""
        return list(self._days)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._days)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(DailyColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("اليوم") if section == DailyColumn.DAY else self.tr("عدد الزوار")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == DailyColumn.VISITORS:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._days):
            return None
        day = self._days[index.row()]
        if index.column() == DailyColumn.DAY:
            if role == Qt.ItemDataRole.DisplayRole:
                return short_date(day)
            if role == Qt.ItemDataRole.ToolTipRole:
                return day.isoformat()
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            # Western digits: Arabic-Indic groups («٩٥ ٠٠٠») would show in reverse order.
            return normalise_digits(self._values.get(day, ""))
        if role == Qt.ItemDataRole.EditRole:
            return self._values.get(day, "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._problems.get(day)
        if role == Qt.ItemDataRole.ForegroundRole and day in self._problems:
            from PySide6.QtGui import QColor

            return QColor("#b00020")
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != DailyColumn.VISITORS:
            return False
        day = self._days[index.row()]
        self._values[day] = str(value or "").strip()
        self.dataChanged.emit(index, index)
        return True

    def paste_text(self, start_row: int, text: str) -> int:
        """Fill rows from ``start_row`` with a pasted column; returns how many were filled.

        Values beyond the last day of the edition are not kept; how many were left out is in
        ``last_paste_dropped`` (the form tells the user).
        """
        cells = cells_from_clipboard(text)
        self.last_paste_dropped = max(0, len(cells) - max(0, len(self._days) - start_row))
        filled = 0
        for offset, cell in enumerate(cells):
            row = start_row + offset
            if row >= len(self._days):
                break
            self._values[self._days[row]] = cell
            filled += 1
        if filled:
            self.dataChanged.emit(
                self.index(start_row, 1), self.index(start_row + filled - 1, 1)
            )
        return filled


class NumberCellDelegate(QStyledItemDelegate):
    """Shows and edits visitor counts left to right: «95 000» never reads «000 95».

    The cell text is pinned to the reading edge (right in an Arabic window, left in a French
    one) while its digits keep their order.
    """

    def _edge(self, widget: QObject | None) -> Qt.AlignmentFlag:
        rtl = (isinstance(widget, QWidget)
               and widget.layoutDirection() == Qt.LayoutDirection.RightToLeft)
        edge = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        return edge | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter

    def initStyleOption(self, option: QStyleOptionViewItem, index: _Index) -> None:
        super().initStyleOption(option, index)
        if index.column() == DailyColumn.VISITORS:
            option.direction = Qt.LayoutDirection.LeftToRight
            option.displayAlignment = self._edge(self.parent())

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: _Index
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if index.column() == DailyColumn.VISITORS and isinstance(editor, QLineEdit):
            from balagh.gui.widgets.number_field import number_field

            number_field(editor)
            editor.setAlignment(self._edge(self.parent()))
        return editor


class DailyVisitorsView(QTableView):
    """The grid; Ctrl+V pastes the clipboard's column from the current row down."""

    #: (values kept, values left out because they fall after the last day)
    pasted = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.setItemDelegate(NumberCellDelegate(self))

    def keyPressEvent(self, event: Any) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_clipboard()
            event.accept()
            return
        super().keyPressEvent(event)

    def paste_clipboard(self) -> int:
        """Paste the clipboard text starting at the current row (or the first)."""
        model = self.model()
        if not isinstance(model, DailyVisitorsModel):
            return 0
        row = max(self.currentIndex().row(), 0)
        filled = model.paste_text(row, QGuiApplication.clipboard().text())
        self.pasted.emit(filled, model.last_paste_dropped)
        return filled
