"""Every dialog's standard buttons say the program's words («إلغاء», «إغلاق», «موافق»; in
French «Annuler», «Fermer», «OK»), not Qt's own translation («ألغ», «أغلق»)."""

from __future__ import annotations

from typing import Any

import pytest
from dialog_fit_probe import dialogs
from gui_helpers import window_in_language
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from balagh.gui import prompts

WORDS = {
    "ar": {"Ok": "موافق", "Cancel": "إلغاء", "Close": "إغلاق", "Yes": "نعم", "No": "لا"},
    "fr": {"Ok": "OK", "Cancel": "Annuler", "Close": "Fermer", "Yes": "Oui", "No": "Non"},
}


def _standard_texts(box: QDialogButtonBox | QMessageBox) -> dict[str, str]:
    found = {}
    for button in box.buttons():
        standard = box.standardButton(button)
        if standard.name and standard.name != "NoButton":
            found[standard.name] = button.text().replace("&", "")
    return found


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_dialog_buttons_say_the_programs_words(
    qapp: QApplication, qtbot: Any, services: Any, demo_store: Any, prompt_log: Any,
    language: str,
) -> None:
    services.history = demo_store.history
    window = window_in_language(qapp, qtbot, services, language)
    window.show()
    window.jobs.wait(20000)
    checked = 0
    for name, dialog in dialogs(window).items():
        for box in dialog.findChildren(QDialogButtonBox):
            for kind, text in _standard_texts(box).items():
                assert text == WORDS[language][kind], (name, kind, text)
                checked += 1
        assert dialog.findChildren(QDialogButtonBox), f"{name} has no Close/OK button"
    assert checked >= 10
    yes_no = prompts._box(None, "Question", "?", "?",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    assert _standard_texts(yes_no) == {"Yes": WORDS[language]["Yes"],
                                       "No": WORDS[language]["No"]}
    ok = prompts._box(None, "Warning", "!", "!", QMessageBox.StandardButton.Ok)
    assert _standard_texts(ok) == {"Ok": WORDS[language]["Ok"]}
    window.jobs.wait(20000)


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_the_signing_password_and_about_boxes_say_them_too(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Any, language: str,
) -> None:
    from PySide6.QtWidgets import QDialog, QInputDialog

    from balagh.gui.dialogs import about
    from balagh.gui.release import signing_prompt
    from balagh.gui.window import app as gui_app
    from balagh.platform.settings import Settings

    gui_app.configure_application(qapp, Settings(language=language))
    seen: list[dict[str, str]] = []

    def exec_showing(dialog: QDialog) -> int:
        dialog.show()
        QApplication.processEvents()
        for box in dialog.findChildren(QDialogButtonBox):
            seen.append(_standard_texts(box) or {
                b.text(): b.text() for b in box.buttons()})
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QInputDialog, "exec", exec_showing)
    assert signing_prompt.ask_password(tmp_path / "office.p12") is None
    texts = set(seen[-1].values())
    assert {WORDS[language]["Ok"], WORDS[language]["Cancel"]} == texts, texts
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append(_standard_texts(box)) or 0)
    about.show_about(None)
    assert seen[-1] == {"Ok": WORDS[language]["Ok"]}
