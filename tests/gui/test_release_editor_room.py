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


def _ink_height(image: Any) -> int:
    """From the first row with ink (darker than the background) to the last, in pixels."""
    background = image.pixelColor(image.width() - 1, image.height() - 1).lightness()
    rows = [y for y in range(image.height())
            if any(image.pixelColor(x, y).lightness() < background - 40
                   for x in range(image.width()))]
    return rows[-1] - rows[0] + 1 if rows else 0


def test_an_arabic_only_release_says_so_inside_the_empty_french_editor(window: Any) -> None:
    """«هذا البلاغ بالعربية فقط.» is written in the empty French editor (wrapped, whole),
    not in a one-line note cut to its first word; a French version takes it away."""
    from gui_helpers import drafted

    tab = window.release_tab
    window.show_tab(tab)
    drafted(tab)
    french = tab.french
    assert tab.controller.release is not None and tab.controller.release.french is None
    assert french.editor.empty_note == "هذا البلاغ بالعربية فقط."
    assert not french.note.isVisible()
    line = french.editor.fontMetrics().height()
    french.editor.setFixedWidth(400)  # the whole sentence on one line
    QApplication.processEvents()
    one_line = _ink_height(french.editor.viewport().grab().toImage())
    assert 0 < one_line <= 1.3 * line
    french.editor.setFixedWidth(90)  # narrower than the sentence: it wraps, nothing is cut
    QApplication.processEvents()
    assert _ink_height(french.editor.viewport().grab().toImage()) >= one_line + 0.6 * line
    french.editor.setMinimumWidth(0)
    french.editor.setMaximumWidth(16777215)
    french.create_button.click()
    window.jobs.wait(20000)
    QApplication.processEvents()
    assert tab.controller.release.french is not None
    assert french.editor.empty_note == "" and french.note.isVisible()
