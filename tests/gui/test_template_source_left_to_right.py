"""The template editor shows the Jinja source left to right in either template language
(«{#» at the left edge, never mirrored into «#}»), the Arabic words inside it still joined;
the built-in Arabic templates explain themselves in Arabic, not in English."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import fez_release_tab
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from balagh.gui.release.templates_dialog import TemplatesDialog

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates" / "ar"


def _ink_columns(image: QImage, rows: range) -> list[int]:
    """The x of every pixel darker than mid-grey in ``rows``."""
    return [x for y in rows for x in range(image.width())
            if QColor(image.pixel(x, y)).lightness() < 110]


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_the_template_source_reads_left_to_right(
    window: Any, qtbot: Any, services: Any, language: str,
) -> None:
    tab = fez_release_tab(window, qtbot)
    dialog = TemplatesDialog(services, tab.controller.edition, window)
    qtbot.addWidget(dialog)
    dialog.resize(980, 620)
    dialog.show()
    other = "fr" if language == "ar" else "ar"
    dialog.language.setCurrentIndex(dialog.language.findData(other))  # then the one tested
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    dialog.body.setPlainText("{# تعليق #}\n{% if visitors %}زوار {{ city }}{% endif %}")
    QApplication.processEvents()
    body = dialog.body
    assert body.layoutDirection() == Qt.LayoutDirection.LeftToRight
    option = body.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.LeftToRight
    image = body.viewport().grab().toImage()
    line = body.fontMetrics().lineSpacing()
    ink = _ink_columns(image, range(2, line))
    assert ink and min(ink) < 40, "the first line «{# تعليق #}» starts at the left edge"
    assert max(ink) < image.width() // 2


def test_built_in_arabic_templates_explain_themselves_in_arabic() -> None:
    english = re.compile(r"\b[A-Za-z]+[,.:;]?\s+[a-z]+[,.:;]?\s+[a-z]+\b")
    for template in sorted(TEMPLATES.glob("*.j2")):
        for comment in re.findall(r"\{#(.*?)#\}", template.read_text("utf-8"), re.S):
            assert not english.search(comment), (template.name, english.search(comment))
            assert re.search("[\u0600-\u06ff]", comment), template.name
