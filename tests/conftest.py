"""Shared fixtures: every test runs offscreen, on a temporary database and settings folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt runs without a screen unless the developer asks for a real one (BALAGH_TEST_SCREEN=1).
if os.environ.get("BALAGH_TEST_SCREEN") != "1":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point Balagh's data, config and log folders at a fresh temporary folder."""
    home = tmp_path_factory.mktemp("balagh-home")
    monkeypatch.setenv("BALAGH_HOME", str(home))
    monkeypatch.delenv("BALAGH_DB", raising=False)
    yield home
