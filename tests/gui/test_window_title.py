"""The window's title names the edition in the form and the program once, as the title bar
shows it; the question about unsaved changes names the edition as a sentence's subject."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import PromptLog, clear_and_type, screenshot, window_in_language
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from balagh.gui.window import app as gui_app


@pytest.fixture(autouse=True)
def display_name_kept(qapp: QApplication) -> Iterator[None]:
    """The application's display name as the test found it."""
    before = QGuiApplication.applicationDisplayName()
    yield
    QGuiApplication.setApplicationDisplayName(before)


def shown_title(window: Any) -> str:
    """The title as the title bar shows it: «[*]» replaced by the unsaved mark, and Qt's
    platform windows (X11, Windows) append « — » and the application's display name unless
    the title already ends with it (QPlatformWindow::formatWindowTitle)."""
    title = window.windowTitle().replace("[*]", "*" if window.isWindowModified() else "")
    name = QGuiApplication.applicationDisplayName()
    return title if not name or title.endswith(name) else f"{title} \u2014 {name}"


def test_the_title_names_the_program_once_and_the_last_valid_number(
    qapp: QApplication, qtbot: Any, window: Any, prompt_log: PromptLog, tmp_path: Path
) -> None:
    gui_app.apply_language(qapp, "ar")  # the display name «بلاغ», as a start sets it
    window.update_title()
    number = window.controller.original_number
    city = window.form.city_ar.text()
    assert shown_title(window) == f"الدورة {number} — {city} — بلاغ"

    window.new_edition()  # the next free number offered
    offered = window.form.number.text()
    assert shown_title(window) == f"الدورة {offered} (جديدة)* — بلاغ"
    clear_and_type(window.form.number, "abc")  # not a number: the last valid one is named
    assert shown_title(window) == f"الدورة {offered} (جديدة)* — بلاغ"
    clear_and_type(window.form.number, "١٢")  # Arabic-Indic digits are a number
    assert shown_title(window) == "الدورة 12 (جديدة)* — بلاغ"
    clear_and_type(window.form.number, "12x")
    assert shown_title(window) == "الدورة 12 (جديدة)* — بلاغ"
    assert shown_title(window).count("بلاغ") == 1
    for width in (1366, 1024):
        window.resize(width, 768)
        QApplication.processEvents()
        screenshot(window, tmp_path / f"title-12x-{width}.png")

    assert window.open_edition(number)
    assert prompt_log.asked[-1] == "unsaved: الدورة 12"
    assert shown_title(window) == f"الدورة {number} — {city} — بلاغ"


def test_the_french_unsaved_question_names_the_edition_with_its_article(
    qapp: QApplication, qtbot: Any, services: Any, prompt_log: PromptLog
) -> None:
    window = window_in_language(qapp, qtbot, services, "fr")
    window.show()
    qtbot.waitExposed(window)
    number = window.controller.original_number
    city = window.form.city_fr.text()
    assert shown_title(window) == f"Édition {number} — {city} — Balagh"

    clear_and_type(window.form.theme, "Une autre devise")
    qtbot.waitUntil(window.isWindowModified)
    assert shown_title(window) == f"Édition {number} — {city}* — Balagh"
    other = next(e.number for e in window.panel.model.editions() if e.number != number)
    assert window.open_edition(other)
    what = prompt_log.asked[-1].removeprefix("unsaved: ")
    assert what == f"L'édition {number} — {city}"
    question = QCoreApplication.translate("prompts", "توجد تعديلات غير محفوظة على %1.")
    assert question.replace("%1", what) == \
        f"L'édition {number} — {city} comporte des modifications non enregistrées."

    window.new_edition()
    offered = window.form.number.text()
    clear_and_type(window.form.number, "abc")
    clear_and_type(window.form.city_fr, "Oujda")
    assert shown_title(window) == f"Édition {offered} — Oujda (nouvelle)* — Balagh"
    assert window.open_edition(number)
    assert prompt_log.asked[-1] == f"unsaved: L'édition {offered} — Oujda"
    window.jobs.wait(20000)
