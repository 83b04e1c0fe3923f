"""Driving the real window on a temporary store, as an officer would."""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

import pytest
from gui_helpers import (
    PromptLog,
    clear_and_type,
    fez_number,
    save_and_wait,
    shortcut,
    type_text,
)
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from balagh.core.model import Qualifier
from balagh.gui import prompts


def _problem_texts(window: Any) -> list[str]:
    problems = window.form.problems
    return [problems.item(i).text() for i in range(problems.count())]


def test_create_edition_by_typing_save_and_reopen(
    window: Any, services: Any, qtbot: Any
) -> None:
    before = len(services.editions.list_editions())
    assert window.new_edition()
    form = window.form
    assert form.number.text() == str(before + 1)  # next free number proposed
    type_text(form.city_ar, "مكناس")
    type_text(form.city_fr, "Meknès")
    type_text(form.venue_ar, "ساحة الهديم")
    form.start_date.setDate(QDate(2024, 5, 17))
    form.end_date.setDate(QDate(2024, 5, 21))
    visitors = form.figure_rows["visitors_total"]
    type_text(visitors.value, "٧٥٠٬٠٠٠")  # Arabic-Indic digits and separator
    assert visitors.preview.text() == "750 ألف زائر"  # as the release will write it
    visitors.qualifier.setCurrentIndex(visitors.qualifier.findData(Qualifier.ABOUT.value))
    assert visitors.preview.text() == "حوالي 750 ألف زائر"
    peak = form.figure_rows["peak_visitors"]
    type_text(peak.value, "300000")
    assert peak.days is not None
    peak.days.box(dt.date(2024, 5, 18)).setChecked(True)
    peak.days.box(dt.date(2024, 5, 19)).setChecked(True)
    assert window.isWindowModified()
    assert "مكناس" in window.windowTitle()
    assert form.save_button.isEnabled(), _problem_texts(window)

    shortcut(form.city_ar, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    assert window.controller.saving and not form.save_button.isEnabled()  # in the background
    assert "جار حفظ الدورة" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not window.controller.saving, timeout=20000)

    assert not window.isWindowModified()
    stored = services.editions.get(before + 1)
    assert stored.city_ar == "مكناس" and stored.city_fr == "Meknès"
    assert stored.venue_ar == "ساحة الهديم"
    assert stored.figures["visitors_total"].value == 750000
    assert stored.figures["visitors_total"].qualifier is Qualifier.ABOUT
    assert stored.figures["peak_visitors"].days == [dt.date(2024, 5, 18), dt.date(2024, 5, 19)]
    assert window.panel.model.rowCount() == before + 1

    # Open another edition, then the new one again: the values are there.
    assert window.open_edition(fez_number(window))
    assert form.city_ar.text() == "فاس"
    assert window.open_edition(before + 1)
    assert form.city_ar.text() == "مكناس"
    assert form.figure_rows["visitors_total"].value.text() == "750000"
    assert form.figure_rows["visitors_total"].qualifier.currentData() == "about"
    assert form.start_date.date() == QDate(2024, 5, 17)
    assert not window.isWindowModified()


