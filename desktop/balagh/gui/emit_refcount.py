"""PySide6 6.12.0's ``SignalInstance.emit`` hands back ``True`` without the reference it owes.

``emit()`` returns ``True``; in PySide6 6.12.0 it returns it without taking a reference, so
each call from Python takes one of ``True``'s references away when the result is dropped
(``sys.getrefcount(True)`` falls by one a call, whatever the signal, connected or not;
6.11.3 does not). Once the count reaches zero Python aborts with «Fatal Python error:
bool_dealloc: deallocating True or False»: a window that has emitted some thousands of
signals (every background job emits two or three, every save, draft and progress step
more) dies at a random moment or as it quits, and the test suite did so at its exit
(``tests/gui/test_signal_references.py``).

:func:`install` asks PySide6 first: it emits a private signal a few times and compares the
count. Only when each call took a reference is ``emit`` wrapped, the wrapper giving back the
reference the call took; with a PySide6 that keeps its count, nothing is replaced.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

#: How many emissions the probe makes (each takes a reference when PySide6 has the fault).
PROBES = 16
_MARK = "_balagh_keeps_references"

_kept: list[object] = []


def _reference_adder() -> Callable[[object], None]:
    """``Py_IncRef`` (the interpreter's own, called with the interpreter lock held); where
    the interpreter's symbols cannot be reached (an unusual embedding), a list that keeps
    one more reference each time does the same at 8 bytes a call."""
    try:
        return ctypes.PYFUNCTYPE(None, ctypes.py_object)(("Py_IncRef", ctypes.pythonapi))
    except (AttributeError, OSError, ValueError):
        return _kept.append


_add_reference = _reference_adder()


class _Probe(QObject):
    ping = Signal()


def emit_drops_references() -> bool:
    """True when each ``emit()`` takes a reference of ``True`` away (given back here)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(PROBES):
        probe.ping.emit()
    dropped = before - sys.getrefcount(True)
    for _ in range(max(dropped, 0)):
        _add_reference(True)
    return dropped >= PROBES


def install() -> bool:
    """Wrap ``SignalInstance.emit`` when it drops references; True when wrapped."""
    original = SignalInstance.emit
    if getattr(original, _MARK, False):
        return True
    if not emit_drops_references():
        return False

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        _add_reference(result)  # the reference ``emit`` returned without taking
        return result

    setattr(emit, _MARK, True)
    SignalInstance.emit = emit  # type: ignore[method-assign]
    return True
