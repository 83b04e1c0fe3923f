"""The edition form view: lays out the widgets, reads/writes an EditionDraft, shows problems.

Behaviour (undo, validation, saving) lives in ``EditionFormController``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from balagh.core.model import FigureKind, JointPavilion
from balagh.gui.edition import form_problems
from balagh.gui.edition.daily_model import DailyVisitorsModel, DailyVisitorsView
from balagh.gui.edition.draft import EditionDraft, FigureDraft
from balagh.gui.edition.extras import EditionExtras
from balagh.gui.edition.figure_fields import FigureRow
from balagh.gui.edition.undo import UndoKeysToWindow
from balagh.gui.widgets.date_field import CompactCalendar, set_date_format
from balagh.gui.widgets.list_editor import OrderedListEditor
from balagh.gui.widgets.number_field import number_field, reading_edge
from balagh.gui.widgets.rtl_text import right_to_left

LIST_SEPARATOR = "، "
#: A new edition, or one whose dates make no sense, lasts five days (the usual Open Days).
DEFAULT_SPAN = dt.timedelta(days=4)
MAX_SPAN = dt.timedelta(days=30)


def _to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class EditionForm(EditionExtras, QWidget):
    """Identity, figures, daily visitors and lists of one edition."""

    changed = Signal(str)  # the field path that changed ("city_ar", "figures.vehicles", ...)

    def __init__(
        self, catalogue: list[FigureKind], language: str = "ar", parent: QWidget | None = None,
        *, in_steps: bool = False,
    ) -> None:
        super().__init__(parent)
        self.language = language
        self._loading = False
        self._undo_filter = UndoKeysToWindow(self)
        self.field_widgets: dict[str, QWidget] = {}
        self.figure_rows: dict[str, FigureRow] = {}
        self._shown_dates = (dt.date.today(), dt.date.today())  # to move the end with the start
        self._content = QWidget()
        self._column = QVBoxLayout(self._content)
        #: What is left to build, in reading order (so that Tab follows it): ``build_part``
        #: builds the next; all of it at once unless ``in_steps`` (the window's start builds
        #: a part per turn of the event loop: the whole form held the GUI thread 25 ms).
        self.parts: list[Callable[[], QWidget | None]] = [
            self._identity_box, lambda: self._figures_box(catalogue), self._daily_box,
            self._days_box, self._lists_box, self._options_box, self._finish]
        while self.parts and not in_steps:
            self.build_part()

    def build_part(self) -> bool:
        """Build the next part; True while parts are left."""
        box = self.parts.pop(0)()
        if box is not None:
            self._column.addWidget(box)
        return bool(self.parts)

    def _finish(self) -> None:
        self._column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._content)
        self.scroll_area = scroll

        self.problems_title = QLabel(self)
        self.problems = QListWidget(self)
        self.problems.setObjectName("problems")
        self.problems.setFixedHeight(form_problems.problems_height(self.problems))
        # Long sentences (plausibility warnings) wrap instead of scrolling sideways at 1024 px.
        self.problems.setWordWrap(True)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.problems.itemActivated.connect(self.focus_problem)
        self.problems.itemClicked.connect(self.focus_problem)
        self.save_button = QPushButton(self.tr("حفظ"), self)
        self.save_button.setObjectName("save")
        self.save_button.setToolTip(self.tr("حفظ الدورة (Ctrl+S)"))

        # The problems' title shares the line of the Save button (one line for both).
        strip = QHBoxLayout()
        strip.addWidget(self.problems_title, 1)
        strip.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(strip)
        layout.addWidget(self.problems)
        self.show_problems([])

    # ----- layout -------------------------------------------------------------------------
    def _line(self, name: str, label: str, ltr: bool = False) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(label)
        if ltr:
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        edit.installEventFilter(self._undo_filter)
        edit.textChanged.connect(lambda _t, n=name: self._emit(n))
        self.field_widgets[name] = edit
        return edit

    def _identity_box(self) -> QGroupBox:
        """Two fields a row (number; dates; city and its French name; venue and its French
        name), then theme and notes across: fits beside the editions list at 1024 pixels.

        Widgets are created in reading order so that Tab goes through them in that order.
        """
        box = QGroupBox(self.tr("هوية الدورة"), self)
        grid = QGridLayout(box)
        self.number = self._line("number", self.tr("رقم الدورة"))
        self.number.setMaximumWidth(90)
        number_field(self.number, self.language)
        self.start_date = self._date("start_date")
        self.end_date = self._date("end_date")
        self.city_ar = self._line("city_ar", self.tr("المدينة"))
        self.city_fr = self._line("city_fr", self.tr("المدينة بالفرنسية"), ltr=True)
        self.venue_ar = self._line("venue_ar", self.tr("الفضاء"))
        self.venue_fr = self._line("venue_fr", self.tr("الفضاء بالفرنسية"), ltr=True)
        self.theme = self._line("theme", self.tr("شعار الدورة"))
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setAccessibleName(self.tr("ملاحظات"))
        if self.language != "fr":
            right_to_left(self.notes)
        self.notes.setMaximumHeight(60)
        self.notes.setTabChangesFocus(True)  # Tab moves on; notes need no tab characters
        self.notes.installEventFilter(self._undo_filter)
        self.notes.textChanged.connect(lambda: self._emit("notes"))
        self.field_widgets["notes"] = self.notes
        rows: list[list[tuple[str, QWidget]]] = [
            [(self.tr("رقم الدورة"), self.number)],
            [(self.tr("تاريخ البداية"), self.start_date),
             (self.tr("تاريخ النهاية"), self.end_date)],
            [(self.tr("المدينة"), self.city_ar), (self.tr("بالفرنسية"), self.city_fr)],
            [(self.tr("الفضاء"), self.venue_ar), (self.tr("بالفرنسية"), self.venue_fr)],
            [(self.tr("شعار الدورة"), self.theme)],
            [(self.tr("ملاحظات"), self.notes)],
        ]
        for row, cells in enumerate(rows):
            for position, (label, widget) in enumerate(cells):
                caption = QLabel(label, box)
                caption.setBuddy(widget)
                grid.addWidget(caption, row, position * 2)
                wide = widget in (self.theme, self.notes)
                grid.addWidget(widget, row, position * 2 + 1, 1, 3 if wide else 1)
        # A left-to-right field narrower than its cell would sit at the cell's left: keep the
        # number beside its label.
        grid.setAlignment(self.number, reading_edge(self.language))
        for widget in (self.city_ar, self.city_fr, self.venue_ar, self.venue_fr):
            widget.setMinimumWidth(120)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return box

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setCalendarWidget(CompactCalendar(edit))
        set_date_format(edit, self.language)
        edit.setMaximumWidth(200)
        edit.dateChanged.connect(lambda _d, n=name: self._dates_changed(n))
        self.field_widgets[name] = edit
        return edit

    def _figures_box(self, catalogue: list[FigureKind]) -> QGroupBox:
        box = QGroupBox(self.tr("الأرقام"), self)
        self.figures_box = box
        grid = QGridLayout(box)
        grid.addWidget(QLabel(self.tr("الرقم"), box), 0, 1)
        grid.addWidget(QLabel(self.tr("الصيغة"), box), 0, 2)
        grid.addWidget(QLabel(self.tr("كما سيكتب / أيام الذروة"), box), 0, 3)
        row = 0
        from balagh.core.catalogue import DAY_ONLY_KEYS

        for kind in sorted(catalogue, key=lambda k: k.order):
            if kind.key in DAY_ONLY_KEYS:  # recorded per day, in the grid of day figures
                continue
            row += 1
            fig = FigureRow(kind, box, self.language)
            fig.value.installEventFilter(self._undo_filter)
            key = kind.key
            fig.value.textChanged.connect(lambda _t, k=key: self._emit(f"figures.{k}.value"))
            fig.qualifier.currentIndexChanged.connect(
                lambda _i, k=key: self._emit(f"figures.{k}.qualifier")
            )
            grid.addWidget(fig.label, row, 0)
            grid.addWidget(fig.value, row, 1)
            grid.addWidget(fig.qualifier, row, 2)
            grid.addWidget(fig.preview, row, 3)
            if fig.days is not None:
                # The peak days get a row of their own under the value, as wide as the figure
                # columns, so a long edition adds rows of checkboxes, not width.
                fig.days.changed.connect(lambda k=key: self._emit(f"figures.{k}.days"))
                row += 1
                grid.addWidget(fig.days, row, 1, 1, 3)
                self.field_widgets[f"figures.{key}.days"] = fig.days
            self.field_widgets[f"figures.{key}.value"] = fig.value
            self.field_widgets[f"figures.{key}"] = fig.value
            self.figure_rows[key] = fig
        grid.setColumnStretch(3, 1)
        return box

    def _daily_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("الزوار يوما بيوم (يمكن لصق عمود من Excel)"), self)
        layout = QVBoxLayout(box)
        self.paste_notice = QLabel(box)
        self.paste_notice.setObjectName("paste_notice")
        self.paste_notice.setWordWrap(True)
        self.paste_notice.setStyleSheet("color: #8a5a00;")
        self.paste_notice.setVisible(False)
        self.daily_model = DailyVisitorsModel(self)
        self.daily_view = DailyVisitorsView(box)
        self.daily_view.setObjectName("daily_visitors")
        self.daily_view.setModel(self.daily_model)
        self.daily_view.setMinimumHeight(150)
        self.daily_model.dataChanged.connect(lambda *_a: self._emit("daily_visitors"))
        self.field_widgets["daily_visitors"] = self.daily_view
        self.daily_view.pasted.connect(self.show_paste_result)
        layout.addWidget(self.daily_view)
        layout.addWidget(self.paste_notice)
        return box

    def show_paste_result(self, filled: int, dropped: int) -> None:
        """Say when pasted values fell after the last day of the edition (they are not kept)."""
        if dropped <= 0:
            self.paste_notice.clear()
            self.paste_notice.setVisible(False)
            return
        text = self.tr("أُلصقت %1 قيم؛ أُهملت %2 لأنها تتجاوز أيام الدورة.")
        self.paste_notice.setText(text.replace("%1", str(filled)).replace("%2", str(dropped)))
        self.paste_notice.setVisible(True)

    def _lists_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("القوائم"), self)
        layout = QVBoxLayout(box)
        tabs = QTabWidget(box)
        self.audiences = OrderedListEditor([self.tr("الفئة")], box)
        self.partners = OrderedListEditor([self.tr("الشريك")], box)
        self.joint_pavilions = OrderedListEditor(
            [self.tr("الشركاء (مفصولون بفاصلة)"), self.tr("عنوان الرواق")], box
        )
        self.seminars = OrderedListEditor([self.tr("موضوع الندوة")], box)
        self.highlights = OrderedListEditor([self.tr("الحدث")], box)
        for name, editor, title in (
            ("audiences", self.audiences, self.tr("الفئات الزائرة")),
            ("partners", self.partners, self.tr("الشركاء")),
            ("joint_pavilions", self.joint_pavilions, self.tr("الأروقة المشتركة")),
            ("seminars", self.seminars, self.tr("الندوات")),
            ("highlights", self.highlights, self.tr("أبرز الأحداث")),
            *self._extra_lists(),
        ):
            editor.setObjectName(name)
            editor.changed.connect(lambda n=name: self._emit(n))
            tabs.addTab(editor, title)
            self.field_widgets[name] = editor
        layout.addWidget(tabs)
        layout.addWidget(self._shape_help())
        return box

    # ----- reading and writing ---------------------------------------------------------------
    def _emit(self, field: str) -> None:
        if not self._loading:
            self.changed.emit(field)

    def _dates_changed(self, field: str) -> None:
        if self._loading:
            return
        start, end = self.dates()
        if field == "start_date":
            end = self._follow_start(start)
        self._shown_dates = (start, end)
        self.daily_model.set_range(start, end)
        self.day_figures.set_days(start, end)
        for fig in self.figure_rows.values():
            if fig.days is not None:
                fig.days.set_range(start, end)
        self.changed.emit(field)

    def _follow_start(self, start: dt.date) -> dt.date:
        """Move the end date with the start date, keeping the edition's length.

        A length that makes no sense (end before start, more than a month) becomes the usual
        five days. Returns the new end date (shown without a change signal of its own).
        """
        old_start, old_end = self._shown_dates
        span = old_end - old_start
        if span < dt.timedelta(0) or span > MAX_SPAN:
            span = DEFAULT_SPAN
        end = start + span
        self._loading = True
        try:
            self.end_date.setDate(_to_qdate(end))
        finally:
            self._loading = False
        return end

    def dates(self) -> tuple[dt.date, dt.date]:
        """The start and end dates shown."""
        return _from_qdate(self.start_date.date()), _from_qdate(self.end_date.date())

    def draft(self) -> EditionDraft:
        """Everything the form holds (version and original number are the controller's)."""
        start, end = self.dates()
        pavilions = []
        for partners_text, title in self.joint_pavilions.rows():
            parts = [p.strip() for p in partners_text.replace("،", ",").split(",")]
            pavilions.append(JointPavilion([p for p in parts if p], title))
        from balagh.core.digits import normalise_digits

        return EditionDraft(
            number_text=normalise_digits(self.number.text()),
            city_ar=self.city_ar.text(),
            city_fr=self.city_fr.text(),
            venue_ar=self.venue_ar.text(),
            venue_fr=self.venue_fr.text(),
            theme=self.theme.text(),
            notes=self.notes.toPlainText(),
            start_date=start,
            end_date=end,
            figures={key: fig.draft() for key, fig in self.figure_rows.items()},
            daily_visitors=self.daily_model.values(),
            audiences=self.audiences.values(),
            partners=self.partners.values(),
            joint_pavilions=pavilions,
            seminars=self.seminars.values(),
            highlights=self.highlights.values(),
            **self._extra_draft(),
        )

    def set_draft(self, draft: EditionDraft) -> None:
        """Show ``draft`` without emitting ``changed`` (loading, undo, redo)."""
        self._loading = True
        try:
            for name in ("number", "city_ar", "city_fr", "venue_ar", "venue_fr", "theme"):
                edit = getattr(self, name)
                value = draft.number_text if name == "number" else getattr(draft, name)
                if edit.text() != value:
                    edit.setText(value)
                    wide = edit.fontMetrics().horizontalAdvance(value) > edit.width() - 12
                    if wide and not edit.hasFocus():  # a name too wide shows its beginning
                        edit.setCursorPosition(0)
            if self.notes.toPlainText() != draft.notes:
                self.notes.setPlainText(draft.notes)
            self.start_date.setDate(_to_qdate(draft.start_date))
            self.end_date.setDate(_to_qdate(draft.end_date))
            self._shown_dates = (draft.start_date, draft.end_date)
            for key, fig in self.figure_rows.items():
                fig.set_draft(draft.figures.get(key, FigureDraft()), draft.start_date,
                              draft.end_date)
            self.daily_model.set_range(draft.start_date, draft.end_date)
            if self.daily_model.values() != draft.daily_visitors:
                self.daily_model.set_values(draft.daily_visitors)
            self.audiences.set_values(draft.audiences)
            self.partners.set_values(draft.partners)
            self.joint_pavilions.set_rows(
                [[LIST_SEPARATOR.join(p.partners), p.title] for p in draft.joint_pavilions]
            )
            self.seminars.set_values(draft.seminars)
            self.highlights.set_values(draft.highlights)
            self._set_extra_draft(draft)
        finally:
            self._loading = False

    widget_for = form_problems.widget_for
    show_problems = form_problems.show_problems
    focus_problem = form_problems.focus_problem
