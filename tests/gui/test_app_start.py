"""Starting the application: language, direction, fonts, translations, logging, crash dialog."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import run_window_process
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from balagh.gui.window import app as gui_app
from balagh.gui.window import crash
from balagh.platform.settings import Settings


@pytest.fixture
def restore_app(qapp: QApplication) -> Any:
    """Undo language set-up after the test (the QApplication is shared)."""
    font, direction = qapp.font(), qapp.layoutDirection()
    yield qapp
    for translator in qapp.findChildren(gui_app.QTranslator):
        qapp.removeTranslator(translator)
    qapp.setFont(font)
    qapp.setLayoutDirection(direction)


def test_arabic_by_default_right_to_left_with_amiri(restore_app: QApplication) -> None:
    language = gui_app.configure_application(restore_app, Settings())
    assert language == "ar"
    assert restore_app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "Amiri" in QFontDatabase.families()
    assert restore_app.font().family() == "Amiri"
    # Qt's own catalogue translates the standard buttons.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "ألغِ"


def test_french_interface_from_settings(restore_app: QApplication) -> None:
    language = gui_app.configure_application(restore_app, Settings(language="fr"))
    assert language == "fr"
    assert restore_app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("EditionForm", "حفظ") == "Enregistrer"
    assert QCoreApplication.translate("MainWindow", "ملف") == "Fichier"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


def test_logging_rotates_in_the_log_folder(_isolated_home: Path) -> None:
    path = crash.configure_logging()
    try:
        assert path.parent == _isolated_home / "logs"
        logging.getLogger("balagh.test").warning("سطر تجريبي")
        for handler in logging.getLogger().handlers:
            handler.flush()
        assert "سطر تجريبي" in path.read_text(encoding="utf-8")
    finally:
        for handler in list(logging.getLogger().handlers):
            if isinstance(handler, logging.handlers.RotatingFileHandler):
                logging.getLogger().removeHandler(handler)
                handler.close()


def test_crash_handler_logs_and_shows_the_log_path(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shown: list[tuple[str, str, Path]] = []
    monkeypatch.setattr(crash, "show_crash_dialog", lambda m, d, p: shown.append((m, d, p)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash.install_crash_handler(tmp_path / "balagh.log")
    try:
        raise ZeroDivisionError("قسمة على صفر")
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert shown and "ZeroDivisionError" in shown[0][0]
    assert "Traceback" in shown[0][1] and shown[0][2] == tmp_path / "balagh.log"


def test_balagh_gui_starts_on_a_given_database(tmp_path: Path, demo_store: Any) -> None:
    """`balagh gui --db URL` opens the window on that database (offscreen, then closes)."""
    if demo_store.url.startswith("postgresql"):
        pytest.skip("one backend is enough for the start-up path")
    code = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(sys.argv[:1])\n"
        "from balagh.gui.window.main_window import MainWindow\n"
        "def poll():\n"
        "    for w in QApplication.topLevelWidgets():\n"
        "        if isinstance(w, MainWindow) and w.services is not None:\n"
        "            print('ROWS', w.panel.model.rowCount(), w.windowTitle(), flush=True)\n"
        "            w.close(); app.quit(); return\n"
        "    QTimer.singleShot(10, poll)\n"
        "QTimer.singleShot(0, poll)\n"
        "from balagh.cli.main import main\n"
        "sys.exit(main(['--db', sys.argv[1], 'gui']))\n"
    )
    stdout = run_window_process(code, demo_store)
    # The title names the edition opened, then the program once («… — بلاغ»).
    assert "ROWS 6 الدورة " in stdout and "[*] — بلاغ\n" in stdout


def test_the_modules_the_window_starts_with_do_not_import_alembic() -> None:
    # Alembic (with Mako and Pygments, about 100 ms) is for upgrading a database; the
    # window imports the backup module at start to show the last backup's date.
    code = (
        "import sys\n"
        "import balagh.gui.window.app, balagh.gui.window.main_window\n"
        "import balagh.gui.window.record_actions\n"
        "import balagh.app.backups, balagh.app.archive\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=True)
    assert done.stdout.strip() == "[]"


def test_a_database_that_cannot_be_opened_is_explained_in_the_window(
    qtbot: Any, tmp_path: Path
) -> None:
    from balagh.gui.window.main_window import MainWindow

    window = MainWindow("ar")
    qtbot.addWidget(window)
    url = f"sqlite:///{(tmp_path / 'missing-folder' / 'x.db').as_posix()}"
    assert not gui_app.attach_store(window, url, Settings())
    assert window.services is None
    assert "مجلد قاعدة البيانات غير موجود" in window._placeholder.text()


def test_the_window_icon_is_bundled(qapp: QApplication) -> None:
    icon = gui_app.app_icon()
    assert not icon.isNull()
    assert len(icon.availableSizes()) >= 2
    # The pictures are read when asked for: the 32-pixel one is the bundled picture.
    picture = icon.pixmap(32, 32).toImage()
    assert (picture.width(), picture.height()) == (32, 32)
    assert len({picture.pixel(x, y) for x in range(0, 32, 2) for y in range(0, 32, 2)}) > 8


def test_the_store_opens_in_the_background_while_the_window_answers(
    qtbot: Any, tmp_path: Path, demo_store: Any
) -> None:
    import time as clock

    from PySide6.QtCore import QTimer

    from balagh.gui.window.main_window import MainWindow

    if demo_store.url.startswith("postgresql"):
        pytest.skip("one backend is enough for the start-up path")
    url = demo_store.url
    demo_store.close()
    window = MainWindow("ar")
    qtbot.addWidget(window)
    window.show()
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(clock.perf_counter()))
    timer.start(10)
    gui_app.attach_store_in_background(window, url, Settings())
    assert window.services is None and window.jobs.busy  # returned at once
    assert window.busy.isVisible()  # the progress bar says work is going on
    assert "جار فتح قاعدة البيانات" in window._placeholder.text()
    qtbot.waitUntil(lambda: window.services is not None, timeout=20000)
    timer.stop()
    assert window.panel.model.rowCount() == 6
    assert ticks  # the event loop turned while the store was being opened
    window.close()


def test_a_store_that_fails_in_the_background_is_explained(qtbot: Any, tmp_path: Path) -> None:
    from balagh.gui.window.main_window import MainWindow

    window = MainWindow("ar")
    qtbot.addWidget(window)
    url = f"sqlite:///{(tmp_path / 'missing-folder' / 'x.db').as_posix()}"
    gui_app.attach_store_in_background(window, url, Settings())
    qtbot.waitUntil(lambda: "مجلد قاعدة البيانات غير موجود" in window._placeholder.text(),
                    timeout=20000)
    assert window.services is None and not window.jobs.busy
