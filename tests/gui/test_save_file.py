"""Files the staff save are written whole or not at all, and a failure names the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from balagh.gui import prompts


def test_save_file_writes_and_replaces(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "بلاغ.pdf"
    assert prompts.save_file(None, str(target), b"%PDF one")
    assert prompts.save_file(None, str(target), b"%PDF two")
    assert target.read_bytes() == b"%PDF two"
    assert [p.name for p in tmp_path.iterdir()] == ["بلاغ.pdf"]  # no temporary file left


def test_save_file_failure_is_explained_and_changes_nothing(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _p, _t, text: shown.append(text))
    missing = tmp_path / "no-such-folder" / "x.pdf"
    assert not prompts.save_file(None, str(missing), b"%PDF")
    assert shown and str(missing) in shown[0] and "غير موجود" in shown[0]
    assert not missing.parent.exists()
