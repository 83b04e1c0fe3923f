"""Start-up on a database that cannot be opened, or that did not exist: never a dead end."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_helpers import screenshot
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from balagh.gui.window import app as gui_app
from balagh.gui.window.startup_error import isolate_paths
from balagh.platform.settings import Settings

LRI, PDI = "\u2066", "\u2069"


def test_paths_in_a_message_read_left_to_right() -> None:
    text = isolate_paths("مجلد قاعدة البيانات غير موجود: /tmp/nope/dir")
    assert text == f"مجلد قاعدة البيانات غير موجود: {LRI}/tmp/nope/dir{PDI}"  # text, not a path
    windows = isolate_paths(r"تعذر فتح C:\Users\Ali\My Documents\x.db.")
    assert windows == f"تعذر فتح {LRI}C:\\Users\\Ali\\My Documents\\x.db{PDI}."
    assert isolate_paths("لا مسار هنا") == "لا مسار هنا"


def _failed_window(qtbot: Any, tmp_path: Path) -> tuple[Any, Path]:
    from balagh.gui.window.main_window import MainWindow

    window = MainWindow("ar")
    qtbot.addWidget(window)
    window.show()
    folder = tmp_path / "nope" / "dir"
    url = f"sqlite:///{(folder / 'x.db').as_posix()}"
    assert not gui_app.attach_store(window, url, Settings())
    return window, folder


def test_the_error_page_isolates_the_path_and_offers_a_way_out(
    qtbot: Any, tmp_path: Path
) -> None:
    window, folder = _failed_window(qtbot, tmp_path)
    page = window.error_page
    assert page is not None and window.centralWidget() is page
    text = window._placeholder.text()
    assert "مجلد قاعدة البيانات غير موجود" in text
    assert f"{LRI}{folder}{PDI}" in text
    assert page.choose_button.text() == "اختيار قاعدة بيانات أخرى…"
    assert page.quit_button.text() == "إنهاء"
    file_menu = window.menuBar().actions()[0]
    assert file_menu.text() == "ملف" and file_menu.isEnabled()
    names = {a.objectName() for a in file_menu.menu().actions()}
    assert {"action_choose_database", "action_settings", "action_quit"} <= names
    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # as the Arabic interface
    window.resize(900, 600)
    QApplication.processEvents()
    image = screenshot(window, tmp_path / "startup_error.png")
    assert page.isVisible() and page.choose_button.isVisible()
    assert image.width() >= 900
    page.quit_button.click()
    assert window.closed


def test_choosing_another_database_opens_it_and_remembers_it(
    qtbot: Any, tmp_path: Path, demo_store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    if demo_store.url.startswith("postgresql"):
        pytest.skip("the file dialog picks SQLite files")
    good = Path(demo_store.url.removeprefix("sqlite:///"))
    demo_store.close()
    window, _folder = _failed_window(qtbot, tmp_path)
    asked: list[str] = []

    def pick(_parent: Any, _title: str, folder: str, _filters: str) -> tuple[str, str]:
        asked.append(folder)
        return str(good), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    window.error_page.choose_button.click()
    qtbot.waitUntil(lambda: window.services is not None, timeout=20000)
    assert window.panel.model.rowCount() == 6
    assert window.error_page is None
    assert Settings.load().database_url == f"sqlite:///{good.as_posix()}"
    assert asked and Path(asked[0]).is_dir()
    # The full menus replace the start-up ones.
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles.count("ملف") == 1 and len(titles) > 1
    window.close()


def test_a_new_database_at_an_explicit_path_is_announced(tmp_path: Path) -> None:
    path = tmp_path / "balgh.db"  # a mistyped name gives a new, empty database
    services = gui_app.open_services(f"sqlite:///{path.as_posix()}", Settings())
    try:
        texts = [ar for ar, _fr in services.notices]
        assert len(texts) == 1
        assert texts[0].startswith("أنشئت قاعدة بيانات جديدة فارغة في ")
        assert str(path) in texts[0]
        assert f"{LRI}{path}{PDI}" in isolate_paths(texts[0])  # as the window shows it
        assert "تحقق من عنوانها" in texts[0]
        assert services.editions.list_editions() == []
    finally:
        services.store.close()
    # Opened again it is no longer new: nothing to say.
    again = gui_app.open_services(f"sqlite:///{path.as_posix()}", Settings())
    try:
        assert again.notices == []
    finally:
        again.store.close()


def test_the_default_database_is_not_announced(_isolated_home: Path) -> None:
    services = gui_app.open_services(None, Settings())
    try:
        assert services.notices == []
    finally:
        services.store.close()
