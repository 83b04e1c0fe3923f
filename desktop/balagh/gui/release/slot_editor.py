"""A right-to-left text field where the slots of a phrase («{المدينة}») are chips.

A chip is one character of the document (an image drawn with the slot's name), so it is
moved, copied or deleted whole and its name cannot be half-edited. ``set_phrase`` shows a
phrase's text, ``phrase`` gives it back with the slots written «{…}»; ``insert_slot`` puts a
chip at the cursor.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from balagh.documents.release.phrasebook import SLOT_RE
from balagh.gui.widgets.rtl_text import right_to_left

SLOT_PROPERTY = 0x100001  # QTextFormat.UserProperty + 1: the slot's name on a chip
OBJECT_CHARACTER = "\ufffc"


def chip_image(name: str, font: QFont, ratio: float = 2.0) -> QImage:
    """The picture of a chip: the slot's name on a rounded blue background."""
    metrics = QFontMetrics(font)
    width = metrics.horizontalAdvance(name) + 16
    height = metrics.height() + 4
    image = QImage(QSize(int(width * ratio), int(height * ratio)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#dbe8fb"))
    painter.setPen(QColor("#3b6fb6"))
    painter.drawRoundedRect(QRectF(0.5, 0.5, width - 1, height - 1), 8, 8)
    painter.setFont(font)
    painter.setPen(QColor("#12325c"))
    painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, name)
    painter.end()
    return image


class SlotEditor(QTextEdit):
    """Plain Arabic text with slot chips (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        right_to_left(self)
        font = QFont("Amiri")
        font.setPointSize(max(self.font().pointSize(), 10) + 2)
        self.setFont(font)
        self.document().setDefaultFont(font)

    def _chip_format(self, name: str) -> QTextImageFormat:
        url = QUrl(f"slot:{name}")
        image = chip_image(name, self.font())
        self.document().addResource(QTextDocument.ResourceType.ImageResource, url, image)
        chip = QTextImageFormat()
        chip.setName(url.toString())
        chip.setWidth(image.width() / image.devicePixelRatio())
        chip.setHeight(image.height() / image.devicePixelRatio())
        chip.setVerticalAlignment(QTextImageFormat.VerticalAlignment.AlignMiddle)
        chip.setProperty(SLOT_PROPERTY, name)
        chip.setToolTip(f"{{{name}}}")
        return chip

    def insert_slot(self, name: str, cursor: QTextCursor | None = None) -> None:
        """Put the chip of slot ``name`` at the cursor (or at ``cursor``)."""
        target = cursor or self.textCursor()
        target.insertImage(self._chip_format(name))
        if cursor is None:
            self.setTextCursor(target)

    def set_phrase(self, text: str) -> None:
        """Show ``text``, each «{slot}» as a chip."""
        self.clear()
        cursor = QTextCursor(self.document())
        position = 0
        for match in SLOT_RE.finditer(text):
            cursor.insertText(text[position:match.start()])
            self.insert_slot(match.group(1).strip(), cursor)
            position = match.end()
        cursor.insertText(text[position:])
        self.document().setModified(False)

    def phrase(self) -> str:
        """The text with every chip written «{slot}»."""
        parts: list[str] = []
        block = self.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                fmt = fragment.charFormat()
                name = fmt.property(SLOT_PROPERTY)
                if fmt.isImageFormat() and name:
                    parts.append(f"{{{name}}}" * len(fragment.text()))
                else:
                    parts.append(fragment.text().replace(OBJECT_CHARACTER, ""))
                iterator += 1
            block = block.next()
            if block.isValid():
                parts.append(" ")
        return " ".join("".join(parts).split())
