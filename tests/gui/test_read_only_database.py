"""The window on a read-only database: it opens, says so, shows the editions, refuses a save."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

from gui_helpers import PromptLog, clear_and_type, fez_number
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from balagh.gui.window.app import attach_store
from balagh.gui.window.main_window import MainWindow
from balagh.platform.settings import Settings
from balagh.store import open_store
from balagh.store.demo import install_demo


def test_a_read_only_database_opens_says_so_and_refuses_a_save(
    qtbot: Any, tmp_path: Path, prompt_log: PromptLog
) -> None:
    path = tmp_path / "office" / "balagh.db"
    path.parent.mkdir()
    url = f"sqlite:///{path.as_posix()}"
    with open_store(url) as store:
        demo = install_demo(store.editions)
    path.chmod(stat.S_IREAD)
    before = sorted(node.name for node in path.parent.iterdir())
    content = path.read_bytes()

    window = MainWindow("ar")
    qtbot.addWidget(window)
    assert attach_store(window, url, Settings())
    try:
        texts = [box.text() for box in window.startup_notices if isinstance(box, QMessageBox)]
        assert any("مفتوحة للقراءة فقط" in text for text in texts)
        qtbot.waitUntil(lambda: window.panel.model.rowCount() == len(demo.added), timeout=20000)
        assert window.open_edition(fez_number(window))
        form = window.form
        clear_and_type(form.city_ar, "فاس الجديدة")
        form.save_button.click()
        qtbot.waitUntil(lambda: bool(prompt_log.errors), timeout=20000)
        assert prompt_log.errors[-1].startswith("قاعدة البيانات مفتوحة للقراءة فقط")
        assert "readonly" not in prompt_log.errors[-1]
    finally:
        window.services.store.close()
        window.close()
    assert sorted(node.name for node in path.parent.iterdir()) == before
    assert path.read_bytes() == content
    _ = Qt  # the window runs right to left like the staff's
