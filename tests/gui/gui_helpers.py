"""Typing like a person: Arabic text as key events (QTest only handles ASCII)."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from balagh.gui import prompts


def type_text(widget: QWidget, text: str) -> None:
    """Send ``text`` to ``widget`` one character at a time, as a keyboard would."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)
    QApplication.processEvents()


def clear_and_type(widget: QWidget, text: str) -> None:
    """Select all (Ctrl+A), delete, then type ``text``."""
    widget.setFocus()
    widget.selectAll()  # type: ignore[attr-defined]
    press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, press)
    type_text(widget, text)


def shortcut(widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """Press a key combination on ``widget`` the way the window would receive it."""
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, key, modifiers)
    QApplication.processEvents()


def wait_for_draft(tab: Any, timeout_s: float = 30.0) -> None:
    """Let the draft being written in the thread pool («إنشاء المسودة») arrive."""
    import time

    deadline = time.monotonic() + timeout_s
    while tab.controller.drafting and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)
    assert not tab.controller.drafting, "the draft did not come"
    QApplication.processEvents()


def drafted(tab: Any) -> None:
    """«إنشاء المسودة» as the button does it (written in the thread pool), then wait."""
    tab.generate()
    wait_for_draft(tab)


def save_and_wait(qtbot: Any, window: Any) -> bool:
    """Ctrl+S: the window writes the edition in the thread pool; wait until the save has
    ended. True when the edition was stored (``controller.saved`` came)."""
    stored: list[object] = []

    def got(edition: object) -> None:
        stored.append(edition)

    window.controller.saved.connect(got)
    try:
        if window.save():
            qtbot.waitUntil(lambda: not window.controller.saving, timeout=20000)
    finally:
        window.controller.saved.disconnect(got)
    return bool(stored)


@dataclass
class PromptLog:
    """What the window asked and showed, and what the 'user' answers next."""

    unsaved_answer: prompts.Answer = prompts.Answer.DISCARD
    conflict_answer: prompts.Answer = prompts.Answer.CANCEL
    confirm_answer: bool = True
    asked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)


def fez_number(window: Any) -> int:
    """The number of the Fez 2023 demo edition."""
    return next(e.number for e in window.panel.model.editions() if e.year == 2023)


def fez_release_tab(window: Any, qtbot: Any) -> Any:
    """The release tab on the Fez 2023 edition, once it can draft."""
    window.open_edition(fez_number(window))
    window.tabs.setCurrentWidget(window.release_tab)
    tab = window.release_tab
    qtbot.waitUntil(lambda: tab.generate_button.isEnabled(), timeout=20000)
    return tab


def screenshot(widget: QWidget, path: Path) -> QImage:
    """Save a picture of ``widget`` to ``path`` (under the test's tmp_path) and check it.

    The picture has the widget's size and is not blank: a window that painted nothing, or a
    single flat colour, fails here instead of leaving an empty file behind.
    """
    picture = widget.grab()
    assert picture.save(str(path)), f"could not save {path}"
    image = picture.toImage()
    ratio = picture.devicePixelRatio()
    assert (round(image.width() / ratio), round(image.height() / ratio)) == (
        widget.width(), widget.height())
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert len(colours) > 20, f"{path.name} looks blank ({len(colours)} colours)"
    return image


def window_in_language(qapp: QApplication, qtbot: Any, services: Any, language: str) -> Any:
    """The main window shown in interface ``language`` (its translations installed; the
    autouse fixture in conftest.py removes them after the test)."""
    from balagh.gui.window import app as gui_app
    from balagh.gui.window.main_window import MainWindow
    from balagh.platform.settings import Settings

    language = gui_app.configure_application(qapp, Settings(language=language))
    services.settings = Settings(language=language)
    window = MainWindow(language)
    qtbot.addWidget(window)
    window.attach(services)
    return window


def shown_window(qtbot: Any, services: Any, language: str) -> Any:
    """The main window on ``services`` in interface ``language``, shown at 1366×768 with its
    background work (the later tabs, the list's reads) finished."""
    from balagh.gui.window.main_window import MainWindow
    from balagh.platform.settings import Settings

    services.settings = Settings(language=language)
    window = MainWindow(language)
    qtbot.addWidget(window)
    window.attach(services)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.jobs.wait(20000)
    QApplication.processEvents()
    return window


def run_window_process(code: str, store: Any, *args: str) -> str:
    """Run ``code`` (a script that starts Balagh's window, ``sys.argv[1]`` being the database
    URL) in a fresh Python process on ``store``'s database, offscreen; its standard output.

    ``store`` is closed first, so that the process opens the database alone; a failing
    process fails the test with its error output.
    """
    url = store.url
    store.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code, url, *args], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout
