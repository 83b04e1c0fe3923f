"""The settings try a new database address before keeping it: in the background (the dialog
answers meanwhile and says it is trying), and a database that cannot be reached is explained
in Arabic or French with the choice to correct the address or keep it anyway."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_helpers import type_text
from PySide6.QtWidgets import QApplication, QDialog

from balagh.gui.dialogs import database_trial
from balagh.gui.dialogs.settings import SettingsDialog
from balagh.platform.settings import Settings

UNREACHABLE = "postgresql://nobody@127.0.0.1:1/none"


def _dialog(qtbot: Any, url: str) -> SettingsDialog:
    dialog = SettingsDialog(Settings(), [])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.database.clear()
    type_text(dialog.database, url)
    return dialog


def _answering(monkeypatch: pytest.MonkeyPatch, keep: bool) -> list[str]:
    asked: list[str] = []

    def ask(_parent: Any, reason: str) -> bool:
        asked.append(reason)
        return keep

    monkeypatch.setattr(database_trial, "ask_keep_unreachable", ask)
    return asked


def test_an_unreachable_database_is_explained_and_can_be_corrected(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    from balagh.app import database_probe

    asked = _answering(monkeypatch, keep=False)
    server_answers = threading.Event()
    real = database_probe.database_problem

    def slow_server(url: str) -> Any:
        assert server_answers.wait(20)
        return real(url)

    monkeypatch.setattr(database_probe, "database_problem", slow_server)
    dialog = _dialog(qtbot, UNREACHABLE)
    dialog.ok_button.click()
    # tried in the background: the dialog says so, OK waits, and the dialog still answers
    assert not dialog.ok_button.isEnabled()
    assert dialog.trying.isVisible() and "قاعدة البيانات" in dialog.trying.text()
    type_text(dialog.place, " ")
    assert dialog.place.text().endswith(" ") and asked == []
    server_answers.set()
    qtbot.waitUntil(lambda: bool(asked), timeout=20000)
    assert "127.0.0.1" in asked[0] and "لا يقبل الاتصال" in asked[0]
    assert "Connection refused" not in asked[0] and "connection failed" not in asked[0]
    QApplication.processEvents()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ok_button.isEnabled() and not dialog.trying.isVisible()
    assert dialog.database.hasSelectedText()  # back in the field, to correct it


def test_an_unreachable_database_can_be_kept_anyway(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = _answering(monkeypatch, keep=True)
    dialog = _dialog(qtbot, UNREACHABLE)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20000)
    assert len(asked) == 1
    assert dialog.result_settings().database_url == UNREACHABLE


def test_a_reachable_database_is_kept_without_a_question(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = _answering(monkeypatch, keep=False)
    url = f"sqlite:///{(tmp_path / 'new.db').as_posix()}"  # a new file: created at the start
    dialog = _dialog(qtbot, url)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20000)
    assert asked == [] and not (tmp_path / "new.db").exists()


def test_a_file_that_is_no_database_is_explained_in_french(
    qapp: QApplication, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from balagh.gui.window import app as gui_app

    gui_app.configure_application(qapp, Settings(language="fr"))
    asked = _answering(monkeypatch, keep=False)
    notes = tmp_path / "notes.db"
    notes.write_text("pas une base\n" * 100, encoding="utf-8")
    dialog = _dialog(qtbot, f"sqlite:///{notes.as_posix()}")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(asked), timeout=20000)
    assert "n'est pas une base de données" in asked[0]
    assert not any("\u0600" <= ch <= "\u06ff" for ch in asked[0])


def test_the_error_page_says_what_failed_once(qtbot: Any, tmp_path: Path) -> None:
    """Kept anyway, the unreachable database meets the start-up error page: its heading
    «تعذر فتح قاعدة البيانات» is not repeated by the message under it, which names the
    address and the reason in Arabic (no driver English)."""
    from gui_helpers import screenshot
    from PySide6.QtCore import Qt

    from balagh.gui.window import app as gui_app
    from balagh.gui.window.main_window import MainWindow

    window = MainWindow("ar")
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    assert not gui_app.attach_store(window, UNREACHABLE, Settings())
    page = window.error_page
    heading, text = page.title.text(), window._placeholder.text()
    assert heading == "تعذر فتح قاعدة البيانات" and heading not in text
    assert "127.0.0.1" in text and "لا يقبل الاتصال" in text
    assert "Connection refused" not in text and "connection failed" not in text
    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # as the Arabic interface
    window.resize(900, 600)
    QApplication.processEvents()
    screenshot(window, tmp_path / "error-page.png")
