"""Every dialog of the window (settings, backups, history, trash, templates and their history,
phrasebook, archive, guide) opens inside the screen with every control within reach.

Each screen is simulated in its own process (``tests/gui/dialog_fit_probe.py``), as in
``test_window_fits_screens.py``: at 1366×768 with 150 % (911×512 logical pixels) and
1920×1080 with 200 % (960×540), the settings, history, templates and phrasebook dialogs
opened taller or wider than the screen, their OK, Cancel and Close buttons off it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from screen_probes import probe_every_screen

PROBE = Path(__file__).with_name("dialog_fit_probe.py")
SCREENS = [("1024x768", 1.0), ("1366x768", 1.0), ("1366x768", 1.5), ("1920x1080", 2.0)]
DIALOGS = {"settings", "backups", "history", "trash", "templates", "template_history",
           "phrasebook", "archive", "guide"}


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return probe_every_screen(PROBE, SCREENS, tmp_path_factory.mktemp("dialog-screens"))


@pytest.mark.parametrize("screen,scale", SCREENS)
@pytest.mark.parametrize("language", ["ar", "fr"])
def test_every_dialog_fits_the_screen(reports: dict[str, dict], screen: str, scale: float,
                                      language: str) -> None:
    report = reports[f"{screen}-{int(scale * 100)}-{language}"]
    assert set(report["dialogs"]) == DIALOGS
    assert {name: found for name, found in report["dialogs"].items() if found} == {}
    assert all(Path(shot).stat().st_size > 5_000 for shot in report["shots"])
