"""The release body editor: plain text, one paragraph per line — right to left for the Arabic
release, left to right for its French version."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPainter,
    QPaintEvent,
    QTextBlockFormat,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QTextEdit, QWidget


class ParagraphEditor(QTextEdit):
    """Plain-text editor: one paragraph per line, spaced apart (right to left unless
    ``right_to_left`` is False, for the French version)."""

    def __init__(self, parent: QWidget | None = None, *, right_to_left: bool = True) -> None:
        super().__init__(parent)
        self.right_to_left = right_to_left
        direction = (Qt.LayoutDirection.RightToLeft if right_to_left
                     else Qt.LayoutDirection.LeftToRight)
        edge = Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft
        self.setAcceptRichText(False)
        # Tab and Shift+Tab move to the next control (Check, Issue…): a release has no tabs.
        self.setTabChangesFocus(True)
        font = QFont("Amiri")  # the release's font whatever the interface language
        font.setPointSize(max(self.font().pointSize(), 10) + 1)
        self.setFont(font)
        self.setLayoutDirection(direction)
        option = QTextOption()
        option.setTextDirection(direction)
        option.setAlignment(edge | Qt.AlignmentFlag.AlignAbsolute)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        self.document().setDefaultTextOption(option)
        self.empty_note = ""

    def set_empty_note(self, text: str) -> None:
        """What the empty editor says (in the interface's language), wrapped to its width:
        Qt's own placeholder of a QTextEdit is one line, cut at the editor's edge."""
        self.empty_note = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.empty_note or not self.document().isEmpty():
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().placeholderText().color())
        interface = QGuiApplication.layoutDirection()
        painter.setLayoutDirection(interface)
        edge = (Qt.AlignmentFlag.AlignRight if interface == Qt.LayoutDirection.RightToLeft
                else Qt.AlignmentFlag.AlignLeft)
        margin = int(self.document().documentMargin())
        flags = edge | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop
        painter.drawText(self.viewport().rect().adjusted(margin, margin, -margin, -margin),
                         int(flags) | int(Qt.TextFlag.TextWordWrap), self.empty_note)
        painter.end()

    def paragraphs(self) -> list[str]:
        """The paragraphs typed (empty lines dropped)."""
        return [line.strip() for line in self.toPlainText().split("\n") if line.strip()]

    def set_paragraphs(self, paragraphs: list[str]) -> None:
        """Show ``paragraphs``, one per block, with space between them."""
        self.setPlainText("\n".join(paragraphs))
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setBottomMargin(8)
        if self.right_to_left:
            block.setLineHeight(112, 1)  # proportional height, for the Arabic marks
        cursor.mergeBlockFormat(block)
