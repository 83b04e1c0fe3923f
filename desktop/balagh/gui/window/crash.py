"""Logging to rotating files in the platform's log folder (``balagh.platform.logfile``), and
the crash dialog."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from balagh.platform.logfile import LOG_BACKUPS, LOG_MAX_BYTES, LOG_NAME, configure_logging

log = logging.getLogger("balagh")


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
    from balagh.gui.button_words import use_program_words

    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    use_program_words(box).exec()


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


__all__ = ["LOG_BACKUPS", "LOG_MAX_BYTES", "LOG_NAME", "configure_logging", "crash_text",
           "install_crash_handler", "show_crash_dialog"]
