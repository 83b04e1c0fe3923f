"""The release tab copies the whole release (text and HTML) and exports it to Word."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
from gui_helpers import PromptLog, drafted, fez_release_tab
from PySide6.QtGui import QGuiApplication

from balagh.gui import file_dialogs

SEED = Path(__file__).parents[1] / "data" / "seed_release.txt"


@pytest.fixture
def fez_tab(window: Any, qtbot: Any, services: Any) -> Any:
    if not services.documents.available():
        pytest.fail("the documents layer is not available")
    tab = fez_release_tab(window, qtbot)
    drafted(tab)
    qtbot.waitUntil(lambda: tab.exports.copy_button.isEnabled(), timeout=20000)
    return tab


@pytest.fixture
def clipboard() -> Iterator[Any]:
    """The application clipboard, emptied afterwards (Qt's offscreen platform crashes at
    exit when its clipboard still holds mime data; the xcb and Windows ones do not)."""
    board = QGuiApplication.clipboard()
    yield board
    board.clear()


def test_copy_puts_text_and_rtl_html_on_the_clipboard(
    fez_tab: Any, qtbot: Any, clipboard: Any
) -> None:
    fez_tab.exports.copy_button.click()
    mime = clipboard.mimeData()
    seed = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    blocks = mime.text().rstrip("\n").split("\n\n")
    assert blocks[1] == "بلاغ" and blocks[2:-1] == seed
    assert mime.hasHtml()
    html = mime.html()
    assert 'dir="rtl" lang="ar"' in html and seed[0] in html


def test_export_word_writes_the_release(
    fez_tab: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, prompt_log: PromptLog
) -> None:
    target = tmp_path / "بلاغ.docx"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *args: str(target))
    fez_tab.exports.docx_button.click()
    document = docx.Document(str(target))
    texts = [p.text for p in document.paragraphs]
    assert texts[1] == "بلاغ" and texts[2].startswith("تعلن المديرية العامة للأمن الوطني")
    assert str(target) in prompt_log.infos[-1]
