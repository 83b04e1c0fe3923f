"""The editions list beside the form: search box, sortable table, new/duplicate/delete."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from balagh.core.model import Edition
from balagh.gui.edition.list_model import Column, EditionsFilterProxy, EditionsTableModel


class EditionsPanel(QWidget):
    """Lists the editions; emits the number the user picks."""

    edition_selected = Signal(int)
    new_requested = Signal()
    duplicate_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, language: str = "ar", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = EditionsTableModel(self, language)
        #: Text widths measured for the columns, by font (a refresh measures new texts only).
        self._text_widths: dict[str, dict[str, int]] = {}
        self.proxy = EditionsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("بحث: رقم، سنة، مدينة…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.table = QTableView(self)
        self.table.setObjectName("editions")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.YEAR, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # Tab and Shift+Tab leave the list for the next and previous field (Qt's default
        # moves between the cells, row after row, and never out); the arrows move the rows.
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(40)
        # Every column as wide as its longest text (header included) in either language,
        # measured once per refresh from the model's texts (Qt's ResizeToContents asks every
        # cell at every layout: a second with 1000 editions); extra room goes to the last.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.new_button = QPushButton(self.tr("دورة جديدة"), self)
        self.new_button.setObjectName("new_edition")
        self.duplicate_button = QPushButton(self.tr("نسخ"), self)
        self.duplicate_button.setObjectName("duplicate_edition")
        self.duplicate_button.setToolTip(self.tr("دورة جديدة تبدأ من نسخة الدورة المختارة"))
        self.delete_button = QPushButton(self.tr("حذف"), self)
        self.delete_button.setObjectName("delete_edition")
        self.new_button.clicked.connect(self.new_requested)
        self.duplicate_button.clicked.connect(self._duplicate)
        self.delete_button.clicked.connect(self._delete)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._quiet = False
        self._update_buttons()

    def set_editions(self, editions: list[Edition], select: int | None = None) -> None:
        """Show ``editions`` and select ``select`` (an edition number) without signalling."""
        self._quiet = True
        try:
            changed = self.model.set_editions(editions)
            if select is not None:
                self.select(select)
        finally:
            self._quiet = False
        if changed:
            self.fit_columns()
        self._update_buttons()

    def column_widths(self) -> list[int]:
        """The width each column needs to show its longest text (and its title) uncut."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        padding = 2 * self.table.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 12
        widths = []
        measured = self._text_widths.setdefault(self.table.font().key(), {})
        for column in Column:
            for text in set(self.model.texts(column)) - measured.keys():
                measured[text] = metrics.horizontalAdvance(text)
            widest = max((measured[t] for t in self.model.texts(column)), default=0)
            widths.append(max(header.sectionSizeHint(column), widest + padding))
        return widths

    def columns_width(self) -> int:
        """The width every column needs to show its longest text without cutting it."""
        return sum(self.column_widths())

    def fit_columns(self) -> None:
        """Keep the table wide enough that no city or total is cut («مراكش», «Marrakech»)."""
        widths = self.column_widths()
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        scrollbar = self.table.verticalScrollBar().sizeHint().width()
        frame = 2 * self.table.frameWidth()
        self.table.setMinimumWidth(sum(widths) + scrollbar + frame + 2)

    def select(self, number: int | None) -> None:
        """Select the row of an edition number (quietly: no ``edition_selected``)."""
        was_quiet, self._quiet = self._quiet, True
        try:
            selection = self.table.selectionModel()
            if number is None:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
                return
            row = self.model.row_of(number)
            if row < 0:
                return
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        finally:
            self._quiet = was_quiet
            self._update_buttons()

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search box, its text selected."""
        self.search.setFocus()
        self.search.selectAll()

    def current_number(self) -> int | None:
        """The edition number of the current row, or None."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.edition_at(self.proxy.mapToSource(index).row()).number

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        if self._quiet or not current.isValid():
            return
        number = self.model.edition_at(self.proxy.mapToSource(current).row()).number
        self.edition_selected.emit(number)

    def _update_buttons(self) -> None:
        has = self.current_number() is not None
        self.duplicate_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _duplicate(self) -> None:
        number = self.current_number()
        if number is not None:
            self.duplicate_requested.emit(number)

    def _delete(self) -> None:
        number = self.current_number()
        if number is not None:
            self.delete_requested.emit(number)
