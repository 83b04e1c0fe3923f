"""PySide6's check of every module imported after it, made cheap.

Once PySide6 is imported, its import hook (``shibokensupport.feature.feature_imported``)
asks of every newly imported module whether it uses PySide6, so that ``from __feature__
import snake_case`` can be switched per module. It answers with ``inspect.getsource``,
which reads the file through ``linecache`` and the tokenizer: about 0.2 ms a module, some
75 ms for the 450 modules the window imports while it starts (SQLAlchemy, the store, the
window's own modules).

:func:`install` replaces that check with the same question asked of the file's bytes (a
``.py`` source contains ``PySide6`` as text or it does not); anything else (extension
modules, modules without a file, a frozen build's bytecode) is left to PySide6's own
check. The answers are the same; only the way of reading the file changes. When PySide6
no longer has the function (another version), nothing is replaced.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

#: PySide6's module holding the check (loaded by ``import PySide6``).
FEATURE_MODULE = "shibokensupport.feature"
_MARK = "_balagh_fast"


def uses_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """True when ``module``'s source mentions ``PySide6`` (PySide6's own question).

    >>> import json
    >>> uses_pyside(json, lambda module: True)
    False
    """
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            pass
    return fallback(module)


def install() -> bool:
    """Put :func:`uses_pyside` in place of PySide6's check; True when it is in place."""
    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if getattr(original, _MARK, False):
        return True

    def fast(module: ModuleType) -> bool:
        return uses_pyside(module, original)

    setattr(fast, _MARK, True)
    feature._mod_uses_pyside = fast  # type: ignore[attr-defined]
    return True
