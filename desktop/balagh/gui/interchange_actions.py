"""File → import/export of editions as JSON, all or nothing, with the command line's messages."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from balagh.core.errors import BalaghError
from balagh.core.model import Edition
from balagh.gui import prompts

if TYPE_CHECKING:
    from balagh.gui.main_window import MainWindow


def _label(edition: Edition) -> str:
    return f"{edition.number} ({edition.city_ar}، {edition.year})"


def import_text(window: MainWindow, text: str, source_name: str) -> None:
    """Parse ``text`` and import its editions in the background (nothing written on error)."""
    from balagh.core.interchange import loads_editions

    services = window.services
    assert services is not None
    keys = [kind.key for kind in services.editions.catalogue()]
    try:
        editions = loads_editions(text, keys)
    except BalaghError as err:
        prompts.show_error(
            window,
            QCoreApplication.translate("interchange", "تعذر الاستيراد"),
            services.message(err),
        )
        return
    existing = {e.number for e in services.editions.list_editions()}
    clashes = sorted(e.number for e in editions if e.number in existing)
    replace = False
    if clashes:
        numbers = "، ".join(str(n) for n in clashes)
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

    def done(stored: list[Edition]) -> None:
        window.refresh_list()
        names = "، ".join(_label(e) for e in stored)
        prompts.show_info(
            window,
            QCoreApplication.translate("interchange", "استيراد الدورات"),
            QCoreApplication.translate("interchange", "استوردت %1 دورة من %2: %3")
            .replace("%1", str(len(stored)))
            .replace("%2", source_name)
            .replace("%3", names),
        )

    def failed(err: BaseException, _tb: str) -> None:
        text = services.message(err) if isinstance(err, BalaghError) else str(err)
        prompts.show_error(
            window,
            QCoreApplication.translate("interchange", "تعذر الاستيراد"),
            text
            + "\n"
            + QCoreApplication.translate("interchange", "لم يتغير أي شيء في قاعدة البيانات."),
        )

    window.statusBar().showMessage(QCoreApplication.translate("interchange", "جار الاستيراد…"))
    window.jobs.submit(lambda: repository.replace_all(editions, replace=replace), done, failed)


def import_editions(window: MainWindow) -> None:
    """Ask for a JSON file and import it."""
    path, _ = QFileDialog.getOpenFileName(
        window, QCoreApplication.translate("interchange", "استيراد دورات"), "", "JSON (*.json)"
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
    path, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("interchange", "تصدير الدورات"),
        "editions.json",
        "JSON (*.json)",
    )
    if not path:
        return
    Path(path).write_text(export_text(window), encoding="utf-8", newline="\n")
    window.statusBar().showMessage(
        QCoreApplication.translate("interchange", "صدرت الدورات إلى %1").replace("%1", path), 8000
    )
