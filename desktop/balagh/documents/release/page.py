"""The page of a release, shared by its PDF and its DOCX in both languages: A4, the
margins, the letterhead's size and rule, the footer's size.

``RELEASE_PAGE.pdf_setup()`` is what the PDFs are laid out on (reportlab points);
:mod:`balagh.documents.release.word_page` sets the Word section from the same numbers.
The letterhead starts at the top margin; the body starts under it (``body_top_cm``); the
footer's baseline is half the bottom margin above the page's edge.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from balagh.typeset.document import PageSetup

POINTS_PER_CM = 72.0 / 2.54


@dataclass(frozen=True)
class ReleasePage:
    """Paper, margins (cm) and page furniture of a release."""

    width_cm: float = 21.0
    height_cm: float = 29.7
    top_cm: float = 1.4
    bottom_cm: float = 2.0
    right_cm: float = 2.3
    left_cm: float = 2.3
    letterhead_size: float = 12.0  # points
    footer_size: float = 9.0
    rule_color: str = "#1f3864"

    @property
    def text_width_cm(self) -> float:
        return self.width_cm - self.left_cm - self.right_cm

    def letterhead_height_cm(self, rows: int) -> float:
        """The height the letterhead of ``rows`` lines takes above the body (as
        ``balagh.typeset.document.Letterhead.height`` measures it without a logo)."""
        return rows * self.letterhead_size * 1.6 / POINTS_PER_CM + 0.5

    def pdf_setup(self) -> PageSetup:
        """The reportlab page setup of the release PDFs."""
        from balagh.typeset.document import PageSetup

        # PageSetup's paper is reportlab's A4 (21 × 29.7 cm)
        return PageSetup(top=self.top_cm * POINTS_PER_CM, bottom=self.bottom_cm * POINTS_PER_CM,
                         right=self.right_cm * POINTS_PER_CM, left=self.left_cm * POINTS_PER_CM,
                         footer_size=self.footer_size)


RELEASE_PAGE = ReleasePage()
