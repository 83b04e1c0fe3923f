"""The version the application shows is the one the package is built with."""

from __future__ import annotations

import tomllib
from pathlib import Path

import balagh

ROOT = Path(__file__).resolve().parents[1]


def test_package_version_matches_pyproject() -> None:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        version = tomllib.load(handle)["project"]["version"]
    assert balagh.__version__ == version, (
        f"pyproject.toml says {version!r}: set __version__ = {version!r} in "
        "desktop/balagh/__init__.py"
    )
