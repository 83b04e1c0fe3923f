"""The phrasebook editor lists the French templates' sentences too: chosen above the list,
edited left to right, and the release tab's next French version uses the saved wording."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gui_helpers import fez_number, screenshot
from PySide6.QtCore import Qt

from balagh.gui.release.phrasebook_dialog import KEY_ROLE, PhrasebookDialog

NEW = "avec {donneurs} venus des quatre coins de la ville."


def _choose_french(dialog: PhrasebookDialog, key: str) -> None:
    dialog.phrase_language.setCurrentIndex(dialog.phrase_language.findData("fr"))
    keys = [dialog.names.item(i).data(KEY_ROLE) for i in range(dialog.names.count())]
    dialog.names.setCurrentRow(keys.index(key))


def _french_text(window: Any, qtbot: Any) -> str:
    window.open_edition(fez_number(window))
    tab = window.release_tab
    window.tabs.setCurrentWidget(tab)
    tab.generate()
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=20000)
    tab.french.create_button.click()
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=20000)
    return str(tab.french.editor.toPlainText())


def test_a_french_sentence_edited_in_the_dialog_changes_the_french_draft(
    window: Any, services: Any, qtbot: Any, tmp_path: Path,
) -> None:
    dialog = PhrasebookDialog(services.phrases, "ar", window)
    qtbot.addWidget(dialog)
    arabic_count = dialog.names.count()
    _choose_french(dialog, "fr.blood_drive")
    assert dialog.names.count() != arabic_count
    assert dialog.title.text() == "حصيلة التبرع بالدم (فرنسية)"
    assert dialog.editor.phrase().startswith("avec {donneurs} parmi les fonctionnaires")
    assert dialog.editor.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert dialog.findChild(type(dialog.save_button), "slot_donneurs") is not None
    for width in (1366, 1024):
        dialog.resize(width - 80, 640)
        screenshot(dialog, tmp_path / f"phrasebook-fr-{width}.png")

    dialog.editor.set_phrase(NEW)
    dialog.author.setText("Souad")
    dialog.save()
    saved = services.phrases.current()["fr.blood_drive"]
    assert (saved.author, saved.text) == ("Souad", NEW)
    assert "(معدلة)" in dialog.names.currentItem().text()
    assert "blood_drive" not in services.phrases.current()  # the Arabic one is untouched
    assert "donneurs de sang venus des quatre coins de la ville." in _french_text(window, qtbot)

    dialog.restore()
    assert services.phrases.current()["fr.blood_drive"].builtin
    assert dialog.history.count() == 2
    text = _french_text(window, qtbot)
    assert "parmi les fonctionnaires de police et les visiteurs" in text
    assert "quatre coins" not in text


def test_an_arabic_slot_in_a_french_sentence_is_refused(services: Any, qtbot: Any) -> None:
    dialog = PhrasebookDialog(services.phrases, "fr")
    qtbot.addWidget(dialog)
    _choose_french(dialog, "fr.blood_drive")
    dialog.editor.set_phrase("avec {عدد المتبرعين}.")
    dialog.author.setText("Souad")
    dialog.save()
    assert "inconnu" in dialog.outcome.text()
    assert services.phrases.history("fr.blood_drive") == []
