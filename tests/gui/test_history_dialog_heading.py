"""The history dialog's heading names the edition and counts its versions in the interface
language: «الدورة 6 (الجديدة، 2025) — نسخة واحدة في السجل», «Édition 6 (El Jadida, 2025) —
1 version dans l'historique», with the count's plural form."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from gui_helpers import screenshot
from PySide6.QtWidgets import QApplication

from balagh.gui.window import app as gui_app


def _heading(window: Any, qtbot: Any, number: int, language: str,
             picture: Path | None = None) -> str:
    from balagh.gui.window import record_actions

    services = window.services
    services.settings = dataclasses.replace(services.settings, language=language)
    dialog = record_actions.open_history(window, number)
    qtbot.waitExposed(dialog)
    text = dialog.heading.text()
    if picture is not None:
        for width, height in ((980, 560), (800, 520)):  # the dialog at 1366×768, 1024×768
            dialog.resize(width, height)
            QApplication.processEvents()
            screenshot(dialog, picture.with_name(f"{picture.stem}-{width}.png"))
    dialog.close()
    return text


def test_history_heading_names_the_edition_in_the_interface_language(
    record_window: Any, demo_store: Any, qapp: QApplication, qtbot: Any, tmp_path: Path
) -> None:
    number = record_window.controller.original_number
    edition = demo_store.editions.get(number)
    year = edition.start_date.year
    arabic = f"الدورة {number} ({edition.city_ar}، {year}) — "
    french = f"Édition {number} ({edition.city_fr}, {year}) — "

    assert _heading(record_window, qtbot, number, "ar", tmp_path / "history-ar.png") \
        == arabic + "نسخة واحدة في السجل"
    gui_app.apply_language(qapp, "fr")  # the dialog's own labels in French too
    assert _heading(record_window, qtbot, number, "fr", tmp_path / "history-fr.png") \
        == french + "1 version dans l'historique"

    edition.figures["visitors_total"].value += 1
    demo_store.editions.save(edition)
    assert _heading(record_window, qtbot, number, "fr") == french + "2 versions dans l'historique"
    gui_app.apply_language(qapp, "ar")
    assert _heading(record_window, qtbot, number, "ar") == arabic + "نسختان في السجل"
    for _ in range(2):
        edition = demo_store.editions.get(number)
        edition.figures["visitors_total"].value += 1
        demo_store.editions.save(edition)
    assert _heading(record_window, qtbot, number, "ar") == arabic + "4 نسخ في السجل"
