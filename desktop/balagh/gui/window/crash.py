"""Logging to rotating files in the platform's log folder, and the crash dialog."""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from balagh.platform.paths import app_paths

LOG_NAME = "balagh.log"
LOG_MAX_BYTES = 1_000_000  # one file; then it is renamed balagh.log.1 and a new one starts
LOG_BACKUPS = 5  # balagh.log.1 … balagh.log.5 are kept, older ones deleted
log = logging.getLogger("balagh")


def configure_logging(level: int = logging.INFO) -> Path:
    """Log to ``<log dir>/balagh.log``, rotating (1 MB, 5 old files); returns its path."""
    folder = app_paths().ensure().log_dir
    path = folder / LOG_NAME
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = RotatingFileHandler(
        path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path


def crash_text(exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> str:
    """The traceback as text (shown in the dialog's details)."""
    return "".join(traceback.format_exception(exc_type, exc, tb))


def show_crash_dialog(message: str, details: str, log_path: Path) -> None:
    """Tell the user something went wrong, where the log is, and let them copy the details."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        return
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("crash", "خطأ غير متوقع"))
    box.setText(
        QCoreApplication.translate(
            "crash", "حدث خطأ غير متوقع. لم يحفظ ما لم تضغط على «حفظ» قبله. الخطأ: %1"
        ).replace("%1", message)
    )
    box.setInformativeText(
        QCoreApplication.translate("crash", "سجل البرنامج: %1").replace("%1", str(log_path))
    )
    box.setDetailedText(details)
    box.exec()


def install_crash_handler(log_path: Path) -> None:
    """Route uncaught exceptions to the log and a dialog instead of a silent exit."""

    def hook(exc_type: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = crash_text(exc_type, exc, tb)
        log.error("uncaught exception\n%s", details)
        message = getattr(exc, "message_ar", None) or f"{exc_type.__name__}: {exc}"
        try:
            show_crash_dialog(str(message), details, log_path)
        except Exception:  # never let the hook itself crash
            sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = hook
