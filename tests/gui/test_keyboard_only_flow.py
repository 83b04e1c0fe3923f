"""A whole edition's work with the keyboard alone: new edition, figures, save, draft,
check, issue, export, and not one mouse event.

Keys go to whatever has the focus (``QApplication.focusWidget()``), as on a real keyboard;
the focus moves only with Tab, Shift+Tab and the shortcuts. Arabic is typed one key event
per character (QTest only handles ASCII).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_helpers import PromptLog, wait_for_draft
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from balagh.core.model import ReleaseStatus
from balagh.gui import file_dialogs

CTRL = Qt.KeyboardModifier.ControlModifier
MOUSE_EVENTS = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                QEvent.Type.MouseButtonDblClick}


class MouseWatch(QObject):
    """Counts every mouse button event the application sees."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in MOUSE_EVENTS:
            self.seen.append(f"{event.type()} on {watched}")
        return False


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focus(), key, modifiers)
    QApplication.processEvents()


def type_keys(text: str) -> None:
    """One key press and release per character, to the focused widget."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(focus(), QKeyEvent(kind, Qt.Key.Key_unknown,
                                                      Qt.KeyboardModifier.NoModifier, char))
    QApplication.processEvents()


def tab_to(name: str, limit: int = 80, back: bool = False) -> None:
    """Press Tab (Shift+Tab with ``back``) until the widget ``name`` has the focus."""
    modifiers = Qt.KeyboardModifier.ShiftModifier if back else Qt.KeyboardModifier.NoModifier
    for _ in range(limit):
        if focus().objectName() == name:
            return
        press(Qt.Key.Key_Tab, modifiers)
    pytest.fail(f"Tab never reached {name} (stopped on {focus().objectName()!r})")


@pytest.fixture
def mouse_watch(qapp: QApplication) -> Any:
    watch = MouseWatch()
    qapp.installEventFilter(watch)
    yield watch
    qapp.removeEventFilter(watch)


def test_new_edition_to_exported_release_without_the_mouse(
    window: Any, qtbot: Any, services: Any, prompt_log: PromptLog, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, mouse_watch: MouseWatch,
) -> None:
    target = tmp_path / "laayoune.pdf"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *_a: str(target))
    window.panel.table.setFocus()  # where the window starts: the editions list
    before = {e.number for e in services.editions.list_editions()}

    press(Qt.Key.Key_N, CTRL)  # File → New edition
    assert focus() is window.form.city_ar
    type_keys("العيون")
    press(Qt.Key.Key_Tab)
    assert focus() is window.form.city_fr
    type_keys("Laayoune")
    tab_to("number", 12, back=True)  # back over the dates (Tab steps through day, month, year)
    press(Qt.Key.Key_A, CTRL)
    type_keys("١٢")  # Arabic-Indic digits, normalised as typed
    tab_to("figure_visitors_total")
    type_keys("١٬٢٥٠٬٠٠٠")
    assert focus().text() == "1250000"
    tab_to("figure_police_staff")
    type_keys("2600")

    press(Qt.Key.Key_S, CTRL)  # save (written in the background)
    qtbot.waitUntil(lambda: not window.controller.saving, timeout=20000)
    assert prompt_log.errors == []
    assert window.controller.original_number == 12
    assert {e.number for e in services.editions.list_editions()} == before | {12}

    press(Qt.Key.Key_2, CTRL)  # the release tab, focus inside it
    assert window.tabs.currentWidget() is window.release_tab
    assert window.release_tab.isAncestorOf(focus())
    tab = window.release_tab
    qtbot.waitUntil(lambda: tab.generate_button.isEnabled(), timeout=30000)
    press(Qt.Key.Key_G, CTRL)  # generate the draft (written in the background)
    wait_for_draft(tab)
    assert tab.controller.release is not None
    assert "العيون" in tab.editor.toPlainText()
    # Into the editor and out again with Tab: the text gets no tab character.
    tab_to("paragraphs")
    press(Qt.Key.Key_Tab)
    assert focus() is not tab.editor and "\t" not in tab.editor.toPlainText()

    press(Qt.Key.Key_F7)  # check
    qtbot.waitUntil(lambda: tab.checks.count() >= 1, timeout=10000)
    press(Qt.Key.Key_I, CTRL)  # issue (the confirmation answers yes)
    release = tab.controller.release
    assert release.status is ReleaseStatus.ISSUED and release.reference
    assert any(release.reference in info for info in prompt_log.infos)

    press(Qt.Key.Key_E, CTRL)  # export the PDF
    qtbot.waitUntil(target.exists, timeout=20000)
    assert target.read_bytes().startswith(b"%PDF")
    assert mouse_watch.seen == []
