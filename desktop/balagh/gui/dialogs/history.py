"""An edition's history: every version (when, who, what was done), its changes, restore.

The list on one side names each version; the other side reads what changed in it
(«العدد الإجمالي للزوار: 1150000 ← 1200000») or, with «عرض النسخة كاملة», the whole edition as
it was. «استرجاع هذه النسخة…» makes it current again (a new version, after confirmation).
"""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from balagh.core.history import Version, describe_change, describe_edition
from balagh.core.isolates import ltr
from balagh.gui.button_words import use_program_words
from balagh.gui.services import Services
from balagh.gui.widgets.column_fit import fitted_size
from balagh.gui.widgets.rows_model import rows_view
from balagh.gui.widgets.versions_table import (
    VersionColumn,
    VersionsTableModel,
    local_time,
    restore_selected,
)
from balagh.messages import Message, PerLanguage, msg, nmsg


class HistoryDialog(QDialog):
    """The history of edition ``number``; emits ``restored`` with the edition made current."""

    restored = Signal(object)

    def __init__(self, services: Services, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        assert services.history is not None, "opened only where there is a record"
        self.history = services.history
        self.number = number
        self.language = services.language
        self.setObjectName("history_dialog")
        self.setWindowTitle(self.tr("سجل الدورة %1").replace("%1", str(number)))
        self.resize(fitted_size(self, 980, 560))
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.model = VersionsTableModel(self.language, self)
        self.table = rows_view(self, self.model, "versions", stretch=VersionColumn.ACTION)
        self.details = QTextBrowser(self)
        self.details.setObjectName("version_details")
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 11)
        splitter.setStretchFactor(1, 9)
        splitter.setSizes([540, 440])
        self.whole_button = QPushButton(self.tr("عرض النسخة كاملة"), self)
        self.whole_button.setObjectName("show_whole_version")
        self.whole_button.setCheckable(True)
        self.restore_button = QPushButton(self.tr("استرجاع هذه النسخة…"), self)
        self.restore_button.setObjectName("restore_version")
        buttons = use_program_words(QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self))
        buttons.addButton(self.whole_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self.show_selected())
        self.whole_button.toggled.connect(lambda _on: self.show_selected())
        self.restore_button.clicked.connect(self.restore_selected)
        self.reload()

    def reload(self) -> None:
        """Read the history again and select the newest version."""
        versions = self.history.edition_history(self.number)
        self.model.set_versions(versions)
        self.heading.setText(history_heading(self.number, versions).text(self.language))
        if versions:
            self.select_row(0)
        self.show_selected()

    def select_row(self, row: int) -> None:
        """Make ``row`` (0 = newest version) the current one."""
        self.table.setCurrentIndex(self.model.index(row, 0))

    def selected(self) -> Version | None:
        """The version selected in the list."""
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def show_selected(self) -> None:
        """Show the selected version's changes, or the whole version."""
        version = self.selected()
        self.restore_button.setEnabled(version is not None and version.action != "deleted")
        if version is None:
            self.details.setPlainText("")
            return
        catalogue = self.services.catalogue_map()
        title = self.tr("النسخة %1 — %2 — %3").replace("%1", str(version.version)).replace(
            "%2", ltr(local_time(version))).replace(
            "%3", ltr(version.actor.label()))
        if self.whole_button.isChecked():
            lines = describe_edition(version.content, catalogue, self.language, isolate=True)
        elif version.changes:
            lines = [describe_change(c, catalogue, self.language, isolate=True)
                     for c in version.changes]
        else:
            lines = [version.action_text(self.language) + " — " + self.tr(
                "لا تغيير في الأرقام؛ اضغط «عرض النسخة كاملة» لرؤية الدورة كما كانت")]
        self.details.setPlainText("\n".join([title, "", *("• " + line for line in lines)]))

    def restore_selected(self) -> bool:
        """Make the selected version current again, after confirmation (a new version)."""
        return restore_selected(
            self, self,
            lambda number: self.tr("هل تريد جعل النسخة %1 هي الحالية؟ يسجل ذلك نسخة جديدة، ولا "
                                   "يضيع شيء من السجل.").replace("%1", str(number)),
            lambda number: self.history.restore_edition_version(self.number, number),
            self.services.message)


def edition_name(number: int, content: dict[str, object]) -> Message:
    """«الدورة 6 (الجديدة، 2025)», «Édition 6 (El Jadida, 2025)» from a version's content
    (the edition as saved); «الدورة 6» when it names no city or date."""
    city = content.get("city")
    ar, fr = (city.get("ar"), city.get("fr")) if isinstance(city, dict) else (None, None)
    year = str(content.get("start_date") or "")[:4]
    if not ar or not year.isdigit():
        return msg("الدورة {number}", number=number)
    return msg("الدورة {number} ({city}، {year})", number=number,
               city=PerLanguage(ar=str(ar), fr=str(fr or ar)), year=int(year))


def history_heading(number: int, versions: list[Version]) -> Message:
    """The dialog's heading: the edition as last saved and how many versions it has."""
    name = edition_name(number, versions[-1].content if versions else {})
    return nmsg("{edition} — نسخة واحدة في السجل", "{edition} — {n} نسخ في السجل",
                len(versions), edition=name)
