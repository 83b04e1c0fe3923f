"""The layering rules of DESIGN.md, checked on the source and on real imports."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "desktop" / "balagh"


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _non_gui_sources() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "gui" not in p.relative_to(PACKAGE).parts]


def test_nothing_outside_gui_imports_qt() -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(m for m in _imported_modules(path)
                                            if m.split(".")[0] in {"PySide6", "shiboken6"})
        for path in _non_gui_sources()
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_core_imports_no_upper_layer_or_sql() -> None:
    forbidden = {"balagh.store", "balagh.documents", "balagh.typeset", "balagh.gui",
                 "balagh.arabic", "sqlalchemy", "reportlab", "PySide6"}
    offenders = {}
    for path in (PACKAGE / "core").rglob("*.py"):
        bad = sorted(m for m in _imported_modules(path)
                     if any(m == f or m.startswith(f + ".") for f in forbidden))
        if bad:
            offenders[path.name] = bad
    assert offenders == {}


def test_lower_layers_import_without_qt_installed() -> None:
    """Import core, arabic, typeset and documents with PySide6 made unimportable."""
    code = (
        "import sys\n"
        "sys.modules['PySide6'] = None\n"
        "sys.modules['shiboken6'] = None\n"
        "import importlib, pkgutil, balagh\n"
        "for sub in ('core', 'arabic', 'typeset', 'documents', 'store'):\n"
        "    pkg = importlib.import_module('balagh.' + sub)\n"
        "    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        if '.migrations' in info.name:\n"
        "            continue\n"
        "        importlib.import_module(info.name)\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_every_package_folder_is_listed_in_pyproject() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
                 ["packages"])
    found = {
        ".".join(("balagh", *init.parent.relative_to(PACKAGE).parts))
        for init in PACKAGE.rglob("__init__.py")
    }
    assert found - listed == set()
    assert "balagh.resources" in listed
