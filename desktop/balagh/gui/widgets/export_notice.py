"""After an export: «حفظ الملف: …», and «فتح المجلد» in the status bar opens the folder the
file went to (:func:`save_export`, the one way every tab and dialog writes an export).

The button stays until the next export replaces it (or the window closes); it never blocks
anything, so the staff can ignore it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QPushButton, QWidget

from balagh.core.isolates import ltr
from balagh.gui import prompts


def folder_url(path: str) -> QUrl:
    """The URL of the folder holding ``path``."""
    return QUrl.fromLocalFile(str(Path(path).resolve().parent))


def offer_folder(widget: QWidget, path: str) -> QPushButton | None:
    """Show «فتح المجلد» for ``path`` in the window's status bar; returns the button."""
    window = widget.window()
    if not isinstance(window, QMainWindow):
        return None
    bar = window.statusBar()
    old = bar.findChild(QPushButton, "open_folder")
    if old is not None:
        bar.removeWidget(old)
        old.deleteLater()
    button = QPushButton(QCoreApplication.translate("MainWindow", "فتح المجلد"), bar)
    button.setObjectName("open_folder")
    button.setToolTip(str(Path(path).resolve().parent))
    button.setFlat(True)
    url = folder_url(path)
    button.clicked.connect(lambda: QDesktopServices.openUrl(url))
    bar.addPermanentWidget(button)
    button.show()
    return button


def save_export(widget: QWidget, title: str, path: str, data: bytes, french: bool) -> bool:
    """Write an export the staff asked for (whole or not at all, a failure explained by
    :func:`prompts.save_file`), offer its folder and say where it went; True when written."""
    if not prompts.save_file(widget, path, data, french):
        return False
    offer_folder(widget, path)
    prompts.show_info(widget, title, QCoreApplication.translate(
        "ReleaseTab", "حفظ الملف: %1").replace("%1", ltr(path)))  # the path left to right
    return True
