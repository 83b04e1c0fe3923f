"""Modules that a dependency imports but Balagh's work seldom or never touches.

SQLAlchemy 2.1 imports ``importlib.metadata`` when it is imported (to look third-party
dialects up by entry point; Balagh's SQLite and PostgreSQL dialects are built in), and
reportlab imports Pillow's ``PIL.Image`` (for bitmaps; a release without a logo draws none)
and ``uharfbuzz`` (for its own shaping, which Balagh leaves off: arabic-reshaper shapes).
Importing them is about 16, 10 and 9 ms of every cold command (measured on the office's
2-core machine). SQLAlchemy's ``asyncio`` cannot wait: it reads ``asyncio.iscoroutine`` at import.

:func:`defer_unused_modules` puts those modules into ``sys.modules`` as lazy modules
(``importlib.util.LazyLoader``, the standard library's recipe): ``import`` succeeds and costs
nothing; the module really runs the first time one of its attributes is read, so code that
uses it behaves exactly as before. A module already imported stays as it is. Both the store
and the typesetting package call it, before SQLAlchemy and reportlab are imported.

Example::

    defer_unused_modules()
    import sqlalchemy                 # importlib.metadata is not executed
    import importlib.metadata
    importlib.metadata.version("pip")  # runs it now, then works as usual
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

UNUSED_MODULES = ("importlib.metadata", "PIL.Image", "uharfbuzz")
"""Imported by SQLAlchemy and reportlab when they are imported, used later if at all."""


def defer_unused_modules(names: tuple[str, ...] = UNUSED_MODULES) -> None:
    """Make each module of ``names`` not yet imported load lazily (see the module's doc)."""
    for name in names:
        if name in sys.modules:
            continue
        spec = importlib.util.find_spec(name)  # imports the parent package first
        if spec is None or spec.loader is None or name in sys.modules:
            continue
        spec.loader = importlib.util.LazyLoader(spec.loader)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        module.__class__ = _import_statement_safe(type(module))
        parent, _, child = name.rpartition(".")
        if parent:  # «from importlib import metadata» reads the package's attribute
            setattr(sys.modules[parent], child, module)


def _import_statement_safe(lazy: type) -> type:
    """``lazy`` (the standard library's lazy module type) answering ``__spec__`` without
    loading: every later ``import name`` reads it (to tell a module still initialising), and
    Python 3.11's lazy module would run the module for that."""

    class Deferred(lazy):  # type: ignore[misc]
        def __getattribute__(self, attr: str) -> object:
            if attr == "__spec__":
                return ModuleType.__getattribute__(self, attr)
            return super().__getattribute__(attr)

    return Deferred


def is_deferred(name: str) -> bool:
    """True while module ``name`` is imported but has not run yet (a lazy module)."""
    module = sys.modules.get(name)
    return module is not None and type(module) is not type(sys)


class _Refused(importlib.abc.MetaPathFinder):
    """Fails the import of ``package`` (and its modules) asked by module ``importer`` only."""

    def __init__(self, package: str, importer: str) -> None:
        self.package = package
        self.importer = importer

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name == self.package or name.startswith(self.package + "."):
            frame = sys._getframe(1)
            while frame is not None and frame.f_globals.get("__name__", "").startswith(
                    ("importlib", "_frozen_importlib")):
                frame = frame.f_back  # type: ignore[assignment]
            if frame is not None and frame.f_globals.get("__name__") == self.importer:
                raise ImportError(f"{name} is not offered to {self.importer}")
        return None


@contextmanager
def optional_import_refused(package: str, importer: str) -> Iterator[None]:
    """Within the block, module ``importer`` finds ``package`` missing, as when it is not
    installed; every other module (and every other thread) imports it as usual.

    For a dependency that imports an optional library when it is imported only to offer a
    feature Balagh never calls: arabic-reshaper imports fontTools' TTFont (about 9 ms) for
    ``config_for_true_type_font``, which Balagh, with its fixed options, never uses.
    """
    refused = _Refused(package, importer)
    sys.meta_path.insert(0, refused)
    try:
        yield
    finally:
        sys.meta_path.remove(refused)
