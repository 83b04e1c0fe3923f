"""The window's page when the database cannot be opened at start-up.

It says why (file paths kept left to right inside the Arabic sentence) and offers a way
out: choose another database, or quit. The window's File menu stays usable meanwhile.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from balagh.core.isolates import ltr

# A path or URL: starts with a scheme, a drive letter or a slash, runs over non-Arabic,
# non-space characters (and single spaces between such runs, for "My Documents").
_PATH = re.compile(
    r"(?:[A-Za-z][A-Za-z0-9+]*://|[A-Za-z]:[\\/]|[\\/]|~[\\/])"
    r"[^\s\u0600-\u06ff]*(?: [^\s\u0600-\u06ff]+)*"
)



def isolate_paths(message: str) -> str:
    """Every file path or URL in ``message`` isolated left to right.

    Example: «مجلد قاعدة البيانات غير موجود: /tmp/nope/dir» keeps the path in order.
    """
    def wrap(match: re.Match[str]) -> str:
        found = match.group(0)
        stripped = found.rstrip(".,;:)")
        return ltr(stripped) + found[len(stripped):]

    return _PATH.sub(wrap, message)


def without_heading(message: str, heading: str) -> str:
    """``message`` without the page's ``heading`` it starts with: under «تعذر فتح قاعدة
    البيانات», «تعذر فتح قاعدة البيانات sqlite:///…: السبب» reads «sqlite:///…: السبب»."""
    if heading and message.startswith(heading) and len(message) > len(heading):
        rest = message[len(heading):].lstrip(" :\u00a0")
        return rest or message
    return message


class StartupErrorPage(QWidget):
    """The error message with «اختيار قاعدة بيانات أخرى…» and «إنهاء»."""

    choose_requested = Signal()
    quit_requested = Signal()

    def __init__(self, message_label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startup_error")
        self.title = QLabel(self.tr("تعذر فتح قاعدة البيانات"), self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = message_label
        self.message.setParent(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel(
            self.tr("اختر ملف قاعدة بيانات آخر، أو غير مكانها من «ملف ← الإعدادات…»."), self
        )
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_button = QPushButton(self.tr("اختيار قاعدة بيانات أخرى…"), self)
        self.choose_button.setObjectName("choose_database")
        self.quit_button = QPushButton(self.tr("إنهاء"), self)
        self.quit_button.setObjectName("quit")
        self.choose_button.clicked.connect(self.choose_requested)
        self.quit_button.clicked.connect(self.quit_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        box = QVBoxLayout()
        box.addWidget(self.title)
        box.addWidget(self.message)
        box.addWidget(self.hint)
        box.addSpacing(12)
        box.addLayout(buttons)
        holder = QWidget(self)
        holder.setLayout(box)
        holder.setMaximumWidth(720)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(holder, 8)  # wide enough for the sentences; never wider than 720 px
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def set_busy(self, busy: bool) -> None:
        """While another database is being opened, the buttons wait."""
        self.choose_button.setEnabled(not busy)
