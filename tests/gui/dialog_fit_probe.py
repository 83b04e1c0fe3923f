"""Open every dialog of the window on a simulated screen and report what is out of reach.

Run by ``tests/gui/test_dialogs_fit_screens.py`` in a subprocess, like ``fit_probe.py``
(the screen and the scale are fixed when Qt starts)::

    QT_SCALE_FACTOR=1.5 python tests/gui/dialog_fit_probe.py --screen 1366x768 --lang ar --out DIR

The window opens on the demo editions as at a first start; each dialog is shown (not run
modally) where the window would show it; it must lie inside the screen's available area and
every button, field, list and editor in it must be reachable (scrolled into view where it
scrolls). Prints one JSON line: ``{"screen": …, "dialogs": {name: [offenders]}, "shots": […]}``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fit_probe import controls, reach, screen_config, wait


def dialogs(window: object) -> dict[str, object]:
    """Every dialog the menus and tabs open, built as they build it."""
    from balagh.core.model import ReleaseKind, StoredTemplate
    from balagh.gui.dialogs.backups import BackupDialog
    from balagh.gui.dialogs.guide import GuideDialog
    from balagh.gui.dialogs.history import HistoryDialog
    from balagh.gui.dialogs.settings import SettingsDialog
    from balagh.gui.dialogs.trash import TrashDialog
    from balagh.gui.release.archive_dialog import ArchiveDialog
    from balagh.gui.release.phrasebook_dialog import PhrasebookDialog
    from balagh.gui.release.template_history_dialog import TemplateHistoryDialog
    from balagh.gui.release.templates_dialog import TemplatesDialog

    services = window.services  # type: ignore[attr-defined]
    tab = window.release_tab  # type: ignore[attr-defined]
    number = window.controller.original_number  # type: ignore[attr-defined]
    services.releases.save_template(StoredTemplate("قالب المكتب", ReleaseKind.CLOSING, "فقرة."))
    return {
        "settings": SettingsDialog(services.settings, ["قالب المكتب"], window),
        "backups": BackupDialog(services, window),
        "history": HistoryDialog(services, number, window),
        "trash": TrashDialog(services, window),
        "templates": TemplatesDialog(services, tab.controller.edition, tab),
        "template_history": TemplateHistoryDialog(services, "قالب المكتب", tab),
        "phrasebook": PhrasebookDialog(services.phrases, services.language, tab),
        "archive": ArchiveDialog(services, tab),
        "guide": GuideDialog(services.language, window),
    }


def main(argv: list[str] | None = None) -> int:
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
        return 1
    wait(app, lambda: window.release_tab.generate_button.isEnabled())
    window.jobs.wait(20000)
    app.processEvents()
    scale = float(os.environ.get("QT_SCALE_FACTOR", "1") or 1)
    tag = f"{width}x{height}-{int(scale * 100)}-{language}"
    found: dict[str, list[str]] = {}
    shots: list[str] = []
    for name, dialog in dialogs(window).items():
        dialog.show()  # type: ignore[attr-defined]
        window.jobs.wait(20000)
        app.processEvents()
        offenders = []
        frame = dialog.frameGeometry()  # type: ignore[attr-defined]
        available = dialog.screen().availableGeometry()  # type: ignore[attr-defined]
        if not available.contains(frame):
            offenders.append(f"dialog {frame.getRect()} outside {available.getRect()}")
        for widget in controls(dialog):
            # A right-to-left QSplitter lays its panes out one pixel right of its own
            # rectangle (Qt): the pane at its right edge loses that pixel.
            problem = reach(widget, slack=1)
            if problem:
                offenders.append(problem)
        found[name] = sorted(set(offenders))
        shot = args.out / f"{tag}-{name}.png"
        dialog.grab().save(str(shot))  # type: ignore[attr-defined]
        shots.append(str(shot))
        dialog.close()  # type: ignore[attr-defined]
        app.processEvents()
    print(json.dumps({"screen": tag, "dialogs": found, "shots": shots}, ensure_ascii=False))
    window.controller.discard()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
