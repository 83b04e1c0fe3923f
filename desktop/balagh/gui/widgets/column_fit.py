"""Table columns that share the table's width: nothing behind a horizontal scroll bar.

Each column wants the width of its widest text (or of its title). When they do not all fit,
the columns that may be shortened (names, times) give way, the widest first, down to the
width of their title; their texts are then elided («fatima.benali@pos…») with the whole
text on hover. When there is room to spare, one column takes it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

#: Room for the cell's margins beyond the text's own width.
PADDING = 12


def shared_widths(wanted: Sequence[int], floors: Sequence[int], elastic: set[int],
                  room: int) -> list[int]:
    """Column widths that add up to at most ``room`` where possible.

    ``wanted[c]`` is what column ``c`` needs to show everything, ``floors[c]`` the least it
    may get; only the ``elastic`` columns get less than they want, the widest first (they
    are cut to one common width, never below their floor).
    """
    widths = list(wanted)
    fixed = sum(w for c, w in enumerate(widths) if c not in elastic)
    budget = room - fixed
    columns = sorted(elastic, key=lambda c: widths[c])
    if sum(widths[c] for c in columns) <= budget:
        return widths
    # The common width «cap» such that sum(max(floor, min(wanted, cap))) fits the budget.
    low, high = 0, max((widths[c] for c in columns), default=0)
    while low < high:
        cap = (low + high + 1) // 2
        used = sum(max(floors[c], min(widths[c], cap)) for c in columns)
        if used <= budget:
            low = cap
        else:
            high = cap - 1
    for c in columns:
        widths[c] = max(floors[c], min(widths[c], low))
    return widths


class FittedColumns(QObject):
    """Keeps a table's columns inside its width (see the module docstring)."""

    def __init__(self, table: QTableView, elastic: set[int], spare: int) -> None:
        super().__init__(table)
        self.table = table
        self.elastic = elastic
        self.spare = spare
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        table.viewport().installEventFilter(self)
        model = table.model()
        for signal in (model.modelReset, model.rowsInserted, model.dataChanged,
                       model.layoutChanged):
            signal.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self, *_args: object) -> None:
        """Share the table's width between its columns now."""
        table, header = self.table, self.table.horizontalHeader()
        count = header.count()
        if count == 0:
            return
        titles = [header.sectionSizeHint(c) for c in range(count)]
        wanted = [max(titles[c], table.sizeHintForColumn(c) + PADDING) for c in range(count)]
        room = table.viewport().width()
        widths = shared_widths(wanted, titles, self.elastic, room)
        left = room - sum(widths)
        if left > 0:
            widths[self.spare] += left
        for column, width in enumerate(widths):
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)


def fitted_size(widget: QWidget, width: int, height: int) -> QSize:
    """``width``×``height``, or less where the screen is smaller (a 1366×768 laptop at 150 %
    leaves 911×512 pixels): a dialog never opens wider or taller than the screen."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(width, height)
    room = screen.availableGeometry()
    return QSize(min(width, room.width() - 40), min(height, room.height() - 60))
