"""Python's cycle collector never runs on a pool thread.

The collector runs in whichever thread happens to allocate past its threshold. When that is
a pool thread (reading the editions, rendering a PDF) and the garbage holds a Qt wrapper
(a closed dialog, a timer, a window left in a reference cycle), the C++ object is destroyed
from the wrong thread and the process dies: CI saw exactly that, a segmentation fault in
``list_editions`` on a pool thread, "Garbage-collecting". A collection on a pool thread also
holds the interpreter lock for its whole length, stalling the GUI thread.

So the collector is paused from the moment a job is submitted until the last running job
has reported back on the GUI thread; the garbage made meanwhile is collected there, by the
first allocation after the collector is resumed. Everything here is called on the GUI
thread (``JobRunner.submit``, the job's outcome slots, ``JobRunner.wait``), so a plain set
of the running jobs suffices.

The command line pauses the collector while the window starts; the window resumes it once
usable through :func:`resume`, so that a resume never lands in the middle of a job.

>>> import gc
>>> was = gc.isenabled(); gc.enable()
>>> job_started("a"); gc.isenabled()
False
>>> resume(); gc.isenabled()   # wanted on, but a job still runs
False
>>> job_ended("a"); gc.isenabled()
True
>>> gc.enable() if was else gc.disable()
"""

from __future__ import annotations

import gc
from collections.abc import Hashable

_running: set[Hashable] = set()
#: Whether the collector should run once no job is running (None while no job runs).
_wanted: bool | None = None
#: Whether what is alive then is frozen (``gc.freeze``) when the collector comes back.
_freeze = False


def job_started(job: Hashable) -> None:
    """``job`` is about to run on a pool thread: pause the collector."""
    global _wanted
    if not _running:
        _wanted = gc.isenabled()
        gc.disable()
    _running.add(job)


def job_ended(job: Hashable) -> None:
    """``job`` has returned (or reported back); the last one resumes the collector.

    Saying it twice for one job is harmless: the outcome slot says it, and so does
    ``JobRunner.wait`` once the pool is idle, for the outcomes not delivered yet.
    """
    global _wanted
    if job not in _running:
        return
    _running.discard(job)
    if not _running:
        if _wanted:
            _come_back()
        _wanted = None


def _come_back() -> None:
    global _freeze
    if _freeze:
        gc.freeze()
        _freeze = False
    gc.enable()


def resume(freeze: bool = False) -> None:
    """Let the collector run: now, or when the last running job has reported back.

    With ``freeze``, what is alive at that moment is frozen first (``gc.freeze``): the
    window's start passes it, so that what the start-up's own jobs imported and read
    (reportlab, the templates, every edition) is not scanned by the first collection after
    them — one collection of it all held the GUI thread 45 ms.
    """
    global _wanted, _freeze
    _freeze = _freeze or freeze
    if _running:
        _wanted = True
    else:
        _come_back()


def jobs_running() -> int:
    """How many submitted jobs have not ended yet."""
    return len(_running)
