"""The edition form after the user audit: numbers read left to right, a compact calendar, the
end date follows the start date, readable undo texts, a form that fits 1024 pixels, Tab that
moves on, pasted values that do not vanish silently, and the «كما سيكتب» preview."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from gui_helpers import PromptLog, clear_and_type, fez_number, type_text
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QStyleOptionViewItem,
    QWidget,
)

from balagh.core.catalogue import DEFAULT_BY_KEY, DEFAULT_CATALOGUE
from balagh.core.model import Qualifier
from balagh.gui import prompts
from balagh.gui.edition.draft import EditionDraft
from balagh.gui.edition.form import EditionForm
from balagh.gui.edition.undo import field_label, undo_text

MAY = dt.date(2023, 5, 17)
#: Room left of the 360-pixel editions list in a 1024-pixel window.
ROOM_AT_1024 = 660


@pytest.fixture
def amiri() -> Iterator[QFont]:
    """The Arabic interface font the application uses (restored afterwards)."""
    from balagh.gui.window.app import load_fonts

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    font = QFont(load_fonts())
    font.setPointSize(11)
    app.setFont(font)
    yield font
    app.setFont(before)


def _form(qtbot: Any, language: str = "ar", days: int = 5) -> EditionForm:
    form = EditionForm(list(DEFAULT_CATALOGUE), language)
    if language == "ar":
        form.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.addWidget(form)
    form.set_draft(EditionDraft(number_text="4", city_ar="فاس", start_date=MAY,
                                end_date=MAY + dt.timedelta(days=days - 1)))
    return form


def _content_width(form: EditionForm) -> int:
    content = form.scroll_area.widget()
    assert content is not None
    return int(content.minimumSizeHint().width())


def _cursor_x(edit: QLineEdit, position: int) -> int:
    edit.setCursorPosition(position)
    rect = edit.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle)
    return int(rect.x())


# 1. Numbers with space separators ----------------------------------------------------------
def test_a_figure_with_spaces_reads_left_to_right(qtbot: Any) -> None:
    form = _form(qtbot)
    value = form.figure_rows["area_m2"].value
    type_text(value, "12 500")
    assert value.text() == "12 500"
    # «12» is drawn left of «500» (a right-to-left field showed «500 12» on X11).
    assert value.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert _cursor_x(value, 1) < _cursor_x(value, 4)
    # ...and the text still sits at the right edge, beside its Arabic label.
    assert value.alignment() & Qt.AlignmentFlag.AlignRight
    assert value.alignment() & Qt.AlignmentFlag.AlignAbsolute


def test_arabic_indic_digits_with_spaces_read_left_to_right(qtbot: Any) -> None:
    """«١٢ ٥٠٠» was shown «٥٠٠ ١٢» whatever the field's direction: the digits become Western
    as they are typed (the stored value is the same)."""
    form = _form(qtbot)
    value = form.figure_rows["area_m2"].value
    clear_and_type(value, "١٢ ٥٠٠")
    assert value.text() == "12 500"
    assert value.cursorPosition() == len("12 500")  # typing goes on at the end
    assert _cursor_x(value, 1) < _cursor_x(value, 4)
    assert form.draft().figures["area_m2"].text == "12 500"
    clear_and_type(form.number, "١ ٢")
    assert form.number.text() == "1 2"
    assert form.number.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert _cursor_x(form.number, 0) < _cursor_x(form.number, 3)


def test_daily_cells_show_digits_left_to_right(qtbot: Any) -> None:
    form = _form(qtbot)
    view = form.daily_view
    model = form.daily_model
    assert model.paste_text(0, "95 000\n٩٥ ٠٠٠\n") == 2
    index = model.index(0, 1)
    assert index.data() == "95 000"
    assert model.index(1, 1).data() == "95 000"  # shown with Western digits...
    assert model.values()[MAY + dt.timedelta(days=1)] == "٩٥ ٠٠٠"  # ...kept as pasted
    option = QStyleOptionViewItem()
    view.itemDelegate().initStyleOption(option, index)  # type: ignore[attr-defined]
    assert option.direction == Qt.LayoutDirection.LeftToRight
    align = option.displayAlignment
    assert align & Qt.AlignmentFlag.AlignRight and align & Qt.AlignmentFlag.AlignAbsolute
    editor = view.itemDelegate().createEditor(view.viewport(), option, index)
    assert isinstance(editor, QLineEdit)
    assert editor.layoutDirection() == Qt.LayoutDirection.LeftToRight
    type_text(editor, "٣٠ ٠٠٠")
    assert editor.text() == "30 000"
    # The day column is untouched.
    day_option = QStyleOptionViewItem()
    day_option.direction = Qt.LayoutDirection.RightToLeft
    view.itemDelegate().initStyleOption(day_option, model.index(0, 0))  # type: ignore[attr-defined]
    assert day_option.direction == Qt.LayoutDirection.RightToLeft


# 2. The calendar popup fits a small screen ----------------------------------------------------
def test_calendar_popup_is_compact_with_the_arabic_font(qtbot: Any, amiri: QFont) -> None:
    form = _form(qtbot)
    for edit in (form.start_date, form.end_date):
        calendar = edit.calendarWidget()
        assert calendar.sizeHint().width() < 500, calendar.sizeHint()
        assert calendar.sizeHint().height() < 400, calendar.sizeHint()
    assert form.font().family() == amiri.family()  # the form itself keeps Amiri


# 3. The end date follows the start date; long editions wrap their peak days -------------------
def test_moving_the_start_keeps_the_length_of_the_edition(qtbot: Any) -> None:
    form = _form(qtbot)
    changes: list[str] = []
    form.changed.connect(changes.append)
    form.start_date.setDate(QDate(2024, 6, 3))
    assert form.dates() == (dt.date(2024, 6, 3), dt.date(2024, 6, 7))
    assert changes == ["start_date"]  # one change (one undo step) for both dates
    assert form.daily_model.days()[0] == dt.date(2024, 6, 3)
    assert len(form.daily_model.days()) == 5


def test_a_senseless_length_becomes_five_days(qtbot: Any) -> None:
    form = _form(qtbot)
    form.end_date.setDate(QDate(2024, 12, 5))  # 567 days after the start
    form.start_date.setDate(QDate(2024, 5, 17))
    assert form.dates() == (dt.date(2024, 5, 17), dt.date(2024, 5, 21))
    form.end_date.setDate(QDate(2024, 5, 1))  # before the start: shown as a problem...
    form.start_date.setDate(QDate(2024, 5, 20))  # ...until the start moves
    assert form.dates() == (dt.date(2024, 5, 20), dt.date(2024, 5, 24))


def test_a_month_long_edition_does_not_widen_the_form(qtbot: Any) -> None:
    short = _form(qtbot, days=5)
    long = _form(qtbot, days=31)
    for form in (short, long):  # shown, as in the window: the layouts take the checkboxes in
        form.show()
        qtbot.waitExposed(form)
    QApplication.processEvents()
    peak = long.figure_rows["peak_visitors"].days
    assert peak is not None and len(peak.days()) == 0
    assert peak.box(MAY + dt.timedelta(days=30)).isVisibleTo(long)
    width = _content_width(long)
    assert width <= _content_width(short) + 20, width


# 4. Undo texts name the field ----------------------------------------------------------------
def test_undo_and_redo_name_the_field_in_arabic(window: Any) -> None:
    window.open_edition(fez_number(window))
    form = window.form
    clear_and_type(form.figure_rows["area_m2"].value, "12500")
    undo = window.undo_action.text()
    assert "مساحة الفضاء" in undo and "area_m2" not in undo and "figures" not in undo, undo
    type_text(form.theme, "!")
    window.undo_action.trigger()
    redo = window.redo_action.text()
    assert "شعار الدورة" in redo and "theme" not in redo, redo


def test_field_labels_in_both_languages() -> None:
    assert field_label("figures.area_m2.value", DEFAULT_BY_KEY) == "مساحة الفضاء (متر مربع)"
    assert field_label("figures.area_m2.value", DEFAULT_BY_KEY, "fr") == "Superficie (m²)"
    assert field_label("figures.peak_visitors.days", DEFAULT_BY_KEY) == (
        "زوار أيام الذروة (أيام الذروة)")
    assert field_label("end_date", DEFAULT_BY_KEY, "fr") == "Date de fin"
    assert field_label("daily_visitors", DEFAULT_BY_KEY) == "الزوار حسب الأيام"
    assert undo_text("theme", DEFAULT_BY_KEY) == "تعديل «شعار الدورة»"
    assert undo_text("theme", DEFAULT_BY_KEY, "fr") == "la modification « Thème »"


# 5. The form fits beside the list at 1024 pixels ---------------------------------------------
@pytest.mark.parametrize("language", ["ar", "fr"])
def test_form_needs_no_more_than_the_room_left_at_1024(
    qtbot: Any, amiri: QFont, language: str
) -> None:
    form = _form(qtbot, language)
    form.show()
    qtbot.waitExposed(form)
    QApplication.processEvents()
    scrollbar = form.scroll_area.verticalScrollBar().sizeHint().width()
    needed = _content_width(form) + scrollbar + 40  # frames, margins, tab border
    assert needed <= ROOM_AT_1024, needed


def test_at_1024_by_700_nothing_scrolls_sideways(window: Any, amiri: QFont) -> None:
    window.setFont(amiri)
    window.resize(1024, 700)
    window.open_edition(fez_number(window))
    QApplication.processEvents()
    form = window.form
    assert window.width() <= 1024
    assert form.scroll_area.horizontalScrollBar().maximum() == 0
    viewport = form.scroll_area.viewport()
    for widget in (form.end_date, form.city_fr, form.venue_fr):
        left = widget.mapTo(viewport, widget.rect().topLeft()).x()
        assert 0 <= left and left + widget.width() <= viewport.width(), widget.objectName()


# 6. Tab moves on, in reading order -----------------------------------------------------------
def test_tab_leaves_the_notes_and_follows_the_reading_order(window: Any) -> None:
    window.open_edition(fez_number(window))
    form = window.form
    assert form.notes.tabChangesFocus()
    expected = [form.number, form.start_date, form.end_date, form.city_ar, form.city_fr,
                form.venue_ar, form.venue_fr, form.theme, form.notes,
                form.figure_rows["visitors_total"].value]
    form.number.setFocus()
    QApplication.processEvents()
    seen: list[QWidget] = []
    for _ in range(40):  # a date field takes one Tab per part (day, month, year)
        focused = QApplication.focusWidget()
        while focused is not None and focused not in expected:
            focused = focused.parentWidget()
        assert focused is not None
        if not seen or seen[-1] is not focused:
            seen.append(focused)
        if focused is expected[-1]:
            break
        current = QApplication.focusWidget()
        assert current is not None
        QTest.keyClick(current, Qt.Key.Key_Tab)
        QApplication.processEvents()
    assert [w.objectName() for w in seen] == [w.objectName() for w in expected]
    assert "\t" not in form.notes.toPlainText()


def test_tab_goes_from_a_qualifier_to_its_peak_days(window: Any) -> None:
    window.open_edition(fez_number(window))
    form = window.form
    peak = form.figure_rows["peak_visitors"]
    assert peak.days is not None
    peak.qualifier.setFocus()
    QApplication.processEvents()
    order = []
    for _ in range(6):
        current = QApplication.focusWidget()
        assert current is not None
        QTest.keyClick(current, Qt.Key.Key_Tab)
        QApplication.processEvents()
        order.append(QApplication.focusWidget())
    boxes = [peak.days.box(MAY + dt.timedelta(days=i)) for i in range(5)]
    assert order == [*boxes, form.figure_rows["first_days_visitors"].value]


# 7. Pasting more values than days -------------------------------------------------------------
def test_pasting_past_the_last_day_says_what_was_left_out(window: Any) -> None:
    window.open_edition(fez_number(window))
    form = window.form
    view = form.daily_view
    assert not form.paste_notice.isVisibleTo(form)
    QApplication.clipboard().setText("1\n2\n3\n4\n5\n6\n7\n")
    view.setCurrentIndex(view.model().index(0, 1))
    assert view.paste_clipboard() == 5
    notice = form.paste_notice
    assert notice.isVisibleTo(form)
    assert "5" in notice.text() and "2" in notice.text() and "أُهملت" in notice.text()
    QApplication.clipboard().setText("10\n20\n")
    view.paste_clipboard()
    assert not notice.isVisibleTo(form)


# 8. Preview, Save button, prompt digits, search ----------------------------------------------
def test_preview_writes_the_qualifier_and_noun(qtbot: Any) -> None:
    form = _form(qtbot)
    row = form.figure_rows["visitors_total"]
    type_text(row.value, "750000")
    row.qualifier.setCurrentIndex(row.qualifier.findData(Qualifier.MORE_THAN.value))
    assert row.preview.text() == "أكثر من 750 ألف زائر"


def test_french_interface_preview_shows_the_arabic_release_wording(qtbot: Any) -> None:
    """The release is Arabic: «Forme rédigée» shows its words, right to left; the French
    version's wording is on hover."""
    form = _form(qtbot, "fr")
    row = form.figure_rows["visitors_total"]
    type_text(row.value, "750000")
    row.qualifier.setCurrentIndex(row.qualifier.findData(Qualifier.MORE_THAN.value))
    assert row.preview.text() == "أكثر من 750 ألف زائر"
    assert row.preview.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert row.preview.alignment() & Qt.AlignmentFlag.AlignRight
    assert row.preview.toolTip().endswith("plus de 750.000")


