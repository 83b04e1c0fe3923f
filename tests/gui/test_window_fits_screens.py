"""Every button, field, list and editor of every tab can be reached on common office screens.

Each screen is simulated in its own process (``tests/gui/fit_probe.py``): the offscreen
platform gets a screen of that many pixels and ``QT_SCALE_FACTOR`` the Windows scaling, so
1366×768 at 150 % leaves 911×512 logical pixels, as on the laptop. The window opens as at a
first start, with the Fez 2023 edition and its draft release.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from screen_probes import probe_every_screen

PROBE = Path(__file__).with_name("fit_probe.py")
SCREENS = [("1024x768", 1.0), ("1366x768", 1.0), ("1366x768", 1.5),
           ("1920x1080", 1.0), ("1920x1080", 1.5), ("1920x1080", 2.0)]


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return probe_every_screen(PROBE, SCREENS, tmp_path_factory.mktemp("screens"))


@pytest.mark.parametrize("screen,scale", SCREENS)
@pytest.mark.parametrize("language", ["ar", "fr"])
def test_every_control_is_reachable(reports: dict[str, dict], screen: str, scale: float,
                                    language: str) -> None:
    report = reports[f"{screen}-{int(scale * 100)}-{language}"]
    assert report["offenders"] == []
    width, height = (int(v) for v in screen.split("x"))
    logical = (round(width / scale), round(height / scale))
    assert abs(report["logical"][0] - logical[0]) <= 1
    assert abs(report["logical"][1] - logical[1]) <= 1
    assert all(Path(shot).stat().st_size > 10_000 for shot in report["shots"])


@pytest.mark.parametrize("screen", ["1024x768", "1366x768"])
@pytest.mark.parametrize("language", ["ar", "fr"])
def test_the_release_text_has_room_on_a_laptop(reports: dict[str, dict], screen: str,
                                               language: str) -> None:
    """At 100 % the paragraph editor shows six lines or more (it showed 2 at 1024×768 and 3
    at 1366×768) and the live preview is no thumbnail (it was 130 px in French at 1024)."""
    report = reports[f"{screen}-100-{language}"]
    assert report["editor_lines"] >= 6, report
    assert report["preview_width"] >= 180, report
    assert report["editor_width"] >= (165 if screen == "1024x768" else 330), report


def test_a_large_screen_gets_a_window_not_a_maximised_one(reports: dict[str, dict]) -> None:
    large = reports["1920x1080-100-ar"]["window"]
    assert 1280 <= large[2] <= 1290 and 820 <= large[3] <= 830  # with its frame
    small = reports["1366x768-150-fr"]
    assert small["window"][2] >= small["logical"][0] - 2  # maximised
