"""The editions list by keyboard: Tab and Shift+Tab leave it for the next and previous
field, the arrows move between its rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gui_helpers import screenshot
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def _press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> Any:
    """Press ``key`` where the keyboard focus is; the widget that has it afterwards."""
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, key, modifiers)
    QApplication.processEvents()
    return QApplication.focusWidget()


def test_tab_leaves_the_editions_list_and_the_arrows_move_its_rows(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    table = window.panel.table
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(table.hasFocus)

    assert _press(Qt.Key.Key_Tab) is window.panel.new_button
    assert _press(Qt.Key.Key_Backtab) is table
    assert _press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier) is window.panel.search
    assert _press(Qt.Key.Key_Tab) is table

    # Thirty presses go round the window's fields and come back, never stuck in the list.
    visited = [_press(Qt.Key.Key_Tab) for _ in range(30)]
    assert sum(widget is table for widget in visited) <= 2
    assert len({id(widget) for widget in visited}) > 10

    table.setFocus(Qt.FocusReason.TabFocusReason)
    first = window.panel.current_number()
    _press(Qt.Key.Key_Down)
    assert table.hasFocus()
    qtbot.waitUntil(lambda: window.controller.original_number != first)
    assert window.controller.original_number == window.panel.current_number() != first

    for width in (1366, 1024):
        window.resize(width, 768)
        table.setFocus(Qt.FocusReason.TabFocusReason)
        _press(Qt.Key.Key_Tab)
        screenshot(window, tmp_path / f"tab-out-of-the-list-{width}.png")