def test_typing_goes_on_while_the_edition_is_written(
    window: Any, services: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The save runs in the thread pool: the form answers meanwhile, what is typed during
    the write stays in the form (unsaved) and the next save stores it."""
    fez = fez_number(window)
    window.open_edition(fez)
    form = window.form
    real_save = services.editions.save
    gate = threading.Event()

    def slow_save(edition: Any, **kwargs: Any) -> Any:
        gate.wait(10)  # a busy database
        return real_save(edition, **kwargs)

    monkeypatch.setattr(services.editions, "save", slow_save)
    clear_and_type(form.venue_ar, "ساحة باب بوجلود")
    assert window.save()
    assert window.controller.saving and not form.save_button.isEnabled()
    type_text(form.theme, " المتجدد")  # the form still takes keys
    gate.set()
    qtbot.waitUntil(lambda: not window.controller.saving, timeout=20000)
    stored = services.editions.get(fez)
    assert stored.venue_ar == "ساحة باب بوجلود" and not stored.theme.endswith("المتجدد")
    assert form.theme.text().endswith("المتجدد") and window.isWindowModified()
    assert form.save_button.isEnabled()
    assert save_and_wait(qtbot, window)  # over the version just stored: no conflict
    assert services.editions.get(fez).theme.endswith("المتجدد")
    assert not window.isWindowModified()


def test_bad_value_blocks_saving_and_names_the_field(
    window: Any, services: Any, qtbot: Any
) -> None:
    number = fez_number(window)
    window.open_edition(number)
    form = window.form
    vehicles = form.figure_rows["vehicles"].value
    clear_and_type(vehicles, "15.5")
    assert not form.save_button.isEnabled()
    assert not window.save_action.isEnabled()
    texts = _problem_texts(window)
    assert any("المركبات المعبأة" in text for text in texts), texts
    assert vehicles.property("hasProblem") is True
    assert "عشري" in vehicles.toolTip() or "ثلاثة" in vehicles.toolTip()
    assert not save_and_wait(qtbot, window)  # Ctrl+S does nothing either
    assert services.editions.get(number).figures["vehicles"].value == 150

    clear_and_type(vehicles, "160")
    assert form.save_button.isEnabled()
    assert vehicles.property("hasProblem") is False
    assert _problem_texts(window) == []


def test_end_before_start_is_shown_beside_the_date(window: Any) -> None:
    window.open_edition(fez_number(window))
    form = window.form
    form.end_date.setDate(QDate(2023, 5, 10))
    texts = _problem_texts(window)
    assert any("تاريخ النهاية" in text for text in texts), texts
    assert form.end_date.property("hasProblem") is True
    assert not form.save_button.isEnabled()


def test_undo_and_redo_with_the_keyboard(window: Any) -> None:
    window.open_edition(fez_number(window))
    form = window.form
    type_text(form.theme, " الجديد")
    assert form.theme.text().endswith("الجديد")
    assert window.isWindowModified()
    shortcut(form.theme, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert form.theme.text() == "67 سنة من التحديث المتواصل لمرفق مواطن"
    assert not window.isWindowModified()
    shortcut(form.theme, Qt.Key.Key_Z,
             Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert form.theme.text().endswith("الجديد")
    assert window.isWindowModified()


def test_unsaved_changes_prompt_when_switching_and_closing(
    window: Any, services: Any, prompt_log: PromptLog
) -> None:
    fez = fez_number(window)
    window.open_edition(fez)
    form = window.form
    type_text(form.theme, "!")
    other = next(e.number for e in services.editions.list_editions() if e.number != fez)

    prompt_log.unsaved_answer = prompts.Answer.CANCEL
    assert not window.open_edition(other)
    assert prompt_log.asked and prompt_log.asked[-1].startswith("unsaved")
    assert form.city_ar.text() == "فاس" and form.theme.text().endswith("!")
    assert window.panel.current_number() == fez

    assert not window.close()  # closing asks too, and Cancel keeps the window
    assert window.isVisible()

    prompt_log.unsaved_answer = prompts.Answer.DISCARD
    assert window.open_edition(other)
    assert not services.editions.get(fez).theme.endswith("!")

    window.open_edition(fez)
    type_text(form.theme, "!")
    prompt_log.unsaved_answer = prompts.Answer.SAVE
    assert window.open_edition(other)
    assert services.editions.get(fez).theme.endswith("!")


def test_conflict_offers_reload_or_overwrite(
    window: Any, services: Any, prompt_log: PromptLog, qtbot: Any
) -> None:
    fez = fez_number(window)
    window.open_edition(fez)
    # Someone else saves the same edition meanwhile.
    theirs = services.editions.get(fez)
    theirs.venue_ar = "ساحة أبي الجنود"
    services.editions.save(theirs)

    type_text(window.form.venue_ar, "فضاء المعارض")
    prompt_log.conflict_answer = prompts.Answer.RELOAD
    assert not save_and_wait(qtbot, window)
    assert prompt_log.asked[-1].startswith("conflict")
    assert window.form.venue_ar.text() == "ساحة أبي الجنود"  # their version is shown
    assert not window.isWindowModified()

    clear_and_type(window.form.venue_ar, "فضاء المعارض")
    services.editions.save(services.editions.get(fez))  # and once more meanwhile
    prompt_log.conflict_answer = prompts.Answer.OVERWRITE
    assert save_and_wait(qtbot, window)
    assert services.editions.get(fez).venue_ar == "فضاء المعارض"
    assert not window.isWindowModified()


def test_paste_daily_visitors_column_from_excel(
    window: Any, services: Any, qtbot: Any
) -> None:
    fez = fez_number(window)
    window.open_edition(fez)
    view = window.form.daily_view
    QApplication.clipboard().setText("180000\r\n220 000\r\n٢٣٠٠٠٠\r\n")
    view.setCurrentIndex(view.model().index(0, 1))
    shortcut(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.isWindowModified()
    assert save_and_wait(qtbot, window)
    daily = services.editions.get(fez).daily_visitors
    assert daily == {
        dt.date(2023, 5, 17): 180000,
        dt.date(2023, 5, 18): 220000,
        dt.date(2023, 5, 19): 230000,
    }


def test_delete_asks_and_removes(window: Any, services: Any, prompt_log: PromptLog) -> None:
    number = min(e.number for e in services.editions.list_editions())
    window.open_edition(number)
    prompt_log.confirm_answer = False
    assert not window.delete_edition(number)
    assert services.editions.get(number)
    prompt_log.confirm_answer = True
    assert window.delete_edition(number)
    assert number not in [e.number for e in services.editions.list_editions()]
    assert window.panel.model.row_of(number) == -1
    assert not window.controller.is_open


def test_duplicate_starts_a_new_edition(window: Any) -> None:
    fez = fez_number(window)
    window.open_edition(fez)
    assert window.duplicate_edition(fez)
    form = window.form
    assert form.city_ar.text() == "فاس"
    assert form.number.text() != str(fez) and not form.number.isReadOnly()
    assert window.isWindowModified()
    assert "(جديدة)" in window.windowTitle()


def test_undo_covers_lists_and_the_daily_grid(window: Any) -> None:
    window.open_edition(fez_number(window))
    form = window.form
    before = form.partners.values()
    form.partners.add_row(["المديرية العامة للوقاية المدنية"])
    assert form.partners.values() == [*before, "المديرية العامة للوقاية المدنية"]
    model = form.daily_model
    daily_before = model.values()
    model.setData(model.index(0, 1), "150001")
    assert model.values() != daily_before
    window.undo_action.trigger()
    assert model.values() == daily_before
    window.undo_action.trigger()
    assert form.partners.values() == before
    assert not window.isWindowModified()
    window.redo_action.trigger()
    assert form.partners.values()[-1] == "المديرية العامة للوقاية المدنية"