def test_save_waits_for_a_change(window: Any) -> None:
    window.open_edition(fez_number(window))
    form = window.form
    assert not form.save_button.isEnabled()
    assert not window.save_action.isEnabled()
    type_text(form.theme, "!")
    assert form.save_button.isEnabled() and window.save_action.isEnabled()
    window.undo_action.trigger()
    assert not form.save_button.isEnabled()


def test_unsaved_prompt_shows_western_digits(window: Any, prompt_log: PromptLog) -> None:
    assert window.new_edition()
    form = window.form
    clear_and_type(form.number, "٦")
    type_text(form.city_ar, "وجدة")
    prompt_log.unsaved_answer = prompts.Answer.CANCEL
    assert not window.open_edition(fez_number(window))
    assert prompt_log.asked[-1].startswith("unsaved")
    assert "6" in prompt_log.asked[-1] and "٦" not in prompt_log.asked[-1]


def test_search_ignores_accents(window: Any) -> None:
    panel = window.panel
    panel.search.setText("fes")
    assert panel.proxy.rowCount() == 1
    city = panel.proxy.index(0, 2).data()
    assert city == "فاس"
    panel.search.setText("FÈS")
    assert panel.proxy.rowCount() == 1
    panel.search.setText("")
    assert panel.proxy.rowCount() == panel.model.rowCount()


