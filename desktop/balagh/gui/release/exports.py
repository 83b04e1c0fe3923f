"""The release tab's actions for editors: copy the whole release, export it to Word.

«نسخ البلاغ» puts the release on the clipboard as plain text and as HTML (``dir="rtl"
lang="ar"``) at once, so that an e-mail or the website's editor pastes formatted Arabic and
a plain field pastes the text; «تصدير Word…» saves it as DOCX. Both go through
:mod:`balagh.app.release_export`, as ``balagh release text|docx`` do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QPushButton

from balagh.core.errors import BalaghError
from balagh.gui import file_dialogs, prompts
from balagh.gui.widgets.export_notice import save_export

if TYPE_CHECKING:
    from balagh.core.model import Release
    from balagh.gui.release.tab import ReleaseTab
    from balagh.platform.settings import Settings


class ReleaseExports(QObject):
    """Two buttons of the release tab and what they do."""

    def __init__(self, tab: ReleaseTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.copy_button = QPushButton(self.tr("نسخ النص"), tab)
        self.copy_button.setObjectName("copy_release")
        self.copy_button.setToolTip(self.tr("ينسخ البلاغ كاملا للبريد الإلكتروني وللموقع"))
        self.docx_button = QPushButton(self.tr("ملف Word…"), tab)
        self.docx_button.setObjectName("export_docx")
        for button in (self.copy_button, self.docx_button):
            button.setVisible(False)  # reached through the release menu
        self.copy_button.clicked.connect(self.copy_release)
        self.docx_button.clicked.connect(self.export_docx)

    def buttons(self) -> tuple[QPushButton, QPushButton]:
        return self.copy_button, self.docx_button

    def _release_and_settings(self) -> tuple[Release | None, Settings]:
        controller = self.tab.controller
        controller.flush(refresh=False)
        return controller.release, controller.services.settings

    def copy_release(self) -> bool:
        """Put the release on the clipboard as text and HTML; True when done."""
        from balagh.app.release_export import clipboard_texts

        release, settings = self._release_and_settings()
        if release is None:
            return False
        try:
            text, html = clipboard_texts(release, settings)
        except BalaghError as err:
            prompts.show_error(self.tab, self.tr("نسخ البلاغ"), self._message(err))
            return False
        mime = QMimeData()
        mime.setText(text)
        mime.setHtml(html)
        QGuiApplication.clipboard().setMimeData(mime)
        window = self.tab.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.tr("نسخ البلاغ كاملا (نص وHTML)."), 5000)
        return True

    def export_docx(self) -> None:
        """Save the release as a Word document where the user says."""
        from balagh.app.release_export import ExportFormat, render_release

        release, settings = self._release_and_settings()
        if release is None:
            return
        ref = (release.reference or "draft").replace("/", "-")
        path = file_dialogs.save_file_name(
            self.tab, self.tr("تصدير Word"), f"balagh-{release.edition_number}-{ref}.docx",
            "Word (*.docx)",
        )
        if not path:
            return
        try:
            data = render_release(release, settings, ExportFormat.DOCX)
        except BalaghError as err:
            prompts.show_error(self.tab, self.tr("تصدير Word"), self._message(err))
            return
        save_export(self.tab, self.tr("تصدير Word"), path, data,
                    self.tab.services.language == "fr")

    def _message(self, err: BalaghError) -> str:
        return str(self.tab.services.message(err))
