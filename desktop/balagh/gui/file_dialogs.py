"""File dialogs that start in the user's Documents folder and remember the last folder.

Qt's dialogs otherwise open in the program's working folder (e.g. the installation folder),
which is never where the staff keep their releases. The folder last used is remembered, in
``dialogs.json`` beside the settings, for the next start too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

_last_folder: str | None = None


def _state_file() -> Path:
    from balagh.platform.paths import app_paths

    return app_paths().config_dir / "dialogs.json"


def _saved_folder() -> str | None:
    """The folder remembered by an earlier session, if it still exists."""
    import json

    try:
        folder = json.loads(_state_file().read_text(encoding="utf-8")).get("last_folder")
    except (OSError, ValueError, AttributeError):
        return None
    return folder if isinstance(folder, str) and Path(folder).is_dir() else None


def start_folder() -> str:
    """The folder a file dialog opens in: the last one used (this session or an earlier
    one), else the Documents folder."""
    if _last_folder and Path(_last_folder).is_dir():
        return _last_folder
    saved = _saved_folder()
    if saved:
        return saved
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
        _save_folder(_last_folder)


def _save_folder(folder: str) -> None:
    import json
    import logging

    from balagh.core.errors import BalaghError
    from balagh.platform.files import write_file_atomically

    target = _state_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_file_atomically(target, json.dumps({"last_folder": folder}).encode("utf-8"))
    except (OSError, BalaghError):  # remembering is a convenience, never an error
        logging.getLogger(__name__).warning("could not remember the folder %s", folder)


def forget() -> None:
    """Forget the remembered folder (tests, a new session)."""
    global _last_folder
    _last_folder = None


def filter_extensions(filters: str, chosen: str = "") -> list[str]:
    """The extensions a dialog's ``filters`` («PDF (*.pdf);;Excel (*.xlsx)») name, those of
    the ``chosen`` filter first: the first one is added to a name typed without one."""
    import re

    parts = [part for part in filters.split(";;") if part]
    parts.sort(key=lambda part: part != chosen)
    found: list[str] = []
    for part in parts:
        for extension in re.findall(r"\*(\.[A-Za-z0-9]+)", part):
            if extension.lower() not in found:
                found.append(extension.lower())
    return found


def checked_save_name(path: str, filters: str, chosen: str = "") -> str:
    """``path`` with the extension of the format being written: added when it has none,
    BalaghError (naming the file and the extension expected) when it ends in another one —
    the check ``balagh.platform.output_names`` makes for every writing command (``-o``)."""
    from balagh.platform.output_names import with_extension

    accepted = filter_extensions(filters, chosen)
    if not accepted:
        return path
    return str(with_extension(Path(path), accepted, chosen_in_window=True)[0])


def save_file_name(parent: QWidget | None, title: str, name: str, filters: str) -> str:
    """Ask where to save ``name`` (e.g. «balagh-12-2025-001.pdf»); "" when cancelled.

    The name chosen gets the format's extension when typed without one; a name ending in
    another format's extension (summary.pdf for an Excel workbook) is refused with the
    reason, and the dialog opens again on the name with the right extension."""
    from balagh.core.errors import BalaghError
    from balagh.gui import prompts
    from balagh.messages import current_language

    suggested = str(Path(start_folder()) / name)
    while True:
        path, chosen = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        if not path:
            return ""
        try:
            path = checked_save_name(str(path), filters, str(chosen or ""))
        except BalaghError as err:
            prompts.show_error(parent, title, err.text(current_language()))
            right = filter_extensions(filters, str(chosen or ""))[0]
            suggested = str(Path(path).with_suffix(right))
            continue
        remember(path)
        return path


def open_file_name(parent: QWidget | None, title: str, filters: str) -> str:
    """Ask which file to open; "" when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, start_folder(), filters)
    remember(path)
    return str(path or "")
