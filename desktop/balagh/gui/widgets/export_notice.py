"""After an export: «فتح المجلد» in the status bar opens the folder the file went to.

The button stays until the next export replaces it (or the window closes); it never blocks
anything, so the staff can ignore it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QPushButton, QWidget


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
