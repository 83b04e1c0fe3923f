"""Asking the password of the office's signing certificate, once per session."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QInputDialog, QLineEdit

from balagh.core.isolates import ltr
from balagh.gui.button_words import word_of

#: Passwords typed this session, by certificate file (kept in memory only).
_SESSION: dict[str, str] = {}


def ask_password(certificate: Path) -> str | None:
    """The certificate's password: typed once this session, then remembered until quit."""
    key = str(certificate)
    if key in _SESSION:
        return _SESSION[key]
    dialog = QInputDialog(QApplication.activeWindow())
    dialog.setWindowTitle(QCoreApplication.translate("SigningPrompt", "توقيع البلاغ"))
    dialog.setLabelText(QCoreApplication.translate(
        "SigningPrompt", "كلمة سر شهادة التوقيع %1:").replace("%1", ltr(key)))
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
    dialog.setOkButtonText(word_of(ok))  # the program's words, not Qt's «ألغ»
    dialog.setCancelButtonText(word_of(cancel))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    text = dialog.textValue()
    dialog.deleteLater()
    if not accepted:
        return None
    _SESSION[key] = text
    return text


def forget_passwords() -> None:
    """Forget the passwords typed this session (a wrong one, or on quit)."""
    _SESSION.clear()
