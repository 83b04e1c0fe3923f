"""The window in every catalogue language: nothing untranslated (a pseudo-language shows it),
and a language chosen in the settings applies at once, direction included."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from babel.messages.catalog import Catalog
from gui_helpers import shown_window
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget
from ui_texts import tree_texts, unmarked

from balagh.gui.window import app as gui_app
from balagh.gui.window.main_window import MainWindow
from balagh.messages import forget_catalogue, load_catalogue, maintain
from balagh.platform.settings import Settings

PSEUDO = "xx"
#: Widgets that show the document's own words (the release's wording of a figure, the days as
#: the Arabic release dates them), not interface sentences.
_DOCUMENT_TEXT = ("QLabel#preview_", "QComboBox#bulletin_day.")


def _pseudo(text: str) -> str:
    return f"⟦{text}⟧"


@pytest.fixture
def pseudo_language(qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    """A catalogue whose every sentence is its Arabic id inside «⟦…⟧», loaded as "xx"."""
    french = maintain.read_catalogue("fr")
    pseudo = Catalog(locale="fr", domain="balagh")
    for message in french:
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            forms = tuple(_pseudo(message.id[0] if i == 0 else message.id[1])
                          for i in range(french.num_plurals))
            pseudo.add(message.id, forms, context=message.context)
        else:
            pseudo.add(message.id, _pseudo(message.id), context=message.context)
    compiled = tmp_path / "xx.mo"
    compiled.write_bytes(maintain.compiled(pseudo))
    load_catalogue(PSEUDO, compiled.read_bytes())
    direction, locale, name = qapp.layoutDirection(), QLocale(), qapp.applicationDisplayName()
    yield PSEUDO
    forget_catalogue(PSEUDO)
    for translator in qapp.findChildren(gui_app.QTranslator):  # as the other tests leave it
        qapp.removeTranslator(translator)
    qapp.setLayoutDirection(direction)
    QLocale.setDefault(locale)
    qapp.setApplicationDisplayName(name)


def _user_data(services: Any) -> set[str]:
    """What the staff typed or recorded (edition names, places, lists, the figure catalogue's
    names, templates) and the languages' own names: shown as written in any language."""
    from balagh.gui.dialogs.settings import language_name
    from balagh.messages import available_languages

    found = {language_name(code) for code in available_languages()}
    for kind in services.editions.catalogue():
        found.update((kind.label_ar, kind.label_fr))
    for edition in services.editions.list_editions():
        for value in vars(edition).values():
            if isinstance(value, str) and value.strip():
                found.add(value.strip())
            elif isinstance(value, list):
                found.update(v.strip() for v in value if isinstance(v, str) and v.strip())
    if services.releases is not None:
        found.update(t.name for t in services.releases.templates())
    return {text for text in found if len(text) > 1}


def _every_tab(window: MainWindow) -> list[tuple[str, str]]:
    texts = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        texts += list(tree_texts(window))
    return texts


def _dialogs(window: MainWindow, services: Any) -> list[QWidget]:
    from balagh.gui.dialogs.settings import SettingsDialog
    from balagh.gui.release.archive_dialog import ArchiveDialog
    from balagh.gui.release.phrasebook_dialog import PhrasebookDialog
    from balagh.gui.release.templates_dialog import TemplatesDialog

    return [
        SettingsDialog(services.settings, ["قالبي"], window),
        TemplatesDialog(services, window.release_tab.controller.edition, window),
        PhrasebookDialog(services.phrases, services.language, window),
        ArchiveDialog(services, window),
    ]


def test_pseudo_language_window_shows_no_untranslated_text(
    qapp: QApplication, qtbot: Any, services: Any, prompt_log: Any, pseudo_language: str
) -> None:
    gui_app.apply_language(qapp, pseudo_language)
    window = shown_window(qtbot, services, pseudo_language)
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    texts = _every_tab(window)
    for dialog in _dialogs(window, services):
        dialog.show()
        QApplication.processEvents()
        texts += list(tree_texts(dialog))
        dialog.close()
    assert len(texts) > 500
    left = [(where, text) for where, text in unmarked(iter(texts), _user_data(services))
            if not where.startswith(_DOCUMENT_TEXT)]
    assert left == []


def test_choosing_a_language_retranslates_theshown_window(
    qapp: QApplication, qtbot: Any, services: Any, prompt_log: Any, pseudo_language: str
) -> None:
    """Arabic to the pseudo-language and to French at once, and back: menus, tabs, labels
    follow, and the direction flips, on the edition that was open."""
    from balagh.gui.window.language_switch import choose_language

    gui_app.apply_language(qapp, "ar")
    window = shown_window(qtbot, services, "ar")
    number = window.controller.original_number
    assert window.menuBar().actions()[0].text() == "&ملف"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft

    services.settings = Settings(language=pseudo_language)
    choose_language(pseudo_language)
    qtbot.waitUntil(lambda: window.language == pseudo_language, timeout=20000)
    window.jobs.wait(20000)
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.controller.original_number == number
    assert [(where, text) for where, text in unmarked(iter(_every_tab(window)),
                                                      _user_data(services))
            if not where.startswith(_DOCUMENT_TEXT)] == []

    services.settings = Settings(language="fr")
    choose_language("fr")
    qtbot.waitUntil(lambda: window.language == "fr", timeout=20000)
    assert window.menuBar().actions()[0].text() == "&Fichier"
    assert window.tabs.tabText(0) == "Édition"

    services.settings = Settings(language="ar")
    choose_language("ar")
    qtbot.waitUntil(lambda: window.language == "ar", timeout=20000)
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.menuBar().actions()[0].text() == "&ملف"
    window.jobs.wait(20000)
