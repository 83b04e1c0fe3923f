"""The status bar names the database as the staff know it, never as a raw URL."""

from __future__ import annotations

from typing import Any

from balagh.app.database import plain_name


def test_the_window_names_the_database_plainly_and_keeps_it(window: Any, services: Any) -> None:
    text = window.database_label.text()
    assert "sqlite:" not in text and plain_name(services.db_url) in text
    assert text.startswith("قاعدة البيانات: ")
    window.statusBar().showMessage("حفظت الدورة 4.", 5000)  # a passing message
    assert window.database_label.text() == text
