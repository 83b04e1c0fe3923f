"""The questions and messages the window asks and shows (one place, easy to patch in tests).

``QMessageBox`` is imported by each question when it is asked: the window imports this
module before it is usable, and making Qt's message-box type (its enums) is work nothing
needs by then.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


class Answer(StrEnum):
    """What the user chose."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"
    RELOAD = "reload"
    OVERWRITE = "overwrite"
    YES = "yes"
    NO = "no"


def ask_unsaved(parent: QWidget | None, what: str) -> Answer:
    """Unsaved changes: save, discard or cancel (the default is save)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("prompts", "تعديلات غير محفوظة"))
    box.setText(
        QCoreApplication.translate("prompts", "توجد تعديلات غير محفوظة على %1.").replace("%1", what)
    )
    box.setInformativeText(QCoreApplication.translate("prompts", "هل تريد حفظها قبل المتابعة؟"))
    save = box.addButton(
        QCoreApplication.translate("prompts", "حفظ"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("prompts", "تجاهل التعديلات"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QCoreApplication.translate("prompts", "إلغاء"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return Answer.SAVE
    if clicked is discard:
        return Answer.DISCARD
    return Answer.CANCEL


def ask_conflict(parent: QWidget | None, detail: str) -> Answer:
    """Someone else saved the edition meanwhile: reload, overwrite or cancel."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("prompts", "تعارض في الحفظ"))
    box.setText(
        QCoreApplication.translate(
            "prompts",
            "قام شخص آخر بحفظ هذه الدورة بعد أن فتحتها. يمكنك إعادة تحميل النسخة المحفوظة "
            "(ستضيع تعديلاتك) أو الكتابة فوقها بتعديلاتك.",
        )
    )
    box.setInformativeText(detail)
    reload_button = box.addButton(
        QCoreApplication.translate("prompts", "إعادة التحميل"), QMessageBox.ButtonRole.ResetRole
    )
    overwrite = box.addButton(
        QCoreApplication.translate("prompts", "الكتابة فوقها"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("prompts", "إلغاء"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if clicked is overwrite:
        return Answer.OVERWRITE
    if clicked is reload_button:
        return Answer.RELOAD
    return Answer.CANCEL


def _box(parent: QWidget | None, icon: str, title: str, text: str,
         buttons: Any) -> QMessageBox:
    """A message box with the program's words on its buttons (not Qt's «ألغ»)."""
    from PySide6.QtWidgets import QMessageBox

    from balagh.gui.button_words import use_program_words

    box = QMessageBox(getattr(QMessageBox.Icon, icon), title, text,
                      buttons, parent)
    use_program_words(box)
    return box


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question (the default is no)."""
    from PySide6.QtWidgets import QMessageBox

    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    box = _box(parent, "Question", title, text, yes | no)
    box.setDefaultButton(no)
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and box.standardButton(clicked) == yes


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """An error the user must read."""
    from PySide6.QtWidgets import QMessageBox

    box = _box(parent, "Warning", title, text, QMessageBox.StandardButton.Ok)
    box.exec()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    """A piece of news (saved, issued, imported)."""
    from PySide6.QtWidgets import QMessageBox

    box = _box(parent, "Information", title, text, QMessageBox.StandardButton.Ok)
    box.exec()


def save_file(parent: QWidget | None, path: str, data: bytes, french: bool = False) -> bool:
    """Write a file the user asked for, whole or not at all; a failure is explained (naming
    the file) and leaves any earlier file as it was. Returns True when written."""
    from balagh.platform.files import FileWriteError, write_file_atomically

    try:
        write_file_atomically(Path(path), data)
    except FileWriteError as err:
        show_error(parent, QCoreApplication.translate("prompts", "تعذر الحفظ"),
                   err.message_fr if french else err.message_ar)
        return False
    return True
