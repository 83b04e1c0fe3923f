"""balagh.arabic is pure Python: it imports with Qt, reportlab and SQLAlchemy blocked."""

from __future__ import annotations

import subprocess
import sys

BLOCKED = ("PySide6", "shiboken6", "reportlab", "sqlalchemy", "arabic_reshaper", "bidi")


def test_arabic_imports_without_qt_reportlab_or_sql() -> None:
    code = "\n".join([
        "import sys",
        *(f"sys.modules[{name!r}] = None" for name in BLOCKED),
        "import datetime as dt",
        "import balagh.arabic as ar",
        "import balagh.arabic.filters",
        "from balagh.core.catalogue import DEFAULT_BY_KEY",
        "noun = DEFAULT_BY_KEY['visitors_total'].noun",
        "print(ar.count_phrase(1150000, noun))",
        "print(ar.date_range_phrase(dt.date(2023, 5, 17), dt.date(2023, 5, 21)))",
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'PySide6', 'reportlab', 'sqlalchemy'} and sys.modules[m] is not None))",
    ])
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False, encoding="utf-8")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "مليون و150 ألف زائر",
        "من 17 إلى 21 ماي 2023",
        "[]",
    ]


def test_public_api_is_exported() -> None:
    import balagh.arabic as ar

    for name in ar.__all__:
        assert hasattr(ar, name), name
        member = getattr(ar, name)
        if callable(member) and not isinstance(member, type):
            assert member.__doc__, name


def test_every_public_function_has_a_docstring_with_arabic() -> None:
    import importlib
    import inspect
    import pkgutil
    import re

    import balagh.arabic as ar

    arabic = re.compile(r"[\u0621-\u064a]")
    missing = []
    for info in pkgutil.iter_modules(ar.__path__, "balagh.arabic."):
        module = importlib.import_module(info.name)
        for name, member in vars(module).items():
            if name.startswith("_") or getattr(member, "__module__", None) != info.name:
                continue
            if inspect.isfunction(member) or inspect.isclass(member):
                if not arabic.search(member.__doc__ or ""):
                    missing.append(f"{info.name}.{name}")
    assert missing == []
