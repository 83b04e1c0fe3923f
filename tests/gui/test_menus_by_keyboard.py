"""Menus by keyboard: F10 opens the first menu, Alt+letter a menu by its mnemonic, and every
menu entry with a key names it in its tooltip (the menu draws it beside the entry)."""

from __future__ import annotations

from typing import Any

from gui_helpers import window_in_language
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


def test_alt_and_a_menus_letter_open_that_menu(qapp: QApplication, qtbot: Any, services: Any,
                                               prompt_log: Any) -> None:
    """In the French window (Latin mnemonics a keyboard test can type), Alt+F opens
    «Fichier» and Alt+A «Aide», wherever the keyboard focus is."""
    window = window_in_language(qapp, qtbot, services, "fr")
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    try:
        bar = window.menuBar()
        titles = {a.text().replace("&", ""): a for a in bar.actions() if a.menu()}
        for key, title in ((Qt.Key.Key_F, "Fichier"), (Qt.Key.Key_E, "Aide")):
            window.panel.table.setFocus()
            QTest.keyClick(window.panel.table, key, Qt.KeyboardModifier.AltModifier)
            menu = titles[title].menu()
            qtbot.waitUntil(menu.isVisible, timeout=2000)
            QTest.keyClick(menu, Qt.Key.Key_Escape)
            QTest.keyClick(QApplication.focusWidget() or bar, Qt.Key.Key_Escape)
            qtbot.waitUntil(lambda shown=menu: not shown.isVisible(), timeout=2000)
    finally:
        window.jobs.wait(10000)
        window.close()
