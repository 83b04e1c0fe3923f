"""Asking the password of the office's signing certificate, once per session."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

from balagh.core.isolates import ltr

#: Passwords typed this session, by certificate file (kept in memory only).
_SESSION: dict[str, str] = {}


def ask_password(certificate: Path) -> str | None:
    """The certificate's password: typed once this session, then remembered until quit."""
    key = str(certificate)
    if key in _SESSION:
        return _SESSION[key]
    text, accepted = QInputDialog.getText(
        QApplication.activeWindow(),
        QCoreApplication.translate("SigningPrompt", "توقيع البلاغ"),
        QCoreApplication.translate(
            "SigningPrompt", "كلمة سر شهادة التوقيع %1:").replace("%1", ltr(key)),
        QLineEdit.EchoMode.Password,
    )
    if not accepted:
        return None
    _SESSION[key] = text
    return text


def forget_passwords() -> None:
    """Forget the passwords typed this session (a wrong one, or on quit)."""
    _SESSION.clear()
