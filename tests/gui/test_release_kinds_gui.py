"""The window's side of the office's other releases: the per-day grid of the edition form,
the daily bulletin in the release tab, the phrasebook editor with slot chips, the template
editor showing code left to right."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import drafted, fez_number, fez_release_tab, save_and_wait, type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from balagh.core.model import FigureValue, ReleaseKind
from balagh.gui.release.phrasebook_dialog import PhrasebookDialog
from balagh.gui.release.templates_dialog import TemplatesDialog


def test_the_day_grid_shows_edits_and_checks_day_figures(
    window: Any, services: Any, qtbot: Any
) -> None:
    number = fez_number(window)
    window.open_edition(number)
    grid = window.form.day_figures
    assert grid.days[0] == dt.date(2023, 5, 17) and len(grid.days) == 5
    assert grid.item(0, 0).text() == "ناهز 145000"
    assert grid.item(1, 1).text() == "344100" and grid.item(1, 2).text() == "72"
    grid.setData(grid.index(2, 2), "80")  # 80 media outlets as of 19 May
    assert save_and_wait(qtbot, window)
    saved = services.editions.get(number).as_of
    assert saved[dt.date(2023, 5, 19)] == {"media_outlets": FigureValue(80)}
    assert saved[dt.date(2023, 5, 18)]["visitors_total"].note  # the source stays
    grid.setData(grid.index(3, 2), "أكثر من 60")  # a running total that goes down
    problems = [window.form.problems.item(i).text() for i in range(window.form.problems.count())]
    assert any("لا ينقص" in text for text in problems)
    assert not save_and_wait(qtbot, window)
    assert services.editions.get(number).as_of == saved


def test_the_release_tab_drafts_the_bulletin_of_a_chosen_day(window: Any, qtbot: Any) -> None:
    tab = fez_release_tab(window, qtbot)
    assert not tab.day.isVisibleTo(tab)
    tab.kind.setCurrentIndex(tab.kind.findData(ReleaseKind.DAILY.value))
    assert tab.day.isVisibleTo(tab) and tab.day.count() == 5
    assert tab.day.itemText(1) == "الخميس 18 ماي 2023"
    tab.day.setCurrentIndex(1)
    drafted(tab)
    release = tab.controller.release
    assert release.kind is ReleaseKind.DAILY and release.date == dt.date(2023, 5, 18)
    assert release.paragraphs[0].startswith("بلغ عدد الوافدين على فضاء أيام الأبواب المفتوحة")


def test_phrasebook_edit_is_used_recorded_and_reverted(
    window: Any, services: Any, qtbot: Any, tmp_path: Path,
) -> None:
    dialog = PhrasebookDialog(services.phrases, "ar", window)
    qtbot.addWidget(dialog)
    keys = [dialog.names.item(i).data(Qt.ItemDataRole.UserRole + 20)
            for i in range(dialog.names.count())]
    dialog.names.setCurrentRow(keys.index("blood_drive"))
    editor = dialog.editor
    assert editor.phrase().startswith("تكلل بتسجيل {عدد المتبرعين} من جانب")
    # The slot is one chip: typing cannot break it, only add words around it.
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    type_text(editor, " وقد شكر المنظمون المتبرعين.")
    dialog.author.setText("سعاد")
    dialog.save()
    saved = services.phrases.current()["blood_drive"]
    assert saved.author == "سعاد"
    assert saved.text.endswith("المادة الحيوية. وقد شكر المنظمون المتبرعين.")
    assert "{عدد المتبرعين}" in saved.text
    assert "(معدلة)" in dialog.names.currentItem().text()
    assert dialog.history.count() == 1 and "سعاد" in dialog.history.item(0).text()
    for width in (1366, 1024):
        dialog.resize(width - 80, 640)
        assert dialog.grab().save(str(tmp_path / f"phrasebook-{width}.png"))

    window.open_edition(fez_number(window))
    tab = window.release_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.generate_button.isEnabled(), timeout=20000)
    tab.kind.setCurrentIndex(tab.kind.findData(ReleaseKind.CLOSING.value))
    drafted(tab)
    assert any(p.endswith("وقد شكر المنظمون المتبرعين.") for p in tab.controller.release
               .paragraphs)

    dialog.restore()
    assert services.phrases.current()["blood_drive"].builtin
    assert dialog.history.count() == 2
    dialog.history.setCurrentRow(1)  # the edited wording, from the history
    dialog.revert()
    assert services.phrases.current()["blood_drive"].text == saved.text


def test_a_slot_typed_by_hand_that_the_sentence_lacks_is_refused(
    services: Any, qtbot: Any,
) -> None:
    dialog = PhrasebookDialog(services.phrases, "ar")
    qtbot.addWidget(dialog)
    dialog.editor.set_phrase("تكلل بتسجيل {عدد الزوار}.")
    dialog.author.setText("سعاد")
    dialog.save()
    assert "غير معروفة" in dialog.outcome.text()
    assert services.phrases.history(dialog.current_key()) == []


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_the_template_editor_shows_code_left_to_right(
    services: Any, qtbot: Any, language: str,
) -> None:
    services.settings.language = language
    dialog = TemplatesDialog(services)
    qtbot.addWidget(dialog)
    body = dialog.body
    assert body.layoutDirection() == Qt.LayoutDirection.LeftToRight
    option = body.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.LeftToRight
    assert body.toPlainText().lstrip().startswith("{#")
