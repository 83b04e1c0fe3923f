"""The French version beside the Arabic text in the release tab.

A left-to-right editor of the French paragraphs (one per line), a button that drafts them
from the same figures («إنشاء النسخة الفرنسية»), one that makes the release Arabic only
again, and the choice of the version the preview shows. The behaviour is the release
controller's (``generate_french``, ``update_french``, ``remove_french``, ``show_language``).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from balagh.core.model import Release, ReleaseStatus, StoredTemplate
from balagh.gui.release.paragraph_editor import ParagraphEditor


class WrappedNote(QPlainTextEdit):
    """A short note wrapped over as many lines as it needs at the panel's width (up to
    :data:`MOST_LINES`, then it scrolls), read-only, looking like a label; ``text()`` and
    ``setText()`` as a QLabel's. Its height follows its width, never the other way (a
    word-wrapped QLabel here made the splitters' layout oscillate without end)."""

    MOST_LINES = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet("QPlainTextEdit { background: transparent; }")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(1)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)  # a note, as the dialogs' hints
        self.setFont(font)
        self._fit()

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """As high as the wrapped text at the present width."""
        margin = int(self.document().documentMargin())
        width = max(self.viewport().width() - 2 * margin, 40)
        metrics = self.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap.value)
        needed = metrics.boundingRect(QRect(0, 0, width, 10_000), flags,
                                      self.toPlainText() or " ").height()
        lines = min(max(1, -(-needed // metrics.lineSpacing())), self.MOST_LINES)
        height = lines * metrics.lineSpacing() + 2 * margin + 2
        if height != self.height():
            self.setFixedHeight(height)


class FrenchPanel(QWidget):
    """The French version of the release: its editor and its buttons."""

    # The French paragraphs as the user typed them.
    edited = Signal(list)
    # "ar" or "fr": the version the preview should show.
    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.heading = QLabel(self.tr("النسخة الفرنسية"), self)
        self.heading.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.create_button = QPushButton(self.tr("إنشاء"), self)
        self.create_button.setObjectName("create_french")
        self.create_button.setToolTip(
            self.tr("صياغة النسخة الفرنسية من أرقام الدورة نفسها (تعوض النص الفرنسي الحالي)")
        )
        self.template = QComboBox(self)
        self.template.setObjectName("french_template")
        self.template.setAccessibleName(self.tr("قالب النسخة الفرنسية"))
        # (AdjustToMinimumContentsLengthWithIcon made the layout loop at 1366x768, 150 %.)
        self.template.setMinimumContentsLength(6)
        self.remove_button = QPushButton(self.tr("حذف"), self)
        self.remove_button.setToolTip(self.tr("حذف النسخة الفرنسية"))
        self.remove_button.setObjectName("remove_french")
        self.editor = ParagraphEditor(self, right_to_left=False)
        self.editor.setObjectName("french_paragraphs")
        self.editor.setAccessibleName(self.tr("فقرات النسخة الفرنسية"))
        # On its own row, wrapped in a read-only text box of fixed height (a word-wrapped
        # QLabel here made the splitters' layout oscillate without end).
        self.note = WrappedNote(self)
        self.note.setObjectName("french_note")
        self.preview_label = QLabel(self.tr("لغة المعاينة:"), self)
        self.preview_label.setObjectName("preview_language_label")
        self.show_arabic = QRadioButton(self.tr("العربية"), self)
        self.show_french = QRadioButton(self.tr("الفرنسية"), self)
        self.show_arabic.setToolTip(self.tr("معاينة العربية"))
        self.show_french.setToolTip(self.tr("معاينة الفرنسية"))
        self.show_arabic.setObjectName("preview_arabic")
        self.show_french.setObjectName("preview_french")
        self.show_arabic.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.show_arabic)
        group.addButton(self.show_french)
        for control in (self.template, self.create_button, self.remove_button):
            control.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        # Narrow rows (the heading above its template): the panel takes the smaller share of
        # the text's width, the Arabic editor the larger.
        drafting = QHBoxLayout()
        drafting.addWidget(self.create_button)
        drafting.addWidget(self.remove_button)
        drafting.addStretch(1)
        below = QHBoxLayout()  # the label above its choice: the panel stays narrow
        below.addWidget(self.show_arabic)
        below.addWidget(self.show_french)
        below.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.template)
        layout.addLayout(drafting)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.preview_label)
        layout.addLayout(below)
        layout.addWidget(self.note)
        self.editor.textChanged.connect(self._typed)
        self.show_arabic.toggled.connect(self._language_toggled)

    def set_templates(self, templates: list[StoredTemplate]) -> None:
        """The French templates offered: the built-in one, then the stored ones by name."""
        self._templates = {t.name: t for t in templates}
        chosen = self.template.currentData()
        self.template.clear()
        self.template.addItem(self.tr("القالب الفرنسي المدمج"), "")
        for name in self._templates:
            self.template.addItem(name, name)
        self.template.setCurrentIndex(max(self.template.findData(chosen), 0))

    def chosen_template(self) -> StoredTemplate | None:
        """The stored French template chosen, or None for the built-in one."""
        return getattr(self, "_templates", {}).get(str(self.template.currentData() or ""))

    def _typed(self) -> None:
        if not self._loading:
            self.edited.emit(self.editor.paragraphs())

    def _language_toggled(self, arabic: bool) -> None:
        if not self._loading:
            self.language_chosen.emit("ar" if arabic else "fr")

    def show_release(self, release: Release | None, language: str,
                     untranslated: list[str]) -> None:
        """Show the French version of ``release`` (or its absence), read-only once issued."""
        self._loading = True
        try:
            french = release.french if release is not None else None
            draft = release is not None and release.status is ReleaseStatus.DRAFT
            self.editor.set_paragraphs(french.paragraphs if french else [])
            self.editor.setReadOnly(not draft or french is None)
            self.create_button.setEnabled(draft)
            self.create_button.setText(self.tr("إعادة الصياغة") if french else self.tr("إنشاء"))
            self.remove_button.setEnabled(draft and french is not None)
            self.show_french.setEnabled(french is not None)
            (self.show_french if french is not None and language == "fr"
             else self.show_arabic).setChecked(True)
            # With no French version the empty editor says so, wrapped in its own room (the
            # one-line note beside the choice of preview showed only its first word).
            self.editor.set_empty_note(
                self.tr("هذا البلاغ بالعربية فقط.") if french is None else "")
            if french is None:
                self.note.setText("")
            elif untranslated:
                self.note.setText(
                    self.tr("نصوص بلا ترجمة في المعجم الفرنسي حذفت من النسخة الفرنسية: %1")
                    .replace("%1", "، ".join(f"«{t}»" for t in untranslated)))
            else:
                self.note.setText(self.tr("تصدر النسخة الفرنسية مع العربية بالمرجع نفسه."))
            self.note.setToolTip(self.note.text())
            self.note.setVisible(bool(self.note.text()))
        finally:
            self._loading = False
