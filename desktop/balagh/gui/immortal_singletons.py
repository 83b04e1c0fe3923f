"""``None``, ``True`` and ``False`` kept alive whatever PySide6 6.12 takes from them.

Python 3.12 made ``None``, ``True`` and ``False`` immortal (PEP 683): their reference count
no longer moves, so an extension may hand them back without taking a reference. PySide6
6.12.0 does so, and on Python 3.11 each such call takes a reference away for good:

- every method that returns nothing (``setToolTip``, ``processEvents``, ``setText``…) and
  every getter that answers ``None`` (``parent()`` of a window) wears ``None`` down: 999 of
  1,000 ``setToolTip`` calls took one, 1,000 of 1,000 ``parent()`` calls;
- ``Signal.emit()`` wears ``True`` down, one per emission.

``None`` starts with about 5,000 references and ``True`` with about 1,000, so a window that
had made some thousands of calls aborted at a random moment with «Fatal Python error:
none_dealloc» or «bool_dealloc» (the suite did, `tests/gui/test_long_session_references.py`
shows it no longer can).

:func:`install` gives the three, on CPython before 3.12, what 3.12 gives them: a count so
large (2**60) that no session can wear it down (a billion calls a second would take 36
years). Nothing is ever freed that would have been freed otherwise: the three singletons
are never freed on any Python.
"""

from __future__ import annotations

import ctypes
import sys

#: What each singleton's count is raised by.
LIFETIME = 1 << 60

SINGLETONS = (None, True, False)


def needs_lifetime() -> bool:
    """True on the Pythons whose ``None``, ``True`` and ``False`` are counted (CPython < 3.12)."""
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def install() -> bool:
    """Raise the singletons' counts where they are counted; True when they are now out of
    reach (also when an earlier call raised them), False when nothing needed doing or the
    count is not where a release build of CPython keeps it (``ob_refcnt``, first field)."""
    if not needs_lifetime():
        return False
    for singleton in SINGLETONS:
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value >= LIFETIME:
            continue
        if abs(count.value - sys.getrefcount(singleton)) > 64:  # not ``ob_refcnt``
            return False
        count.value += LIFETIME
    return True
