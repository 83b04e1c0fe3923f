"""The parts of the edition form added for the office's other releases: figures as of each
day (a grid: that day's visitors, running totals), the release wording choices, the
visitors' home towns, the demonstration units, and highlights written as noun phrases.

``EditionExtras`` is mixed into ``EditionForm``: ``_extras_box()`` lays it out,
``_extra_draft()`` / ``_set_extra_draft()`` read and show the draft's parts.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from balagh.core.model import ClosingForm, RecordWording, ReleaseOptions
from balagh.gui.edition.day_cells import DAY_GRID_KEYS, cell_draft, cell_text
from balagh.gui.edition.draft import EditionDraft, FigureDraft

NOTE_ROLE = Qt.ItemDataRole.UserRole + 1



class DayFiguresModel(QStandardItemModel):
    """Rows are the edition's days, columns the figures of ``DAY_GRID_KEYS``."""

    def __init__(self, labels: list[str], parent: Any = None) -> None:
        super().__init__(0, len(DAY_GRID_KEYS), parent)
        self.setHorizontalHeaderLabels(labels)
        self.days: list[dt.date] = []

    def set_days(self, start: dt.date, end: dt.date) -> None:
        """One row per day from ``start`` to ``end``, keeping the values of days kept."""
        kept = self.values()
        blocked = self.blockSignals(True)  # a change of dates is the dates' change only
        self.days = []
        day = start
        while day <= end and len(self.days) < 60:
            self.days.append(day)
            day += dt.timedelta(days=1)
        self.setRowCount(len(self.days))
        self.setVerticalHeaderLabels([d.strftime("%d/%m") for d in self.days])
        self.set_values(kept)
        self.blockSignals(blocked)
        self.layoutChanged.emit()

    def values(self) -> dict[dt.date, dict[str, FigureDraft]]:
        """What the grid holds, by day and figure key (empty cells left out)."""
        result: dict[dt.date, dict[str, FigureDraft]] = {}
        for row, day in enumerate(self.days):
            for column, key in enumerate(DAY_GRID_KEYS):
                item = self.item(row, column)
                text = item.text() if item is not None else ""
                if text.strip():
                    draft = cell_draft(text)
                    draft.note = str(item.data(NOTE_ROLE) or "") if item is not None else ""
                    result.setdefault(day, {})[key] = draft
        return result

    def set_values(self, values: dict[dt.date, dict[str, FigureDraft]]) -> None:
        """Show ``values`` (days outside the rows are not shown)."""
        for row, day in enumerate(self.days):
            for column, key in enumerate(DAY_GRID_KEYS):
                draft = values.get(day, {}).get(key)
                item = QStandardItem(cell_text(draft) if draft else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if draft is not None and draft.note:  # the source, kept and shown on hover
                    item.setData(draft.note, NOTE_ROLE)
                    item.setToolTip(draft.note)
                self.setItem(row, column, item)


class EditionExtras:
    """Mixin of ``EditionForm`` (see the module docstring); ``tr`` and ``_emit`` are the
    form's."""

    field_widgets: dict[str, QWidget]
    _loading: bool
    language: str

    if TYPE_CHECKING:  # the form's own methods
        def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str: ...

        def _emit(self, field: str) -> None: ...

    def _days_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("الأرقام كما أعلنت يوما بيوم (للنشرات اليومية)"))
        layout = QVBoxLayout(box)
        hint = QLabel(self.tr("زوار اليوم، ثم المجاميع المتراكمة إلى مساء ذلك اليوم. اكتب "
                              "«ناهز 200000» أو «أكثر من 72» إذا أعلن الرقم كذلك."), box)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        labels = [self.tr("زوار اليوم"), self.tr("مجموع الزوار"), self.tr("وسائل الإعلام"),
                  self.tr("التصريحات الصحفية")]
        self.day_figures = DayFiguresModel(labels, box)
        self.day_view = QTableView(box)
        self.day_view.setObjectName("as_of")
        self.day_view.setModel(self.day_figures)
        self.day_view.setMinimumHeight(150)
        self.day_view.horizontalHeader().setStretchLastSection(True)
        self.day_figures.dataChanged.connect(lambda *_a: self._emit("as_of"))
        self.field_widgets["as_of"] = self.day_view
        layout.addWidget(self.day_view)
        return box

    def _options_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("صياغة البلاغات"))
        form = QFormLayout(box)
        self.closing_form = QComboBox(box)
        self.closing_form.setObjectName("closing_form")
        for text, value in ((self.tr("حسب السنة (2023 وما قبلها: صيغة 2023)"), ""),
                            (self.tr("صيغة 2023 (بلاغ فاس)"), "2023"),
                            (self.tr("الصيغة الحالية (2024 وما بعدها)"), "2024")):
            self.closing_form.addItem(text, value)
        self.record_wording = QComboBox(box)
        self.record_wording.setObjectName("record_wording")
        self.record_wording.addItem(self.tr("مقارنة مع الدورات السابقة"), "editions")
        self.record_wording.addItem(self.tr("مقارنة مع الأعوام السابقة"), "years")
        self.both_genders = QCheckBox(self.tr("«زائر وزائرة»"), box)
        self.both_genders.setObjectName("both_genders")
        self.peak_dates = QCheckBox(self.tr("ذكر تواريخ أيام الذروة («يوما الجمعة والسبت "
                                            "19و20 ماي»)"), box)
        self.peak_dates.setObjectName("peak_dates")
        form.addRow(self.tr("بلاغ الاختتام"), self.closing_form)
        form.addRow(self.tr("الرقم القياسي"), self.record_wording)
        for check in (self.both_genders, self.peak_dates):
            # as wide as its text, not the row: a stretched box is clipped by the scroll area
            check.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        form.addRow(self.both_genders)
        form.addRow(self.peak_dates)
        for combo in (self.closing_form, self.record_wording):
            combo.currentIndexChanged.connect(lambda _i: self._emit("release_options"))
        for check in (self.both_genders, self.peak_dates):
            check.toggled.connect(lambda _c: self._emit("release_options"))
        self.field_widgets["release_options"] = box
        return box

    def _extra_lists(self) -> list[tuple[str, Any, str]]:
        from balagh.gui.widgets.list_editor import OrderedListEditor

        self.noun_highlights = OrderedListEditor([self.tr("الحدث (بصيغة اسمية)")])
        self.home_towns = OrderedListEditor([self.tr("المدينة")])
        self.demonstration_units = OrderedListEditor([self.tr("الوحدة")])
        return [("noun_highlights", self.noun_highlights, self.tr("أحداث بصيغة اسمية")),
                ("home_towns", self.home_towns, self.tr("مدن الزوار")),
                ("demonstration_units", self.demonstration_units, self.tr("وحدات العروض"))]

    def _shape_help(self) -> QLabel:
        label = QLabel(self.tr(
            "«أبرز الأحداث» جمل تامة بصيغة الماضي تبدأ بفعل، مثل: «أطلقت المديرية العامة للأمن"
            " الوطني تطبيقا معلوماتيا خاصا بالأبواب المفتوحة». أما «أحداث بصيغة اسمية» فتبدأ"
            " بمصدر، مثل: «تنظيم حفل فني على شرف أسرة الأمن الوطني»، ويقدمها البلاغ بعبارة"
            " «كما تم …»."))
        label.setObjectName("shape_help")
        label.setWordWrap(True)
        label.setStyleSheet("color: #444;")
        return label

    def _extra_draft(self) -> dict[str, Any]:
        options = ReleaseOptions(
            closing_form=ClosingForm(self.closing_form.currentData() or ""),
            both_genders=self.both_genders.isChecked(),
            peak_dates=self.peak_dates.isChecked(),
            record_wording=RecordWording(self.record_wording.currentData() or "editions"),
        )
        return {
            "noun_highlights": self.noun_highlights.values(),
            "home_towns": self.home_towns.values(),
            "demonstration_units": self.demonstration_units.values(),
            "as_of": self.day_figures.values(),
            "options": options,
        }

    def _set_extra_draft(self, draft: EditionDraft) -> None:
        self.noun_highlights.set_values(draft.noun_highlights)
        self.home_towns.set_values(draft.home_towns)
        self.demonstration_units.set_values(draft.demonstration_units)
        self.day_figures.set_days(draft.start_date, draft.end_date)
        if self.day_figures.values() != draft.as_of:
            self.day_figures.set_values(draft.as_of)
        options = draft.options
        self.closing_form.setCurrentIndex(max(self.closing_form.findData(
            options.closing_form.value), 0))
        self.record_wording.setCurrentIndex(max(self.record_wording.findData(
            options.record_wording.value), 0))
        self.both_genders.setChecked(options.both_genders)
        self.peak_dates.setChecked(options.peak_dates)
