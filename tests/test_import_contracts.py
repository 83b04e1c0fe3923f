"""The layers of DESIGN.md: import-linter's contracts (pyproject.toml) and a real import.

``lint-imports`` reads every module's imports statically; the second test imports the whole
package but the window with Qt made unimportable, which also catches imports made by name
(``importlib.import_module``) that a static reading cannot see.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_everything_below_the_window_imports_without_qt() -> None:
    code = (
        "import sys\n"
        "sys.modules['PySide6'] = None\n"
        "sys.modules['shiboken6'] = None\n"
        "import importlib, pkgutil, balagh\n"
        "for info in pkgutil.walk_packages(balagh.__path__, 'balagh.'):\n"
        "    if info.name.startswith(('balagh.gui', 'balagh.__main__'))"
        " or '.migrations' in info.name:\n"
        "        continue\n"
        "    importlib.import_module(info.name)\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
