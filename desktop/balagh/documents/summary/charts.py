"""Bar charts of the summary sheets, drawn with reportlab.graphics (vector, in the PDF).

A right-to-left document reads its charts right to left too: the first bar (the oldest
edition, the first day) is the rightmost. Labels are logical Arabic shaped by
:func:`balagh.typeset.drawing.rtl_string`, so they join, read in the right order and read back
from the PDF. Highlighted bars (this edition, the peak days) are dark, the others light,
and a legend says what the dark bars are.

Example::

    drawing = bar_chart(
        [Bar("الدار البيضاء 2017", 80000), Bar("فاس 2023", 1150000, highlight=True)],
        width=240, height=130, title="العدد الإجمالي للزوار حسب الدورة",
        legend="الدورة الحالية",
    )
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from balagh.arabic import weekday_name
from balagh.documents.summary.figures import WESTERN, NumberStyle
from balagh.documents.summary.model import DayBar, EditionBar

LIGHT = "#a9b9d6"
DARK = "#1f3864"
AXIS = "#5a6b86"
TEXT = "#222222"

TITLE_SIZE = 9.5
LABEL_SIZE = 7.5
VALUE_SIZE = 7.0
MIN_LABEL_SIZE = 4.5
#: Baseline to baseline of a two-line label, in font sizes (Amiri's glyph boxes are 1.5 em).
LINE_SPACING = 1.55
#: An edition sheet's chart shows at most this many editions: the edition and those before it.
SHEET_EDITIONS = 8


@dataclass(frozen=True)
class Bar:
    """One bar: its category label (logical Arabic), value and whether it is highlighted."""

    label: str
    value: int
    highlight: bool = False
    value_label: str | None = None


def bar_chart(
    bars: Sequence[Bar],
    *,
    width: float,
    height: float,
    title: str,
    legend: str = "",
    numbers: NumberStyle = WESTERN,
) -> Any:
    """A vertical bar chart as a reportlab ``Drawing`` (a flowable), bars right to left.

    Values are written above the bars; the category labels under them. Empty ``bars`` give
    a drawing with only the title (callers skip the chart instead).
    """
    from reportlab.graphics.shapes import Drawing, Line, Rect, String

    from balagh.typeset.colors import to_color
    from balagh.typeset.drawing import rtl_string
    from balagh.typeset.fonts import register_fonts

    drawing = Drawing(width, height)
    drawing.add(rtl_string(width, height - TITLE_SIZE, title, font_size=TITLE_SIZE, bold=True,
                           fill_color=TEXT))
    top = height - TITLE_SIZE - 6.0
    if legend and any(bar.highlight for bar in bars):
        _add_legend(drawing, height, legend)
    if not bars:
        return drawing
    slot = width / len(bars)
    labels = [label_lines(bar.label, slot - 4.0, bar.highlight) for bar in bars]
    base = _label_band(labels)
    value_band = VALUE_SIZE * 1.8
    plot_height = max(top - base - value_band, 10.0)
    peak = max((bar.value for bar in bars), default=0) or 1
    bar_width = min(slot * 0.62, 48.0)
    drawing.add(Line(0, base, width, base, strokeColor=to_color(AXIS), strokeWidth=0.6))
    for index, bar in enumerate(bars):
        # Right to left: the first bar's slot is the rightmost.
        centre = width - slot * (index + 0.5)
        bar_height = max(plot_height * bar.value / peak, 0.8 if bar.value else 0.0)
        color = DARK if bar.highlight else LIGHT
        drawing.add(Rect(centre - bar_width / 2, base, bar_width, bar_height,
                         fillColor=to_color(color), strokeColor=None))
        value_text = bar.value_label if bar.value_label is not None else numbers.plain(
            bar.value)
        drawing.add(rtl_string(centre, base + bar_height + 2.5, value_text,
                               font_size=_fit(value_text, VALUE_SIZE, slot - 2.0, bar.highlight),
                               bold=bar.highlight, anchor="middle", fill_color=TEXT))
        # Labels shrink to their slot, or go on two lines, so that neighbours never overlap.
        lines, size = labels[index]
        first = base - 3.0 - (size if len(lines) > 1 else LABEL_SIZE)
        for row, line in enumerate(lines):
            drawing.add(rtl_string(centre, first - row * size * LINE_SPACING, line,
                                   font_size=size, bold=bar.highlight, anchor="middle",
                                   fill_color=TEXT))
        # A space between two labels keeps them apart in the text read from the PDF.
        drawing.add(String(centre - slot / 2 + 0.5, base - LABEL_SIZE - 3.0, " ",
                           fontName=register_fonts().regular, fontSize=LABEL_SIZE))
    return drawing


def _add_legend(drawing: Any, height: float, legend: str) -> None:
    """The swatch of the highlighted bars and its legend, at the top left."""
    from reportlab.graphics.shapes import Rect

    from balagh.typeset.colors import to_color
    from balagh.typeset.drawing import label_width, rtl_string
    from balagh.typeset.reader_layer import reader_space_node

    swatch = 7.0
    text_w = label_width(legend, LABEL_SIZE)
    x = 2.0
    drawing.add(Rect(x, height - TITLE_SIZE + 0.5, swatch, swatch,
                     fillColor=to_color(DARK), strokeColor=None))
    # Drawn after the title, to its left: pdf.js copies «… حسب الدورة الدورة الحالية».
    drawing.add(reader_space_node(x + swatch + 3, x + swatch + 3 + text_w,
                                  height - TITLE_SIZE + 1.0, LABEL_SIZE))
    drawing.add(rtl_string(x + swatch + 3 + text_w, height - TITLE_SIZE + 1.0, legend,
                           font_size=LABEL_SIZE, fill_color=TEXT))


def _label_band(labels: list[tuple[list[str], float]]) -> float:
    """Room under the axis for the labels: one line, or two at the size they were given."""
    band = LABEL_SIZE * 2.2
    two_lines = [size for lines, size in labels if len(lines) > 1]
    if two_lines:
        band = max(band, 3.0 + max(two_lines) * (1.0 + LINE_SPACING) + 2.0)
    return band


def label_lines(label: str, room: float, bold: bool) -> tuple[list[str], float]:
    """A category label as one line, shrunk to ``room`` if need be; when that would make it
    smaller than :data:`MIN_LABEL_SIZE`, two lines (the city above, the year below) at a
    size at which the longer fits: «الدار البيضاء» / «2017»."""
    from balagh.typeset.drawing import label_width

    size = _fit(label, LABEL_SIZE, room, bold)
    if label_width(label, size, bold=bold) <= room or " " not in label.strip():
        return [label], size
    head, _, tail = label.strip().rpartition(" ")
    lines = [head, tail]
    widest = max(label_width(line, LABEL_SIZE, bold=bold) for line in lines)
    size = min(LABEL_SIZE * 0.9, max(LABEL_SIZE * room / widest, MIN_LABEL_SIZE))
    return lines, size


def _fit(text: str, size: float, room: float, bold: bool) -> float:
    """``size``, or smaller (not under :data:`MIN_LABEL_SIZE`) so that ``text`` fits ``room``."""
    from balagh.typeset.drawing import label_width

    natural = label_width(text, size, bold=bold)
    return size if natural <= room else max(size * room / natural, MIN_LABEL_SIZE)


def recent_bars(bars: Sequence[EditionBar], limit: int = SHEET_EDITIONS) -> list[EditionBar]:
    """At most ``limit`` editions (oldest first) ending with the current one: the sheet of
    edition 100 compares it with editions 89 to 99, not with a hundred thin bars."""
    end = next((i + 1 for i, bar in enumerate(bars) if bar.is_current), len(bars))
    return list(bars[max(0, end - limit):end])


def day_label(day: dt.date) -> str:
    """A day under its bar: «الجمعة 19»."""
    return f"{weekday_name(day)} {day.day}"


def daily_visitors_chart(
    days: Sequence[DayBar], *, width: float, height: float, numbers: NumberStyle = WESTERN
) -> Any:
    """Daily visitors, first day at the right, peak days dark («أيام الذروة»)."""
    bars = [Bar(day_label(d.day), d.visitors, d.is_peak) for d in days]
    return bar_chart(bars, width=width, height=height, title="الزوار حسب اليوم",
                     legend="أيام الذروة", numbers=numbers)


def editions_visitors_chart(
    editions: Sequence[EditionBar],
    *,
    width: float,
    height: float,
    highlight: Sequence[int] | None = None,
    legend: str = "الدورة الحالية",
    numbers: NumberStyle = WESTERN,
) -> Any:
    """Total visitors of every edition, oldest at the right, the current edition dark.

    ``highlight`` (edition numbers) overrides which bars are dark, e.g. the record.
    """
    chosen = set(highlight) if highlight is not None else {e.number for e in editions
                                                           if e.is_current}
    bars = [Bar(f"{e.city_ar} {e.year}", e.visitors, e.number in chosen) for e in editions]
    return bar_chart(bars, width=width, height=height,
                     title="العدد الإجمالي للزوار حسب الدورة", legend=legend, numbers=numbers)
