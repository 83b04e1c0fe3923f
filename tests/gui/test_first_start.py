"""First start on the embedded database fills it with the demo editions; nothing else does."""

from __future__ import annotations

from pathlib import Path

from balagh.gui.window.app import open_services
from balagh.platform.settings import Settings


def _numbers(services) -> list[int]:  # type: ignore[no-untyped-def]
    try:
        return [e.number for e in services.editions.list_editions()]
    finally:
        services.store.close()


def test_new_default_database_gets_the_demo_editions(_isolated_home: Path) -> None:
    assert _numbers(open_services(None, Settings())) == [1, 2, 3, 4, 5, 6]
    assert (_isolated_home / "data" / "balagh.db").is_file()


def test_deleted_demo_editions_do_not_come_back(_isolated_home: Path) -> None:
    services = open_services(None, Settings())
    services.editions.delete(1)
    services.store.close()
    assert _numbers(open_services(None, Settings())) == [2, 3, 4, 5, 6]


def test_an_explicit_database_starts_empty(tmp_path: Path) -> None:
    url = f"sqlite:///{(tmp_path / 'office.db').as_posix()}"
    assert _numbers(open_services(url, Settings())) == []


def test_the_window_opens_on_the_latest_edition(window) -> None:  # type: ignore[no-untyped-def]
    """Not an empty, disabled form: the most recent edition (by date) is open and editable."""
    assert window.controller.original_number == 6
    assert window.form.isEnabled()
    assert window.panel.current_number() == 6
