"""The record in the window: history view and restore, trash, backup dialog, last backup."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_helpers import PromptLog, fez_number, screenshot
from PySide6.QtWidgets import QLabel

from balagh.app.backups import automatic_backups, verify_backup
from balagh.core.model import Release, ReleaseKind
from balagh.platform.settings import Settings
from store_tools import D

#: The demo editions every demo store holds (resources/demo/editions.json).
DEMO_EDITIONS = 6


def listed(window: Any) -> list[int]:
    """The numbers in the editions list."""
    return [e.number for e in window.panel.model.editions()]


def _save_visitors(store: Any, number: int, value: int) -> None:
    edition = store.editions.get(number)
    edition.figures["visitors_total"].value = value
    store.editions.save(edition)


def test_the_daily_backup_is_made_at_start_and_its_date_shown(
    record_window: Any, tmp_path: Path
) -> None:
    [(day, path)] = automatic_backups(tmp_path / "backups").items()
    sqlite = record_window.services.store.engine.dialect.name == "sqlite"
    assert path.name == f"balagh-{day.isoformat()}.{'db' if sqlite else 'zip'}"
    assert verify_backup(path).counts["editions"] == DEMO_EDITIONS
    text = record_window.findChild(QLabel, "last_backup_label").text()
    assert text.startswith("آخر نسخة احتياطية: ") and day.strftime("%d/%m/%Y") in text


def test_history_view_lists_changes_and_restores_a_version(
    record_window: Any, demo_store: Any, prompt_log: PromptLog, tmp_path: Path, qtbot: Any
) -> None:
    from balagh.gui.window import record_actions

    fez = fez_number(record_window)
    for value in (1_200_000, 1_250_000, 1_300_000):
        _save_visitors(demo_store, fez, value)
    dialog = record_actions.open_history(record_window, fez)
    qtbot.waitExposed(dialog)
    assert dialog.model.rowCount() == 4
    assert dialog.model.row_at(0).version == 4  # newest first
    def shown() -> str:  # the text as read (the bidi isolates around numbers left out)
        return dialog.details.toPlainText().replace("\u2066", "").replace("\u2069", "")

    assert "• العدد الإجمالي للزوار: 1250000 ← 1300000" in shown()
    assert "\u20661250000\u2069 ← \u20661300000\u2069" in dialog.details.toPlainText()
    dialog.table.selectRow(3)  # version 1, as imported
    dialog.whole_button.setChecked(True)
    assert "• العدد الإجمالي للزوار: 1150000 (حوالي)" in shown()
    screenshot(dialog, tmp_path / "history.png")
    assert dialog.restore_selected()
    assert prompt_log.asked[-1].startswith("confirm: استرجاع نسخة: هل تريد جعل النسخة 1")
    assert dialog.model.rowCount() == 5
    assert dialog.model.row_at(0).restored_from == 1
    shown = record_window.form.draft().figures["visitors_total"]
    assert shown.text.replace(" ", "").replace(".", "") == "1150000"
    assert shown.qualifier.value == "about"


def test_delete_refused_at_once_for_an_issued_edition_then_trash_and_restore(
    record_window: Any, demo_store: Any, prompt_log: PromptLog, tmp_path: Path, qtbot: Any
) -> None:
    from balagh.gui.window import record_actions

    draft = demo_store.releases.save_draft(Release(3, ReleaseKind.CLOSING, "بلاغ", "الرباط",
                                                   D(2022, 6, 1), ["فقرة"]))
    demo_store.releases.issue(draft.id, lambda _r: b"%PDF-1.4 x")
    assert not record_window.delete_edition(3)
    assert prompt_log.asked == []  # nothing was asked before refusing
    assert prompt_log.errors == ["لا يمكن حذف الدورة 3 لأن لها بلاغا صادرا."]
    assert record_window.delete_edition(2)
    assert "سلة المحذوفات" in prompt_log.asked[-1]
    qtbot.waitUntil(lambda: 2 not in listed(record_window), timeout=20000)
    assert record_window.delete_edition(1)
    dialog = record_actions.open_trash(record_window)
    qtbot.waitExposed(dialog)
    assert dialog.model.rowCount() == 2
    screenshot(dialog, tmp_path / "trash.png")
    dialog.table.selectRow([i.number for i in dialog.model.rows()].index(2))
    assert dialog.restore_selected()
    qtbot.waitUntil(lambda: 2 in listed(record_window), timeout=20000)  # read in the background
    assert dialog.empty()
    assert "ستحذف نهائيا الدورات: 1 (الدار البيضاء، 2017)" in prompt_log.asked[-1]
    assert dialog.model.rowCount() == 0 and demo_store.history.trash() == []
    assert demo_store.history.events()[0].action == "trash_emptied"


def test_backup_dialog_backs_up_and_restores_into_the_open_window(
    record_window: Any, demo_store: Any, prompt_log: PromptLog, tmp_path: Path, qtbot: Any
) -> None:
    from balagh.gui.window import record_actions

    dialog = record_actions.open_backups(record_window)
    qtbot.waitExposed(dialog)
    assert dialog.table.rowCount() == 1  # today's automatic backup
    sqlite = demo_store.engine.dialect.name == "sqlite"
    monday = tmp_path / ("monday.db" if sqlite else "monday.zip")
    text = dialog.back_up_to(monday)
    assert "وتحقق منها" in text and f"الدورات: {DEMO_EDITIONS}" in text
    screenshot(dialog, tmp_path / "backups.png")
    fez = fez_number(record_window)
    assert record_window.open_edition(fez)  # the edition whose figure the restore brings back
    _save_visitors(demo_store, fez, 1_999_999)
    assert dialog.confirm_restore(monday)
    assert "ستستبدل قاعدة البيانات الحالية" in prompt_log.asked[-1]
    assert demo_store.editions.get(fez).figures["visitors_total"].value == 1_150_000
    assert "حفظت القاعدة السابقة في" in prompt_log.infos[-1]
    [aside] = (tmp_path / "backups").glob("before-restore-*")
    # the database as it was, kept
    assert verify_backup(aside).counts["editions"] == DEMO_EDITIONS
    shown = record_window.form.draft().figures["visitors_total"]
    assert shown.text.replace(" ", "").replace(".", "") == "1150000"


def test_verifying_a_pdf_in_the_window_reads_its_signature(
    record_window: Any, prompt_log: PromptLog, tmp_path: Path
) -> None:
    from balagh.documents.release.signature import load_signer, sign_pdf
    from test_signed_releases import PASSWORD, make_office_ca

    p12, _root = make_office_ca(tmp_path)
    signer = load_signer(p12, PASSWORD)
    from reportlab.pdfgen import canvas

    canvas_file = tmp_path / "page.pdf"
    page = canvas.Canvas(str(canvas_file))
    page.drawString(100, 700, "DGSN")
    page.save()
    signed = sign_pdf(canvas_file.read_bytes(), signer, office="المديرية العامة للأمن الوطني")
    record_window.release_tab.show_verification(signed)
    assert "موقع إلكترونيا من طرف" in prompt_log.errors[-1]  # signed, but not on record here
    assert "Cellule de communication" in prompt_log.errors[-1]
    changed = bytearray(signed)
    changed[signed.index(b"stream") + 20] ^= 0x01  # a signed byte of the page
    record_window.release_tab.show_verification(bytes(changed))
    assert prompt_log.errors[-1] == "التوقيع الإلكتروني لهذا الملف مكسور: غير الملف بعد توقيعه."


@pytest.mark.parametrize("asked", [True, False])
def test_a_backup_is_written_at_quit_when_the_settings_ask_for_it(
    record_window: Any, demo_store: Any, tmp_path: Path, qtbot: Any, asked: bool
) -> None:
    import datetime as dt

    from balagh.core.model import Edition
    from balagh.gui.window import record_actions

    dialog = record_actions.open_backups(record_window)
    qtbot.waitExposed(dialog)
    assert not dialog.at_quit.isChecked()
    dialog.at_quit.setChecked(asked)
    dialog.close()
    assert Settings.load().backup_at_quit is asked  # kept for the next start
    # Work done after the start's automatic backup: a new edition.
    demo_store.editions.save(Edition(9, "وجدة", "Oujda", dt.date(2027, 5, 17),
                                     dt.date(2027, 5, 21)))
    assert record_window.close()
    [(_day, path)] = automatic_backups(tmp_path / "backups").items()
    held = verify_backup(path).counts["editions"]
    assert held == (DEMO_EDITIONS + 1 if asked else DEMO_EDITIONS)


def test_template_history_lists_versions_and_restores_one(
    record_window: Any, demo_store: Any, prompt_log: PromptLog, tmp_path: Path, qtbot: Any
) -> None:
    from balagh.core.model import StoredTemplate
    from balagh.gui.release.templates_dialog import TemplatesDialog

    first = "فقرة أولى.\n\nعدد الزوار {{ figures.visitors_total.value }}."
    second = "فقرة معدلة.\n\nعدد الزوار {{ figures.visitors_total.value }}."
    demo_store.releases.save_template(StoredTemplate("قالبي", ReleaseKind.CLOSING, first))
    demo_store.releases.save_template(StoredTemplate("قالبي", ReleaseKind.CLOSING, second))
    templates = TemplatesDialog(record_window.services, None, record_window)
    qtbot.addWidget(templates)
    templates.show()
    templates.reload(select="قالبي")
    assert templates.body.toPlainText() == second
    assert templates.history_button.isEnabled()
    history = templates.open_history()
    qtbot.waitExposed(history)
    assert history.model.rowCount() == 2
    assert history.body.toPlainText() == second  # the newest, selected
    history.table.setCurrentIndex(history.model.index(1, 0))
    assert history.body.toPlainText() == first
    screenshot(history, tmp_path / "template-history.png")
    assert history.restore_selected()
    assert "النسخة 1" in prompt_log.asked[-1]
    stored = {t.name: t for t in demo_store.releases.templates()}["قالبي"]
    assert stored.body == first
    assert templates.body.toPlainText() == first  # the editor shows the restored text
    assert history.model.rowCount() == 3  # the restore is a version of its own
