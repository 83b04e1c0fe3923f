"""The release tab's widgets and their layout; ``tab.ReleaseTab`` adds what they do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from balagh.core.model import ReleaseKind
from balagh.gui.release.day_choice import day_choice
from balagh.gui.release.french_panel import FrenchPanel
from balagh.gui.release.paragraph_editor import ParagraphEditor
from balagh.gui.widgets.date_field import set_date_format
from balagh.gui.widgets.pdf_preview import PdfPreview

#: The date field's «no date» («—»): before any release the office could have issued.
NO_DATE = QDate(1900, 1, 1)


class ReleaseTabView(QWidget):
    """The widgets of the release tab, laid out: choices, banner, head, text, checks, preview,
    actions."""

    def build(self, language: str) -> None:
        """Make every widget and lay them out (``language``: the date field's format)."""
        top = self._choices()
        banner = self._banner()
        head = self._head(language)
        self._text_and_actions()
        self._panes(top, banner, head)

    def _choices(self) -> QVBoxLayout:
        """The kind, the day of a bulletin and the template, on one line."""
        self.kind = QComboBox(self)
        self.kind.addItem(
            QCoreApplication.translate("ReleaseTab", "بلاغ اختتام"), ReleaseKind.CLOSING.value)
        self.kind.addItem(
            QCoreApplication.translate("ReleaseTab", "بلاغ افتتاح"), ReleaseKind.OPENING.value)
        self.kind.addItem(
            QCoreApplication.translate("ReleaseTab", "نشرة يومية"), ReleaseKind.DAILY.value)
        self.day = day_choice(self)
        self.day_label = QLabel(QCoreApplication.translate("ReleaseTab", "اليوم"), self)
        self.day_label.setVisible(False)  # with its list: only a daily bulletin has a day
        self.template = QComboBox(self)
        self.template.setObjectName("template")
        self.templates_button = QPushButton(
            QCoreApplication.translate("ReleaseTab", "القوالب…"), self)
        self.templates_button.setObjectName("templates")
        self.templates_button.setToolTip(
            QCoreApplication.translate("ReleaseTab", "نسخ قالب مدمج وتعديله وحفظه باسم"))
        self.generate_button = QPushButton(
            QCoreApplication.translate("ReleaseTab", "إنشاء المسودة"), self)
        self.generate_button.setObjectName("generate")
        # Two rows, so that long names («Communiqué de clôture», a stored template's name)
        # are never cut: the choices first, then the actions at the end of the line.
        self.template.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        choices = QHBoxLayout()
        choices.addWidget(QLabel(QCoreApplication.translate("ReleaseTab", "النوع"), self))
        choices.addWidget(self.kind)
        choices.addWidget(self.day_label)
        choices.addWidget(self.day)
        choices.addWidget(QLabel(QCoreApplication.translate("ReleaseTab", "القالب"), self))
        choices.addWidget(self.template, 1)
        top = QVBoxLayout()
        top.addLayout(choices)
        return top


    def _banner(self) -> QHBoxLayout:
        """The draft's state beside the actions that make a draft."""
        self.status = QLabel(self)
        self.status.setObjectName("release_status")
        self.status.setWordWrap(True)
        self.correct_button = QPushButton(QCoreApplication.translate("ReleaseTab", "تصحيح"), self)
        self.correct_button.setObjectName("correct")
        self.correct_button.setToolTip(
            QCoreApplication.translate(
                "ReleaseTab", "إعداد مسودة تصحيح تحل محل هذا البلاغ عند إصدارها")
        )
        self.correct_button.setVisible(False)
        # The draft's state shares the line of the actions that make a draft.
        banner = QHBoxLayout()
        banner.addWidget(self.status, 1)
        banner.addWidget(self.correct_button, 0, Qt.AlignmentFlag.AlignVCenter)
        banner.addWidget(self.templates_button, 0, Qt.AlignmentFlag.AlignVCenter)
        banner.addWidget(self.generate_button, 0, Qt.AlignmentFlag.AlignVCenter)
        return banner


    def _head(self, language: str) -> QGridLayout:
        """The release's title, place and date."""
        self.title = QLineEdit(self)
        self.title.setObjectName("release_title")
        self.place = QLineEdit(self)
        self.place.setObjectName("release_place")
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        set_date_format(self.date, language)
        # With no release the date shows «—», not the date of the release shown before.
        self.date.setMinimumDate(NO_DATE)
        self.date.setSpecialValueText("—")
        self.date.setDate(NO_DATE)
        self.date.setMaximumWidth(200)
        head = QGridLayout()
        head.addWidget(QLabel(QCoreApplication.translate("ReleaseTab", "العنوان"), self), 0, 0)
        head.addWidget(self.title, 0, 1, 1, 3)
        head.addWidget(QLabel(QCoreApplication.translate("ReleaseTab", "المكان"), self), 1, 0)
        head.addWidget(self.place, 1, 1)
        head.addWidget(QLabel(QCoreApplication.translate("ReleaseTab", "التاريخ"), self), 1, 2)
        head.addWidget(self.date, 1, 3)
        head.setColumnStretch(1, 1)
        return head


    def _text_and_actions(self) -> None:
        """The paragraph editor, the check's findings and the action buttons."""
        self.editor = ParagraphEditor(self)
        self.editor.setObjectName("paragraphs")
        self.editor.setAccessibleName(QCoreApplication.translate("ReleaseTab", "الفقرات"))
        self.checks = QListWidget(self)
        self.checks.setObjectName("checks")
        self.checks.setAccessibleName(QCoreApplication.translate("ReleaseTab", "نتيجة الفحص"))
        # Findings are sentences: wrap them instead of hiding their end off the side.
        self.checks.setWordWrap(True)
        self.checks.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.checks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.checks.setResizeMode(QListWidget.ResizeMode.Adjust)

        self.check_button = QPushButton(
            QCoreApplication.translate("ReleaseTab", "فحص التطابق"), self)
        self.check_button.setObjectName("check")
        self.save_button = QPushButton(
            QCoreApplication.translate("ReleaseTab", "حفظ المسودة"), self)
        self.save_button.setObjectName("save_draft")
        self.issue_button = QPushButton(
            QCoreApplication.translate("ReleaseTab", "إصدار البلاغ"), self)
        self.issue_button.setObjectName("issue")
        self.export_button = QPushButton(
            QCoreApplication.translate("ReleaseTab", "تصدير PDF…"), self)
        self.export_button.setObjectName("export_pdf")
        self.print_button = QPushButton(QCoreApplication.translate("ReleaseTab", "طباعة…"), self)
        self.print_button.setObjectName("print")
        self.archive_button = QPushButton(
            QCoreApplication.translate("ReleaseTab", "الأرشيف…"), self)
        self.archive_button.setObjectName("archive")
        self.actions_grid = QGridLayout()
        for button in (self.check_button, self.save_button, self.issue_button,
                       self.export_button, self.print_button, self.archive_button):
            self.add_action_button(button)


    def _panes(self, top: QVBoxLayout, banner: QHBoxLayout, head: QGridLayout) -> None:
        """The setup above; the text, French version, findings and preview in splitters."""
        # The choices and the release's head fold away in the focused editing mode.
        self.setup_box = QWidget(self)
        setup = QVBoxLayout(self.setup_box)
        setup.setContentsMargins(0, 0, 0, 0)
        setup.addLayout(top)
        setup.addLayout(banner)
        setup.addLayout(head)
        self.checks_box = QWidget(self)
        checks_column = QVBoxLayout(self.checks_box)
        checks_column.setContentsMargins(0, 0, 0, 0)
        checks_column.addWidget(QLabel(
            QCoreApplication.translate("ReleaseTab", "نتيجة الفحص"), self))
        checks_column.addWidget(self.checks, 1)
        editor_box = QWidget(self)
        editor_column = QVBoxLayout(editor_box)
        # A small margin on each side so the frames of the fields are not cut by the splitter.
        editor_column.setContentsMargins(2, 0, 2, 0)
        editor_column.addWidget(QLabel(
            QCoreApplication.translate("ReleaseTab", "الفقرات (فقرة في كل سطر)"), self))
        editor_column.addWidget(self.editor, 1)
        #: The text above, the check's findings below (resizable).
        self.text_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.text_splitter.setObjectName("release_text_splitter")
        #: The Arabic text and its French version side by side (resizable).
        self.french = FrenchPanel(self)
        self.versions_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.versions_splitter.setObjectName("release_versions_splitter")
        self.versions_splitter.addWidget(editor_box)
        self.versions_splitter.addWidget(self.french)
        self.versions_splitter.setChildrenCollapsible(False)
        # The Arabic text gets twice the French version's share (its buttons need little).
        self.versions_splitter.setStretchFactor(0, 2)
        self.versions_splitter.setStretchFactor(1, 1)
        self.versions_splitter.setSizes([400, 200])
        self.text_splitter.addWidget(self.versions_splitter)
        self.text_splitter.addWidget(self.checks_box)
        self.text_splitter.setStretchFactor(0, 1)
        self.text_splitter.setStretchFactor(1, 0)
        self.text_splitter.setSizes([500, 70])
        self.checks.setMinimumHeight(36)
        self.text_splitter.setChildrenCollapsible(False)
        self.preview = PdfPreview(self)
        #: The editor beside the live preview; the editor gets the larger share.
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("release_splitter")
        self.splitter.addWidget(self.text_splitter)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 400])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.setup_box)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(self.actions_grid)


    def add_action_button(self, button: QPushButton, columns: int = 3) -> None:
        """Put ``button`` at the end of the actions under the editor (three a row)."""
        position = self.actions_grid.count()
        self.actions_grid.addWidget(button, position // columns, position % columns)

    def splitters(self) -> dict[str, QSplitter]:
        """The tab's resizable splits, by the name they are remembered under."""
        return {"release": self.splitter, "release_text": self.text_splitter,
                "release_versions": self.versions_splitter}

    def set_focus_mode(self, on: bool) -> None:
        """Focused editing: only the paragraphs and the actions stay (F11 toggles)."""
        self.focus_mode = on
        self.setup_box.setVisible(not on)
        self.preview.setVisible(not on)
        self.checks_box.setVisible(not on)
        if on:
            self.editor.setFocus()
