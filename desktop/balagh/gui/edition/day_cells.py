"""The text of one cell of the per-day grid, both ways, without Qt.

A cell holds a figure as the staff would write it: «344100», «ناهز 200000» (about),
«أكثر من 72» (more than); Arabic-Indic digits are accepted. ``cell_draft("ناهز ٢٠٠٬٠٠٠")``
gives the FigureDraft ("٢٠٠٬٠٠٠", ABOUT); ``cell_text`` writes it back.
"""

from __future__ import annotations

from balagh.core.model import Qualifier
from balagh.gui.edition.draft import FigureDraft

#: Words that may start a cell, and the qualifier they mean.
QUALIFIER_PREFIXES: tuple[tuple[str, Qualifier], ...] = (
    ("أكثر من", Qualifier.MORE_THAN),
    ("فاق", Qualifier.MORE_THAN),
    ("ناهز", Qualifier.ABOUT),
    ("حوالي", Qualifier.ABOUT),
    ("~", Qualifier.ABOUT),
    (">", Qualifier.MORE_THAN),
    ("environ", Qualifier.ABOUT),
    ("plus de", Qualifier.MORE_THAN),
)

#: The columns of the per-day grid: that day's visitors, then running totals.
DAY_GRID_KEYS: tuple[str, ...] = ("day_visitors", "visitors_total", "media_outlets",
                                  "press_statements")


def cell_draft(text: str) -> FigureDraft:
    """The figure a cell holds (an empty cell: an empty draft, not announced)."""
    stripped = " ".join(text.split())
    for prefix, qualifier in QUALIFIER_PREFIXES:
        if stripped.startswith(prefix):
            return FigureDraft(stripped[len(prefix):].strip(), qualifier)
    return FigureDraft(stripped, Qualifier.EXACT)


def cell_text(draft: FigureDraft) -> str:
    """How a figure shows in its cell: «ناهز 200000», «أكثر من 72», «344100»."""
    if not draft.text.strip():
        return ""
    if draft.qualifier is Qualifier.ABOUT:
        return f"ناهز {draft.text}"
    if draft.qualifier is Qualifier.MORE_THAN:
        return f"أكثر من {draft.text}"
    return draft.text
