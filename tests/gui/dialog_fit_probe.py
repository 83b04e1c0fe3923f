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

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fit_probe import controls, open_probe_window, reach


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
    probe = open_probe_window(argv)
    if probe is None:
        return 1
    app, window, out, tag = probe
    window.jobs.wait(20000)
    app.processEvents()
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
        shot = out / f"{tag}-{name}.png"
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
