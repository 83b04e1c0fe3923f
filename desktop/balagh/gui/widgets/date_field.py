"""Date fields: the office's display format in each language and a popup calendar that fits
small screens."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDateEdit,
    QWidget,
)

#: The calendar popup's largest size: it must fit a 1024-pixel screen whatever the font.
CALENDAR_MAX = QSize(420, 320)


def set_date_format(edit: QDateEdit, language: str) -> None:
    """Arabic shows «17 ماي 2023» read from the right, day first as the release writes it
    (Moroccan month names); French shows 17/05/2023.

    A right-to-left QDateEdit reverses the order of its format's sections when the format is
    set: «d MMMM yyyy» came out as «2023 ماي 17». The field is made right to left first and
    given the sections in the reverse order, which Qt turns into day, month, year.
    """
    if language == "fr":
        edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        edit.setDisplayFormat("dd/MM/yyyy")
    else:
        edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        edit.setDisplayFormat("yyyy MMMM d")


class CompactCalendar(QCalendarWidget):
    """The date fields' popup calendar, at most ``CALENDAR_MAX`` big.

    QCalendarWidget sizes itself from its font; with the Amiri interface font it asked for
    about 1232 pixels. It uses the platform's interface font instead, and its size hint is
    capped, so the popup fits beside the form on a 1024-pixel screen.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        font.setPointSize(max(font.pointSize(), 10))
        self.setFont(font)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setGridVisible(True)

    def sizeHint(self) -> QSize:
        return super().sizeHint().boundedTo(CALENDAR_MAX)

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint().boundedTo(CALENDAR_MAX)
