"""Paragraph styles for right-to-left text (points throughout; 1 cm = 28.35 pt)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Align(StrEnum):
    """Horizontal alignment of the lines of a right-to-left paragraph."""

    RIGHT = "right"  # the natural alignment of Arabic (the line starts at the right margin)
    CENTRE = "centre"
    LEFT = "left"
    JUSTIFY = "justify"  # both margins; the last line is right-aligned


@dataclass(frozen=True)
class RtlStyle:
    """How a right-to-left paragraph looks.

    ``leading`` defaults to 1.75 × ``font_size`` (Amiri has tall ascenders and deep
    descenders). ``first_line_indent`` is taken at the right, where Arabic lines start.
    ``orphans``/``widows``: the fewest lines left at the foot of a page / carried to the next
    one when the paragraph is split (1 disables the control).
    """

    font_size: float = 13.0
    leading: float | None = None
    alignment: Align = Align.JUSTIFY
    first_line_indent: float = 0.0
    right_indent: float = 0.0
    left_indent: float = 0.0
    space_before: float = 0.0
    space_after: float = 6.0
    color: str = "#000000"
    bold: bool = False
    keep_with_next: bool = False
    orphans: int = 2
    widows: int = 2

    @property
    def line_height(self) -> float:
        """The distance between two baselines."""
        return self.leading if self.leading is not None else self.font_size * 1.75

    def but(self, **changes: Any) -> RtlStyle:
        """A copy with some fields changed: ``BODY.but(alignment=Align.CENTRE)``."""
        return dataclasses.replace(self, **changes)


BODY = RtlStyle()
"""Running text of a press release: 13 pt justified."""

HEADING = RtlStyle(
    font_size=16.0, bold=True, alignment=Align.CENTRE, space_before=6.0, space_after=10.0,
    keep_with_next=True,
)
"""A centred bold heading kept with the paragraph that follows it."""

CELL = RtlStyle(font_size=10.5, leading=16.0, alignment=Align.RIGHT, space_after=0.0)
"""Text inside a table cell."""
