"""Choosing an edition in the editions list: it is read in the background and shown when it
comes, the newest choice winning; a change typed meanwhile in the open edition is asked
about before the form is replaced."""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

import pytest
from gui_helpers import PromptLog, fez_number, type_text
from PySide6.QtCore import QItemSelectionModel

from balagh.core.model import Release, ReleaseKind
from balagh.gui import prompts


def _choose_row(window: Any, number: int) -> None:
    """What a click on a row does: the list's current row moves to it."""
    panel = window.panel
    index = panel.proxy.mapFromSource(panel.model.index(panel.model.row_of(number), 0))
    panel.table.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)


def test_a_row_chosen_opens_its_edition_and_release(
    window: Any, services: Any, qtbot: Any
) -> None:
    fez = fez_number(window)
    draft = services.releases.save_draft(Release(fez, ReleaseKind.CLOSING, "بلاغ", "فاس",
                                                 dt.date(2023, 5, 21), ["فقرة أولى"]))
    others = [e.number for e in services.editions.list_editions() if e.number != fez]
    window.open_edition(others[0])
    _choose_row(window, fez)
    assert window.controller.original_number == others[0]  # read in the background
    qtbot.waitUntil(lambda: window.controller.original_number == fez, timeout=10000)
    assert window.form.city_ar.text() == "فاس"
    assert window.release_tab.controller.edition.number == fez
    shown = window.release_tab.controller.release
    assert shown is not None and shown.id == draft.id  # its newest draft, read with it
    assert window.release_tab.editor.toPlainText().strip() == "فقرة أولى"
    assert window.panel.current_number() == fez


def test_the_newest_choice_wins(window: Any, services: Any, qtbot: Any) -> None:
    numbers = [e.number for e in services.editions.list_editions()]
    window.open_edition(numbers[0])
    for number in numbers[1:]:  # faster than the reads come back
        _choose_row(window, number)
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=20000)
    assert window.controller.original_number == numbers[-1]
    assert window.panel.current_number() == numbers[-1]
    assert window.release_tab.controller.edition.number == numbers[-1]


def test_a_change_typed_meanwhile_is_asked_about(
    window: Any, services: Any, qtbot: Any, prompt_log: PromptLog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fez = fez_number(window)
    other = next(e.number for e in services.editions.list_editions() if e.number != fez)
    window.open_edition(fez)
    typed = threading.Event()
    read = services.editions.get

    def read_after_typing(number: int) -> Any:
        typed.wait(10)
        return read(number)

    monkeypatch.setattr(services.editions, "get", read_after_typing)
    _choose_row(window, other)
    type_text(window.form.theme, "!")  # before the chosen edition came
    typed.set()
    prompt_log.unsaved_answer = prompts.Answer.CANCEL
    qtbot.waitUntil(lambda: bool(prompt_log.asked), timeout=10000)
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=10000)
    assert prompt_log.asked[-1].startswith("unsaved")
    assert window.controller.original_number == fez
    assert window.form.theme.text().endswith("!")  # nothing typed is lost
    assert window.panel.current_number() == fez