# 9. Dates read day first in Arabic; the problems list never moves the form ------------------
@pytest.mark.parametrize("language,start,end", [("ar", "17 ماي 2023", "21 ماي 2023"),
                                                 ("fr", "17/05/2023", "21/05/2023")])
def test_date_fields_read_day_first(qapp: QApplication, qtbot: Any, language: str,
                                    start: str, end: str) -> None:
    """As the application sets them up (Moroccan month names): «17 ماي 2023», as the release
    writes it, not «2023 ماي 17»."""
    from PySide6.QtCore import QLocale

    from balagh.gui.window import app as gui_app
    from balagh.platform.settings import Settings

    font, direction, locale = qapp.font(), qapp.layoutDirection(), QLocale()
    gui_app.configure_application(qapp, Settings(language=language))
    try:
        form = _form(qtbot, language)
        # The text in reading order: «17 ماي 2023» in a right-to-left field reads from the
        # right 17, ماي, 2023.
        assert (form.start_date.text(), form.end_date.text()) == (start, end)
        rtl = Qt.LayoutDirection.RightToLeft if language == "ar" else \
            Qt.LayoutDirection.LeftToRight
        assert form.start_date.layoutDirection() == rtl
        form.start_date.setDate(QDate(2026, 5, 13))
        assert form.start_date.text() == ("13 ماي 2026" if language == "ar" else "13/05/2026")
    finally:
        for translator in qapp.findChildren(gui_app.QTranslator):
            qapp.removeTranslator(translator)
        qapp.setFont(font)
        qapp.setLayoutDirection(direction)
        QLocale.setDefault(locale)


