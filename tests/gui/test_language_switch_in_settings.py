"""Choosing another interface language in the settings: the running window looks as one
started in that language — the editions list's cities and totals, the interface font —
and back again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_helpers import screenshot, shown_window
from PySide6.QtWidgets import QApplication, QComboBox, QDialog

from balagh.gui.edition.list_model import Column
from balagh.gui.window import app as gui_app
from balagh.gui.window.main_window import MainWindow
from balagh.platform.settings import Settings


def _started_as_balagh_starts(qapp: QApplication, qtbot: Any, services: Any,
                              language: str) -> MainWindow:
    """The window as ``balagh`` opens it: the application configured for ``language`` and
    the first rows and their texts worked out while the store opened."""
    language = gui_app.configure_application(qapp, Settings(language=language))
    services.settings = Settings(language=language)
    services.first_editions = gui_app.read_first_editions(
        services.editions, services.releases, services.settings)
    window: MainWindow = shown_window(qtbot, services, language)
    return window


def _choose_in_settings(monkeypatch: pytest.MonkeyPatch, window: MainWindow,
                        language: str) -> None:
    """File → Settings…, the interface language set to ``language``, OK."""
    from balagh.gui.dialogs.settings import SettingsDialog

    def answer(dialog: SettingsDialog) -> int:
        combo = dialog.findChild(QComboBox, "language")
        combo.setCurrentIndex(combo.findData(language))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(SettingsDialog, "exec", answer)
    settings = next(a for a in window.findChildren(type(window.save_action))
                    if a.objectName() == "action_settings")
    settings.trigger()


def _shown(window: MainWindow) -> dict[str, list[str]]:
    model = window.panel.model
    return {"city": model.texts(Column.CITY), "visitors": model.texts(Column.VISITORS),
            "table": [window.panel.proxy.index(r, Column.CITY).data()
                      for r in range(window.panel.proxy.rowCount())]}


def _font_family(window: MainWindow) -> str:
    return window.panel.table.font().family()


@pytest.fixture
def started_in_french(qapp: QApplication, qtbot: Any, services: Any) -> tuple[dict, str]:
    window = _started_as_balagh_starts(qapp, qtbot, services, "fr")
    shown, family = _shown(window), _font_family(window)
    window.close()
    return shown, family


def test_switching_to_french_shows_the_list_as_a_french_start(
    qapp: QApplication, qtbot: Any, services: Any, prompt_log: Any,
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, started_in_french: tuple[dict, str],
) -> None:
    french_start, french_family = started_in_french
    assert "El Jadida" in french_start["city"]
    assert "2\u202f400\u202f000" in french_start["visitors"]

    window = _started_as_balagh_starts(qapp, qtbot, services, "ar")
    arabic_start, arabic_family = _shown(window), _font_family(window)
    assert "الجديدة" in arabic_start["city"]
    assert arabic_family != french_family  # Amiri for Arabic

    _choose_in_settings(monkeypatch, window, "fr")
    qtbot.waitUntil(lambda: window.language == "fr", timeout=20000)
    window.jobs.wait(20000)
    QApplication.processEvents()
    assert _shown(window) == french_start
    assert not any("ألف" in text or "مليون" in text for text in _shown(window)["visitors"])
    assert _font_family(window) == french_family
    assert window.form.font().family() == french_family
    # No message of the former language left over the status bar's labels.
    assert not any("\u0600" <= c <= "\u06ff" for c in window.statusBar().currentMessage())
    for width in (1366, 1024):
        window.resize(width, 768)
        QApplication.processEvents()
        screenshot(window, tmp_path / f"switched-to-french-{width}.png")

    _choose_in_settings(monkeypatch, window, "ar")
    qtbot.waitUntil(lambda: window.language == "ar", timeout=20000)
    window.jobs.wait(20000)
    QApplication.processEvents()
    assert _shown(window) == arabic_start
    assert _font_family(window) == arabic_family
    for width in (1366, 1024):
        window.resize(width, 768)
        QApplication.processEvents()
        screenshot(window, tmp_path / f"switched-back-to-arabic-{width}.png")
