"""Adding a language is adding a catalogue file: ``maintain init en`` writes English's
``balagh.po`` from the code's sentences; once translated and compiled, the language is offered
by the settings and the running window switches to it, with no code change."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from balagh.messages import available_languages, maintain, translate, use_locale_folder
from balagh.platform.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def locale_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The shipped locale folder copied under ``tmp_path``, used by ``maintain`` and read by
    the catalogues in its place (the shipped one again afterwards)."""
    folder = tmp_path / "locale"
    shutil.copytree(ROOT / "resources" / "locale", folder)
    monkeypatch.setattr(maintain, "LOCALE", folder)
    yield folder
    use_locale_folder(None)


def _translate(po: Path, translations: dict[str, str]) -> None:
    """What a translator does: fill some ``msgstr`` of the new catalogue."""
    text = po.read_text(encoding="utf-8")
    for msgid, english in translations.items():
        empty = f'msgid "{msgid}"\nmsgstr ""\n'
        assert empty in text, msgid
        text = text.replace(empty, f'msgid "{msgid}"\nmsgstr "{english}"\n')
    po.write_text(text, encoding="utf-8")


def _english_catalogue(folder: Path) -> Path:
    assert maintain.main(["init", "en"]) == 0
    po = folder / "en" / "LC_MESSAGES" / "balagh.po"
    _translate(po, {"&ملف": "&File", "الدورة": "Edition", "بلاغ": "Balagh"})
    assert maintain.main(["update"]) == 0  # compiles the .mo beside it
    return po


def test_init_writes_every_sentence_with_the_languages_plural_forms(locale_copy: Path) -> None:
    po = _english_catalogue(locale_copy)
    english = maintain.read_catalogue("en")
    french = maintain.read_catalogue("fr")
    assert {(m.id, m.context) for m in english if m.id} == {
        (m.id, m.context) for m in french if m.id}
    assert english.num_plurals == 2 and english.plural_expr == "(n != 1)"
    assert po.with_suffix(".mo").is_file()
    assert maintain.main(["init", "en"]) == 1  # never overwrites a catalogue
    assert maintain.main(["init", "not-a-language"]) == 1
    assert not (locale_copy / "not-a-language").exists()


def test_a_new_catalogue_is_a_new_language(locale_copy: Path) -> None:
    assert "en" not in available_languages()
    _english_catalogue(locale_copy)
    use_locale_folder(locale_copy)
    assert available_languages() == ["ar", "en", "fr"]
    assert translate("en", "&ملف") == "&File"
    assert translate("en", "لا توجد دورة") == "لا توجد دورة"  # untranslated: the Arabic id
    assert translate("fr", "&ملف") == "&Fichier"


def test_the_settings_offer_it_and_the_window_switches_to_it(
    qapp: QApplication, qtbot: Any, services: Any, prompt_log: Any, locale_copy: Path
) -> None:
    from balagh.gui.dialogs.settings import SettingsDialog
    from balagh.gui.window import app as gui_app
    from balagh.gui.window.language_switch import choose_language
    from balagh.gui.window.main_window import MainWindow

    _english_catalogue(locale_copy)
    use_locale_folder(locale_copy)
    gui_app.apply_language(qapp, "ar")
    services.settings = Settings(language="ar")
    window = MainWindow("ar")
    qtbot.addWidget(window)
    window.attach(services)
    window.show()
    qtbot.waitExposed(window)
    window.jobs.wait(20000)

    dialog = SettingsDialog(services.settings, [], window)
    offered = {dialog.language.itemData(i): dialog.language.itemText(i)
               for i in range(dialog.language.count())}
    assert offered["en"] == "English"
    dialog.deleteLater()

    services.settings = Settings(language="en")
    choose_language("en")
    qtbot.waitUntil(lambda: window.language == "en", timeout=20000)
    window.jobs.wait(20000)
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.tabs.tabText(0) == "Edition"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert qapp.applicationDisplayName() == "Balagh"
