"""Summaries — one edition's summary sheet, the report across editions — as PDF or Excel,
the same way for ``balagh summary …`` and the window's summary tab.

``edition_summary(fez, editions, catalogue, settings, SummaryFormat.PDF)`` is the Fez 2023
sheet; ``editions_report(editions, catalogue, settings, SummaryFormat.XLSX,
selection=Selection(last=2))`` the workbook of the two most recent editions, compared with
all of them. A selection that matches no edition is refused before anything is drawn.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING

from balagh.core.model import Edition, FigureKind

if TYPE_CHECKING:
    from balagh.documents.summary.all_model import Selection
    from balagh.platform.settings import Settings


class SummaryFormat(StrEnum):
    """What a summary is written as."""

    PDF = "pdf"
    XLSX = "xlsx"


def edition_summary(edition: Edition, editions: Sequence[Edition],
                    catalogue: Mapping[str, FigureKind], settings: Settings,
                    fmt: SummaryFormat, *, french_labels: bool = False) -> bytes:
    """The summary sheet of ``edition`` (compared with ``editions``) as PDF or XLSX."""
    if fmt is SummaryFormat.XLSX:
        from balagh.documents.summary.xlsx import summary_xlsx

        return summary_xlsx(edition, editions, catalogue, settings)
    from balagh.documents.summary.pdf import render_summary_pdf

    return render_summary_pdf(edition, editions, catalogue, settings,
                              french_labels=french_labels)


def editions_report(editions: Sequence[Edition], catalogue: Mapping[str, FigureKind],
                    settings: Settings, fmt: SummaryFormat, *,
                    selection: Selection | None = None, french_labels: bool = False) -> bytes:
    """The report across the editions ``selection`` keeps (all of them by default), their
    records and changes worked out against every edition, as PDF or XLSX."""
    from balagh.documents.summary.all_model import Selection, select_editions

    chosen = selection or Selection()
    kept = select_editions(editions, chosen)  # refused here, before anything is drawn
    if fmt is SummaryFormat.XLSX:
        from balagh.documents.summary.xlsx import all_editions_xlsx

        return all_editions_xlsx(kept, catalogue, settings, history=editions)
    from balagh.documents.summary.all_pdf import render_all_editions_pdf

    return render_all_editions_pdf(editions, catalogue, settings,
                                   french_labels=french_labels, selection=chosen)
