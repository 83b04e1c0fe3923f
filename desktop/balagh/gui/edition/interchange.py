"""File → import/export of editions as JSON, all or nothing, with the command line's messages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from balagh.core.errors import BalaghError, ValidationFailed
from balagh.core.model import Edition
from balagh.gui import file_dialogs, prompts
from balagh.gui.services import Services
from balagh.gui.workers import JobRunner, Report
from balagh.messages import Message, current_language, nmsg, pmsg

STEPS = 3  # reading and checking, saving, reloading the list
MAX_LISTED = 8  # problems or editions named in a message; the rest are counted


@dataclass(frozen=True)
class EditionsFiles:
    """What importing and exporting editions work with, given by the window they run in."""

    window: QMainWindow  # parent of the questions and messages, its status bar
    services: Services
    jobs: JobRunner
    show_progress: Callable[[int, int, str], None]
    show_editions: Callable[[list[Edition]], None]  # the list after an import
    numbers: Callable[[], set[int]]  # the numbers of the editions listed now


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


def error_text(host: EditionsFiles, err: BaseException) -> str:
    """The refusal in the interface language; a long list of problems is cut short."""
    services = host.services
    if isinstance(err, ValidationFailed) and len(err.problems) > MAX_LISTED:
        french = services.language == "fr"
        lines = [p.text_fr() if french else p.text_ar() for p in err.problems]
        return _listed(lines, "\n")
    return services.message(err) if isinstance(err, BalaghError) else str(err)


def imported_sentence(count: int, source: str, names: str) -> Message:
    """«استوردت 3 دورات من editions.json: …», agreeing with the count (CLDR's plural rules)."""
    return nmsg("استوردت دورة واحدة من {source}: {names}",
                "استوردت {n} دورات من {source}: {names}", count, source=source, names=names)


def replace_question(numbers: list[int], language: str) -> str:
    """«الدورة 4 موجودة. هل تريد تعويضها بما في الملف؟», agreeing with how many there are."""
    listed = _listed([str(n) for n in numbers], pmsg("list separator", "، ").text(language))
    return nmsg("الدورة {numbers} موجودة. هل تريد تعويضها بما في الملف؟",
                "الدورات {numbers} موجودة. هل تريد تعويضها بما في الملف؟", len(numbers),
                numbers=listed).text(language)


def _set_importing(host: EditionsFiles, running: bool) -> None:
    action = host.window.findChild(QAction, "action_import")
    if action is not None:
        action.setEnabled(not running)


def import_text(host: EditionsFiles, text: str, source_name: str) -> None:
    """Import the editions of ``text`` (JSON) in the background, all or nothing.

    Reading, checking and writing run in the thread pool with their progress in the status
    bar (step 1 of 3: reading and checking, 2: saving, 3: reloading the list); the window keeps
    answering. An existing number is replaced only after the user agrees.
    """
    services = host.services
    keys = list(services.catalogue_map())
    existing = host.numbers()
    reading = QCoreApplication.translate(
        "interchange", "استيراد %1: قراءة الملف والتحقق من الدورات…"
    ).replace("%1", source_name)

    def parse(report: Report) -> list[Edition]:
        from balagh.core.interchange import loads_editions

        report(0, STEPS, reading)
        return loads_editions(text, keys)

    def parsed(editions: list[Edition]) -> None:
        _set_importing(host, False)
        _store(host, editions, existing, source_name)

    def failed(err: BaseException, _tb: str) -> None:
        _set_importing(host, False)
        prompts.show_error(
            host.window,
            QCoreApplication.translate("interchange", "تعذر الاستيراد"),
            error_text(host, err),
        )

    _set_importing(host, True)
    host.jobs.submit(parse, parsed, failed, host.show_progress)


def _store(
    host: EditionsFiles, editions: list[Edition], existing: set[int], source_name: str
) -> None:
    """Second half of an import: ask about replacing, then write in the background."""
    services = host.services
    clashes = sorted(e.number for e in editions if e.number in existing)
    replace = False
    if clashes:
        if not prompts.confirm(
            host.window,
            QCoreApplication.translate("interchange", "استيراد الدورات"),
            replace_question(clashes, services.language),
        ):
            return
        replace = True
    repository = services.editions
    saving = nmsg("استيراد {source}: حفظ دورة واحدة…", "استيراد {source}: حفظ {n} دورات…",
                  len(editions), source=source_name).text(services.language)
    listing = QCoreApplication.translate("interchange", "استيراد %1: تحديث قائمة الدورات…").replace(
        "%1", source_name
    )

    def write(report: Report) -> tuple[list[Edition], list[Edition]]:
        report(1, STEPS, saving)
        stored = repository.replace_all(editions, replace=replace)
        report(2, STEPS, listing)
        return stored, repository.list_editions()

    def done(result: tuple[list[Edition], list[Edition]]) -> None:
        _set_importing(host, False)
        stored, every = result
        host.show_editions(every)
        prompts.show_info(
            host.window,
            QCoreApplication.translate("interchange", "استيراد الدورات"),
            imported_sentence(len(stored), source_name,
                              _listed([_label(e) for e in stored], "، ")).text(current_language()),
        )

    def failed(err: BaseException, _tb: str) -> None:
        _set_importing(host, False)
        prompts.show_error(
            host.window,
            QCoreApplication.translate("interchange", "تعذر الاستيراد"),
            error_text(host, err)
            + "\n"
            + QCoreApplication.translate("interchange", "لم يتغير أي شيء في قاعدة البيانات."),
        )

    _set_importing(host, True)
    host.jobs.submit(write, done, failed, host.show_progress)


def import_editions(host: EditionsFiles) -> None:
    """Ask for a JSON file and import it."""
    path = file_dialogs.open_file_name(
        host.window, QCoreApplication.translate("interchange", "استيراد دورات"), "JSON (*.json)"
    )
    if not path:
        return
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:  # said in the staff's words, not Python's
        prompts.show_error(
            host.window, QCoreApplication.translate("interchange", "تعذر الاستيراد"),
            _reading_failure(Path(path), err).text(host.services.language))
        return
    import_text(host, text, Path(path).name)


def _reading_failure(path: Path, err: OSError | UnicodeDecodeError) -> Message:
    """Why the file chosen for import could not be read."""
    from balagh.messages import msg
    from balagh.platform.os_errors import os_error_message

    if isinstance(err, OSError):
        return os_error_message(err)
    return msg("الملف {name} ليس نصا بترميز UTF-8؛ احفظه بترميز UTF-8 ثم أعد استيراده",
               name=path.name)


def export_text(host: EditionsFiles) -> str:
    """Every edition as the interchange JSON text."""
    from balagh.core.interchange import dumps_editions

    services = host.services
    return dumps_editions(services.editions.list_editions(), services.catalogue_map())


def export_editions(host: EditionsFiles) -> None:
    """Write every edition to a JSON file the user names."""
    path = file_dialogs.save_file_name(
        host.window,
        QCoreApplication.translate("interchange", "تصدير الدورات"),
        "editions.json",
        "JSON (*.json)",
    )
    if not path:
        return
    data = export_text(host).encode("utf-8")
    if not prompts.save_file(host.window, path, data, host.services.language == "fr"):
        return
    host.window.statusBar().showMessage(
        QCoreApplication.translate("interchange", "صدرت الدورات إلى %1").replace("%1", path), 8000
    )
