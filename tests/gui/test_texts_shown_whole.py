"""Texts the window used to cut: the note beside the French version wraps whole (and the
choice of preview language is labelled), the folder of the daily backups wraps over the
lines it needs, backup sizes use the language's units, the phrasebook's French names wrap
and the phrasebook has a Close button — at 1366×768 and 1024×768, Arabic and French."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_fakes_documents import FakeDocuments
from gui_helpers import drafted, fez_release_tab, screenshot, window_in_language
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QWidget

SIZES = [(1366, 768), (1024, 768)]


def _wrapped_height(widget: QWidget, text: str, width: int) -> int:
    return widget.fontMetrics().boundingRect(
        QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap.value), text).height()


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_the_french_version_note_is_shown_whole(
    qapp: QApplication, qtbot: Any, services: Any, fake_documents: FakeDocuments,
    prompt_log: Any, tmp_path: Path, language: str,
) -> None:
    window = window_in_language(qapp, qtbot, services, language)
    window.show()
    tab = fez_release_tab(window, qtbot)
    drafted(tab)
    tab.french.create_button.click()
    qtbot.waitUntil(lambda: tab.controller.release.french is not None, timeout=20000)
    window.jobs.wait(20000)
    french = tab.french
    expected = {"ar": "لغة المعاينة:", "fr": "Langue de l'aperçu :"}[language]
    for width, height in SIZES:
        window.resize(width, height)
        QApplication.processEvents()
        QApplication.processEvents()
        note = french.note
        assert note.isVisible() and note.text().startswith(
            {"ar": "تصدر النسخة الفرنسية", "fr": "La version française"}[language])
        room = note.viewport().height()
        needed = _wrapped_height(note, note.text(), note.viewport().width()
                                 - 2 * int(note.document().documentMargin()))
        assert room >= needed, (width, room, needed)
        assert not note.verticalScrollBar().isVisible()
        assert french.preview_label.isVisible() and french.preview_label.text() == expected
        screenshot(window, tmp_path / f"release-{language}-{width}.png")


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_the_backup_folder_and_sizes_read_whole(
    qapp: QApplication, qtbot: Any, services: Any, demo_store: Any, prompt_log: Any,
    tmp_path: Path, language: str,
) -> None:
    import dataclasses

    from balagh.gui.dialogs.backups import BackupDialog

    window = window_in_language(qapp, qtbot, services, language)
    folder = tmp_path / "home" / ".local" / "share" / "Balagh" / "backups" / "Sauvegardes du bureau"
    folder.mkdir(parents=True)
    (folder / "balagh-2026-12-01.db").write_bytes(b"\0" * 229_000)
    services.settings = dataclasses.replace(services.settings, backup_folder=str(folder))
    services.store = demo_store
    for width, _height in SIZES:
        dialog = BackupDialog(services, window)
        qtbot.addWidget(dialog)
        dialog.resize(min(720, width - 300), 440)
        dialog.show()
        QApplication.processEvents()
        label: QLabel = dialog.folder
        assert label.height() >= label.heightForWidth(label.width()), "the path is cut"
        size = dialog.table.item(0, 1).text()
        assert size == {"ar": "224 كيلوبايت", "fr": "224\u202fko"}[language], size
        assert "KB" not in size
        screenshot(dialog, tmp_path / f"backups-{language}-{width}.png")
        dialog.close()


def test_the_phrasebook_names_wrap_and_it_closes(
    qapp: QApplication, qtbot: Any, services: Any, prompt_log: Any,
) -> None:
    from balagh.gui.release.phrasebook_dialog import PhrasebookDialog

    window = window_in_language(qapp, qtbot, services, "fr")
    dialog = PhrasebookDialog(services.phrases, "fr", window)
    qtbot.addWidget(dialog)
    dialog.resize(760, 520)
    dialog.show()
    dialog.phrase_language.setCurrentIndex(1)
    QApplication.processEvents()
    names = dialog.names
    width = names.viewport().width()
    for row in range(names.count()):
        item = names.item(row)
        shown = names.visualItemRect(item).height()
        assert shown >= _wrapped_height(names, item.text(), width - 8), item.text()
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert close.text() == "Fermer" and close.isVisible()
    close.click()
    assert not dialog.isVisible()
