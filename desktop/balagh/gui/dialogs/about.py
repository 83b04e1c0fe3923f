"""The About box: Balagh's version and those of Qt, PySide6 and Python."""

from __future__ import annotations

import platform

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


def versions_text() -> str:
    """Balagh, Qt, PySide6 and Python versions (for the About box and bug reports)."""
    import PySide6
    from PySide6.QtCore import qVersion

    import balagh

    return (
        f"Balagh {balagh.__version__}\n"
        f"Qt {qVersion()} — PySide6 {PySide6.__version__}\n"
        f"Python {platform.python_version()} ({platform.system()} {platform.machine()})"
    )


def show_about(window: QWidget) -> None:
    """Help → About: what Balagh is and the versions it runs on."""
    from PySide6.QtWidgets import QMessageBox

    text = QCoreApplication.translate(
        "MainWindow",
        "بلاغ: تسجيل أرقام أيام الأبواب المفتوحة للأمن الوطني وإعداد البلاغات الصحفية "
        "وأوراق الملخص.",
    )
    from balagh.gui.button_words import use_program_words

    box = QMessageBox(QMessageBox.Icon.Information,
                      QCoreApplication.translate("MainWindow", "حول بلاغ"),
                      text + "\n\n" + versions_text(), QMessageBox.StandardButton.Ok, window)
    use_program_words(box).exec()
