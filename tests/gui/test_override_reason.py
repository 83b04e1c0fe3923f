"""«إصدار رغم التعارض»: a release the check found problems in is issued only with a reason;
a blank one (spaces) keeps «موافق» disabled and the dialog says the reason is required."""

from __future__ import annotations

from typing import Any

import pytest
from gui_fakes_documents import FakeDocuments
from gui_helpers import PromptLog, drafted, fez_release_tab, type_text
from PySide6.QtWidgets import QApplication, QDialog

from balagh.core.model import ReleaseStatus
from balagh.gui.release.override_reason import OverrideReasonDialog


def test_a_blank_reason_cannot_be_given(qtbot: Any) -> None:
    dialog = OverrideReasonDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button().isEnabled()
    type_text(dialog.reason, "   ")
    assert not dialog.ok_button().isEnabled()
    assert dialog.needed.isVisible() and "مطلوب" in dialog.needed.text()
    dialog.accept()  # Enter in the field
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    type_text(dialog.reason, "رقم مؤكد هاتفيا")
    assert dialog.ok_button().isEnabled() and not dialog.needed.isVisible()
    dialog.ok_button().click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.text() == "رقم مؤكد هاتفيا"


def test_issuing_despite_findings_waits_for_a_reason(
    fake_documents: FakeDocuments, window: Any, qtbot: Any, prompt_log: PromptLog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Fez: the visitors' figure changed in the text (1150000 → 1250000), then «إصدار البلاغ»:
    the reason dialog opens; spaces and OK leave it open and say why; a reason typed issues
    the release with it."""
    tab = fez_release_tab(window, qtbot)
    drafted(tab)
    text = tab.editor.toPlainText()
    assert "1150000" in text
    tab.editor.setPlainText(text.replace("1150000", "1250000"))
    seen: list[tuple[bool, bool]] = []
    answers = iter(["   ", "   رقم مؤكد هاتفيا "])

    def exec_typing(dialog: OverrideReasonDialog) -> int:
        dialog.show()
        type_text(dialog.reason, next(answers))
        seen.append((dialog.ok_button().isEnabled(), dialog.needed.isVisible()))
        dialog.accept()
        QApplication.processEvents()
        if dialog.result() != QDialog.DialogCode.Accepted:
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(OverrideReasonDialog, "exec", exec_typing)
    tab.issue()  # spaces: the dialog refuses, the user then cancels
    assert seen == [(False, True)]
    assert tab.controller.release.status is ReleaseStatus.DRAFT
    tab.issue()
    assert seen[-1] == (True, False)
    assert tab.controller.release.status is ReleaseStatus.ISSUED
    assert tab.controller.release.override_reason == "رقم مؤكد هاتفيا"


def test_the_reason_dialog_speaks_french(qapp: QApplication, qtbot: Any) -> None:
    from balagh.gui.window import app as gui_app
    from balagh.platform.settings import Settings

    gui_app.configure_application(qapp, Settings(language="fr"))
    dialog = OverrideReasonDialog()
    qtbot.addWidget(dialog)
    texts = [dialog.windowTitle(), dialog.needed.text(), dialog.ok_button().text()]
    assert not any("\u0600" <= ch <= "\u06ff" for text in texts for ch in text), texts
