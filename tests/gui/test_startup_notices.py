"""What opening did is told to the staff: an upgraded database (with its backup) and a
settings file that could not be read."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from balagh.gui.window.app import attach_store
from balagh.gui.window.main_window import MainWindow
from balagh.platform.settings import Settings
from balagh.store import open_store
from store_tools import build_at


def test_upgrading_an_older_database_is_announced_with_its_backup(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{(tmp_path / 'old.db').as_posix()}"
    build_at(url, "0001")
    window = MainWindow("ar")
    qtbot.addWidget(window)
    assert attach_store(window, url, Settings())
    texts = [box.text() for box in window.startup_notices if isinstance(box, QMessageBox)]
    assert len(texts) == 1
    assert "رقيت قاعدة البيانات من المراجعة 0001" in texts[0]
    assert ".bak" in texts[0]
    window.services.store.close()


def test_a_broken_settings_file_is_announced_and_left_alone(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "settings.json"
    broken.write_text("{not json", encoding="utf-8")
    settings = Settings.load(broken)
    assert settings.load_problem
    window = MainWindow("fr")
    qtbot.addWidget(window)
    url = f"sqlite:///{(tmp_path / 'x.db').as_posix()}"
    open_store(url).close()  # an existing database (a new one is announced: see below)
    assert attach_store(window, url, settings)
    texts = [box.text() for box in window.startup_notices if isinstance(box, QMessageBox)]
    assert texts == [settings.load_problem_fr or settings.load_problem]
    assert broken.read_text(encoding="utf-8") == "{not json"
    window.services.store.close()


def test_a_plain_start_says_nothing(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow("ar")
    qtbot.addWidget(window)
    url = f"sqlite:///{(tmp_path / 'y.db').as_posix()}"
    open_store(url).close()  # an existing, up-to-date database
    assert attach_store(window, url, Settings())
    assert window.startup_notices == []
    window.services.store.close()


def test_a_new_database_at_an_explicit_path_is_announced(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow("ar")
    qtbot.addWidget(window)
    assert attach_store(window, f"sqlite:///{(tmp_path / 'new.db').as_posix()}", Settings())
    texts = [box.text() for box in window.startup_notices if isinstance(box, QMessageBox)]
    assert len(texts) == 1 and texts[0].startswith("أنشئت قاعدة بيانات جديدة فارغة في")
    window.services.store.close()
