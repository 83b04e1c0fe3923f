"""Where a GUI-thread stall happens: samples of the GUI thread's Python stack taken while
the probe timer is late, and the collections of Python's cycle collector.

Used by ``bench_gui_stall.py`` with ``BALAGH_STALL_TRACE=1``: for each phase, the longest
stall's samples (innermost frames, most frequent first) and every collection over 1 ms are
printed on standard error. A sampler thread wakes every 0.5 ms; it sees the GUI thread's
stack whenever it gets the interpreter, i.e. at once while the GUI thread is in Qt's C++
code (PySide releases the interpreter lock there) and at the next switch otherwise.
"""

from __future__ import annotations

import gc
import os
import sys
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable
from typing import Any

DEPTH = int(os.environ.get("BALAGH_STALL_DEPTH", "6"))  # frames shown per sample
LATE_MS = 4.0  # the probe fires every 2 ms: later than this is a stall in the making


class StallTracer:
    """Samples the GUI thread's stack during stalls; one report per phase."""

    def __init__(self, last_tick: Callable[[], float]) -> None:
        self.last_tick = last_tick
        self.gui = threading.get_ident()
        self._schedstat = f"/proc/self/task/{threading.get_native_id()}/schedstat"
        #: Per stall: GUI thread's CPU time (ns) and the clock at its first and last sample.
        self.spans: dict[float, list[Any]] = {}
        self.samples: dict[float, Counter[str]] = {}
        self.collections: list[tuple[float, int, float]] = []
        self._gc_started = 0.0
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._sample, daemon=True)
        gc.callbacks.append(self._gc)
        self.thread.start()

    def _gc(self, phase: str, info: dict[str, int]) -> None:
        now = time.perf_counter()
        if phase == "start":
            self._gc_started = now
        elif (now - self._gc_started) * 1000 > 1:
            self.collections.append((self._gc_started, info["generation"],
                                     (now - self._gc_started) * 1000))

    def _sample(self) -> None:
        while not self._stop.is_set():
            time.sleep(0.0005)
            tick = self.last_tick()
            if (time.perf_counter() - tick) * 1000 < LATE_MS:
                continue
            cpu = self._cpu_ns()
            span = self.spans.setdefault(tick, [cpu, cpu, time.perf_counter(), 0.0])
            span[1], span[3] = cpu, time.perf_counter()
            frame = sys._current_frames().get(self.gui)
            if frame is None:
                continue
            stack = traceback.extract_stack(frame)[-DEPTH:]
            key = " < ".join(f"{s.name}({s.filename.rsplit('/', 2)[-1]}:{s.lineno})"
                             for s in reversed(stack))
            self.samples.setdefault(tick, Counter())[key] += 1

    def _cpu_ns(self) -> tuple[float, float]:
        """The GUI thread's time on a CPU and waiting for one (ns, ``/proc``'s schedstat)."""
        try:
            with open(self._schedstat) as stat:
                ran, waited = stat.read().split()[:2]
                return float(ran), float(waited)
        except OSError:  # not Linux
            return 0.0, 0.0

    def report(self, phase: str, longest_ms: float) -> None:
        """Print the longest stall's samples and the collections since the last report."""
        ranked = sorted(self.samples, key=lambda t: -sum(self.samples[t].values()))
        for tick in ranked[:int(os.environ.get("BALAGH_STALL_STALLS", "1"))]:
            first_cpu, last_cpu, first, last = self.spans.get(tick, [(0, 0), (0, 0), 0, 0])
            wall = (last - first) * 1000
            ran = (last_cpu[0] - first_cpu[0]) / 1e6
            queued = (last_cpu[1] - first_cpu[1]) / 1e6
            print(f"--- {phase}: longest {longest_ms:.1f} ms; its sampled part {wall:.1f} ms: "
                  f"the GUI thread ran {ran:.1f}, waited for a CPU {queued:.1f}, was blocked "
                  f"(the interpreter lock, I/O) {wall - ran - queued:.1f}; samples:",
                  file=sys.stderr)
            for key, count in self.samples[tick].most_common(8):
                print(f"  {count:4d}  {key}", file=sys.stderr)
        for _started, generation, ms in self.collections:
            print(f"  gc generation {generation}: {ms:.1f} ms", file=sys.stderr)
        self.samples.clear()
        self.spans.clear()
        self.collections.clear()

    def stop(self) -> None:
        self._stop.set()
        gc.callbacks.remove(self._gc)
