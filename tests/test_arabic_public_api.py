"""balagh.arabic's public names are exported and documented in Arabic.

That it is plain Python (no Qt, reportlab, shaper, bidi or SQLAlchemy) is the import-linter
contracts' ``language-without-pdf``, ``no-qt-below-gui`` and ``documents-without-database``
(tests/test_import_contracts.py)."""

from __future__ import annotations


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
