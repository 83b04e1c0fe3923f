"""Single lines of Arabic on a canvas or in a reportlab.graphics Drawing (labels, charts).

Paragraphs break lines; labels do not. For a label, shape the logical text once with
:func:`shape_line` (reshaped and in visual order) and draw it with any reportlab call, in a
Balagh font. Anchors are physical: ``"right"`` puts the end of the text that starts an
Arabic line (its right edge) at ``x``.

Examples::

    draw_rtl_string(canvas, 500, 700, "عدد الزوار 630 ألف", size=12)   # right edge at x=500
    drawing.add(rtl_string(200, 10, "الدورة 2023", font_size=9, anchor="middle"))
    chart.categoryAxis.categoryNames = [shape_line(name) for name in names]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
"""

from __future__ import annotations

from typing import Any, Literal

from balagh.typeset.colors import to_color
from balagh.typeset.fonts import register_fonts, text_width
from balagh.typeset.markup import Run
from balagh.typeset.shaping import shape_line

Anchor = Literal["right", "left", "middle"]

__all__ = ["Anchor", "draw_rtl_string", "label_width", "rtl_string", "shape_line", "wrap_label"]


def label_width(text: str, font_size: float, *, bold: bool = False) -> float:
    """Width in points of a logical Arabic label once shaped: to size boxes and legends."""
    fonts = register_fonts()
    return text_width(shape_line(text), fonts.face(bold), font_size)


def draw_rtl_string(
    canvas: Any,
    x: float,
    y: float,
    text: str,
    *,
    size: float = 11.0,
    bold: bool = False,
    color: str | None = None,
    anchor: Anchor = "right",
) -> float:
    """Draw one line of logical Arabic text on a reportlab canvas; return its width.

    ``draw_rtl_string(c, 550, 800, "المديرية العامة للأمن الوطني", bold=True)``.
    """
    fonts = register_fonts()
    shaped = shape_line(text)
    font = fonts.face(bold)
    canvas.saveState()
    canvas.setFont(font, size)
    if color:
        canvas.setFillColor(to_color(color))
    if anchor == "right":
        canvas.drawRightString(x, y, shaped)
    elif anchor == "left":
        canvas.drawString(x, y, shaped)
    else:
        canvas.drawCentredString(x, y, shaped)
    canvas.restoreState()
    return text_width(shaped, font, size)


def rtl_string(
    x: float,
    y: float,
    text: str,
    *,
    font_size: float = 10.0,
    bold: bool = False,
    fill_color: str = "#000000",
    anchor: Anchor = "right",
    **properties: Any,
) -> Any:
    """A ``reportlab.graphics.shapes.String`` showing logical Arabic ``text`` correctly.

    ``drawing.add(rtl_string(190, 12, "عدد المتبرعين 465", anchor="right"))``.
    """
    from reportlab.graphics.shapes import String

    fonts = register_fonts()
    text_anchor = {"right": "end", "left": "start", "middle": "middle"}[anchor]
    return String(
        x,
        y,
        shape_line(text),
        fontName=fonts.face(bold),
        fontSize=font_size,
        fillColor=to_color(fill_color),
        textAnchor=text_anchor,
        **properties,
    )


def wrap_label(text: str, width: float, font_size: float, *, bold: bool = False) -> list[str]:
    """Break a logical Arabic label into shaped lines (top line first) of at most ``width``.

    For tiles and legends in a Drawing: ``for i, line in enumerate(wrap_label(name, 120, 9)):
    drawing.add(String(x, y - i * 12, line, fontName=fonts.REGULAR, fontSize=9,
    textAnchor="end"))``. Each line is already in visual order, like :func:`shape_line`.
    """
    from balagh.typeset.paragraph import RtlParagraph
    from balagh.typeset.styles import Align, RtlStyle

    style = RtlStyle(font_size=font_size, bold=bold, alignment=Align.RIGHT, space_after=0.0)
    return RtlParagraph([Run(text)], style).visual_lines(width)
