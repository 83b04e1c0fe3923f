"""The status bar names the database as the staff know it, never as a raw URL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from balagh.app.database import plain_name, short_name


def test_the_window_names_the_database_plainly_and_keeps_it(window: Any, services: Any) -> None:
    text = window.database_label.text()
    assert "sqlite:" not in text
    if services.db_url.startswith("sqlite"):  # the file's name; its whole path on hover
        assert "/" not in text.replace("\\", "/")
        assert Path(plain_name(services.db_url)).name in text
        assert plain_name(services.db_url) in window.database_label.toolTip()
    else:  # host and database, no user or password
        assert short_name(services.db_url) in text and "@" not in text
    assert text.startswith("قاعدة البيانات: ")
    window.statusBar().showMessage("حفظت الدورة 4.", 5000)  # a passing message
    assert window.database_label.text() == text
