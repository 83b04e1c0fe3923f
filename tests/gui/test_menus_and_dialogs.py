"""File menu import/export, settings dialog, About, and the French window's catalogue."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from gui_helpers import PromptLog

from balagh.gui.dialogs import about as dialogs
from balagh.gui.dialogs.settings import SettingsDialog
from balagh.gui.edition import interchange as interchange_actions
from balagh.platform.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def test_export_then_import_all_or_nothing(
    window: Any, services: Any, prompt_log: PromptLog, qtbot: Any
) -> None:
    text = interchange_actions.export_text(window.editions_files)
    data = json.loads(text)
    assert {d["city"]["ar"] for d in data} >= {"فاس", "طنجة"}

    # A file with one good and one bad edition: refused as a whole, nothing written.
    good = dict(data[0], number=20, start_date="2025-05-17", end_date="2025-05-21")
    bad = dict(data[0], number=21, start_date="2025-06-10", end_date="2025-06-01")
    before = [e.number for e in services.editions.list_editions()]
    interchange_actions.import_text(
        window.editions_files, json.dumps([good, bad], ensure_ascii=False), "x.json"
    )
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=20000)
    assert prompt_log.errors and "تاريخ النهاية" in prompt_log.errors[-1]
    assert [e.number for e in services.editions.list_editions()] == before

    interchange_actions.import_text(

        window.editions_files, json.dumps([good], ensure_ascii=False), "x.json"

    )
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=20000)
    assert 20 in [e.number for e in services.editions.list_editions()]
    assert window.panel.model.row_of(20) >= 0
    assert "استوردت دورة واحدة" in prompt_log.infos[-1]

    # Importing an existing number asks before replacing; "no" changes nothing.
    prompt_log.confirm_answer = False
    changed = dict(good, city={"ar": "وجدة", "fr": "Oujda"})
    interchange_actions.import_text(
        window.editions_files, json.dumps([changed], ensure_ascii=False), "y.json"
    )
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=20000)
    assert "موجودة" in prompt_log.asked[-1]
    assert services.editions.get(20).city_ar == good["city"]["ar"]
    prompt_log.confirm_answer = True
    interchange_actions.import_text(
        window.editions_files, json.dumps([changed], ensure_ascii=False), "y.json"
    )
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=20000)
    assert services.editions.get(20).city_ar == "وجدة"


def test_settings_dialog_edits_and_saves(qtbot: Any, _isolated_home: Path) -> None:
    dialog = SettingsDialog(Settings(), ["قالبي"])
    qtbot.addWidget(dialog)
    dialog.place.setText("فاس")
    dialog.letterhead.setPlainText(
        "المملكة المغربية\n\nوزارة الداخلية\nالمديرية العامة للأمن الوطني")
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.template.setCurrentIndex(dialog.template.findData("قالبي"))
    result = dialog.result_settings()
    assert result.place == "فاس"
    assert result.letterhead_lines == [
        "المملكة المغربية", "وزارة الداخلية", "المديرية العامة للأمن الوطني"]
    assert result.language == "fr" and result.default_template == "قالبي"
    result.save()
    assert Settings.load().place == "فاس"


def test_about_names_the_versions() -> None:
    import PySide6

    import balagh

    text = dialogs.versions_text()
    assert balagh.__version__ in text and PySide6.__version__ in text and "Python 3." in text


def test_every_interface_string_reaches_the_french_window(qapp: Any) -> None:
    """Babel's extraction of the window's ``tr()`` texts finds each in the French catalogue,
    and Qt, asked through the installed translator, answers it in French."""
    from PySide6.QtCore import QCoreApplication

    from balagh.gui.window import app as gui_app
    from balagh.messages import maintain, translate

    found = [m for m in maintain.extract(ROOT / "desktop" / "balagh" / "gui")
             if isinstance(m.id, str) and m.id]
    texts = {m.id for m in found if not m.context}
    # A sentence with a context (pmsg) is looked up with it: Qt's tr() never sees it.
    in_context = {(m.context, m.id) for m in found if m.context}
    assert len(texts) > 300
    try:
        gui_app.install_translators(qapp, "fr")
        untranslated = {t for t in texts if QCoreApplication.translate("MainWindow", t) == t}
    finally:
        gui_app.install_translators(qapp, "ar")
    assert untranslated == set()
    # (the pattern itself: a sentence with fields, «تعديل «{label}»», is looked up unfilled)
    assert {(c, t) for c, t in in_context if translate("fr", t, context=c) == t} == set()
