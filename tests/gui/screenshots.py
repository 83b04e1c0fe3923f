"""Make the README screenshots of the main window with the Fez 2023 edition open.

Run under a real X server (``xvfb-run -a .venv/bin/python tests/gui/screenshots.py``) or
offscreen (``QT_QPA_PLATFORM=offscreen``). Writes docs/main-window.png (Arabic) or, with
``--lang fr``, docs/main-window-fr.png; ``--tab summary`` writes docs/summary-tab.png (the Fez
summary sheet), ``--tab card`` docs/card-tab.png (the summary tab showing the Fez social-media
card), ``--tab report`` docs/report-tab.png (the all-editions report) and ``--tab edition``
docs/edition-form.png. A temporary database is filled with the demo editions.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=["ar", "fr"], default="ar")
    parser.add_argument("--tab", choices=["edition", "release", "summary", "card", "report"],
                        default="release")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--size", default="1440x900")
    args = parser.parse_args(argv)
    default = {"release": "main-window", "summary": "summary-tab", "edition": "edition-form",
               "card": "card-tab", "report": "report-tab"}
    suffix = "" if args.lang == "ar" else f"-{args.lang}"
    out = args.out or ROOT / "docs" / f"{default[args.tab]}{suffix}.png"
    os.environ["BALAGH_HOME"] = tempfile.mkdtemp(prefix="balagh-shot-")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from balagh.gui.window.app import attach_store, configure_application
    from balagh.gui.window.main_window import MainWindow
    from balagh.platform.settings import Settings
    from balagh.store import open_store
    from balagh.store.demo import install_demo

    db_url = f"sqlite:///{os.environ['BALAGH_HOME']}/shot.db"
    with open_store(db_url) as store:
        install_demo(store.editions)
    app = QApplication(sys.argv[:1])
    settings = Settings(language=args.lang)
    language = configure_application(app, settings)
    window = MainWindow(language)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    if not attach_store(window, db_url, settings):
        return 1
    fez = next(e for e in window.panel.model.editions() if e.year == 2023)
    window.open_edition(fez.number)
    tab = {"edition": window.form, "release": window.release_tab,
           "summary": window.summary_tab, "card": window.summary_tab,
           "report": window.summary_tab}[args.tab]
    window.tabs.setCurrentWidget(tab)

    def generate_when_ready() -> None:
        if not window.release_tab.generate_button.isEnabled():
            QTimer.singleShot(50, generate_when_ready)
            return
        window.release_tab.controller.generate()
        QTimer.singleShot(2500, shoot)

    def shoot() -> None:
        window.jobs.wait(20000)
        app.processEvents()
        screen = window.screen()
        if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
            pixmap = window.grab()
        else:
            pixmap = screen.grabWindow(0, window.x(), window.y(), window.width(),
                                       window.height())
        pixmap.save(str(out))
        print(f"wrote {out} ({pixmap.width()}x{pixmap.height()})")
        window.controller.discard()
        app.quit()

    def summary_when_ready() -> None:
        if window.summary_tab.preview.page_count() < 1 or window.jobs.busy:
            QTimer.singleShot(100, summary_when_ready)
            return
        QTimer.singleShot(500, shoot)

    if args.tab == "release":
        generate_when_ready()
    elif args.tab == "summary":
        summary_when_ready()
    elif args.tab in ("card", "report"):
        from balagh.gui.summary.tab import ALL_EDITIONS, CARD

        which = window.summary_tab.which
        which.setCurrentIndex(which.findData(CARD if args.tab == "card" else ALL_EDITIONS))
        QTimer.singleShot(1500, summary_when_ready)
    else:
        QTimer.singleShot(2500, shoot)
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
