"""The crash dialog shows the error and the log's place; the log rotates in the log folder."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from balagh.core.errors import BalaghError
from balagh.gui.window import crash
from balagh.messages import msg
from balagh.platform.paths import app_paths


@pytest.fixture
def log_file(_isolated_home: Path) -> Iterator[Path]:
    """Logging configured as the application does it; the handler removed afterwards."""
    path = crash.configure_logging()
    yield path
    for handler in list(logging.getLogger().handlers):
        if isinstance(handler, RotatingFileHandler):
            logging.getLogger().removeHandler(handler)
            handler.close()


@pytest.fixture
def shown_boxes(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, str]]:
    """Record what each QMessageBox would show instead of blocking on exec()."""
    shown: list[dict[str, str]] = []

    def record(box: QMessageBox) -> int:
        shown.append({"title": box.windowTitle(), "text": box.text(),
                      "info": box.informativeText(), "details": box.detailedText(),
                      "icon": box.icon().name})
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


def test_log_is_in_the_platform_log_folder_and_rotates(log_file: Path) -> None:
    assert log_file == app_paths().log_dir / "balagh.log"
    assert crash.configure_logging() == log_file  # configuring twice adds no second handler
    handlers = [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]
    assert len(handlers) == 1
    line = "سطر في السجل " + "ب" * 500
    for _ in range(crash.LOG_MAX_BYTES * (crash.LOG_BACKUPS + 2) // 1000):
        logging.getLogger("balagh.test").warning(line)
    handlers[0].flush()
    files = sorted(p.name for p in log_file.parent.iterdir())
    assert files == ["balagh.log"] + [f"balagh.log.{i}" for i in range(1, crash.LOG_BACKUPS + 1)]
    for name in files:
        assert (log_file.parent / name).stat().st_size <= crash.LOG_MAX_BYTES
    assert "سطر في السجل" in (log_file.parent / "balagh.log.1").read_text(encoding="utf-8")


def test_crash_dialog_shows_the_error_and_the_log_path(
    qapp: Any, log_file: Path, shown_boxes: list[dict[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash.install_crash_handler(log_file)
    try:
        raise BalaghError(msg("تعذر كتابة الملف {path}: {reason}", path="x.pdf",
                              reason=msg("الملف للقراءة فقط")))
    except BalaghError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert len(shown_boxes) == 1
    box = shown_boxes[0]
    assert box["title"] == "خطأ غير متوقع" and box["icon"] == "Critical"
    assert "تعذر كتابة الملف x.pdf: الملف للقراءة فقط" in box["text"]
    assert str(log_file) in box["info"]
    assert "Traceback" in box["details"] and "BalaghError" in box["details"]
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "uncaught exception" in log_file.read_text(encoding="utf-8")
