"""A PDF preview (QtPdf) fed with bytes, plus printing those bytes with QPrinter."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QPagedPaintDevice, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget


class PdfPreview(QWidget):
    """Shows PDF bytes; keeps the buffer alive as long as the document uses it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # Fitting the width while the scroll bar comes and goes can chase itself for ever at
        # some widths (the French release tab at 911×512 kept the CPU busy and the window
        # frozen): the bar always takes its room.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        # PDF pages read the same in any interface direction.
        self.view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.message)
        self._stack.addWidget(self.view)
        self._buffer: QBuffer | None = None
        self._data = b""
        self.show_message(self.tr("لا توجد معاينة بعد."))

    @property
    def data(self) -> bytes:
        """The PDF bytes shown (empty when none)."""
        return self._data

    def show_pdf(self, data: bytes) -> bool:
        """Load PDF bytes; False (and a message) if QtPdf cannot read them."""
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            self.show_message(self.tr("تعذر عرض ملف PDF."))
            buffer.close()
            return False
        old = self._buffer
        self._buffer = buffer
        if old is not None:
            old.close()
            old.deleteLater()
        self._data = data
        self._stack.setCurrentWidget(self.view)
        return True

    def show_message(self, text: str) -> None:
        """Show a sentence instead of a page (no document, error, documents layer missing)."""
        self.message.setText(text)
        self._stack.setCurrentWidget(self.message)

    def page_count(self) -> int:
        """Pages in the shown document."""
        return int(self.document.pageCount()) if self._data else 0


def paint_pdf(data: bytes, printer: QPagedPaintDevice) -> int:
    """Draw every page of PDF bytes on ``printer``, scaled to its page; returns the pages."""
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    pages = document.pageCount()
    try:
        for page in range(pages):
            if page:
                printer.newPage()
            target = painter.viewport()
            size = document.pagePointSize(page)
            scale = min(target.width() / size.width(), target.height() / size.height())
            image = document.render(
                page, QSize(int(size.width() * scale), int(size.height() * scale))
            )
            painter.drawImage(0, 0, image)
    finally:
        painter.end()
        buffer.close()
    return int(pages)


#: Pages are rendered for the printer at this resolution: sharp text, and a few hundred
#: kilobytes a page (at the printer's 1200 dpi two pages made 9.7 MB of print data).
PRINT_DPI = 300


def new_printer() -> QPrinter:
    """A printer set to ``PRINT_DPI``."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(PRINT_DPI)
    return printer


def print_pdf(data: bytes, parent: QWidget | None = None) -> bool:
    """Ask for a printer (QPrintDialog) and print PDF bytes; False when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog

    printer = new_printer()
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    return paint_pdf(data, printer) > 0
