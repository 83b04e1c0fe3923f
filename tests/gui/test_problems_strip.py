"""The strip under the edition form: its problems and warnings, where a click on one goes, and
the room it takes on a 1024×768 screen."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from gui_helpers import PromptLog, clear_and_type, screenshot
from PySide6.QtCore import QDate, QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def _visible_items(problems: Any) -> list[str]:
    """The items of the list wholly inside its viewport (what the staff can read)."""
    viewport = problems.viewport().rect()
    return [problems.item(row).text() for row in range(problems.count())
            if viewport.contains(problems.visualItemRect(problems.item(row)))]


def test_two_problems_read_whole_in_a_strip_of_two_lines(
        window: Any, qtbot: Any, tmp_path: Path) -> None:
    window.resize(1024, 768)
    window.open_edition(max(e.number for e in window.panel.model.editions()))
    form = window.form
    QApplication.processEvents()
    line = form.problems.fontMetrics().lineSpacing()
    # The empty strip costs its two lines and one line shared with the Save button.
    assert form.problems.height() <= 2 * line + 12
    title = QRect(form.problems_title.mapTo(form, QPoint(0, 0)), form.problems_title.size())
    save = QRect(form.save_button.mapTo(form, QPoint(0, 0)), form.save_button.size())
    assert title.center().y() == save.center().y() or abs(title.center().y()
                                                          - save.center().y()) <= 2
    below = form.height() - form.scroll_area.geometry().bottom()
    assert below <= form.problems.height() + save.height() + 24, below
    clear_and_type(form.figure_rows["vehicles"].value, "abc")
    clear_and_type(form.figure_rows["police_staff"].value, "xyz")
    qtbot.waitUntil(lambda: form.problems.count() == 2, timeout=5000)
    QApplication.processEvents()
    assert len(_visible_items(form.problems)) == 2, [
        form.problems.item(r).text() for r in range(form.problems.count())]
    assert form.problems_title.text() == "مشكلتان يجب تصحيحهما قبل الحفظ"
    screenshot(window, tmp_path / "problems-1024.png")
    window.controller.discard()


def test_overlapping_dates_are_a_warning_in_the_window(
        window: Any, qtbot: Any, prompt_log: PromptLog, tmp_path: Path) -> None:
    """A next edition whose dates run into El Jadida 2025 (17–21 May) is saved if the staff
    want, but the window says which edition it overlaps; a click goes to the start date."""
    prompt_log.confirm_answer = False
    QTest.keyClick(window.panel.table, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    form = window.form
    clear_and_type(form.city_ar, "العيون")
    clear_and_type(form.city_fr, "Laâyoune")
    form.start_date.setDate(QDate(2025, 5, 20))
    assert form.draft().end_date == dt.date(2025, 5, 24)  # the end follows the start
    expected = ("ℹ تنبيه: تاريخ البداية: تتداخل تواريخ هذه الدورة مع الدورة 6 "
                "(الجديدة، 17/05/2025 – 21/05/2025)")
    qtbot.waitUntil(lambda: expected in _visible_items(form.problems), timeout=5000)
    assert form.problems_title.text() == "لا شيء يمنع الحفظ، لكن تحقق من نقطة واحدة"
    assert form.save_button.isEnabled()
    screenshot(window, tmp_path / "overlap.png")
    item = form.problems.item(0)
    QTest.mouseClick(form.problems.viewport(), Qt.MouseButton.LeftButton,
                     pos=form.problems.visualItemRect(item).center())
    assert QApplication.focusWidget() is form.start_date or form.start_date.isAncestorOf(
        QApplication.focusWidget())
    form.start_date.setDate(QDate(2026, 5, 17))
    qtbot.waitUntil(lambda: form.problems.count() == 0, timeout=5000)
    assert form.problems_title.text() == "لا توجد مشاكل."
    window.controller.discard()


def test_a_figure_over_the_limit_says_the_limit_in_the_window(window: Any, qtbot: Any) -> None:
    """«999999999999999 مليار…» is never shown: the preview and the problems list state the
    largest figure the form takes, and saving waits."""
    from balagh.core.validation import MAX_FIGURE

    window.open_edition(max(e.number for e in window.panel.model.editions()))
    form = window.form
    row = form.figure_rows["visitors_total"]
    clear_and_type(row.value, "٩" * 20)
    assert row.value.text() == "9" * 20  # Arabic-Indic digits normalised as typed
    qtbot.waitUntil(lambda: form.problems.count() >= 1, timeout=5000)
    first = form.problems.item(0).text()
    assert "الحد الأقصى 19 رقما" in first and "العدد الإجمالي للزوار" in first, first
    clear_and_type(row.value, "9" * 19)  # 19 digits, above the largest figure stored
    qtbot.waitUntil(lambda: "19 رقما" not in form.problems.item(0).text(), timeout=5000)
    first = form.problems.item(0).text()
    assert f"الحد الأقصى {MAX_FIGURE}" in first, first
    assert "الحد" in row.preview.text() and "9" * 9 not in row.preview.text()
    assert not form.save_button.isEnabled()
    window.controller.discard()
