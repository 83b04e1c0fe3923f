"""The widgets of one catalogue figure: value (any digits), qualifier, peak days."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from balagh.core.model import FigureKind, Qualifier
from balagh.gui.edition.daily_model import days_between
from balagh.gui.edition.draft import FigureDraft
from balagh.gui.edition.formatting import figure_phrase, qualifier_label, short_date
from balagh.gui.widgets.number_field import number_field
from balagh.gui.widgets.rtl_text import text_is_right_to_left

#: Peak-day checkboxes per row: a long edition wraps onto more rows instead of widening the form.
DAYS_PER_ROW = 5


class DaysPicker(QWidget):
    """One checkbox per day of the edition (the peak days of a figure), ``DAYS_PER_ROW`` a row."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setHorizontalSpacing(8)
        self._layout.setColumnStretch(DAYS_PER_ROW, 1)
        self._boxes: dict[dt.date, QCheckBox] = {}
        self._loading = False
        #: The widget Tab leaves for the first day (the figure's qualifier).
        self.tab_after: QWidget | None = None

    def set_range(self, start: dt.date, end: dt.date) -> None:
        """Offer the days from ``start`` to ``end``; checked days outside stay checked."""
        checked = set(self.days())
        self._rebuild(sorted(set(days_between(start, end)) | checked), checked)

    def _rebuild(self, days: list[dt.date], checked: set[dt.date]) -> None:
        if days == sorted(self._boxes) and checked == set(self.days()):
            return
        for box in self._boxes.values():
            self._layout.removeWidget(box)
            box.hide()
            box.deleteLater()
        self._boxes = {}
        self._loading = True
        previous: QWidget = self.tab_after or self
        for position, day in enumerate(days):
            box = QCheckBox(short_date(day), self)
            box.setToolTip(day.isoformat())
            box.setChecked(day in checked)
            box.toggled.connect(self._toggled)
            self._layout.addWidget(box, position // DAYS_PER_ROW, position % DAYS_PER_ROW)
            # New widgets join the end of the window's Tab chain: put them after the figure's
            # qualifier, in day order.
            QWidget.setTabOrder(previous, box)
            previous = box
            self._boxes[day] = box
        self._loading = False

    def _toggled(self, _checked: bool) -> None:
        if not self._loading:
            self.changed.emit()

    def days(self) -> list[dt.date]:
        """The checked days, in order."""
        return sorted(day for day, box in self._boxes.items() if box.isChecked())

    def set_days(self, days: list[dt.date], start: dt.date, end: dt.date) -> None:
        """Check exactly ``days`` (the range is the edition's)."""
        wanted = set(days)
        all_days = sorted(set(days_between(start, end)) | wanted)
        if all_days == sorted(self._boxes) and wanted == set(self.days()):
            return
        self._rebuild(all_days, wanted)

    def box(self, day: dt.date) -> QCheckBox:
        """The checkbox of a day (tests and keyboard users)."""
        return self._boxes[day]


#: The largest figure the preview phrases («999 مليار»); a larger one is surely a typing
#: slip (a whole country's population is some tens of millions).
PHRASE_LIMIT = 999_999_999_999


class FigureRow:
    """The widgets of one figure in the figures grid (the grid owns the layout)."""

    def __init__(self, kind: FigureKind, parent: QWidget, language: str = "ar") -> None:
        self.kind = kind
        label_text = kind.label(language)
        self.label = QLabel(label_text, parent)
        self.value = QLineEdit(parent)
        self.value.setObjectName(f"figure_{kind.key}")
        self.value.setAccessibleName(label_text)
        self.value.setPlaceholderText("—")
        self.value.setMaximumWidth(160)
        self.value.setMinimumWidth(90)
        self.qualifier = QComboBox(parent)
        self.qualifier.setObjectName(f"qualifier_{kind.key}")
        for qualifier in Qualifier:
            self.qualifier.addItem(qualifier_label(qualifier, language), qualifier.value)
        self.label.setWordWrap(True)
        self.language = language
        self.preview = QLabel(parent)
        self.preview.setObjectName(f"preview_{kind.key}")
        self.preview.setStyleSheet("color: #555;")
        self.preview.setWordWrap(True)
        self._show_preview("")
        number_field(self.value, language)
        self.days = DaysPicker(parent) if kind.has_days else None
        if self.days is not None:
            self.days.tab_after = self.qualifier
        self.label.setBuddy(self.value)
        self._note = ""
        self.value.textChanged.connect(self._update_preview)
        self.qualifier.currentIndexChanged.connect(self._update_preview)

    def _update_preview(self, *_args: object) -> None:
        """Show the figure as the release would write it: «أكثر من 750 ألف زائر»."""
        from balagh.core.digits import DigitsError, parse_integer

        text = self.value.text()
        try:
            value = parse_integer(text) if text.strip() else None
        except DigitsError:
            value = None
        if value is None:
            self._show_preview("")
            return
        if value > PHRASE_LIMIT:  # «999999999999999 مليار» helps nobody: say the limit
            self._show_preview(QCoreApplication.translate(
                "FigureRow", "رقم أكبر من أن يكتب في بلاغ (الحد: 999 مليارا)"))
            return
        qualifier = Qualifier(self.qualifier.currentData())
        # The release is Arabic: the column shows its wording in the French interface too,
        # the French version's wording on hover.
        french = figure_phrase(self.kind, value, qualifier, "fr") if self.language == "fr" \
            else ""
        self._show_preview(figure_phrase(self.kind, value, qualifier, "ar"), french)

    def _show_preview(self, text: str, french: str = "") -> None:
        """Show ``text`` laid out in its own direction: an Arabic phrase starts at the right
        edge and reads right to left in the French interface too."""
        rtl = text_is_right_to_left(text)
        if rtl is None:
            rtl = self.language != "fr"
        self.preview.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        edge = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        self.preview.setAlignment(edge | Qt.AlignmentFlag.AlignAbsolute
                                  | Qt.AlignmentFlag.AlignVCenter)
        self.preview.setText(text)
        self.preview.setToolTip(QCoreApplication.translate(
            "FigureRow", "في النسخة الفرنسية: %1").replace("%1", french) if french else "")

    def draft(self) -> FigureDraft:
        """What the row holds."""
        qualifier = Qualifier(self.qualifier.currentData())
        days = self.days.days() if self.days else []
        return FigureDraft(self.value.text(), qualifier, days, self._note)

    def set_draft(self, draft: FigureDraft, start: dt.date, end: dt.date) -> None:
        """Show ``draft`` (only the widgets whose content differs are touched)."""
        self._note = draft.note
        if self.value.text() != draft.text:
            self.value.setText(draft.text)
        index = self.qualifier.findData(draft.qualifier.value)
        if self.qualifier.currentIndex() != index:
            self.qualifier.setCurrentIndex(index)
        if self.days is not None:
            self.days.set_days(draft.days, start, end)
