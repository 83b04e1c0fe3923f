"""The day a daily bulletin reports: a list of the edition's days, named as the staff say
them («الأربعاء 17 ماي 2023»)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QWidget

from balagh.core.model import Edition


def day_choice(parent: QWidget) -> QComboBox:
    """An empty, hidden day list (filled by ``fill_days``)."""
    combo = QComboBox(parent)
    combo.setObjectName("bulletin_day")
    combo.setVisible(False)
    return combo


def _day_name(day: dt.date, language: str) -> str:
    from balagh.arabic import weekday_name
    from balagh.arabic.dates import date_phrase
    from balagh.arabic.french import days_fr

    if language == "fr":
        return days_fr([day], with_year=True)
    return f"{weekday_name(day)} {date_phrase(day)}"


def fill_days(combo: QComboBox, edition: Edition | None, language: str = "ar") -> None:
    """One entry per day of ``edition`` (the data is the date), keeping the chosen day."""

    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if edition is not None:
        day = edition.start_date
        while day <= edition.end_date:
            combo.addItem(_day_name(day, language), day)
            day += dt.timedelta(days=1)
        index = combo.findData(chosen) if isinstance(chosen, dt.date) else -1
        combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
