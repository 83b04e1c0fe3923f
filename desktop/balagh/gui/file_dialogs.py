"""File dialogs that start in the user's Documents folder and remember the last folder.

Qt's dialogs otherwise open in the program's working folder (e.g. the installation folder),
which is never where the staff keep their releases. The folder last used is remembered for
the rest of the session.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

_last_folder: str | None = None


def start_folder() -> str:
    """The folder a file dialog opens in: the last one used, else the Documents folder."""
    if _last_folder and Path(_last_folder).is_dir():
        return _last_folder
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    )
    if documents and Path(documents).is_dir():
        return documents
    return str(Path.home())


def remember(path: str) -> None:
    """Remember the folder of a file the user chose (for the next dialog)."""
    global _last_folder
    if path:
        _last_folder = str(Path(path).parent)


def forget() -> None:
    """Forget the remembered folder (tests, a new session)."""
    global _last_folder
    _last_folder = None


def save_file_name(parent: QWidget | None, title: str, name: str, filters: str) -> str:
    """Ask where to save ``name`` (e.g. «balagh-12-2025-001.pdf»); "" when cancelled."""
    path, _ = QFileDialog.getSaveFileName(
        parent, title, str(Path(start_folder()) / name), filters
    )
    remember(path)
    return str(path or "")


def open_file_name(parent: QWidget | None, title: str, filters: str) -> str:
    """Ask which file to open; "" when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, start_folder(), filters)
    remember(path)
    return str(path or "")
