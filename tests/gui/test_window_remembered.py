"""The window's first placement on the screen, and what it remembers for the next start."""

from __future__ import annotations

import json
from typing import Any

from gui_helpers import screenshot
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from balagh.gui.window.state import WindowState, first_placement, screen_setup_key


def test_a_small_screen_opens_maximised_a_large_one_at_a_comfortable_size() -> None:
    for width, height in ((1024, 728), (1366, 728), (911, 480), (1280, 984)):
        placement = first_placement(QRect(0, 0, width, height))
        assert placement.maximised and placement.geometry == QRect(0, 0, width, height)
    large = first_placement(QRect(0, 0, 1920, 1040))
    assert not large.maximised
    assert (large.geometry.width(), large.geometry.height()) == (1280, 820)
    assert large.geometry.center() == QRect(0, 0, 1920, 1040).center()


def test_the_screen_setup_is_named_by_size_and_scale(qapp: Any) -> None:
    key = screen_setup_key()
    screen = QApplication.primaryScreen()
    assert key.startswith(f"{screen.geometry().width()}x{screen.geometry().height()}@")


def test_size_splitters_and_tab_come_back_on_the_same_screens(
    window: Any, services: Any, qtbot: Any, tmp_path: Any
) -> None:
    from balagh.gui.window.main_window import MainWindow

    path = tmp_path / "window.json"
    window.window_state = WindowState(path, "1366x768@1")
    window.resize(760, 560)
    window.splitter.setSizes([300, 460])
    window.release_tab.splitter.setSizes([300, 150])
    window.tabs.setCurrentWidget(window.release_tab)
    QApplication.processEvents()
    wanted = window.splitter.sizes(), window.release_tab.splitter.sizes()
    window.close()
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert set(saved) == {"1366x768@1"} and saved["1366x768@1"]["tab"] == 1

    again = MainWindow("ar")
    qtbot.addWidget(again)
    again.window_state = WindowState(path, "1366x768@1")
    again.show_on_screen()
    again.attach(services)
    QApplication.processEvents()
    assert (again.width(), again.height()) == (760, 560)
    assert again.tabs.currentWidget() is again.release_tab
    assert (again.splitter.sizes(), again.release_tab.splitter.sizes()) == wanted

    other = MainWindow("ar")
    qtbot.addWidget(other)
    other.window_state = WindowState(path, "1920x1080@1.5")  # another screen setup
    other.show_on_screen()
    other.attach(services)
    assert other.tabs.currentIndex() == 0
    again.controller.discard()
    other.controller.discard()


_KEY = "1366x768@1"
_RELEASE_SPLITS = ("release", "release_text", "release_versions")


def _started(qtbot: Any, services: Any, path: Any) -> Any:
    """A window at 1366×768 remembering in ``path``, open on the edition tab; its release
    tab built (as the background steps build it) but not shown."""
    from balagh.gui.window.main_window import MainWindow

    window = MainWindow("ar")
    qtbot.addWidget(window)
    window.window_state = WindowState(path, _KEY)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.attach(services)
    window.tabs.setCurrentWidget(window.form)
    QApplication.processEvents()
    return window


def _release_sizes(window: Any) -> dict[str, list[int]]:
    window.tabs.setCurrentWidget(window.release_tab)
    QApplication.processEvents()
    return {name: s.sizes() for name, s in window.release_tab.splitters().items()}


def test_a_release_tab_never_opened_keeps_its_splitters_for_the_next_start(
    services: Any, qtbot: Any, tmp_path: Any
) -> None:
    fresh = _release_sizes(_started(qtbot, services, tmp_path / "fresh.json"))
    assert all(sum(sizes) > 150 for sizes in fresh.values())

    path = tmp_path / "window.json"
    never_opened = _started(qtbot, services, path)
    assert never_opened.release_page.built
    never_opened.close()
    saved = json.loads(path.read_text(encoding="utf-8"))[_KEY]["splitters"]
    assert set(saved) == {"main"}  # nothing of a tab never laid out

    path.write_text(json.dumps({_KEY: {"splitters": {
        **saved, "release": [600, 370], "release_text": [300, 90],
        "release_versions": [200, 150]}}}), encoding="utf-8")
    remembered = json.loads(path.read_text(encoding="utf-8"))[_KEY]["splitters"]
    _started(qtbot, services, path).close()
    kept = json.loads(path.read_text(encoding="utf-8"))[_KEY]["splitters"]
    assert {n: kept[n] for n in _RELEASE_SPLITS} == {n: remembered[n] for n in _RELEASE_SPLITS}

    # The squeezed sizes an earlier version saved are not restored: a fresh start's layout.
    path.write_text(json.dumps({_KEY: {"splitters": {
        "release": [48, 48], "release_text": [13, 13], "release_versions": [48, 48]}}}),
        encoding="utf-8")
    window = _started(qtbot, services, path)
    assert _release_sizes(window) == fresh
    for width in (1366, 1024):
        window.resize(width, 768)
        QApplication.processEvents()
        screenshot(window, tmp_path / f"release-after-restart-{width}.png")


def test_an_unreadable_state_file_is_ignored(tmp_path: Any) -> None:
    path = tmp_path / "window.json"
    path.write_text("{not json", encoding="utf-8")
    assert WindowState(path, "x").entry() == {}


def test_tab_leaves_the_paragraph_editor(window: Any, qtbot: Any) -> None:
    editor = window.release_tab.editor
    window.show_tab(window.release_tab)
    editor.setEnabled(True)
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert not editor.hasFocus()
    assert "\t" not in editor.toPlainText()


def test_tab_buttons_name_their_key_and_follow_their_state(window: Any) -> None:
    from PySide6.QtGui import QAction

    tab = window.release_tab
    check = window.findChild(QAction, "action_check")
    assert check.shortcut().toString() == "F7"
    assert "F7" in tab.check_button.toolTip() and "F7" in check.toolTip()
    assert check in window.release_menu.actions()
    tab.check_button.setEnabled(False)
    assert not check.isEnabled()
    tab.check_button.setEnabled(True)
    assert check.isEnabled()


def test_focused_editing_gives_the_window_to_the_paragraphs(window: Any) -> None:
    tab = window.release_tab
    window.show_tab(tab)
    QApplication.processEvents()
    before = tab.editor.height()
    window.toggle_focus_mode()
    QApplication.processEvents()
    assert not window.panel.isVisible() and not tab.preview.isVisible()
    assert tab.editor.height() > before
    window.toggle_focus_mode()
    assert window.panel.isVisible() and tab.preview.isVisible()
