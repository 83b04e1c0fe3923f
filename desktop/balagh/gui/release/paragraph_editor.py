"""The release body editor: right-to-left plain text, one paragraph per line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QTextEdit, QWidget


class ParagraphEditor(QTextEdit):
    """Right-to-left plain-text editor: one paragraph per line, spaced apart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        # Tab and Shift+Tab move to the next control (Check, Issue…): a release has no tabs.
        self.setTabChangesFocus(True)
        font = QFont("Amiri")  # the release is Arabic whatever the interface language
        font.setPointSize(max(self.font().pointSize(), 10) + 1)
        self.setFont(font)
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        self.document().setDefaultTextOption(option)

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
        block.setLineHeight(112, 1)  # proportional height
        cursor.mergeBlockFormat(block)
