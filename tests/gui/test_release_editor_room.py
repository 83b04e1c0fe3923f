"""The release tab gives its room to the Arabic paragraphs, and shows no label without its
field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_helpers import screenshot
from PySide6.QtWidgets import QApplication

from balagh.core.model import ReleaseKind


@pytest.mark.parametrize("width,share", [(1024, 1.0), (1366, 1.6)])
def test_the_arabic_paragraphs_get_the_larger_share_of_the_text(
        window: Any, width: int, share: float, tmp_path: Path) -> None:
    """Beside the French version's panel (its template, two buttons and its editor), the
    Arabic paragraphs are the wider: at least as wide at 1024 px, more than one and a half
    times as wide at 1366 px; the live preview keeps a readable width."""
    window.resize(width, 768)
    tab = window.release_tab
    window.show_tab(tab)
    QApplication.processEvents()
    editor, french = tab.editor.width(), tab.french.width()
    assert editor >= share * french, (editor, french)
    assert tab.preview.width() >= 180
    screenshot(window, tmp_path / f"release-{width}.png")


def test_the_day_label_shows_only_with_the_days(window: Any) -> None:
    tab = window.release_tab
    window.show_tab(tab)
    QApplication.processEvents()
    assert tab.kind.currentData() == ReleaseKind.CLOSING.value
    assert not tab.day.isVisible() and not tab.day_label.isVisible()
    tab.kind.setCurrentIndex(tab.kind.findData(ReleaseKind.DAILY.value))
    QApplication.processEvents()
    assert tab.day.isVisible() and tab.day_label.isVisible()
    tab.kind.setCurrentIndex(tab.kind.findData(ReleaseKind.CLOSING.value))
    QApplication.processEvents()
    assert not tab.day.isVisible() and not tab.day_label.isVisible()
