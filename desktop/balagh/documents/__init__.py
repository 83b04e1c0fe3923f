"""balagh.documents — the office's documents from the recorded figures.

Press releases (بلاغ)::

    draft_release(edition, all_editions, catalogue, settings, *, template_body=None,
                  kind=ReleaseKind.CLOSING, release_date=None) -> Release
    check_release(release, edition, catalogue) -> list[Discrepancy]
    render_release_pdf(release, settings) -> bytes
    verify_pdf(data, releases) -> Release | None
    builtin_template(kind) -> str          (the text a user copy starts from)
    correction_draft(issued) -> Release    (a new draft superseding an issued release)

Summary sheets::

    render_summary_pdf(edition, all_editions, catalogue, settings, *, french_labels=False)
    render_all_editions_pdf(all_editions, catalogue, settings, *, french_labels=False,
                            selection=None)      (Selection(last=N, first_year=, last_year=))
    summary_xlsx(edition, all_editions, catalogue, settings) -> bytes
    all_editions_xlsx(all_editions, catalogue, settings, *, history=()) -> bytes

Social-media cards (``balagh.documents.summary.card``; the workflow is
``balagh.app.cards.make_card``)::

    edition_card(edition, all_editions, catalogue) / day_card(edition, day) -> CardContent
    render_card_pdf(content, (1080, 1080), settings) -> bytes;  card_png(pdf) -> bytes

Names are imported on first use, so ``import balagh.documents`` loads neither Jinja2 nor
reportlab.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from balagh.documents.release.consistency import Discrepancy, DiscrepancyKind, check_release
    from balagh.documents.release.draft import (
        builtin_template,
        correction_draft,
        draft_release,
        release_text,
    )
    from balagh.documents.release.pdf import render_release_pdf
    from balagh.documents.release.templating import TemplateError
    from balagh.documents.release.verify import verify_pdf
    from balagh.documents.summary.all_pdf import render_all_editions_pdf
    from balagh.documents.summary.pdf import render_summary_pdf
    from balagh.documents.summary.xlsx import all_editions_xlsx, summary_xlsx

_EXPORTS: dict[str, str] = {
    "Discrepancy": "release.consistency",
    "DiscrepancyKind": "release.consistency",
    "check_release": "release.consistency",
    "builtin_template": "release.draft",
    "correction_draft": "release.draft",
    "draft_release": "release.draft",
    "release_text": "release.draft",
    "render_release_pdf": "release.pdf",
    "TemplateError": "release.templating",
    "verify_pdf": "release.verify",
    "render_summary_pdf": "summary.pdf",
    "render_all_editions_pdf": "summary.all_pdf",
    "summary_xlsx": "summary.xlsx",
    "all_editions_xlsx": "summary.xlsx",
}

__all__ = [
    "Discrepancy",
    "DiscrepancyKind",
    "TemplateError",
    "all_editions_xlsx",
    "builtin_template",
    "check_release",
    "correction_draft",
    "draft_release",
    "release_text",
    "render_all_editions_pdf",
    "render_release_pdf",
    "render_summary_pdf",
    "summary_xlsx",
    "verify_pdf",
]


def __getattr__(name: str) -> Any:
    """Import the public names on first use."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'balagh.documents' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"balagh.documents.{module}"), name)
    globals()[name] = value
    return value
