"""Social-media cards: an edition's (or one day's) key figures as a picture to post.

A card is drawn with Balagh's own typesetting (Amiri, shaped and right to left, the text a
real text layer) on a one-page PDF whose size in points is the picture's size in pixels, in
the office's colours (the navy and gold of the documents), the office's logo from the
settings when one is set. :func:`card_png` rasterises that page with pdfium (pypdfium2) at
one pixel per point, so the PNG has exactly the platform's size.

The card takes a :class:`CardContent` — a kicker, a title, a subtitle and up to six
:class:`CardFigure` — so an edition's figures (:func:`edition_card`), one day's figures
(:func:`day_card`) or any other set of figures plug in the same way.

Example: ``card_png(render_card_pdf(edition_card(fez, editions, catalogue), (1080, 1080),
Settings()))`` -> the 1080×1080 PNG bytes of Fez 2023 (the platforms' sizes are
:data:`balagh.app.cards.CARD_SIZES`).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from balagh.arabic import date_phrase, date_range_phrase, ordinal_phrase, ordinal_word, weekday_name
from balagh.core.model import Edition, FigureKind, Qualifier
from balagh.documents.summary.figures import RECORD_AR, WESTERN, NumberStyle, qualifier_ar
from balagh.documents.summary.model import build_summary
from balagh.documents.summary.tiles import tile_label
from balagh.messages import PerLanguage, msg
from balagh.platform.settings import Settings

NAVY = "#1f3864"
GOLD = "#b8860b"
PAPER = "#ffffff"
TILE = "#eef2f8"
MUTED = "#5a6b86"
WHITE = "#ffffff"
MAX_FIGURES = 6
#: The subject of a card's PDF (and its first keyword).
CARD_SUBJECT = "بطاقة للنشر على شبكات التواصل الاجتماعي"

@dataclass(frozen=True)
class CardFigure:
    """One figure on a card: «العدد الإجمالي للزوار», «حوالي» 1150000, a record or not."""

    label: str
    value: int
    qualifier: Qualifier = Qualifier.EXACT
    is_record: bool = False


@dataclass(frozen=True)
class CardContent:
    """What a card says: «حصيلة الدورة» / «الدورة الرابعة لأيام…» / «فاس، من 17 إلى 21…»."""

    kicker: str
    title: str
    subtitle: str
    figures: tuple[CardFigure, ...]
    keywords: tuple[str, ...] = ()  # of the PDF, after the subject and the kicker


def edition_card(
    edition: Edition, all_editions: Sequence[Edition], catalogue: Mapping[str, FigureKind]
) -> CardContent:
    """The card of an edition: its key figures (those of the summary sheet's tiles)."""
    view = build_summary(edition, all_editions, catalogue)
    figures = tuple(
        CardFigure(tile_label(line), line.value, line.qualifier, line.is_record)
        for line in view.tiles[:MAX_FIGURES]
    )
    return CardContent(
        kicker="حصيلة الدورة",
        title=f"{ordinal_phrase(edition.number)} لأيام الأبواب المفتوحة للأمن الوطني",
        subtitle=f"{edition.city_ar}، {date_range_phrase(edition.start_date, edition.end_date)}",
        figures=figures,
        keywords=(edition.city_ar, str(edition.year)),
    )


def day_card(edition: Edition, day: dt.date) -> CardContent:
    """The card of one day of an edition from the day figures the daily bulletins use
    (:mod:`balagh.core.day_figures`): the day's visitors and the visitors since the opening
    («حصيلة اليوم الثاني»)."""
    from balagh.core.day_figures import day_visitors, days_with_visitors, visitors_so_far
    from balagh.core.errors import BalaghError

    visitors = day_visitors(edition, day) if edition.start_date <= day <= edition.end_date \
        else None
    if visitors is None:
        stamps = [d.isoformat() for d in days_with_visitors(edition)]
        recorded = (PerLanguage(ar="، ".join(stamps), fr=", ".join(stamps)) if stamps
                    else msg("لا شيء"))
        raise BalaghError(msg(
            "لا توجد أرقام يومية للدورة {number} في {day} (الأيام المسجلة: {recorded})",
            number=edition.number,
            day=day.isoformat(),
            recorded=recorded,
        ))
    rank = (day - edition.start_date).days + 1  # as the bulletins count: «اليوم الثاني»
    figures = [CardFigure("زوار اليوم", visitors.value, visitors.qualifier)]
    so_far = visitors_so_far(edition, day) if rank > 1 else None
    if so_far is not None:
        figures.append(CardFigure("الزوار منذ الافتتاح", so_far.value, so_far.qualifier))
    return CardContent(
        kicker=f"حصيلة اليوم {ordinal_word(rank, 'm')}",
        title=f"{ordinal_phrase(edition.number)} لأيام الأبواب المفتوحة للأمن الوطني",
        subtitle=f"{edition.city_ar}، {weekday_name(day)} {date_phrase(day)}",
        figures=tuple(figures),
        keywords=(edition.city_ar, str(edition.year), day.isoformat()),
    )


def _grid(count: int, width: float, height: float) -> tuple[int, int]:
    """(columns, rows) for ``count`` figures: three across a landscape card, else two."""
    columns = 1 if count == 1 else 3 if width > height * 1.3 and count > 2 else 2
    return columns, -(-count // columns)


class _Card:
    """Draws one card on a reportlab canvas (sizes in points, scaled to the card)."""

    def __init__(self, canvas: Any, size: tuple[int, int], numbers: NumberStyle) -> None:
        self.canvas = canvas
        self.width, self.height = float(size[0]), float(size[1])
        self.unit = min(self.width, self.height) / 1080.0
        self.numbers = numbers

    def text(self, x: float, y: float, text: str, size: float, color: str, *,
             bold: bool = False, room: float = 0.0, anchor: str = "right") -> None:
        from balagh.typeset.drawing import draw_rtl_string, label_width

        if room and (natural := label_width(text, size, bold=bold)) > room:
            size *= room / natural
        draw_rtl_string(self.canvas, x, y, text, size=size, bold=bold, color=color,
                        anchor=anchor)  # type: ignore[arg-type]

    def box(self, x: float, y: float, w: float, h: float, color: str, radius: float) -> None:
        from balagh.typeset.colors import to_color

        self.canvas.setFillColor(to_color(color))
        self.canvas.roundRect(x, y, w, h, radius, stroke=0, fill=1)

    def header(self, content: CardContent, settings: Settings, logo: tuple[int, int] | None
               ) -> float:
        """The navy band: office, kicker, title, subtitle; returns its lower edge."""
        u, w, h = self.unit, self.width, self.height
        band = 330 * u
        self.box(0, h - band, w, band, NAVY, 0)
        margin = 60 * u
        right = w - margin
        room = w - 2 * margin
        office = next((line for line in reversed(settings.letterhead_lines) if line.strip()), "")
        if logo is not None and settings.logo_path:
            from balagh.typeset.logo import fit_logo

            lw, lh = fit_logo(logo, max_width=150 * u, max_height=110 * u)
            self.canvas.drawImage(settings.logo_path, margin, h - 40 * u - lh, width=lw,
                                  height=lh, mask="auto")
            room -= 170 * u
        y = h - 80 * u
        if office:
            self.text(right, y, office, 34 * u, WHITE, bold=True, room=room)
        self.text(right, y - 80 * u, content.kicker, 54 * u, "#f3d27a", bold=True, room=room)
        self.text(right, y - 150 * u, content.title, 36 * u, WHITE, room=w - 2 * margin)
        self.text(right, y - 210 * u, content.subtitle, 32 * u, "#dbe3f0",
                  room=w - 2 * margin)
        return h - band

    def figures(self, figures: Sequence[CardFigure], top: float) -> None:
        """The figures as tiles, right to left, top to bottom, in the space under ``top``."""
        u, w = self.unit, self.width
        margin, gap = 60 * u, 30 * u
        bottom = 90 * u
        columns, rows = _grid(len(figures), w, self.height)
        tile_w = (w - 2 * margin - gap * (columns - 1)) / columns
        space = top - bottom - 40 * u
        tile_h = min((space - gap * (rows - 1)) / rows, 300 * u)
        # Few figures: the tiles sit in the middle of the space rather than at its top.
        first = top - 40 * u - (space - rows * tile_h - (rows - 1) * gap) / 2
        for index, figure in enumerate(figures):
            row, column = divmod(index, columns)
            x = w - margin - (column + 1) * tile_w - column * gap
            y = first - (row + 1) * tile_h - row * gap
            self.tile(figure, x, y, tile_w, tile_h)

    def tile(self, figure: CardFigure, x: float, y: float, w: float, h: float) -> None:
        from balagh.typeset.drawing import label_width
        from balagh.typeset.reader_layer import draw_reader_space

        u = self.unit
        self.box(x, y, w, h, TILE, 18 * u)
        pad = 28 * u
        right = x + w - pad
        room = w - 2 * pad
        scale = min(1.0, h / (230 * u))
        label_size = 40 * u * scale
        label_y = y + h - pad - label_size
        badge_w = 0.0
        if figure.is_record:
            badge = 30 * u * scale
            badge_w = label_width(RECORD_AR, badge, bold=True) + 24 * u
        # In reading order, each line from the right: pdf.js returns text as it is drawn.
        self.text(right, label_y, figure.label, label_size, NAVY, bold=True,
                  room=room - badge_w - (20 * u if badge_w else 0))
        if figure.is_record:
            self.box(x + pad, label_y - 0.45 * badge, badge_w, badge * 1.6, GOLD, 10 * u)
            draw_reader_space(self.canvas, x + pad + 12 * u, x + pad + badge_w - 12 * u, label_y,
                              badge)
            self.text(x + pad + badge_w - 12 * u, label_y, RECORD_AR, badge, WHITE, bold=True)
        # «حوالي 1.150.000»: the qualifier at the right of the value, on its line.
        value = self.numbers.plain(figure.value)
        value_y = y + (label_y - y) / 2 - 30 * u * scale
        qualifier = qualifier_ar(figure.qualifier)
        qual_size = 34 * u * scale
        qual_w = label_width(qualifier, qual_size) + 16 * u if qualifier else 0.0
        value_size = 86 * u * scale
        if (natural := label_width(value, value_size, bold=True)) > room - qual_w:
            value_size *= (room - qual_w) / natural
        if qualifier:
            self.text(right, value_y, qualifier, qual_size, MUTED)
            draw_reader_space(self.canvas, right - qual_w
                              - label_width(value, value_size, bold=True), right - qual_w,
                              value_y, qual_size)
        self.text(right - qual_w, value_y, value, value_size, NAVY, bold=True)

    def footer(self) -> None:
        """A gold rule along the foot of the card."""
        self.box(0, 0, self.width, 24 * self.unit, GOLD, 0)


def render_card_pdf(
    content: CardContent,
    size: tuple[int, int],
    settings: Settings,
    *,
    numbers: NumberStyle | None = None,
) -> bytes:
    """The card as a one-page PDF of ``size`` points (= pixels of the PNG)."""
    from reportlab.pdfgen.canvas import Canvas

    from balagh.documents.summary.layout import author, number_style
    from balagh.typeset.document import LANGUAGE, apply_metadata, metadata
    from balagh.typeset.fonts import register_fonts
    from balagh.typeset.logo import check_logo
    from balagh.typeset.reader_layer import layer_canvas

    fonts = register_fonts()
    logo = check_logo(settings.logo_path) if settings.logo_path else None
    buffer = io.BytesIO()
    canvas = layer_canvas(Canvas)(buffer, pagesize=(float(size[0]), float(size[1])),
                                  initialFontName=fonts.regular, lang=LANGUAGE)
    apply_metadata(canvas, metadata(
        title=f"{content.kicker} - {content.title}",
        author=author(settings),
        subject=f"{CARD_SUBJECT}: {content.subtitle}",
        keywords=[CARD_SUBJECT, content.kicker, *content.keywords],
    ))
    card = _Card(canvas, size, numbers or number_style(settings))
    card.box(0, 0, card.width, card.height, PAPER, 0)
    top = card.header(content, settings, logo)
    card.figures(content.figures, top)
    card.footer()
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def card_png(pdf: bytes) -> bytes:
    """The card's page as PNG bytes, one pixel per point (pdfium through pypdfium2)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        page = document[0]
        width, height = (round(v) for v in page.get_size())
        bitmap = page.render(scale=1.0, draw_annots=False)
        image = bitmap.to_pil()
        if image.size != (width, height):  # never expected: pdfium rounds the same way
            image = image.resize((width, height))
        out = io.BytesIO()
        image.save(out, format="PNG", optimize=True)
        return out.getvalue()
    finally:
        document.close()


__all__ = [
    "WESTERN",
    "CardContent",
    "CardFigure",
    "card_png",
    "day_card",
    "edition_card",
    "render_card_pdf",
]
