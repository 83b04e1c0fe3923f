"""«إصدار رغم التعارض»: the reason for issuing a release the check found problems in.

The reason is required (it is kept with the issued release): «موافق» stays disabled, and the
dialog says a reason is needed, until something other than spaces is typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from balagh.gui.button_words import use_program_words
from balagh.gui.widgets.column_fit import fitted_size


class OverrideReasonDialog(QDialog):
    """Asks why a release is issued although the check found problems."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("override_reason_dialog")
        self.setWindowTitle(self.tr("إصدار رغم التعارض"))
        question = QLabel(self.tr("وجد الفحص تعارضات. اكتب سبب الإصدار رغم ذلك:"), self)
        question.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("override_reason")
        self.needed = QLabel(self.tr("السبب مطلوب: يحفظ مع البلاغ الصادر."), self)
        self.needed.setObjectName("reason_needed")
        self.needed.setWordWrap(True)
        self.needed.setStyleSheet("QLabel { color: #9a1c1c; }")
        self.buttons = use_program_words(QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.reason)
        layout.addWidget(self.needed)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._typed)
        self._typed()
        self.resize(fitted_size(self, 520, 160))

    def ok_button(self) -> QWidget:
        """«موافق»."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def text(self) -> str:
        """The reason typed, without the spaces around it."""
        return self.reason.text().strip()

    def _typed(self, *_args: object) -> None:
        given = bool(self.text())
        self.ok_button().setEnabled(given)
        self.needed.setVisible(not given)

    def accept(self) -> None:
        if self.text():  # Enter in the field with a blank reason does not close it
            super().accept()


def ask_override_reason(parent: QWidget | None) -> str | None:
    """The reason typed, or None when cancelled."""
    dialog = OverrideReasonDialog(parent)
    try:
        return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
