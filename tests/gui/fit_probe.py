"""Open the real window on a simulated screen and report every control out of reach.

Run by ``tests/gui/test_window_fits_screens.py`` in a subprocess, because the screen size
(offscreen ``configfile``) and the scale (``QT_SCALE_FACTOR``) are fixed when Qt starts::

    QT_SCALE_FACTOR=1.5 python tests/gui/fit_probe.py --screen 1366x768 --lang ar --out DIR

The window is placed as at a first start (``show_on_screen``), a draft release is made for
the latest edition, then for each tab every button, field, list and editor visible in it is
scrolled into view the way the keyboard focus would scroll it, and must then lie inside the
screen's available area and inside every scroll area around it. Prints one JSON line:
``{"screen": …, "offenders": […], "shots": […]}``; screenshots are written to ``--out``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any, NamedTuple

#: Buttons and one-line fields must be wholly reachable; big areas need this much showing.
BIG_AREA_MIN = 40


def screen_config(folder: Path, width: int, height: int) -> Path:
    """The offscreen platform's description of one screen of ``width``×``height`` pixels."""
    path = folder / f"screen-{width}x{height}.json"
    path.write_text(json.dumps({"screens": [{
        "name": "probe", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1,
    }]}), encoding="utf-8")
    return path


def wait(app: object, condition: object, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not condition():  # type: ignore[operator]
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)


def controls(page: object) -> list[object]:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTabBar,
        QTextEdit,
    )

    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit,
             QPlainTextEdit, QAbstractItemView, QTabBar)
    found = []
    for widget in page.findChildren(kinds[0].__mro__[-2]):  # every QObject below the page
        if not isinstance(widget, kinds) or not widget.isVisibleTo(page):
            continue
        parent = widget.parentWidget()
        # Parts of composite widgets (a spin box's line edit, a table's corner button,
        # a scroll bar's arrows) are checked through their owner.
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QTabBar)) or \
                widget.objectName().startswith("qt_"):
            continue
        if type(widget).__name__ == "QAbstractButton":
            continue
        found.append(widget)
    return found


