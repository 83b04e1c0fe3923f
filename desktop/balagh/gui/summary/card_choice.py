"""The card's choices in the summary tab: the platform's size, and the whole edition or one
of its recorded days."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from balagh.app.cards import CARD_SIZES, parse_size
from balagh.core.model import Edition


class CardChoice:
    """Two combo boxes: «1080 × 1080» … and «الدورة كاملة» / «2023-05-19» …"""

    def __init__(self, parent: QWidget) -> None:
        self.size = QComboBox(parent)
        self.size.setObjectName("card_size")
        for width, height in CARD_SIZES:
            self.size.addItem(f"{width} × {height}", f"{width}x{height}")
        self.day = QComboBox(parent)
        self.day.setObjectName("card_day")
        self._whole = QCoreApplication.translate("SummaryTab", "الدورة كاملة")
        self.set_days(None)

    def set_days(self, edition: Edition | None) -> None:
        """The whole edition, then each day with daily figures, in date order."""
        self.day.blockSignals(True)
        self.day.clear()
        self.day.addItem(self._whole, None)
        for day in sorted(edition.daily_visitors) if edition else []:
            self.day.addItem(day.isoformat(), day.isoformat())
        self.day.blockSignals(False)

    def chosen(self) -> tuple[tuple[int, int], dt.date | None]:
        """The chosen (width, height) and day (None: the whole edition)."""
        chosen = str(self.size.currentData() or "")
        size = parse_size(chosen) if chosen else CARD_SIZES[0]
        day = self.day.currentData()
        return size, dt.date.fromisoformat(str(day)) if day else None
