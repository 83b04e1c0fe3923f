"""The user guide: F1 and Help open it in the interface language, its pictures are there, and
its shortcuts page lists exactly the window's keys."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from balagh.gui.dialogs.guide import GuideDialog
from balagh.platform.assets import read_text, resource

ISOLATES = "\u2066\u2069"
#: Keys of the table that are Qt's own, not window actions.
QT_OWN = {"Tab", "Shift+Tab", "Ctrl+Z", "Ctrl+Shift+Z"}


def table_keys(language: str) -> set[str]:
    """The keys in the first column of the guide's shortcuts table."""
    text = read_text("guide", f"{language}.md")
    section = text.split("\n## 7.", 1)[1]
    keys: set[str] = set()
    for line in section.splitlines():
        match = re.match(r"^\| ([^|]+?) \| ", line)
        if match and not line.startswith("|---"):
            keys.update(k.strip(ISOLATES + " ") for k in match.group(1).split(" / "))
    keys -= {"المفتاح", "Touche"}
    return keys


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_every_picture_of_the_guide_is_bundled(language: str) -> None:
    text = read_text("guide", f"{language}.md")
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert len(pictures) >= 2
    for picture in pictures:
        assert resource("guide", *picture.split("/")).is_file(), picture


def test_f1_opens_the_guide_with_its_pictures(window: Any, qtbot: Any) -> None:
    QTest.keyClick(window.panel.table, Qt.Key.Key_F1)
    dialog = window.guide_dialog
    assert isinstance(dialog, GuideDialog) and dialog.isVisible()
    document = dialog.browser.document()
    assert "دليل استعمال بلاغ" in document.toPlainText()
    assert "فحص التطابق" in document.toPlainText()
    image = document.resource(QTextDocument.ResourceType.ImageResource,
                              QUrl("images/release-ar.png"))
    assert image is not None and not image.isNull()
    assert dialog.width() <= window.screen().availableGeometry().width()
    help_actions = [a.objectName() for a in window.help_menu.actions()]
    assert "action_guide" in help_actions
    dialog.close()


def test_the_french_guide_is_in_french(qapp: QApplication) -> None:
    dialog = GuideDialog("fr")
    assert "Guide d'utilisation de Balagh" in dialog.browser.document().toPlainText()
    assert dialog.browser.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_the_shortcuts_page_lists_every_key_of_the_window(record_window: Any,
                                                          language: str) -> None:
    window = record_window
    keys = set()
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            text = key.toString(QKeySequence.SequenceFormat.PortableText)
            if text and action.objectName() not in ("action_undo", "action_redo"):
                keys.add(text)
    listed = table_keys(language)
    assert keys - listed == set(), "keys missing from the guide"
    assert listed - keys - QT_OWN == set(), "keys in the guide that do nothing"


#: Each kind of finding of the consistency check, by the words the guide's page on the check
#: («ما تعنيه نتائج الفحص») explains it with, in Arabic and French.
FINDINGS_EXPLAINED = {
    "differs": ("رقم مخالف", "Chiffre différent"),
    "not_recorded": ("رقم غير مسجل", "Chiffre non enregistré"),
    "unknown": ("رقم مجهول", "Nombre inconnu"),
    "qualifier": ("الصيغة", "Qualificatif"),
    "qualifier_dropped": ("وكتب الرقم بدونها", "est enregistré et omis"),
    "decimal": ("نسبة أو عدد عشري", "Pourcentage ou décimal"),
    "date": ("التاريخ", "Date"),
    "unreadable": ("رقم لا يقرأ", "Nombre illisible"),
    "place": ("المكان", "Lieu"),
    "ordinal": ("«الدورة الرابعة» لدورة أخرى", "pour une autre édition"),
    "no_figures": ("يوم بلا أرقام", "Jour sans chiffres"),
}


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_the_guide_explains_every_kind_of_finding(language: str) -> None:
    from balagh.documents.release.consistency_findings import DiscrepancyKind

    text = read_text("guide", f"{language}.md")
    page = text.split("\n## 4.", 1)[1].split("\n## 5.", 1)[0]
    assert set(FINDINGS_EXPLAINED) == {kind.value for kind in DiscrepancyKind}
    for kind, words in FINDINGS_EXPLAINED.items():
        assert words[language == "fr"] in page, kind

