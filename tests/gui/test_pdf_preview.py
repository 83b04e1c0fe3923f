"""The PDF preview widget and printing through QPrinter."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from balagh.gui.widgets.pdf_preview import PdfPreview, paint_pdf


def _two_pages() -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for n in (1, 2):
        pdf.drawString(72, 720, f"page {n}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_preview_shows_pdf_bytes_and_refuses_garbage(qtbot: Any) -> None:
    preview = PdfPreview()
    qtbot.addWidget(preview)
    assert preview.page_count() == 0
    assert preview.show_pdf(_two_pages())
    assert preview.page_count() == 2
    assert preview._stack.currentWidget() is preview.view
    assert not preview.show_pdf(b"not a pdf")
    assert preview._stack.currentWidget() is preview.message
    assert "تعذر" in preview.message.text()


def test_printing_draws_every_page(qtbot: Any, tmp_path: Path) -> None:
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert paint_pdf(_two_pages(), printer) == 2
    assert len(PdfReader(out).pages) == 2
