"""Page furniture and the document builder: letterhead, «الصفحة 1 من 2», PDF metadata.

``build_document(story, title="بلاغ", author="المديرية العامة للأمن الوطني",
subject="...", header=Letterhead(["المملكة المغربية", "المديرية العامة للأمن الوطني"]))``
returns the PDF bytes of an A4 document whose pages carry the letterhead at the top and
«الصفحة n من N» at the foot, with metadata (title, author, subject, creator
"Balagh <version>", catalogue language ``ar-MA``, right-to-left reading direction).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus.doctemplate import LayoutError

from balagh.core.errors import BalaghError
from balagh.messages import msg
from balagh.typeset.colors import to_color
from balagh.typeset.drawing import draw_rtl_string, label_width
from balagh.typeset.fonts import register_fonts
from balagh.typeset.logo import LogoError, fit_logo
from balagh.typeset.logo_print import logo_for_print
from balagh.typeset.reader_layer import layer_canvas

LANGUAGE = "ar-MA"
# Space kept between the logo and the letterhead text on either side of it.
LOGO_GAP = 0.4 * cm
# A wide logo may take up to this many times its height in width.
LOGO_MAX_RATIO = 3.0

__all__ = [
    "Letterhead",
    "LogoError",
    "PageSetup",
    "apply_metadata",
    "build_document",
    "logo_box",
    "metadata",
    "page_label",
    "page_label_fr",
]


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


def _draw_letterhead(
    canvas: Canvas,
    header: Letterhead,
    setup: PageSetup,
    logo: tuple[Any, tuple[int, int]] | None = None,
) -> None:
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
    if header.logo_path and logo:
        _draw_logo(canvas, header, setup, logo[0], logo[1])
    rule_y = height - setup.top - header.height() + 0.25 * cm
    canvas.saveState()
    canvas.setStrokeColor(to_color(header.rule_color))
    canvas.setLineWidth(0.8)
    canvas.line(setup.left, rule_y, width - setup.right, rule_y)
    canvas.restoreState()


def logo_box(header: Letterhead, setup: PageSetup) -> tuple[float, float]:
    """The (width, height) in points the logo may fill: its height is ``logo_height``; its
    width is what stays free between the Arabic and French lines, at most three heights and
    at least one (a square logo never shrinks because the text is long)."""
    size = header.font_size
    right = max(
        (label_width(line, size, bold=index > 0) for index, line in enumerate(header.lines)),
        default=0.0,
    )
    fonts = register_fonts()
    left = max(
        (stringWidth(line, fonts.regular, size) for line in header.left_lines), default=0.0
    )
    width = setup.size[0]
    centre = width / 2.0
    free = 2.0 * min(
        width - setup.right - right - LOGO_GAP - centre,
        centre - setup.left - left - LOGO_GAP,
    )
    height = header.logo_height
    return float(max(height, min(free, LOGO_MAX_RATIO * height))), float(height)


def _draw_logo(
    canvas: Canvas, header: Letterhead, setup: PageSetup, image: Any, pixels: tuple[int, int]
) -> None:
    box_width, box_height = logo_box(header, setup)
    width, height = fit_logo(pixels, max_width=box_width, max_height=box_height)
    top = setup.size[1] - setup.top
    canvas.drawImage(
        image,
        (setup.size[0] - width) / 2.0,
        top - (box_height + height) / 2.0,  # centred in the box, whatever its proportions
        width=width,
        height=height,
        mask="auto",
    )


def page_label_fr(number: int, total: int) -> str:
    """The French footer label: ``page_label_fr(1, 2)`` -> "Page 1 sur 2"."""
    return f"Page {number} sur {total}"


def _numbered_canvas(
    setup: PageSetup, reference: str | None, left_to_right: bool = False,
    created: dt.datetime | None = None,
) -> type[Canvas]:
    """A canvas class that holds pages back until the total is known («الصفحة 1 من 2»);
    ``left_to_right`` for a French document ("Page 1 sur 2", the reference at the left);
    ``created`` the creation and modification date of the metadata."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []
            if created is not None:
                self._doc._timeStamp = _time_stamp(created)

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
            # The two pieces share a baseline; they are drawn in the page's visual order
            # from left to right, the reference with an (invisible) space on its side that
            # faces the page number, so that pdf.js, pdftotext and MuPDF copy them as
            # separate words («Référence : 2023/001 Page 1 sur 2»), not «…2023/001Page».
            width = setup.size[0]
            y = setup.bottom / 2.0
            if left_to_right:
                self.saveState()
                self.setFont(register_fonts().regular, setup.footer_size)
                if reference:
                    self.drawString(setup.left, y, reference + " ")
                self.drawCentredString(width / 2.0, y, page_label_fr(number, total))
                self.restoreState()
                return
            draw_rtl_string(
                self, width / 2.0, y, page_label(number, total),
                size=setup.footer_size, anchor="middle",
            )
            if reference:  # right-aligned: the trailing space lands at its left, unseen
                draw_rtl_string(
                    self, width - setup.right, y, reference + " ", size=setup.footer_size
                )

    return NumberedCanvas


def _time_stamp(moment: dt.datetime) -> Any:
    """reportlab's TimeStamp (what its /CreationDate and /ModDate are written from) for
    ``moment``, in its own offset (UTC when it has none)."""
    from reportlab.lib.utils import TimeStamp

    aware = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    offset = aware.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    stamp = TimeStamp()
    stamp.t = aware.timestamp()
    stamp.lt = aware.timetuple()
    stamp.YMDhms = tuple(aware.timetuple())[:6]
    stamp.dhh, stamp.dmm = int(minutes / 60), abs(minutes) % 60
    stamp.tzname = aware.tzname() or "UTC"
    return stamp


