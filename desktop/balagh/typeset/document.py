"""Page furniture and the document builder: letterhead, «الصفحة 1 من 2», PDF metadata.

``build_document(story, title="بلاغ", author="المديرية العامة للأمن الوطني",
subject="...", header=Letterhead(["المملكة المغربية", "المديرية العامة للأمن الوطني"]))``
returns the PDF bytes of an A4 document whose pages carry the letterhead at the top and
«الصفحة n من N» at the foot, with metadata (title, author, subject, creator
"Balagh <version>", catalogue language ``ar-MA``, right-to-left reading direction).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from balagh.core.errors import BalaghError
from balagh.typeset.drawing import draw_rtl_string
from balagh.typeset.fonts import register_fonts
from balagh.typeset.paragraph import to_color

LANGUAGE = "ar-MA"


class LogoError(BalaghError):
    """The letterhead logo file is missing or unreadable (the message names the file)."""

    def __init__(self, file: str) -> None:
        super().__init__(
            f"تعذر العثور على ملف الشعار «{file}»", f"Fichier du logo introuvable « {file} »"
        )
        self.file = file


@dataclass(frozen=True)
class Letterhead:
    """The top of every page: Arabic lines at the right, optional French lines at the left,
    an optional logo in the middle. ``Letterhead(["المملكة المغربية", "المديرية العامة
    للأمن الوطني"], logo_path="logo.png")``."""

    lines: Sequence[str] = ()
    logo_path: str | Path | None = None
    left_lines: Sequence[str] = ()
    font_size: float = 11.0
    logo_height: float = 1.8 * cm
    rule_color: str = "#1f3864"

    def height(self) -> float:
        """Vertical space the letterhead takes above the text frame."""
        text = max(len(self.lines), len(self.left_lines)) * self.font_size * 1.6
        logo = self.logo_height if self.logo_path else 0.0
        return float(max(text, logo) + 0.5 * cm)


@dataclass(frozen=True)
class PageSetup:
    """Paper size and margins in points (A4, 2 cm sides)."""

    size: tuple[float, float] = A4
    top: float = 1.5 * cm
    bottom: float = 1.8 * cm
    right: float = 2.0 * cm
    left: float = 2.0 * cm
    footer_size: float = 9.0
    extra: dict[str, Any] = field(default_factory=dict)


def page_label(number: int, total: int) -> str:
    """The footer label: ``page_label(1, 2)`` -> «الصفحة 1 من 2»."""
    return f"الصفحة {number} من {total}"


def _draw_letterhead(canvas: Canvas, header: Letterhead, setup: PageSetup) -> None:
    width, height = setup.size
    top = height - setup.top
    size = header.font_size
    y = top - size
    for index, line in enumerate(header.lines):
        draw_rtl_string(canvas, width - setup.right, y, line, size=size, bold=index > 0)
        y -= size * 1.6
    y = top - size
    for line in header.left_lines:
        canvas.saveState()
        canvas.setFont(register_fonts().regular, size)
        canvas.drawString(setup.left, y, line)
        canvas.restoreState()
        y -= size * 1.6
    if header.logo_path:
        path = Path(header.logo_path)
        if not path.is_file():
            raise LogoError(str(path))
        logo_height = header.logo_height
        canvas.drawImage(
            str(path),
            (width - logo_height) / 2.0,
            top - logo_height,
            width=logo_height,
            height=logo_height,
            preserveAspectRatio=True,
            mask="auto",
        )
    rule_y = height - setup.top - header.height() + 0.25 * cm
    canvas.saveState()
    canvas.setStrokeColor(to_color(header.rule_color))
    canvas.setLineWidth(0.8)
    canvas.line(setup.left, rule_y, width - setup.right, rule_y)
    canvas.restoreState()


def _numbered_canvas(setup: PageSetup, reference: str | None) -> type[Canvas]:
    """A canvas class that holds pages back until the total is known («الصفحة 1 من 2»)."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for state in self._held_pages:
                self.__dict__.update(state)
                self._draw_footer(self._pageNumber, total)
                super().showPage()
            super().save()

        def _draw_footer(self, number: int, total: int) -> None:
            width = setup.size[0]
            y = setup.bottom / 2.0
            draw_rtl_string(
                self, width / 2.0, y, page_label(number, total),
                size=setup.footer_size, anchor="middle",
            )
            if reference:
                draw_rtl_string(
                    self, width - setup.right, y, reference, size=setup.footer_size
                )

    return NumberedCanvas


def build_document(
    flowables: Sequence[Flowable],
    *,
    title: str,
    author: str = "",
    subject: str = "",
    keywords: Sequence[str] = (),
    header: Letterhead | None = None,
    footer_reference: str | None = None,
    setup: PageSetup | None = None,
) -> bytes:
    """Lay ``flowables`` out on A4 pages with letterhead and page numbers; return the PDF.

    The metadata carry ``title``, ``author``, ``subject``, creator «Balagh <version>» and the
    language ar-MA; viewers are told the document reads right to left.
    """
    from balagh import __version__

    fonts = register_fonts()
    setup = setup or PageSetup()
    width, height = setup.size
    header_height = header.height() if header else 0.0
    frame = Frame(
        setup.left,
        setup.bottom,
        width - setup.left - setup.right,
        height - setup.top - setup.bottom - header_height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )

    def on_page(canvas: Canvas, _doc: Any) -> None:
        if header:
            _draw_letterhead(canvas, header, setup)

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=setup.size,
        title=title,
        author=author,
        subject=subject,
        keywords=list(keywords),
        creator=f"Balagh {__version__}",
        producer=f"Balagh {__version__} (reportlab)",
        lang=LANGUAGE,
        displayDocTitle=True,
        initialFontName=fonts.regular,  # no stray Helvetica resource: every font embedded
        leftMargin=setup.left,
        rightMargin=setup.right,
        topMargin=setup.top,
        bottomMargin=setup.bottom,
        **setup.extra,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    canvasmaker = _numbered_canvas(setup, footer_reference)
    doc.build(list(flowables), canvasmaker=_with_direction(canvasmaker))
    return buffer.getvalue()


def _with_direction(base: type[Canvas]) -> type[Canvas]:
    class RightToLeftCanvas(base):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.setViewerPreference("Direction", "R2L")

    return RightToLeftCanvas
