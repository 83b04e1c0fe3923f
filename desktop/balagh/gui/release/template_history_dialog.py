"""A stored template's history: every saved version (when, who), its text, restore one.

Opened from the templates dialog («سجل القالب…»). The store keeps a version at each save
(``balagh.store.history``); «استرجاع هذه النسخة…» stores the chosen one again as a new
version, so nothing of the history is lost.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from balagh.core.history import Version
from balagh.gui.button_words import use_program_words
from balagh.gui.services import Services
from balagh.gui.widgets.column_fit import fitted_size
from balagh.gui.widgets.rows_model import rows_view
from balagh.gui.widgets.rtl_text import left_to_right
from balagh.gui.widgets.versions_table import (
    VersionColumn,
    VersionsTableModel,
    local_time,
    restore_selected,
)


class TemplateHistoryDialog(QDialog):
    """The versions of the stored template ``name``; emits ``restored`` with the template
    made current again."""

    restored = Signal(object)  # StoredTemplate

    def __init__(self, services: Services, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        assert services.history is not None  # the button is off without a history
        self.history = services.history
        self.name = name
        self.setObjectName("template_history_dialog")
        self.setWindowTitle(self.tr("سجل القالب «%1»").replace("%1", name))
        self.resize(fitted_size(self, 900, 520))
        self.heading = QLabel(self)
        self.model = VersionsTableModel(services.language, self)
        self.table = rows_view(self, self.model, "template_versions",
                               stretch=VersionColumn.ACTION)
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("template_version_body")
        self.body.setReadOnly(True)
        left_to_right(self.body)  # template code, as in the templates dialog
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.body)
        splitter.setSizes([380, 520])
        self.restore_button = QPushButton(self.tr("استرجاع هذه النسخة…"), self)
        self.restore_button.setObjectName("restore_template_version")
        buttons = use_program_words(QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self.show_selected())
        self.restore_button.clicked.connect(self.restore_selected)
        self.reload()

    def reload(self) -> None:
        """Read the versions again and select the newest."""
        versions = self.history.template_history(self.name)
        self.model.set_versions(versions)
        self.heading.setText(self.tr("النسخ المحفوظة: %1").replace("%1", str(len(versions))))
        if versions:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.show_selected()

    def selected(self) -> Version | None:
        """The version selected in the list."""
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def show_selected(self) -> None:
        """Show the selected version's text."""
        version = self.selected()
        restorable = version is not None and bool(version.content.get("body"))
        self.restore_button.setEnabled(restorable)
        if version is None:
            self.body.setPlainText("")
            return
        self.body.setToolTip(self.tr("النسخة %1 — %2").replace("%1", str(version.version))
                             .replace("%2", local_time(version)))
        self.body.setPlainText(str(version.content.get("body", "")))

    def restore_selected(self) -> bool:
        """Store the selected version again, after confirmation (a new version)."""
        return restore_selected(
            self, self,
            lambda number: self.tr("هل تريد جعل النسخة %1 من القالب هي الحالية؟ يسجل ذلك نسخة "
                                   "جديدة، ولا يضيع شيء من السجل.").replace("%1", str(number)),
            lambda number: self.history.restore_template_version(self.name, number),
            self.services.message)
