"""The key-figure tiles of the summary sheet: a platypus flowable drawn on the canvas.

Each tile shows, from the top: the figure's short label; the qualifier («حوالي», «أكثر من»)
and the value in large digits; the change against the previous edition, signed as in the
table, with an up or down triangle (drawn as a vector shape: Amiri has no ▲▼ glyphs); and a
«رقم قياسي» badge when the value beats every earlier edition. Tiles are laid out right to
left, four to a row; only figures the edition has get a tile. With ``french_labels`` the
French label of the figure sits under the Arabic one, smaller and muted, and the tiles
are taller to make room for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable

from balagh.documents.summary.figures import RECORD_AR, WESTERN, NumberStyle, qualifier_ar
from balagh.documents.summary.model import FigureLine

#: Shorter labels for tiles (the table keeps the catalogue's full labels).
SHORT_LABELS: dict[str, str] = {
    "visitors_total": "العدد الإجمالي للزوار",
    "peak_visitors": "زوار أيام الذروة",
    "first_days_visitors": "زوار الأيام الأولى",
    "social_media_views": "المشاهدات الرقمية",
    "police_staff": "موظفو الشرطة",
    "vehicles": "المركبات المعبأة",
    "thematic_pavilions": "الأروقة الموضوعاتية",
    "blood_donors": "المتبرعون بالدم",
}

NAVY = "#1f3864"
TILE_FILL = "#eef2f8"
TILE_STROKE = "#8496b0"
UP = "#2e7d32"
DOWN = "#c00000"
RECORD_FILL = "#b8860b"
MUTED = "#555555"

COLUMNS = 4
GAP = 6.0
PAD = 6.0
TILE_HEIGHT = 52.0
FRENCH_SIZE = 6.5
# Added to a tile's height for its French label: below the dots that Amiri sets under the
# Arabic label («الإجمالي»), which touched a French label set 2 pt closer («Nombre tôtal»).
FRENCH_ROOM = FRENCH_SIZE + 4.0
LABEL_SIZE = 8.5
VALUE_SIZE = 15.0
QUALIFIER_SIZE = 8.5
CHANGE_SIZE = 7.5
BADGE_SIZE = 7.0


def separate(canvas: Any, x: float, y: float) -> None:
    """Draw an (invisible) space at ``x``: text extracted from the PDF then keeps the tiles of
    one row apart («حوالي 1150000 أكثر من 630000», not «حوالي1150000أكثر من630000»)."""
    from balagh.typeset.fonts import register_fonts

    canvas.saveState()
    canvas.setFont(register_fonts().regular, 6)
    canvas.drawString(x + 0.5, y, " ")
    canvas.restoreState()


def tile_label(line: FigureLine) -> str:
    """The label on a tile: a short form for the usual figures, else the catalogue label."""
    return SHORT_LABELS.get(line.key, line.label_ar)


class FigureTiles(Flowable):  # type: ignore[misc]
    """Key figures as tiles, right to left, :data:`COLUMNS` to a row."""

    def __init__(
        self,
        tiles: Sequence[FigureLine],
        *,
        columns: int = COLUMNS,
        french_labels: bool = False,
        numbers: NumberStyle = WESTERN,
    ) -> None:
        super().__init__()
        self.numbers = numbers
        self.tiles = list(tiles)
        self.columns = max(1, columns)
        self.rows = -(-len(self.tiles) // self.columns)
        self.french_labels = french_labels
        self.tile_height = TILE_HEIGHT + (FRENCH_ROOM if french_labels else 0.0)
        self.width = 0.0
        self.height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Full width; one band of ``tile_height`` per row."""
        self.width = avail_width
        self.height = self.rows * self.tile_height + max(self.rows - 1, 0) * GAP
        return self.width, self.height

    def draw(self) -> None:
        """Draw every tile (right to left, top to bottom)."""
        tile_width = (self.width - GAP * (self.columns - 1)) / self.columns
        for index, line in enumerate(self.tiles):
            row, column = divmod(index, self.columns)
            right = self.width - column * (tile_width + GAP)
            bottom = self.height - (row + 1) * self.tile_height - row * GAP
            self._tile(line, right - tile_width, bottom, tile_width)

    def _fit(self, text: str, size: float, room: float, *, bold: bool = False) -> float:
        from balagh.typeset.drawing import label_width

        width = label_width(text, size, bold=bold)
        return size if width <= room else max(size * room / width, 5.5)

    def _tile(self, line: FigureLine, left: float, bottom: float, width: float) -> None:
        from balagh.typeset.colors import to_color
        from balagh.typeset.drawing import draw_rtl_string, label_width

        canvas: Any = self.canv
        right = left + width - PAD
        room = width - 2 * PAD
        canvas.saveState()
        canvas.setFillColor(to_color(TILE_FILL))
        canvas.setStrokeColor(to_color(TILE_STROKE))
        canvas.setLineWidth(0.6)
        canvas.roundRect(left, bottom, width, self.tile_height, 4, stroke=1, fill=1)
        canvas.restoreState()

        top = bottom + self.tile_height
        label_y = top - PAD - LABEL_SIZE
        value_y = label_y - 4 - VALUE_SIZE
        # Drawn in reading order, each line from the right: pdf.js returns text as drawn.
        badge_room = label_width(RECORD_AR, BADGE_SIZE, bold=True) + 8 if line.is_record else 0
        label = tile_label(line)
        size = self._fit(label, LABEL_SIZE, room - badge_room - 4, bold=True)
        separate(canvas, left, label_y)
        draw_rtl_string(canvas, right, label_y, label, size=size, bold=True, color=NAVY)
        if line.is_record:
            self._badge(left + PAD, top - PAD - BADGE_SIZE - 2)
            separate(canvas, left + PAD + badge_room, label_y)
        if self.french_labels:
            french_y = label_y - FRENCH_ROOM
            value_y -= FRENCH_ROOM
            separate(canvas, left, french_y)
            draw_rtl_string(canvas, right, french_y, line.label_fr,
                            size=self._fit(line.label_fr, FRENCH_SIZE, room), color=MUTED)
        separate(canvas, left, value_y)
        self._value(line, right, value_y, room)

        # The triangle shows the direction at a glance; the figure keeps its sign, so that
        # the text read from the PDF says «-220.000 (-15,7 %)» as the table does.
        change = self.numbers.change(line.change, line.percent)
        if change:
            change_y = bottom + PAD - 1
            separate(canvas, left, change_y)
            marker = 7.0
            color = UP if line.trend > 0 else DOWN if line.trend < 0 else MUTED
            self._triangle(right - marker / 2, change_y + 0.5, marker, line.trend, color)
            draw_rtl_string(canvas, right - marker - 3, change_y, change,
                            size=self._fit(change, CHANGE_SIZE, room - marker - 3),
                            color=color)

    def _value(self, line: FigureLine, right: float, y: float, room: float) -> None:
        """The qualifier at the right, then the value: «حوالي 1.150.000» in every reader."""
        from balagh.typeset.drawing import draw_rtl_string, label_width
        from balagh.typeset.reader_layer import draw_reader_space

        canvas: Any = self.canv
        qualifier = qualifier_ar(line.qualifier)
        value = self.numbers.plain(line.value)
        qual_width = label_width(qualifier, QUALIFIER_SIZE) + 3 if qualifier else 0.0
        value_size = self._fit(value, VALUE_SIZE, room - qual_width, bold=True)
        if qualifier:
            draw_rtl_string(canvas, right, y, qualifier, size=QUALIFIER_SIZE, color=MUTED)
            separate(canvas, right - qual_width, y)
            draw_reader_space(canvas, right - qual_width
                              - label_width(value, value_size, bold=True), right - qual_width,
                              y, QUALIFIER_SIZE)
        draw_rtl_string(canvas, right - qual_width, y, value, size=value_size, bold=True,
                        color=NAVY)

    def _triangle(self, x: float, y: float, size: float, trend: int, color: str) -> None:
        """An up (trend > 0) or down triangle, or a short bar when unchanged."""
        from balagh.typeset.colors import to_color

        canvas: Any = self.canv
        canvas.saveState()
        canvas.setFillColor(to_color(color))
        canvas.setStrokeColor(to_color(color))
        half = size / 2
        if trend == 0:
            canvas.rect(x - half, y + size / 2 - 0.8, size, 1.6, stroke=0, fill=1)
        else:
            path = canvas.beginPath()
            if trend > 0:
                path.moveTo(x - half, y)
                path.lineTo(x + half, y)
                path.lineTo(x, y + size * 0.85)
            else:
                path.moveTo(x - half, y + size * 0.85)
                path.lineTo(x + half, y + size * 0.85)
                path.lineTo(x, y)
            path.close()
            canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()

    def _badge(self, left: float, bottom: float) -> float:
        """The «رقم قياسي» badge at the tile's left corner (drawn after the label, to its
        left: pdf.js copies «العدد الإجمالي للزوار رقم قياسي»); returns its width."""
        from balagh.typeset.colors import to_color
        from balagh.typeset.drawing import draw_rtl_string, label_width
        from balagh.typeset.reader_layer import draw_reader_space

        canvas: Any = self.canv
        text_width = label_width(RECORD_AR, BADGE_SIZE, bold=True)
        width = text_width + 8
        canvas.saveState()
        canvas.setFillColor(to_color(RECORD_FILL))
        canvas.roundRect(left, bottom - 2.5, width, BADGE_SIZE + 5, 3, stroke=0, fill=1)
        canvas.restoreState()
        draw_reader_space(canvas, left + 4, left + 4 + text_width, bottom, BADGE_SIZE)
        draw_rtl_string(canvas, left + width - 4, bottom, RECORD_AR, size=BADGE_SIZE,
                        bold=True, color="#ffffff")
        return width
