"""Importing editions from a broken or unreadable JSON file: the message says where (line
and column) and what is wrong in Arabic or French, never Python's English («Expecting ','
delimiter», «'utf-8' codec can't decode…»); nothing is imported."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import PromptLog
from PySide6.QtWidgets import QFileDialog

from balagh.core.errors import ValidationFailed
from balagh.core.interchange import loads_editions
from balagh.gui.edition import interchange as interchange_actions

ENGLISH = re.compile(r"Expecting|delimiter|codec|decode|Unterminated|Extra data|Errno")


def _import(window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, path: Path,
            prompt_log: PromptLog) -> str:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    before = len(window.services.editions.list_editions())
    interchange_actions.import_editions(window.editions_files)
    qtbot.waitUntil(lambda: bool(prompt_log.errors), timeout=20000)
    window.jobs.wait(20000)
    assert len(window.services.editions.list_editions()) == before
    return prompt_log.errors[-1]


def test_a_broken_json_file_is_explained_without_english(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    prompt_log: PromptLog,
) -> None:
    broken = tmp_path / "editions.json"
    broken.write_text('{"number": 7, "year": 2026 "city_ar": "وجدة"}', encoding="utf-8")
    shown = _import(window, qtbot, monkeypatch, broken, prompt_log)
    assert "السطر 1" in shown and "العمود 28" in shown and "فاصلة" in shown
    assert not ENGLISH.search(shown), shown


def test_a_file_in_another_encoding_is_explained(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    prompt_log: PromptLog,
) -> None:
    legacy = tmp_path / "windows-1256.json"
    legacy.write_bytes('{"city_ar": "وجدة"}'.encode("cp1256"))
    shown = _import(window, qtbot, monkeypatch, legacy, prompt_log)
    assert "windows-1256.json" in shown and "UTF-8" in shown
    assert not ENGLISH.search(shown), shown


@pytest.mark.parametrize(("text", "line", "column", "arabic", "french"), [
    ('{"a": 1 "b": 2}', 1, 9, "فاصلة", "virgule"),
    ('{\n  "a" 1}', 2, 7, "النقطتان", "deux-points"),
    ('{"a": 1,}', 1, 9, "علامتي تنصيص", "guillemets"),
    ("", 1, 1, "قيمة", "valeur"),
    ('{"a": 1} x', 1, 10, "زائد", "en trop"),
    ('{"a": "x', 1, 7, "لم تغلق", "pas fermé"),
])
def test_json_mistakes_in_both_languages(text: str, line: int, column: int, arabic: str,
                                         french: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        loads_editions(text, [])
    message = refused.value.problems[0].message
    ar, fr = message.text("ar"), message.text("fr")
    assert f"السطر {line}، العمود {column}" in ar and arabic in ar
    assert f"ligne {line}, colonne {column}" in fr and french in fr
    for shown in (ar, fr):
        assert not ENGLISH.search(shown), shown
