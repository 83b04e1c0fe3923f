"""The text of one cell of the per-day grid, both ways, without Qt.

A cell holds a figure as the staff would write it: «344100», «ناهز 200000» (about),
«أكثر من 72» (more than); Arabic-Indic digits are accepted. ``cell_draft("ناهز ٢٠٠٬٠٠٠")``
gives the FigureDraft ("٢٠٠٬٠٠٠", ABOUT); ``cell_text`` writes it back.
"""

from __future__ import annotations

from balagh.core.model import QUALIFIER_NAMES, Qualifier
from balagh.gui.edition.draft import FigureDraft

#: How a cell writes an inexact figure: the verb of the office's releases («ناهز 200000»).
CELL_WORDS: dict[Qualifier, str] = {Qualifier.ABOUT: "ناهز", Qualifier.MORE_THAN: "أكثر من"}

#: Words that may start a cell, and the qualifier they mean: the cell's own words, the
#: qualifiers' names in both languages («حوالي», «environ»…), a few more the staff type.
QUALIFIER_PREFIXES: tuple[tuple[str, Qualifier], ...] = tuple(dict.fromkeys([
    *((word, qualifier) for qualifier, word in CELL_WORDS.items()),
    *((name, qualifier) for qualifier, names in QUALIFIER_NAMES.items()
      if qualifier is not Qualifier.EXACT for name in (names.ar, names.fr)),
    ("فاق", Qualifier.MORE_THAN), ("~", Qualifier.ABOUT), (">", Qualifier.MORE_THAN),
]))

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
    word = CELL_WORDS.get(draft.qualifier)
    return f"{word} {draft.text}" if word else draft.text
