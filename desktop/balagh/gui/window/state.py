"""Where the window opens, and what it remembers: size, position, splitters, current tab.

The first start fits the available screen (maximised when the screen is small); afterwards
the window comes back as it was left *on the same screen setup* (a laptop alone and the
laptop with its office monitor are remembered separately). The state is kept in
``window.json`` in the configuration folder, one entry per screen setup, written with the
atomic writer.
"""

from __future__ import annotations

import base64
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget

log = logging.getLogger(__name__)

#: Below this available size (logical pixels) the window opens maximised.
SMALL_SCREEN = (1400, 880)
#: The comfortable size on a large screen.
PREFERRED_SIZE = (1280, 820)
#: Splitter sizes adding up to less than this (pixels) are not a layout anyone chose: a
#: splitter never shown keeps Qt's 100×30 placeholder geometry ([48, 48], [13, 13]).
DEGENERATE_TOTAL = 120
#: Set on a splitter once it has been shown (its sizes are then the staff's layout).
SHOWN_PROPERTY = "balagh_shown"


def state_file() -> Path:
    """``window.json`` beside the settings file."""
    from balagh.platform.paths import app_paths

    return app_paths().config_dir / "window.json"


def screen_setup_key(screens: list[QScreen] | None = None) -> str:
    """A name for the screens attached now: ``"1366x768@1.5"``, ``"1920x1080@1+1280x1024@1"``."""
    screens = screens if screens is not None else QGuiApplication.screens()
    parts = []
    for screen in screens:
        size = screen.geometry()
        parts.append(f"{size.width()}x{size.height()}@{screen.devicePixelRatio():g}")
    return "+".join(parts) or "none"


@dataclass(frozen=True)
class FirstPlacement:
    """Where a window opens when nothing is remembered for this screen setup."""

    geometry: QRect
    maximised: bool


def first_placement(available: QRect) -> FirstPlacement:
    """Maximised on a small screen; else the preferred size (at most 90 %), centred."""
    if available.width() < SMALL_SCREEN[0] or available.height() < SMALL_SCREEN[1]:
        return FirstPlacement(QRect(available), True)
    width = min(PREFERRED_SIZE[0], int(available.width() * 0.9))
    height = min(PREFERRED_SIZE[1], int(available.height() * 0.9))
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return FirstPlacement(rect, False)


def _read_all(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        log.warning("window state %s unreadable; starting from the screen size", path)
        return {}
    return data if isinstance(data, dict) else {}


class _ShownMarker(QObject):
    """Marks the splitters it watches as shown the first time they are."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            watched.setProperty(SHOWN_PROPERTY, True)
            watched.removeEventFilter(self)
        return False


def watch_shown(splitter: QSplitter) -> None:
    """Remember when ``splitter`` is first shown (a tab built but never opened is not)."""
    if splitter.isVisible():
        splitter.setProperty(SHOWN_PROPERTY, True)
    elif SHOWN_PROPERTY.encode() not in splitter.dynamicPropertyNames():
        splitter.setProperty(SHOWN_PROPERTY, False)
        splitter.installEventFilter(_ShownMarker(splitter))


def was_shown(splitter: QSplitter) -> bool:
    """True once ``splitter`` has been on screen: its sizes were laid out for real."""
    return splitter.isVisible() or splitter.property(SHOWN_PROPERTY) is True


def usable_sizes(wanted: Any, count: int) -> bool:
    """Remembered sizes worth restoring: one per pane, whole pixels, a real layout."""
    return (isinstance(wanted, list) and len(wanted) == count
            and all(isinstance(v, int) and v >= 0 for v in wanted)
            and sum(wanted) >= DEGENERATE_TOTAL)


class WindowState:
    """Saves and restores a main window's geometry, splitter sizes and current tab."""

    def __init__(self, path: Path | None = None, key: str | None = None) -> None:
        self.path = path or state_file()
        self.key = key or screen_setup_key()

    def entry(self) -> dict[str, Any]:
        """What is remembered for this screen setup (empty when nothing is)."""
        found = _read_all(self.path).get(self.key)
        return found if isinstance(found, dict) else {}

    def place(self, window: QMainWindow) -> None:
        """Give ``window`` its remembered geometry, or the first-start one; then show it."""
        geometry = self.entry().get("geometry")
        if isinstance(geometry, str):
            raw = QByteArray(base64.b64decode(geometry))
            if window.restoreGeometry(raw):
                fit_inside_screen(window)
                window.show()
                return
        screen = window.screen() or QGuiApplication.primaryScreen()
        placement = first_placement(screen.availableGeometry())
        window.setGeometry(placement.geometry)
        if placement.maximised:
            window.showMaximized()
        else:
            window.show()

    def restore_panels(self, splitters: dict[str, QSplitter], tabs: QTabWidget | None) -> None:
        """Splitter sizes and current tab, when remembered for this screen setup (sizes of
        a splitter that was never laid out are not: the splitter keeps its own)."""
        entry = self.entry()
        sizes = entry.get("splitters", {})
        for splitter in splitters.values():
            watch_shown(splitter)
        if isinstance(sizes, dict):
            for name, splitter in splitters.items():
                wanted = sizes.get(name)
                if isinstance(wanted, list) and usable_sizes(wanted, splitter.count()):
                    splitter.setSizes(wanted)
        tab = entry.get("tab")
        if tabs is not None and isinstance(tab, int) and 0 <= tab < tabs.count():
            tabs.setCurrentIndex(tab)

    def save(self, window: QMainWindow, splitters: dict[str, QSplitter],
             tabs: QTabWidget | None) -> None:
        """Remember the window as it is now for this screen setup (never raises).

        A splitter not given (a tab never built this time) or never shown (a tab built in
        the background but never opened) keeps the sizes remembered."""
        from balagh.core.errors import BalaghError
        from balagh.platform.files import write_file_atomically

        remembered = self.entry().get("splitters")
        sizes = dict(remembered) if isinstance(remembered, dict) else {}
        sizes.update({name: list(s.sizes()) for name, s in splitters.items()
                      if was_shown(s) and usable_sizes(list(s.sizes()), s.count())})
        entry: dict[str, Any] = {
            "geometry": base64.b64encode(bytes(window.saveGeometry().data())).decode("ascii"),
            "splitters": sizes,
        }
        if tabs is not None:
            entry["tab"] = tabs.currentIndex()
        everything = _read_all(self.path)
        everything[self.key] = entry
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_file_atomically(self.path, json.dumps(everything, indent=1).encode("utf-8"))
        except (OSError, BalaghError):
            log.exception("could not remember the window's geometry")


def fit_inside_screen(window: QMainWindow) -> None:
    """Pull a restored window back inside its screen's available area (a monitor removed,
    a resolution lowered): never larger than the area, never starting outside it."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    width = min(frame.width(), available.width())
    height = min(frame.height(), available.height())
    if (width, height) != (frame.width(), frame.height()):
        window.resize(window.width() - (frame.width() - width),
                      window.height() - (frame.height() - height))
        frame = window.frameGeometry()
    x = min(max(frame.x(), available.x()), available.right() - frame.width() + 1)
    y = min(max(frame.y(), available.y()), available.bottom() - frame.height() + 1)
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)
