"""The trash: editions deleted from the list, restorable with their drafts and history.

«استرجاع» brings the selected edition back; «إفراغ السلة…» asks, naming every edition, then
deletes them for good (their history stays, and who emptied the trash is recorded).
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from balagh.core.errors import BalaghError
from balagh.core.history import TrashedEdition
from balagh.core.isolates import ltr
from balagh.gui import prompts
from balagh.gui.button_words import use_program_words
from balagh.gui.services import Services
from balagh.gui.widgets.column_fit import fitted_size
from balagh.gui.widgets.rows_model import Index, RowsModel, rows_view
from balagh.gui.widgets.rtl_text import alignment_of_text


class TrashColumn(IntEnum):
    """Columns of the trash."""

    NUMBER = 0
    CITY = 1
    YEAR = 2
    DELETED_AT = 3
    DELETED_BY = 4
    DRAFTS = 5


class TrashTableModel(RowsModel[TrashedEdition]):
    """The editions in the trash, most recently deleted first."""

    columns = TrashColumn

    def __init__(self, language: str = "ar", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language

    def headers(self) -> dict[Any, str]:
        return {
            TrashColumn.NUMBER: self.tr("الدورة"),
            TrashColumn.CITY: self.tr("المدينة"),
            TrashColumn.YEAR: self.tr("السنة"),
            TrashColumn.DELETED_AT: self.tr("تاريخ الحذف"),
            TrashColumn.DELETED_BY: self.tr("حذفها"),
            TrashColumn.DRAFTS: self.tr("المسودات"),
        }

    def _city(self, item: TrashedEdition) -> str:
        return item.city_fr if self.language == "fr" and item.city_fr else item.city_ar

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = TrashColumn(index.column())
        item = self.row_at(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column is not TrashColumn.CITY:
                return int(Qt.AlignmentFlag.AlignCenter)
            return alignment_of_text(self._city(item))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column is TrashColumn.NUMBER:
            return str(item.number)
        if column is TrashColumn.CITY:
            return self._city(item)
        if column is TrashColumn.YEAR:
            return str(item.start_date.year)
        if column is TrashColumn.DELETED_AT:
            return ltr(item.deleted_at.astimezone().strftime("%d/%m/%Y %H:%M"))
        if column is TrashColumn.DELETED_BY:
            return ltr(item.deleted_by)
        return str(item.drafts)


class TrashDialog(QDialog):
    """The trash; emits ``changed`` when an edition came back or the trash was emptied."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        assert services.history is not None, "opened only where there is a record"
        self.history = services.history
        self.setObjectName("trash_dialog")
        self.setWindowTitle(self.tr("سلة المحذوفات"))
        self.resize(fitted_size(self, 760, 400))
        self.note = QLabel(self.tr(
            "الدورات المحذوفة تبقى هنا مع مسوداتها وسجلها حتى تفرغ السلة. الدورة التي لها "
            "بلاغات صادرة لا تحذف أصلا."), self)
        self.note.setWordWrap(True)
        self.model = TrashTableModel(services.language, self)
        self.table = rows_view(self, self.model, "trash", stretch=TrashColumn.CITY)
        self.empty_label = QLabel(self.tr("سلة المحذوفات فارغة."), self)
        self.restore_button = QPushButton(self.tr("استرجاع الدورة"), self)
        self.restore_button.setObjectName("restore_from_trash")
        self.empty_button = QPushButton(self.tr("إفراغ السلة…"), self)
        self.empty_button.setObjectName("empty_trash")
        buttons = use_program_words(QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        """Read the trash again."""
        items = self.history.trash()
        self.model.set_rows(items)
        self.empty_label.setVisible(not items)
        self.restore_button.setEnabled(bool(items))
        self.empty_button.setEnabled(bool(items))
        if items:
            self.table.selectRow(0)

    def selected(self) -> TrashedEdition | None:
        """The selected edition."""
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def restore_selected(self) -> bool:
        """Bring the selected edition back to the list."""
        item = self.selected()
        if item is None:
            return False
        try:
            self.history.restore_from_trash(item.number)
        except BalaghError as err:
            prompts.show_error(self, self.tr("تعذر الاسترجاع"), self.services.message(err))
            return False
        self.reload()
        self.changed.emit()
        return True

    def empty(self) -> bool:
        """Delete for good what the trash holds, after a question that names it all."""
        items = self.model.rows()
        if not items:
            return False
        names = "، ".join(f"{i.number} ({i.city_ar}، {i.start_date.year})" for i in items)
        if not prompts.confirm(
            self, self.tr("إفراغ السلة"),
            self.tr("ستحذف نهائيا الدورات: %1، مع مسوداتها. يبقى سجل تعديلاتها، ويسجل من أفرغ "
                    "السلة. هل تريد المتابعة؟").replace("%1", names),
        ):
            return False
        try:
            self.history.empty_trash()
        except BalaghError as err:
            prompts.show_error(self, self.tr("تعذر إفراغ السلة"), self.services.message(err))
            return False
        self.reload()
        self.changed.emit()
        return True
