"""The program's own words on Qt's standard buttons («إلغاء», «إغلاق», «موافق»…).

Qt names its standard buttons from its own translation (``qtbase_ar`` says «ألغ», «أغلق»),
while Balagh's dialogs say «إلغاء» and «إغلاق»: every QDialogButtonBox and QMessageBox of the
window passes through :func:`use_program_words`, so a button says the same word everywhere,
in Arabic and in French (the words are catalogue sentences).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

_Box = TypeVar("_Box", QDialogButtonBox, QMessageBox)


def _word(button: object) -> str | None:
    """The catalogue word of a standard button (None for one the program does not use)."""
    s = QDialogButtonBox.StandardButton
    m = QMessageBox.StandardButton
    words: dict[tuple[object, object], Callable[[], str]] = {
        (s.Ok, m.Ok): lambda: QCoreApplication.translate("buttons", "موافق"),
        (s.Cancel, m.Cancel): lambda: QCoreApplication.translate("buttons", "إلغاء"),
        (s.Close, m.Close): lambda: QCoreApplication.translate("buttons", "إغلاق"),
        (s.Yes, m.Yes): lambda: QCoreApplication.translate("buttons", "نعم"),
        (s.No, m.No): lambda: QCoreApplication.translate("buttons", "لا"),
        (s.Save, m.Save): lambda: QCoreApplication.translate("buttons", "حفظ"),
        (s.Apply, m.Apply): lambda: QCoreApplication.translate("buttons", "تطبيق"),
    }
    for kinds, word in words.items():
        if button in kinds:
            return word()
    return None


def word_of(standard: object) -> str:
    """The program's word for a standard button (``QDialogButtonBox.StandardButton.Ok``…)."""
    word = _word(standard)
    assert word is not None, standard
    return word


def use_program_words(box: _Box) -> _Box:
    """Give every standard button of ``box`` the program's word; returns ``box``."""
    for button in box.buttons():
        word = _word(box.standardButton(button))
        if word is not None:
            button.setText(word)
    return box

