"""User settings: defaults, round trip, and a broken file reported rather than forgotten."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from balagh.platform.paths import app_paths
from balagh.platform.settings import DEFAULT_LETTERHEAD, Settings


@pytest.fixture
def settings_file() -> Path:
    path = app_paths().settings_file
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def test_missing_file_gives_defaults_without_a_problem(settings_file: Path) -> None:
    assert not settings_file.exists()
    settings, problem = Settings.load_checked()
    assert problem is None and settings.load_problem is None
    assert settings == Settings() and settings.letterhead_lines == DEFAULT_LETTERHEAD


def test_saved_settings_come_back(settings_file: Path) -> None:
    Settings(place="فاس", letterhead_lines=["المملكة المغربية"], language="fr").save()
    settings, problem = Settings.load_checked()
    assert problem is None
    assert (settings.place, settings.letterhead_lines, settings.language) == (
        "فاس", ["المملكة المغربية"], "fr")
    written = json.loads(settings_file.read_text(encoding="utf-8"))
    assert "load_problem" not in written and "load_problem_fr" not in written


@pytest.mark.parametrize(
    ("content", "why"),
    [('{"place": "فاس",', "ليس JSON صحيحا"), ('["فاس"]', "ليس كائنا JSON"),
     (b"\xff\xfe\x00garbage", "تعذرت قراءته")],
    ids=["truncated-json", "not-an-object", "not-utf8"],
)
def test_a_broken_file_is_reported_and_left_untouched(
    settings_file: Path, content: str | bytes, why: str
) -> None:
    if isinstance(content, str):
        settings_file.write_text(content, encoding="utf-8")
    else:
        settings_file.write_bytes(content)
    before = settings_file.read_bytes()
    settings, problem = Settings.load_checked()
    assert settings == Settings()  # the defaults, so that the application still works
    assert problem is not None and problem == settings.load_problem
    assert problem.startswith(f"ملف الإعدادات {settings_file} تالف") and why in problem
    assert settings.load_problem_fr is not None and str(settings_file) in settings.load_problem_fr
    assert settings_file.read_bytes() == before  # kept for the user to repair or overwrite
    assert Settings.load().load_problem == problem  # reported on every load, until saved
    settings.place = "طنجة"
    settings.save()  # the user saves: now the file is replaced and the problem is gone
    assert settings.load_problem is None
    again, problem = Settings.load_checked()
    assert problem is None and again.place == "طنجة"


def test_values_of_the_wrong_type_are_named(settings_file: Path) -> None:
    settings_file.write_text(json.dumps(
        {"place": 7, "letterhead_lines": ["المملكة المغربية", 3], "language": "fr"}),
        encoding="utf-8")
    settings, problem = Settings.load_checked()
    assert settings.language == "fr"  # the good values are kept
    assert settings.place == "الرباط" and settings.letterhead_lines == DEFAULT_LETTERHEAD
    assert problem is not None and "place" in problem and "letterhead_lines" in problem
    assert str(settings_file) in problem


def test_unknown_keys_are_not_a_problem(settings_file: Path) -> None:
    settings_file.write_text('{"place": "فاس", "from_a_newer_version": true}', encoding="utf-8")
    settings, problem = Settings.load_checked()
    assert problem is None and settings.place == "فاس"
