"""Printing at 300 dpi (the summary too), «فتح المجلد» after an export, and file dialogs
that speak the interface language and remember their folder across restarts."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import PromptLog, drafted, fez_number
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton

from balagh.gui import file_dialogs
from balagh.gui.widgets.pdf_preview import PRINT_DPI, new_printer, paint_pdf


def _release_pdf(services: Any) -> bytes:
    from balagh.documents.release.draft import draft_release
    from balagh.documents.release.pdf import render_release_pdf
    from balagh.platform.settings import Settings

    fez = services.editions.find(2023)
    draft = draft_release(fez, services.editions.list_editions(), services.catalogue_map(),
                          Settings())
    return render_release_pdf(draft, Settings())


def test_pages_are_printed_at_300_dpi(qapp: QApplication, services: Any,
                                      tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    printer = new_printer()
    assert printer.resolution() == PRINT_DPI == 300
    target = tmp_path / "printed.pdf"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    pages = paint_pdf(_release_pdf(services), printer)
    assert pages >= 1
    listing = subprocess.run(["pdfimages", "-list", str(target)], capture_output=True,
                             text=True, check=True).stdout.splitlines()[2:]

    images = [row for row in listing if row.split()[2] == "image"]  # not the soft masks
    assert len(images) == pages
    for row in images:  # page num type width height color comp bpc enc interp object ID x-ppi
        x_ppi = int(row.split()[12])
        assert x_ppi <= 301, row
    assert target.stat().st_size < 2_500_000 * pages


def test_the_summary_tab_prints_what_it_shows(window: Any, qtbot: Any,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    printed: list[bytes] = []
    monkeypatch.setattr("balagh.gui.widgets.pdf_preview.print_pdf",
                        lambda data, _parent=None: printed.append(data) or True)
    window.open_edition(fez_number(window))
    window.show_tab(window.summary_tab)
    tab = window.summary_tab
    qtbot.waitUntil(lambda: tab.preview.page_count() >= 1, timeout=30000)
    assert tab.print_button.isEnabled() and "Ctrl+P" in tab.print_button.toolTip()
    assert tab.print_shown()
    assert printed == [tab.preview.data]


def test_an_export_offers_to_open_its_folder(window: Any, qtbot: Any, tmp_path: Path,
                                             prompt_log: PromptLog,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out" / "fez.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *_a: str(target))
    opened: list[str] = []
    monkeypatch.setattr("balagh.gui.widgets.export_notice.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    window.open_edition(fez_number(window))
    tab = window.release_tab
    window.show_tab(tab)
    qtbot.waitUntil(lambda: tab.generate_button.isEnabled(), timeout=30000)
    drafted(tab)
    tab.export_pdf()
    assert target.read_bytes().startswith(b"%PDF")
    button = window.statusBar().findChild(QPushButton, "open_folder")
    assert button is not None and button.isVisible() and button.text() == "فتح المجلد"
    button.click()
    assert opened == [str(target.parent.resolve())]


def test_the_last_folder_is_remembered_for_the_next_start(tmp_path: Path) -> None:
    folder = tmp_path / "releases"
    folder.mkdir()
    file_dialogs.remember(str(folder / "balagh.pdf"))
    file_dialogs.forget()  # a new session: only the file remembers
    assert file_dialogs.start_folder() == str(folder)
    saved = json.loads(file_dialogs._state_file().read_text(encoding="utf-8"))
    assert saved == {"last_folder": str(folder)}
    file_dialogs.forget()


@pytest.mark.parametrize(("language", "expected"),
                         [("ar", "اعثر في:"), ("fr", "Voir dans\u00a0:")])
def test_qt_file_dialogs_speak_the_interface_language(qapp: QApplication, language: str,
                                                      expected: str) -> None:
    from balagh.gui.window import app as gui_app
    from balagh.platform.settings import Settings

    font, direction = qapp.font(), qapp.layoutDirection()
    gui_app.configure_application(qapp, Settings(language=language))
    try:
        dialog = QFileDialog()
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        label = dialog.findChild(QLabel, "lookInLabel")
        assert label is not None and label.text() == expected
        # Texts Qt's catalogue does not know keep their own wording (never a blank label).
        own = QCoreApplication.translate("MainWindow", "&ملف")
        assert own == ("&Fichier" if language == "fr" else "&ملف")
        assert QCoreApplication.translate("Nowhere", "بلا ترجمة") == "بلا ترجمة"
    finally:
        for translator in qapp.findChildren(gui_app.QTranslator):
            qapp.removeTranslator(translator)
        qapp.setFont(font)
        qapp.setLayoutDirection(direction)
