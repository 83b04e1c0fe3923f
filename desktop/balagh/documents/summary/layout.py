"""Shared layout of the summary documents: page setup, letterhead, styles, headings, charts row.

Both the edition's summary sheet and the all-editions report use these, so they look like
one family: narrow A4 margins, the office's letterhead from the settings, navy headings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from balagh.arabic import date_phrase
from balagh.documents.summary.figures import NumberStyle
from balagh.platform.settings import Settings

NAVY = "#1f3864"
MUTED = "#555555"
UP = "#2e7d32"
DOWN = "#c00000"
RECORD = "#b8860b"
MAX_FILL = "#ffe699"


def page_setup() -> Any:
    """A4 with 1.5 cm sides: room for the tiles, the table and two charts on one page."""
    from reportlab.lib.units import cm

    from balagh.typeset.document import PageSetup

    return PageSetup(top=1.2 * cm, bottom=1.4 * cm, right=1.5 * cm, left=1.5 * cm)


def landscape_setup() -> Any:
    """Landscape A4 with 1.5 cm sides: the all-editions report, one row per edition."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import cm

    from balagh.typeset.document import PageSetup

    return PageSetup(size=landscape(A4), top=1.0 * cm, bottom=1.2 * cm, right=1.5 * cm,
                     left=1.5 * cm)


def letterhead(settings: Settings) -> Any:
    """The office's letterhead from the settings (lines and optional logo)."""
    from balagh.typeset.document import Letterhead

    return Letterhead(
        lines=list(settings.letterhead_lines),
        logo_path=settings.logo_path or None,
        font_size=10.0,
        logo_height=1.4 * 28.35,
    )


def number_style(settings: Settings) -> NumberStyle:
    """The figures' style from the «digits» setting (Western «2.400.000» by default)."""
    return NumberStyle.from_setting(settings.digits)


def author(settings: Settings) -> str:
    """The PDF author: the last letterhead line («المديرية العامة للأمن الوطني»)."""
    lines = [line for line in settings.letterhead_lines if line.strip()]
    return lines[-1] if lines else ""


def title_style() -> Any:
    """The document title: 15 pt bold, centred, navy."""
    from balagh.typeset.styles import HEADING

    return HEADING.but(font_size=15.0, leading=22.0, color=NAVY, space_before=0.0,
                       space_after=2.0)


def section_style() -> Any:
    """A section heading: 10.5 pt bold navy, right-aligned, kept with what follows."""
    from balagh.typeset.styles import BODY, Align

    return BODY.but(font_size=10.5, leading=15.0, bold=True, color=NAVY,
                    alignment=Align.RIGHT, space_before=5.0, space_after=2.0,
                    keep_with_next=True)


def info_style() -> Any:
    """Header facts (city, dates, theme): 9.5 pt, centred."""
    from balagh.typeset.styles import BODY, Align

    return BODY.but(font_size=9.5, leading=13.0, alignment=Align.CENTRE, space_after=0.0)


def small_style() -> Any:
    """Captions and list items: 8.5 pt, right-aligned."""
    from balagh.typeset.styles import BODY, Align

    return BODY.but(font_size=8.5, leading=12.5, alignment=Align.RIGHT, space_after=1.0)


def cell_style() -> Any:
    """Table cells: 8.5 pt."""
    from balagh.typeset.styles import CELL

    return CELL.but(font_size=8.5, leading=12.0)


def heading(text: str, french: str = "") -> Any:
    """A section heading flowable: ``heading("أرقام الدورة")``; with ``french``, the French
    heading follows the Arabic one, smaller and muted, on the same line (at its left):
    ``heading("الفئات الزائرة", "Publics")`` reads «الفئات الزائرة - Publics»."""
    from balagh.typeset.markup import Run
    from balagh.typeset.paragraph import RtlParagraph

    runs = [Run(text)]
    if french:
        runs += [Run(" - ", size=8.5, color=MUTED, bold=False),
                 Run(french, size=8.5, color=MUTED, bold=False)]
    return RtlParagraph(runs, section_style())


def french_line(text: str, style: Any) -> Any:
    """A French line under its Arabic counterpart: the same style, smaller and muted
    («Fès, du 17 au 21 mai 2023» under «مدينة فاس، من 17 إلى 21 ماي 2023»)."""
    return para(text, style.but(font_size=style.font_size - 1.5,
                                leading=style.line_height - 2.0, color=MUTED, bold=False))


def generated_line(day: dt.date) -> str:
    """«تاريخ الإعداد: 27 نونبر 2026»."""
    return f"تاريخ الإعداد: {date_phrase(day)}"


def colored(text: str, color: str, *, bold: bool = False) -> str:
    """Markup for a coloured (optionally bold) run: ``colored("+5", UP)``."""
    from balagh.typeset.markup import escape

    body = f'<font color="{color}">{escape(text)}</font>'
    return f"<b>{body}</b>" if bold else body


def side_by_side(drawings: Sequence[Any], width: float) -> Any:
    """Charts in one row, the first at the right; a single chart is returned as is."""
    from reportlab.platypus import Table, TableStyle

    if len(drawings) == 1:
        return drawings[0]
    cells = list(reversed(drawings))
    table = Table([cells], colWidths=[width / len(cells)] * len(cells), hAlign="RIGHT")
    table.setStyle(TableStyle([
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ]))
    return table


def para(text: str, style: Any) -> Any:
    """A paragraph of plain text (no markup: a «<» typed by the staff stays a «<»)."""
    from balagh.typeset.markup import Run
    from balagh.typeset.paragraph import RtlParagraph

    return RtlParagraph([Run(text)], style)