def reach(widget: object, slack: int = 0) -> str | None:
    """Scroll ``widget`` into view through its scroll areas; None when wholly reachable
    (``slack``: pixels it may lose at an edge)."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QApplication,
        QPlainTextEdit,
        QScrollArea,
        QTextEdit,
    )

    areas = []
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            areas.append(parent)
        parent = parent.parentWidget()
    for area in areas:  # innermost first; the whole widget, not only its text cursor
        content = area.widget()
        corner = widget.mapTo(content, QPoint(0, 0))
        half_w, half_h = widget.width() // 2, widget.height() // 2
        area.ensureVisible(corner.x() + half_w, corner.y() + half_h, half_w + 1, half_h + 1)
    QApplication.processEvents()
    big = isinstance(widget, (QTextEdit, QPlainTextEdit, QAbstractItemView))
    window = widget.window()
    top_left = widget.mapTo(window, QPoint(0, 0))
    visible = QRect(top_left, widget.size())
    ancestor = widget.parentWidget()
    while ancestor is not None and ancestor is not window:
        visible = visible.intersected(QRect(ancestor.mapTo(window, QPoint(0, 0)),
                                            ancestor.size()))
        ancestor = ancestor.parentWidget()
    visible = visible.intersected(window.rect())
    on_screen = QRect(window.mapToGlobal(visible.topLeft()), visible.size())
    available = window.screen().availableGeometry()
    on_screen = on_screen.intersected(available)
    name = f"{type(widget).__name__}:{widget.objectName() or widget.accessibleName()}"
    text = getattr(widget, "text", None)
    if callable(text) and text():
        name += f":{text()}"
    if big:
        if on_screen.width() < min(BIG_AREA_MIN, widget.width()) or on_screen.height() < min(
                BIG_AREA_MIN, widget.height()):
            return f"{name} shows {on_screen.width()}x{on_screen.height()}"
        return None
    hint = widget.minimumSizeHint()
    if widget.height() < hint.height() or widget.width() < min(hint.width(), 60):
        return f"{name} squeezed to {widget.width()}x{widget.height()} " \
               f"(needs {hint.width()}x{hint.height()})"
    if on_screen.width() < widget.width() - slack or on_screen.height() < widget.height() - slack:
        return f"{name} shows {on_screen.width()}x{on_screen.height()} of " \
               f"{widget.width()}x{widget.height()}"
    return None


def release_room(tab: object) -> dict[str, int]:
    """How much of the release the staff see: lines of the Arabic editor (its font, the
    paragraphs' line height), its width and the live preview's width, in logical pixels."""
    editor = tab.editor  # type: ignore[attr-defined]
    line = editor.fontMetrics().lineSpacing() * 1.12  # ParagraphEditor's line height
    return {"editor_lines": int(editor.viewport().height() // line),
            "editor_width": editor.width(), "preview_width": tab.preview.width()}  # type: ignore[attr-defined]


class ProbeWindow(NamedTuple):
    """The window a probe opened: its application, the window, the output folder, the tag."""

    app: Any
    window: Any
    out: Path
    tag: str


def open_probe_window(argv: list[str] | None = None) -> ProbeWindow | None:
    """Parse the probe's arguments and open the window on the demo editions, as at a first
    start on that screen, once it can draft (None when the store cannot be opened)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--screen", default="1366x768")
    parser.add_argument("--lang", choices=["ar", "fr"], default="ar")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.screen.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ["BALAGH_HOME"] = str(args.out / "home")
    config = screen_config(args.out, width, height)

    from PySide6.QtWidgets import QApplication

    from balagh.gui.window.app import attach_store, configure_application
    from balagh.gui.window.main_window import MainWindow
    from balagh.platform.settings import Settings
    from balagh.store import open_store
    from balagh.store.demo import install_demo

    db_url = f"sqlite:///{(args.out / 'probe.db').as_posix()}"
    with open_store(db_url) as store:
        install_demo(store.editions)
    app = QApplication([sys.argv[0], "-platform", f"offscreen:configfile={config}"])
    settings = Settings(language=args.lang)
    language = configure_application(app, settings)
    window = MainWindow(language)
    window.show_on_screen()
    if not attach_store(window, db_url, settings):
        return None
    wait(app, lambda: window.release_tab.generate_button.isEnabled())
    scale = float(os.environ.get("QT_SCALE_FACTOR", "1") or 1)
    return ProbeWindow(app, window, args.out, f"{width}x{height}-{int(scale * 100)}-{language}")


def main(argv: list[str] | None = None) -> int:
    probe = open_probe_window(argv)
    if probe is None:
        return 1
    app, window, out, tag = probe
    window.release_tab.controller.generate()  # written in the thread pool
    window.jobs.wait(20000)
    app.processEvents()  # the draft shown: its preview and check start
    window.jobs.wait(20000)
    app.processEvents()
    offenders: list[str] = []
    shots: list[str] = []
    frame = window.frameGeometry()
    available = window.screen().availableGeometry()
    if not available.contains(frame):
        offenders.append(f"window {frame.getRect()} outside {available.getRect()}")
    for tab_page in (window.form, window.release_tab, window.summary_tab):
        window.tabs.setCurrentWidget(tab_page)
        app.processEvents()
        needed = window.minimumSizeHint().expandedTo(window.minimumSize())
        # A window manager keeps a window at least this big, whatever the screen.
        if needed.width() > available.width() or needed.height() > available.height():
            offenders.append(f"window needs {needed.width()}x{needed.height()} with "
                             f"{type(tab_page).__name__}")
    window.tabs.setCurrentWidget(window.release_tab)
    app.processEvents()
    room = release_room(window.release_tab)
    for tab_name, page in (("edition", window.form), ("release", window.release_tab),
                           ("summary", window.summary_tab)):
        window.tabs.setCurrentWidget(page)
        window.jobs.wait(20000)
        app.processEvents()
        for part in (window.menuBar(), window.panel, window.tabs.tabBar()):
            for widget in controls(part) if part is not window.menuBar() else [part]:
                problem = reach(widget)
                if problem:
                    offenders.append(f"{tab_name}: {problem}")
        for widget in controls(page):
            problem = reach(widget)
            if problem:
                offenders.append(f"{tab_name}: {problem}")
        from PySide6.QtWidgets import QScrollArea

        for area in [window.tabs.area_of(page), *page.findChildren(QScrollArea)]:
            if area is not None:  # back to the top for the screenshot
                area.verticalScrollBar().setValue(0)
                area.horizontalScrollBar().setValue(0)
        app.processEvents()
        shot = out / f"{tag}-{tab_name}.png"
        window.grab().save(str(shot))
        shots.append(str(shot))
    print(json.dumps({"screen": tag, "logical": [available.width(), available.height()],
                      "window": list(frame.getRect()), "offenders": sorted(set(offenders)),
                      **room,
                      "shots": shots}, ensure_ascii=False))
    window.controller.discard()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
