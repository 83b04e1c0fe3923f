"""The settings dialog: what the staff set is saved and shows in the next release PDF."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import PromptLog, drafted, fez_number, type_text
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog

from balagh.core.model import ReleaseKind, StoredTemplate
from balagh.gui.dialogs import settings as settings_dialog
from balagh.gui.dialogs.settings import SettingsDialog
from balagh.platform.settings import Settings


def _logo(tmp_path: Path) -> Path:
    image = QImage(120, 120, QImage.Format.Format_RGB32)
    image.fill(QColor("darkgreen"))
    path = tmp_path / "logo.png"
    assert image.save(str(path))
    return path


def test_logo_picker_shows_a_preview(qtbot: Any, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = SettingsDialog(Settings(), [])
    qtbot.addWidget(dialog)
    assert dialog.logo_preview.text() == "بدون شعار"
    logo = _logo(tmp_path)
    monkeypatch.setattr(settings_dialog.QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(logo), ""))
    dialog.logo_button.click()
    assert dialog.logo.text() == str(logo)
    assert not dialog.logo_preview.pixmap().isNull()
    dialog.logo.setText(str(tmp_path / "missing.png"))
    assert dialog.logo_preview.text() == "تعذرت قراءة الصورة"
    dialog.logo_clear.click()
    assert dialog.result_settings().logo_path == ""


def test_notes_say_when_database_and_language_apply(qtbot: Any) -> None:
    dialog = SettingsDialog(Settings(), [])
    qtbot.addWidget(dialog)
    hints = [label.text() for label in dialog.findChildren(settings_dialog.QLabel, "hint")]
    assert any("قاعدة البيانات" in h and "إعادة تشغيل" in h for h in hints)
    assert any("لغة الواجهة" in h and "فورا" in h for h in hints)


def test_settings_are_saved_and_used_by_the_release_pdf(
    window: Any, qtbot: Any, services: Any, tmp_path: Path, prompt_log: PromptLog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pypdf import PdfReader

    from readback import read_pdf_text

    logo = _logo(tmp_path)
    # A stored template is offered as the default template.
    services.releases.save_template(
        StoredTemplate("قالب المكتب", ReleaseKind.CLOSING, "زار المعرض {{ edition.city_ar }}."))

    def fill_and_accept(dialog: SettingsDialog) -> QDialog.DialogCode:
        dialog.letterhead.clear()
        type_text(dialog.letterhead, "المملكة المغربية")
        dialog.letterhead.appendPlainText("وزارة الداخلية\nالمديرية العامة للأمن الوطني")
        dialog.place.clear()
        type_text(dialog.place, "فاس")
        dialog.logo.setText(str(logo))
        index = dialog.template.findData("قالب المكتب")
        assert index >= 0 and "قالب محفوظ" in dialog.template.itemText(index)
        dialog.template.setCurrentIndex(index)
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", fill_and_accept)
    assert window.open_settings()

    saved = Settings.load()
    assert saved.place == "فاس" and saved.logo_path == str(logo)
    assert saved.letterhead_lines == [
        "المملكة المغربية", "وزارة الداخلية", "المديرية العامة للأمن الوطني"]
    assert saved.language == "fr" and saved.default_template == "قالب المكتب"
    qtbot.waitUntil(lambda: window.language == "fr", timeout=20000)  # applied at once
    assert window.menuBar().actions()[0].text() == "&Fichier"
    from balagh.gui.window.language_switch import choose_language

    services.settings = dataclasses.replace(services.settings, language="ar")
    choose_language("ar")  # back to Arabic for the rest of the test
    qtbot.waitUntil(lambda: window.language == "ar", timeout=20000)

    window.open_edition(fez_number(window))
    window.tabs.setCurrentWidget(window.release_tab)
    tab = window.release_tab
    assert tab.template.currentText() == "قالب المكتب"  # the new default is preselected
    tab.template.setCurrentIndex(0)  # the built-in closing release
    qtbot.waitUntil(lambda: tab.generate_button.isEnabled(), timeout=20000)
    drafted(tab)
    assert tab.controller.release.place == "فاس"
    qtbot.waitUntil(lambda: tab.preview.page_count() >= 1, timeout=20000)
    text = read_pdf_text(tab.preview.data)
    assert "وزارة الداخلية" in text
    assert "فاس في" in text
    page = PdfReader(io.BytesIO(tab.preview.data)).pages[0]
    assert len(page.images) >= 1  # the logo is drawn


def _ink_columns(widget: Any) -> list[int]:
    """The x positions of dark pixels in the first text line of a plain-text field."""
    image = widget.viewport().grab().toImage()
    return [x for y in range(2, 28) for x in range(image.width())
            if image.pixelColor(x, y).lightness() < 100]


def test_arabic_lines_start_at_the_right_edge(qtbot: Any) -> None:
    """A short Arabic line in the letterhead field sits on the right, as it would on paper."""
    from balagh.core.catalogue import DEFAULT_CATALOGUE
    from balagh.gui.edition.form import EditionForm

    dialog = SettingsDialog(Settings(), [])
    qtbot.addWidget(dialog)
    form = EditionForm(list(DEFAULT_CATALOGUE), "ar")
    qtbot.addWidget(form)
    form.notes.setPlainText("ملاحظة قصيرة")
    for widget in (dialog, form):
        widget.show()
        qtbot.waitExposed(widget)
    for field in (dialog.letterhead, form.notes):
        ink = _ink_columns(field)
        assert ink, "no text drawn"
        assert min(ink) > field.viewport().width() // 2, field.objectName()
