"""Menus by keyboard: F10 opens the first menu, Alt+letter a menu by its mnemonic, and every
menu entry with a key names it in its tooltip (the menu draws it beside the entry)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def test_f10_opens_the_first_menu_and_the_arrows_go_on(window: Any, qtbot: Any) -> None:
    bar = window.menuBar()
    QTest.keyClick(window.panel.table, Qt.Key.Key_F10)
    first = next(a for a in bar.actions() if a.isVisible() and a.menu())
    qtbot.waitUntil(lambda: bar.activeAction() is first, timeout=2000)
    QTest.keyClick(QApplication.focusWidget() or bar, Qt.Key.Key_Escape)


def test_every_menu_title_has_a_mnemonic_and_entries_show_their_keys(
        record_window: Any) -> None:
    """Every entry of every menu (the record's history, trash and backups too) has a key,
    and names it in its tooltip."""
    window = record_window
    bar = window.menuBar()
    titles = [a.text() for a in bar.actions() if a.menu()]
    assert titles and all("&" in t for t in titles), titles
    letters = [t[t.index("&") + 1].casefold() for t in titles]
    assert len(set(letters)) == len(letters), titles  # Alt+letter opens one menu each
    with_keys = 0
    for title in bar.actions():
        for action in title.menu().actions() if title.menu() else []:
            if action.isSeparator():
                continue
            assert not action.shortcut().isEmpty(), f"{action.text()} has no key"
            with_keys += 1
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            # The menu draws the key beside the entry; the tooltip names it too.
            assert key in action.toolTip(), (action.text(), action.toolTip())
    assert with_keys >= 40
