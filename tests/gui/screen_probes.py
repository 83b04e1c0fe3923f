"""Run a screen probe (``fit_probe.py``, ``dialog_fit_probe.py``) once per screen and language.

Each run is its own process, because the offscreen screen's size and ``QT_SCALE_FACTOR``
are fixed when Qt starts; two run at a time. A probe prints its report as its last line.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

Screen = tuple[str, float]  # ("1366x768", 1.5): pixels and the Windows scaling


def run_probe(probe: Path, screen: str, scale: float, language: str, out: Path) -> dict:
    """The report of one run of ``probe`` on ``screen`` at ``scale`` in ``language``."""
    env = dict(os.environ, QT_SCALE_FACTOR=f"{scale:g}")
    env.pop("QT_QPA_PLATFORM", None)  # the probe chooses offscreen with its own screen
    done = subprocess.run(
        [sys.executable, str(probe), "--screen", screen, "--lang", language, "--out", str(out)],
        env=env, capture_output=True, text=True, timeout=240,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def probe_every_screen(probe: Path, screens: list[Screen], folder: Path) -> dict[str, dict]:
    """Reports of ``probe`` on every screen in Arabic and French, keyed by the report's tag
    («1366x768-150-ar»)."""
    jobs = [(screen, scale, language) for screen, scale in screens for language in ("ar", "fr")]
    with ThreadPoolExecutor(max_workers=2) as pool:
        found = list(pool.map(
            lambda job: run_probe(probe, *job, folder / f"{job[0]}-{job[1]:g}-{job[2]}"), jobs))
    return {report["screen"]: report for report in found}
