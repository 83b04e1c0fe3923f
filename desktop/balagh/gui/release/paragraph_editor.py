"""The release body editor: plain text, one paragraph per line — right to left for the Arabic
release, left to right for its French version."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCursor, QTextOption
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
