"""Without a screen, `balagh gui` explains itself in Arabic instead of Qt aborting."""

from __future__ import annotations

import os
import subprocess
import sys

from balagh.gui.window.app import missing_display


def test_missing_display_rules() -> None:
    assert missing_display([], {}, "linux")
    assert not missing_display([], {"DISPLAY": ":0"}, "linux")
    assert not missing_display([], {"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not missing_display([], {"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not missing_display(["-platform", "offscreen"], {}, "linux")
    assert not missing_display([], {}, "win32")


def test_gui_without_a_screen_is_one_arabic_sentence(tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = {k: v for k, v in os.environ.items()
           if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    env["BALAGH_HOME"] = str(tmp_path)
    result = subprocess.run([sys.executable, "-m", "balagh", "gui"], env=env,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 1
    assert "لا توجد شاشة متاحة" in result.stderr
    assert "Traceback" not in result.stderr
