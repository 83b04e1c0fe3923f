"""Babel's month and weekday names, kept in the cache folder (``platform.calendar_names``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from balagh.platform import calendar_names as names_module
from balagh.platform.calendar_names import CACHE_FILE, babel_names, calendar_names
from balagh.platform.paths import app_paths

FRESH = """
import sys
from balagh.platform.calendar_names import calendar_names
months, days = calendar_names(sys.argv[1])
print(months[5], days[0], "babel" in sys.modules)
"""


@pytest.fixture(autouse=True)
def _no_memory() -> None:
    calendar_names.cache_clear()


def _fresh(locale_id: str) -> str:
    done = subprocess.run([sys.executable, "-c", FRESH, locale_id], capture_output=True,
                          text=True, env=dict(os.environ), check=True, timeout=120)
    return done.stdout.strip()


def test_the_names_are_babels_and_the_next_process_reads_them_without_babel() -> None:
    assert calendar_names("ar_MA") == babel_names("ar_MA")
    assert calendar_names("ar_MA")[0][5] == "ماي" and calendar_names("ar_MA")[0][9] == "شتنبر"
    assert calendar_names("fr") == babel_names("fr")
    assert (app_paths().cache_dir / CACHE_FILE).is_file()
    assert _fresh("ar_MA") == "ماي الاثنين False"
    assert _fresh("fr") == "mai lundi False"


def test_names_kept_for_another_babel_are_asked_again() -> None:
    path = app_paths().cache_dir / CACHE_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    wrong = {str(n): "x" for n in range(1, 13)}
    path.write_text(json.dumps({"ar_MA": {"stamp": "another babel", "months": wrong,
                                          "days": {str(n): "y" for n in range(7)}}}),
                    encoding="utf-8")
    assert calendar_names("ar_MA") == babel_names("ar_MA")
    kept = json.loads(path.read_text(encoding="utf-8"))["ar_MA"]
    assert kept["stamp"] != "another babel" and kept["months"]["5"] == "ماي"


@pytest.mark.parametrize("content", ["not json", "[]", '{"ar_MA": {"stamp": 1}}'])
def test_a_broken_cache_file_only_means_asking_babel(content: str) -> None:
    path = app_paths().cache_dir / CACHE_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    assert calendar_names("ar_MA") == babel_names("ar_MA")


def test_an_unwritable_cache_folder_still_gives_the_names(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setattr(names_module, "_cache_path", lambda: blocker / CACHE_FILE)
    assert calendar_names("fr") == babel_names("fr")