def test_the_first_problem_moves_nothing_in_the_form(window: Any, qtbot: Any) -> None:
    """When the problems list fills, the fields and the Save button stay where they were: a
    click aimed at a field lands in it."""
    from PySide6.QtCore import QPoint

    window.resize(1366, 768)
    window.open_edition(fez_number(window))
    form = window.form
    vehicles = form.figure_rows["vehicles"].value
    form.scroll_area.ensureWidgetVisible(vehicles)
    QApplication.processEvents()

    def places() -> list[QPoint]:
        return [w.mapTo(window, QPoint(0, 0)) for w in
                (form.city_ar, form.save_button, form.problems)] + [
            QPoint(form.scroll_area.width(), form.scroll_area.height())]

    def field_place() -> QPoint:
        return vehicles.mapTo(window, QPoint(0, 0))

    before, field = places(), field_place()
    assert form.problems.count() == 0
    clear_and_type(vehicles, "abc")
    qtbot.waitUntil(lambda: form.problems.count() > 0, timeout=5000)
    QApplication.processEvents()
    assert places() == before
    # The field itself gets a red frame (a pixel's difference at most).
    assert (field_place() - field).manhattanLength() <= 2
    clear_and_type(vehicles, "150")
    qtbot.waitUntil(lambda: form.problems.count() == 0, timeout=5000)
    QApplication.processEvents()
    assert places() == before


def test_a_name_wider_than_its_field_shows_its_beginning(window: Any) -> None:
    """«Parc des expositions Mohammed VI» in a narrow field reads from «Parc», not from the
    middle of the name (1366×768 at 150 %, French window)."""
    window.resize(911, 512)
    window.open_edition(fez_number(window))
    QApplication.processEvents()
    form = window.form
    form.venue_fr.setMaximumWidth(120)  # as narrow as at 911×512 logical pixels
    QApplication.processEvents()
    window.open_edition(max(e.number for e in window.panel.model.editions()))
    venue = form.venue_fr
    assert venue.text() == "Parc des expositions Mohammed VI"
    assert venue.fontMetrics().horizontalAdvance(venue.text()) > venue.width()
    assert venue.cursorPosition() == 0
    assert form.city_fr.cursorPosition() == len(form.city_fr.text())  # short: as Qt puts it
