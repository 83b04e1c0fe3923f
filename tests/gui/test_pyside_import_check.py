"""PySide6 asks of every module imported after it whether it uses PySide6; the window's
start-up answers from the file's bytes (balagh.gui.import_hook) with PySide6's own answers."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from balagh.gui import import_hook

PySide6 = pytest.importorskip("PySide6")
feature = importlib.import_module(import_hook.FEATURE_MODULE)


def pyside_own_answer(module: ModuleType) -> bool:
    """PySide6's check as it is written: the module's source through ``inspect``."""
    import inspect

    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


def test_the_window_package_puts_the_cheap_check_in_place() -> None:
    import balagh.gui  # noqa: F401

    assert getattr(feature._mod_uses_pyside, "_balagh_fast", False)
    assert import_hook.install()  # a second time: still the one check, not a chain


@pytest.mark.parametrize("name", [
    "json", "balagh.gui.window.app", "balagh.gui.widgets.rtl_text", "balagh.core.model",
    "sqlalchemy.orm", "PySide6", "_sqlite3", "sys", "math",
])
def test_the_cheap_check_gives_pyside_own_answer(name: str) -> None:
    module = importlib.import_module(name)
    assert feature._mod_uses_pyside(module) == pyside_own_answer(module)


def test_a_module_without_a_source_file_gets_pyside_own_answer(tmp_path: Path) -> None:
    made = ModuleType("made_here")
    made.__file__ = str(tmp_path / "gone.py")  # a file that no longer exists
    assert import_hook.uses_pyside(made, lambda module: False) is False
    assert import_hook.uses_pyside(made, lambda module: True) is True


def test_a_module_that_names_pyside_is_recognised(tmp_path: Path) -> None:
    source = tmp_path / "uses_qt.py"
    source.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    module = ModuleType("uses_qt")
    module.__file__ = str(source)
    assert import_hook.uses_pyside(module, lambda module: False) is True


def test_the_window_started_as_balagh_does_reads_no_module_source_through_inspect() -> None:
    """In a fresh process, of the Python modules imported after PySide6 (the window's,
    SQLAlchemy, the store) only the package that puts the cheap check in place is read
    through PySide6's ``inspect.getsource`` (extension modules still are: they have no
    source to read)."""
    code = (
        "import inspect, sys\n"
        "calls = []\n"
        "real = inspect.getsource\n"
        "inspect.getsource = lambda obj: calls.append(obj) or real(obj)\n"
        "import balagh.gui.window.app, balagh.store, balagh.gui.window.warm_up\n"
        "print([m.__name__ for m in calls if str(getattr(m, '__file__', '')).endswith('.py')])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=True)
    read = ast.literal_eval(done.stdout.strip())
    assert "balagh.gui" in read  # the check was PySide6's until this package replaced it
    after = read[read.index("balagh.gui") + 1:]
    assert after == []
