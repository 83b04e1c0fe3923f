"""Fixtures for the GUI tests: the real main window on a temporary store.

Modal message boxes would block an offscreen test, so the ``prompts`` functions are replaced
by recorders: each test says what the user answers and reads what was shown.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import PromptLog
from PySide6.QtWidgets import QApplication

from balagh.gui import prompts
from balagh.messages import set_language
from balagh.platform.settings import Settings


@pytest.fixture(autouse=True)
def interface_language_back_to_arabic() -> Iterator[None]:
    """A test that switched the interface language (a French window, settings saved with
    another language) leaves the application as it found it: its translators, font,
    direction, locale and the catalogue language (Arabic, the source language)."""
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    app = QCoreApplication.instance()
    before = set(app.findChildren(QTranslator)) if app is not None else set()
    direction = app.layoutDirection() if isinstance(app, QApplication) else None
    font = app.font() if isinstance(app, QApplication) else None
    locale = QLocale()
    yield
    set_language("ar")
    if app is not None:
        for translator in set(app.findChildren(QTranslator)) - before:
            app.removeTranslator(translator)
        if direction is not None and isinstance(app, QApplication):
            app.setLayoutDirection(direction)
        if font is not None and isinstance(app, QApplication):
            app.setFont(font)
        QLocale.setDefault(locale)


@pytest.fixture
def prompt_log(monkeypatch: pytest.MonkeyPatch) -> PromptLog:
    """Replace the message boxes with recorders."""
    log = PromptLog()

    def ask_unsaved(_parent: Any, what: str) -> prompts.Answer:
        log.asked.append(f"unsaved: {what}")
        return log.unsaved_answer

    def ask_conflict(_parent: Any, detail: str) -> prompts.Answer:
        log.asked.append(f"conflict: {detail}")
        return log.conflict_answer

    def confirm(_parent: Any, title: str, text: str) -> bool:
        log.asked.append(f"confirm: {title}: {text}")
        return log.confirm_answer

    monkeypatch.setattr(prompts, "ask_unsaved", ask_unsaved)
    monkeypatch.setattr(prompts, "ask_conflict", ask_conflict)
    monkeypatch.setattr(prompts, "confirm", confirm)
    monkeypatch.setattr(prompts, "show_error", lambda _p, _t, text: log.errors.append(text))
    monkeypatch.setattr(prompts, "show_info", lambda _p, _t, text: log.infos.append(text))
    return log


@pytest.fixture
def services(demo_store: Any) -> Any:
    """Services over the demo store (real repositories, real documents layer)."""
    from balagh.gui.services import Services

    return Services(
        editions=demo_store.editions,
        releases=demo_store.releases,
        settings=Settings(),
        phrases=demo_store.phrases,
        db_url=demo_store.url,
    )


@pytest.fixture
def fake_documents(request: pytest.FixtureRequest, services: Any) -> Any:
    """The window's documents layer replaced by a small PDF maker (FakeDocuments).

    Its renders take no time unless the test module sets ``FAKE_DOCUMENTS_DELAY`` (seconds).
    """
    from gui_fakes_documents import FakeDocuments

    documents = FakeDocuments(delay=getattr(request.module, "FAKE_DOCUMENTS_DELAY", 0.0))
    services.documents = documents
    return documents


@pytest.fixture
def window(qtbot: Any, services: Any, prompt_log: PromptLog) -> Iterator[Any]:
    """The main window attached to the demo store, shown (offscreen)."""
    from balagh.gui.window.main_window import MainWindow

    win = MainWindow("ar")
    qtbot.addWidget(win)
    win.attach(services)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    yield win
    # Background work (a render, every edition read) ends before the store closes: a loaded
    # machine may take far longer than 10 s, and a job still running would meet a closed
    # store and report its failure into whichever test runs next.
    win.jobs.wait(60000)


@pytest.fixture
def record_window(qtbot: Any, demo_store: Any, prompt_log: PromptLog,
                  tmp_path: Path) -> Iterator[Any]:
    """The main window on the demo store, with its history and a backup folder of its own."""
    from balagh.gui.services import Services
    from balagh.gui.window.main_window import MainWindow

    services = Services(editions=demo_store.editions, releases=demo_store.releases,
                        phrases=demo_store.phrases,
                        settings=Settings(backup_folder=str(tmp_path / "backups")),
                        db_url=demo_store.url, history=demo_store.history)
    services.store = demo_store
    window = MainWindow("ar")
    qtbot.addWidget(window)
    window.attach(services)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.jobs.wait(60000)  # today's automatic backup
    yield window
    window.jobs.wait(60000)
