"""The user guide (resources/guide/ar.md, fr.md) in a window of its own: F1, Help menu.

The guide is Markdown with its screenshots beside it (resources/guide/images); it is found
through ``balagh.platform.assets`` so it opens from a checkout, an installed wheel and the frozen
application alike, and is shown by Qt itself (no browser, works offline).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication, QTextDocument, QTextTable
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from balagh.gui.button_words import use_program_words
from balagh.gui.widgets.rtl_text import right_to_left


def guide_file(language: str) -> Path:
    """The guide in ``language`` ("ar" or "fr")."""
    from balagh.platform.assets import resource_path

    return resource_path("guide", "fr.md" if language == "fr" else "ar.md")


def tables_right_to_left(document: QTextDocument) -> None:
    """Tables read from the right in the Arabic guide (Markdown tables come out left to
    right): first column at the right edge."""
    for frame in document.rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            table_format = frame.format()
            table_format.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            table_format.setAlignment(Qt.AlignmentFlag.AlignRight)
            frame.setFormat(table_format)


class GuideDialog(QDialog):
    """Shows the guide; links inside it and its pictures work."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide")
        self.setWindowTitle(self.tr("دليل الاستعمال"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide_text")
        self.browser.setOpenExternalLinks(True)
        if language != "fr":
            right_to_left(self.browser)
        self.path = guide_file(language)
        self.browser.setSource(QUrl.fromLocalFile(str(self.path)),
                               QTextDocument.ResourceType.MarkdownResource)
        if language != "fr":
            tables_right_to_left(self.browser.document())
        buttons = use_program_words(QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        screen = (parent.screen() if parent is not None else None) or \
            QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        self.resize(min(980, room.width() - 40), min(760, room.height() - 60))


def show_guide(window: QWidget, language: str) -> GuideDialog:
    """Open the guide beside the window (one guide window, brought forward again)."""
    dialog = getattr(window, "guide_dialog", None)
    if not isinstance(dialog, GuideDialog):
        dialog = GuideDialog(language, window)
        window.guide_dialog = dialog  # type: ignore[attr-defined]
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
