"""File → import/export of editions as JSON, all or nothing, with the command line's messages."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from balagh.core.errors import BalaghError, ValidationFailed
from balagh.core.model import Edition
from balagh.gui import file_dialogs, prompts
from balagh.gui.workers import Report

if TYPE_CHECKING:
    from balagh.gui.window.main_window import MainWindow


STEPS = 3  # reading and checking, saving, reloading the list
MAX_LISTED = 8  # problems or editions named in a message; the rest are counted


def _label(edition: Edition) -> str:
    return f"{edition.number} ({edition.city_ar}، {edition.year})"


def _listed(items: list[str], separator: str) -> str:
    """The first MAX_LISTED items, then «… و N أخرى» for the rest."""
    shown = separator.join(items[:MAX_LISTED])
    if len(items) > MAX_LISTED:
        shown += separator + QCoreApplication.translate("interchange", "… و%1 أخرى").replace(
            "%1", str(len(items) - MAX_LISTED)
        )
    return shown


def error_text(window: MainWindow, err: BaseException) -> str:
    """The refusal in the interface language; a long list of problems is cut short."""
    services = window.services
    assert services is not None
    if isinstance(err, ValidationFailed) and len(err.problems) > MAX_LISTED:
        french = services.language == "fr"
        lines = [p.text_fr() if french else p.text_ar() for p in err.problems]
        return _listed(lines, "\n")
    return services.message(err) if isinstance(err, BalaghError) else str(err)


def _set_importing(window: MainWindow, running: bool) -> None:
    action = window.findChild(QAction, "action_import")
    if action is not None:
        action.setEnabled(not running)


def import_text(window: MainWindow, text: str, source_name: str) -> None:
    """Import the editions of ``text`` (JSON) in the background, all or nothing.

    Reading, checking and writing run in the thread pool with their progress in the status
    bar (step 1 of 3: reading and checking, 2: saving, 3: reloading the list); the window keeps
    answering. An existing number is replaced only after the user agrees.
    """
    services = window.services
    assert services is not None
    keys = list(services.catalogue_map())
    existing = {e.number for e in window.panel.model.editions()}
    reading = QCoreApplication.translate(
        "interchange", "استيراد %1: قراءة الملف والتحقق من الدورات…"
    ).replace("%1", source_name)

    def parse(report: Report) -> list[Edition]:
        from balagh.core.interchange import loads_editions

        report(0, STEPS, reading)
        return loads_editions(text, keys)

    def parsed(editions: list[Edition]) -> None:
        _set_importing(window, False)
        _store(window, editions, existing, source_name)

    def failed(err: BaseException, _tb: str) -> None:
        _set_importing(window, False)
        prompts.show_error(
            window,
            QCoreApplication.translate("interchange", "تعذر الاستيراد"),
            error_text(window, err),
        )

    _set_importing(window, True)
    window.jobs.submit(parse, parsed, failed, window.show_progress)


def _store(
    window: MainWindow, editions: list[Edition], existing: set[int], source_name: str
) -> None:
    """Second half of an import: ask about replacing, then write in the background."""
    services = window.services
    assert services is not None
    clashes = sorted(e.number for e in editions if e.number in existing)
    replace = False
    if clashes:
        numbers = _listed([str(n) for n in clashes], "، ")
        if not prompts.confirm(
            window,
            QCoreApplication.translate("interchange", "استيراد الدورات"),
            QCoreApplication.translate(
                "interchange", "الدورات %1 موجودة. هل تريد تعويضها بما في الملف؟"
            ).replace("%1", numbers),
        ):
            return
        replace = True
    repository = services.editions
    saving = (
        QCoreApplication.translate("interchange", "استيراد %1: حفظ %2 دورة…")
        .replace("%1", source_name)
        .replace("%2", str(len(editions)))
    )
    listing = QCoreApplication.translate("interchange", "استيراد %1: تحديث قائمة الدورات…").replace(
        "%1", source_name
    )

    def write(report: Report) -> tuple[list[Edition], list[Edition]]:
        report(1, STEPS, saving)
        stored = repository.replace_all(editions, replace=replace)
        report(2, STEPS, listing)
        return stored, repository.list_editions()

    def done(result: tuple[list[Edition], list[Edition]]) -> None:
        _set_importing(window, False)
        stored, every = result
        window.refresh_list(editions=every)
        prompts.show_info(
            window,
            QCoreApplication.translate("interchange", "استيراد الدورات"),
            QCoreApplication.translate("interchange", "استوردت %1 دورة من %2: %3")
            .replace("%1", str(len(stored)))
            .replace("%2", source_name)
            .replace("%3", _listed([_label(e) for e in stored], "، ")),
        )

    def failed(err: BaseException, _tb: str) -> None:
        _set_importing(window, False)
        prompts.show_error(
            window,
            QCoreApplication.translate("interchange", "تعذر الاستيراد"),
            error_text(window, err)
            + "\n"
            + QCoreApplication.translate("interchange", "لم يتغير أي شيء في قاعدة البيانات."),
        )

    _set_importing(window, True)
    window.jobs.submit(write, done, failed, window.show_progress)


def import_editions(window: MainWindow) -> None:
    """Ask for a JSON file and import it."""
    path = file_dialogs.open_file_name(
        window, QCoreApplication.translate("interchange", "استيراد دورات"), "JSON (*.json)"
    )
    if not path:
        return
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        prompts.show_error(
            window, QCoreApplication.translate("interchange", "تعذر الاستيراد"), str(err)
        )
        return
    import_text(window, text, Path(path).name)


def export_text(window: MainWindow) -> str:
    """Every edition as the interchange JSON text."""
    from balagh.core.interchange import dumps_editions

    services = window.services
    assert services is not None
    return dumps_editions(services.editions.list_editions(), services.catalogue_map())


def export_editions(window: MainWindow) -> None:
    """Write every edition to a JSON file the user names."""
    path = file_dialogs.save_file_name(
        window,
        QCoreApplication.translate("interchange", "تصدير الدورات"),
        "editions.json",
        "JSON (*.json)",
    )
    if not path:
        return
    data = export_text(window).encode("utf-8")
    if not prompts.save_file(window, path, data, window.language == "fr"):
        return
    window.statusBar().showMessage(
        QCoreApplication.translate("interchange", "صدرت الدورات إلى %1").replace("%1", path), 8000
    )
