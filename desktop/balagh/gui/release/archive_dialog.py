"""The archive of releases: references, editions, dates; open, export or verify one."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from balagh.core.isolates import ltr
from balagh.core.model import Release, ReleaseKind, ReleaseStatus
from balagh.gui import file_dialogs
from balagh.gui.button_words import use_program_words
from balagh.gui.services import Services
from balagh.gui.widgets.column_fit import FittedColumns, fitted_size
from balagh.gui.widgets.export_notice import save_export
from balagh.gui.widgets.rows_model import Index, RowsModel, rows_view


class ReleaseColumn(IntEnum):
    """Columns of the archive."""

    REFERENCE = 0
    EDITION = 1
    KIND = 2
    DATE = 3
    STATUS = 4
    ISSUED_AT = 5
    DRAFTED_BY = 6
    CHECKED_BY = 7
    ISSUED_BY = 8


class ReleasesTableModel(RowsModel[Release]):
    """Releases, newest first."""

    columns = ReleaseColumn

    def headers(self) -> dict[Any, str]:
        return {
            ReleaseColumn.REFERENCE: self.tr("المرجع"),
            ReleaseColumn.EDITION: self.tr("الدورة"),
            ReleaseColumn.KIND: self.tr("النوع"),
            ReleaseColumn.DATE: self.tr("تاريخ البلاغ"),
            ReleaseColumn.STATUS: self.tr("الحالة"),
            ReleaseColumn.ISSUED_AT: self.tr("تاريخ الإصدار"),
            ReleaseColumn.DRAFTED_BY: self.tr("حرره"),
            ReleaseColumn.CHECKED_BY: self.tr("تحقق منه"),
            ReleaseColumn.ISSUED_BY: self.tr("أصدره"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole:
            column = ReleaseColumn(index.column())
            tip = self._who_tip(self.row_at(index.row()), column)
            if tip is None and column in (ReleaseColumn.DRAFTED_BY, ReleaseColumn.ISSUED_BY,
                                          ReleaseColumn.ISSUED_AT):
                return self.data(index) or None  # the whole text of an elided cell
            return tip
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        release = self.row_at(index.row())
        column = ReleaseColumn(index.column())
        if column is ReleaseColumn.DRAFTED_BY:
            return ltr(release.updated_by)
        if column is ReleaseColumn.CHECKED_BY:
            mark = " ⚠" if release.override_reason else ""
            return ltr(release.checked_by or "") + mark
        if column is ReleaseColumn.ISSUED_BY:
            return ltr(release.issued_by or "")
        if column is ReleaseColumn.REFERENCE:
            return release.reference or "—"
        if column is ReleaseColumn.EDITION:
            return str(release.edition_number)
        if column is ReleaseColumn.KIND:
            return self.tr("اختتام") if release.kind is ReleaseKind.CLOSING else self.tr("افتتاح")
        if column is ReleaseColumn.DATE:
            return release.date.strftime("%d/%m/%Y")
        if column is ReleaseColumn.STATUS:
            return self.tr("صادر") if release.status is ReleaseStatus.ISSUED else self.tr("مسودة")
        return ltr(release.issued_at.strftime("%d/%m/%Y %H:%M")) if release.issued_at else ""


    def _who_tip(self, release: Release, column: ReleaseColumn) -> str | None:
        """When it was checked, and the reason given for issuing despite the findings."""
        if column is not ReleaseColumn.CHECKED_BY or not release.checked_by:
            return None
        when = release.checked_at.astimezone().strftime("%d/%m/%Y %H:%M") \
            if release.checked_at else ""
        text = self.tr("تحقق منه %1 في %2").replace("%1", release.checked_by).replace(
            "%2", when)
        if release.override_reason:
            text += "\n" + self.tr("أصدر رغم الفروق، بسبب: %1").replace(
                "%1", release.override_reason)
        return text


class ArchiveDialog(QDialog):
    """Lists the releases on record; opens one in the release tab or exports its PDF."""

    open_requested = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("أرشيف البلاغات"))
        self.resize(fitted_size(self, 960, 420))
        self.model = ReleasesTableModel(self)
        self.table = rows_view(self, self.model, "archive")
        # Every column as wide as its contents, inside the dialog's width (no horizontal
        # scroll bar): names and times give way first, elided with the whole text on hover;
        # the reference, the longest useful text, takes what is left.
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(False)  # one line a release; a long name is elided
        self.columns = FittedColumns(
            self.table, {ReleaseColumn.ISSUED_AT, ReleaseColumn.DRAFTED_BY,
                         ReleaseColumn.CHECKED_BY, ReleaseColumn.ISSUED_BY},
            spare=ReleaseColumn.REFERENCE)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        buttons = use_program_words(QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self))
        self.open_button = QPushButton(self.tr("فتح"), self)
        self.export_button = QPushButton(self.tr("تصدير PDF…"), self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self.open_selected)
        self.export_button.clicked.connect(self.export_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        """Read the releases again."""
        releases = self.services.releases.releases() if self.services.releases else []
        self.model.set_rows(releases)
        if releases:
            self.table.selectRow(0)

    def selected(self) -> Release | None:
        """The selected release."""
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def open_selected(self) -> None:
        """Show the selected release in the release tab."""
        release = self.selected()
        if release is not None and release.id is not None:
            self.open_requested.emit(self.services.releases.get_release(release.id))
            self.accept()

    def export_selected(self) -> None:
        """Save the stored PDF of the selected issued release."""
        release = self.selected()
        if release is None or release.id is None:
            return
        full = self.services.releases.get_release(release.id)
        if not full.pdf:
            return
        name = f"balagh-{full.edition_number}-{(full.reference or '').replace('/', '-')}.pdf"
        path = file_dialogs.save_file_name(self, self.tr("تصدير البلاغ"), name, "PDF (*.pdf)")
        if path:
            save_export(self, self.tr("تصدير البلاغ"), path, full.pdf,
                        self.services.language == "fr")
