"""What the release tab opens: the phrasebook, the templates and the archive dialogs, and the
verification of a PDF file (the record and the electronic signature). Methods of ReleaseTab."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from balagh.core.isolates import ltr
from balagh.core.model import Release
from balagh.gui import file_dialogs, prompts

if TYPE_CHECKING:
    from balagh.app.verification import FileVerification
    from balagh.gui.release.tab import ReleaseTab


def open_phrasebook(tab: ReleaseTab) -> None:
    """The phrasebook editor (standing sentences with slot chips, versioned)."""
    from balagh.gui.release.phrasebook_dialog import PhrasebookDialog

    PhrasebookDialog(tab.services.phrases, tab.services.language, tab).exec()


def open_templates(tab: ReleaseTab) -> None:
    """Copy, edit and store templates; the choice here follows what was stored."""
    from balagh.gui.release.templates_dialog import TemplatesDialog

    dialog = TemplatesDialog(tab.services, tab.controller.edition, tab)
    chosen: list[str] = []
    dialog.controller.changed.connect(lambda: chosen.append(dialog.name.text().strip()))
    dialog.exec()
    tab.reload_templates(select=chosen[-1] if chosen else None)


def open_archive(tab: ReleaseTab) -> None:
    """The issued releases with their references."""
    from balagh.gui.release.archive_dialog import ArchiveDialog

    dialog = ArchiveDialog(tab.services, tab)
    dialog.open_requested.connect(functools.partial(open_from_archive, tab))
    dialog.exec()


def open_from_archive(tab: ReleaseTab, release: Release) -> None:
    """Show a release picked in the archive (its own edition, whatever is being edited)."""
    tab.waiting_for_save = False
    tab.controller.open_release(release)
    tab._update_buttons()


def verify_file(tab: ReleaseTab) -> None:
    """Say whether a PDF file is an unaltered issued release."""
    path = file_dialogs.open_file_name(tab, QCoreApplication.translate(
        "ReleaseTab", "التحقق من بلاغ"), "PDF (*.pdf)")
    if not path:
        return
    show_verification(tab, Path(path).read_bytes())


def show_verification(tab: ReleaseTab, data: bytes) -> Release | None:
    """Show the verification result of PDF bytes: the record, and the signature."""
    result = tab.controller.verify(data)
    release = result.record
    signature, broken = signature_text(tab, result)
    if broken:
        prompts.show_error(tab, QCoreApplication.translate(
            "ReleaseTab", "التحقق من بلاغ"), signature)
        return None
    if release is None:
        prompts.show_error(
            tab,
            QCoreApplication.translate("ReleaseTab", "التحقق من بلاغ"),
            QCoreApplication.translate(
                "ReleaseTab", "هذا الملف لا يطابق أي بلاغ صادر: قد يكون مسودة أو ملفا معدلا.")
            + (f"\n{signature}" if signature else ""),
        )
    else:
        issued = release.issued_at.strftime("%d/%m/%Y") if release.issued_at else ""
        prompts.show_info(
            tab,
            QCoreApplication.translate("ReleaseTab", "التحقق من بلاغ"),
            QCoreApplication.translate(
                "ReleaseTab", "الملف مطابق للبلاغ الصادر تحت المرجع %1 بتاريخ %2 (الدورة %3).")
            .replace("%1", release.reference or "")
            .replace("%2", issued)
            .replace("%3", str(release.edition_number))
            + (f"\n{signature}" if signature else ""),
        )
    return release


def signature_text(tab: ReleaseTab, result: FileVerification) -> tuple[str, bool]:
    """What the file's electronic signature says, and whether it is broken."""
    if result.signature_broken:
        return QCoreApplication.translate(
            "ReleaseTab", "التوقيع الإلكتروني لهذا الملف مكسور: غير الملف بعد توقيعه."), True
    if not result.signatures:
        return "", False
    report = result.signatures[0]
    when = report.signed_at.strftime("%d/%m/%Y %H:%M UTC") if report.signed_at else ""
    return (
        QCoreApplication.translate(
            "ReleaseTab", "موقع إلكترونيا من طرف %1 في %2، ولم يتغير بعد توقيعه.")
            .replace("%1", ltr(report.signer))
            .replace("%2", ltr(when))), False