def _body_frame(setup: PageSetup, header_height: float) -> Frame:
    """The one frame of every page: inside the margins, under the letterhead."""
    width, height = setup.size
    return Frame(
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
    language: str = LANGUAGE,
    left_to_right: bool = False,
    created: dt.datetime | None = None,
) -> bytes:
    """Lay ``flowables`` out on A4 pages with letterhead and page numbers; return the PDF.

    The metadata carry ``title``, ``author``, ``subject``, creator «Balagh <version>» and the
    language ar-MA; viewers are told the document reads right to left. A French document
    passes ``language="fr-MA"`` and ``left_to_right=True`` (footer "Page 1 sur 2").
    ``created`` (an issued release's issue time) is the creation date; by default, now.
    """
    fonts = register_fonts()
    setup = setup or PageSetup()
    # The logo is checked before anything is laid out: a bad file gives one clear sentence
    # (LogoError) instead of reportlab's errors from inside the page template.
    check_letterhead(header)
    logo = logo_for_print(header.logo_path) if header and header.logo_path else None

    def on_page(canvas: Canvas, _doc: Any) -> None:
        if header:
            _draw_letterhead(canvas, header, setup, logo)

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=setup.size,
        **metadata(title=title, author=author, subject=subject, keywords=keywords,
                   language=language),
        initialFontName=fonts.regular,  # no stray Helvetica resource: every font embedded
        leftMargin=setup.left,
        rightMargin=setup.right,
        topMargin=setup.top,
        bottomMargin=setup.bottom,
        **setup.extra,
    )
    frame = _body_frame(setup, header.height() if header else 0.0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    canvasmaker = layer_canvas(_numbered_canvas(setup, footer_reference, left_to_right,
                                                created))
    if not left_to_right:
        canvasmaker = _with_direction(canvasmaker)
    _lay_out(doc, flowables, canvasmaker)
    return buffer.getvalue()


def metadata(*, title: str, author: str, subject: str, keywords: Sequence[str],
             language: str = LANGUAGE) -> dict[str, Any]:
    """The metadata of every Balagh PDF, as reportlab's ``BaseDocTemplate`` options: title
    (shown in the viewer's title bar), author, subject, keywords, creator and producer
    «Balagh <version>», catalogue language. :func:`apply_metadata` puts the same on a bare
    canvas (the social-media card)."""
    from balagh import __version__

    return {
        "title": title, "author": author, "subject": subject, "keywords": list(keywords),
        "creator": f"Balagh {__version__}", "producer": f"Balagh {__version__} (reportlab)",
        "lang": language, "displayDocTitle": True,
    }


def apply_metadata(canvas: Canvas, options: dict[str, Any]) -> None:
    """:func:`metadata` on a canvas made without a document template, as the template does
    it (the canvas was made with ``lang=options["lang"]``); right to left unless French."""
    canvas.setTitle(options["title"])
    canvas.setAuthor(options["author"])
    canvas.setSubject(options["subject"])
    canvas.setKeywords(options["keywords"])
    canvas.setCreator(options["creator"])
    canvas.setProducer(options["producer"])
    canvas.setViewerPreference("DisplayDocTitle", "true" if options["displayDocTitle"]
                               else "false")
    if not str(options["lang"]).startswith("fr"):
        canvas.setViewerPreference("Direction", "R2L")


def _lay_out(doc: BaseDocTemplate, flowables: Sequence[Flowable], canvasmaker: Any) -> None:
    """Build ``doc``; something too large for a page is said in the staff's words."""
    try:
        doc.build(list(flowables), canvasmaker=canvasmaker)
    except LayoutError as error:
        raise BalaghError(
            msg(
                "لا يتسع عنصر من عناصر الوثيقة لصفحة واحدة (ترويسة أو جدول أو كلمة طويلة جدا)؛ لم "
                "ينتج الملف",
            ),
        ) from error


#: The most lines of a letterhead (either side), and the longest line (characters).
MAX_LETTERHEAD_LINES = 6
MAX_LETTERHEAD_LINE = 80


def check_letterhead(header: Letterhead | None) -> None:
    """Refuse a letterhead that would not leave room for the text (BalaghError stating the
    limit) — reportlab would fail with a LayoutError deep inside the build."""
    if header is None:
        return
    longest = max(len(header.lines), len(header.left_lines))
    if longest > MAX_LETTERHEAD_LINES:
        raise BalaghError(
            msg(
                "الترويسة طويلة جدا ({longest} سطرا)؛ الحد الأقصى {MAX_LETTERHEAD_LINES} أسطر. "
                "قصرها في الإعدادات",
                longest=longest,
                MAX_LETTERHEAD_LINES=MAX_LETTERHEAD_LINES,
            ))
    for line in (*header.lines, *header.left_lines):
        if len(line) > MAX_LETTERHEAD_LINE:
            raise BalaghError(
                msg(
                    "سطر الترويسة «{line}…» طويل جدا ({length} حرفا)؛ الحد الأقصى "
                    "{MAX_LETTERHEAD_LINE} حرفا",
                    line=line[:30],
                    length=len(line),
                    MAX_LETTERHEAD_LINE=MAX_LETTERHEAD_LINE,
                ))


def _with_direction(base: type[Canvas]) -> type[Canvas]:
    class RightToLeftCanvas(base):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.setViewerPreference("Direction", "R2L")

    return RightToLeftCanvas
