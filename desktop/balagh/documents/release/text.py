"""A release as plain text and as HTML, for e-mail, the website and the news agency.

Both carry what the PDF carries, in reading order: the place and date line («الرباط في 22
ماي 2023»), the title, the paragraphs and the reference («المرجع: 2023/001», or «مسودة غير
صادرة» before issue). The letterhead is the PDF's page furniture and is left out.

``release_plain_text(release, settings)`` -> the blocks separated by blank lines;
``release_html(release, settings)`` -> an HTML document with ``dir="rtl" lang="ar"``;
``release_html(release, settings, fragment=True)`` -> the ``<article>`` alone, for the
clipboard. The text is never changed (no invisible marks, no ``<bdi>``): a browser orders a
phone number such as «0537 72 19 00» with the bidi algorithm, its groups read from the right
after Arabic, which is how the PDF and the DOCX show it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from balagh.core.model import Release
from balagh.documents.release.metadata import document_title
from balagh.platform.settings import Settings


@dataclass(frozen=True)
class ReleaseBlocks:
    """The parts of a release in reading order, as the PDF shows them."""

    date_line: str
    title: str
    paragraphs: list[str]
    reference: str


def release_blocks(release: Release, settings: Settings) -> ReleaseBlocks:
    """Place and date line, title, paragraphs and reference label of ``release``."""
    from balagh.arabic import date_line
    from balagh.documents.release.pdf import reference_label

    title = release.title.strip() or settings.release_title or "بلاغ"
    return ReleaseBlocks(
        date_line=date_line(release.place or settings.place, release.date),
        title=title,
        paragraphs=[text.strip() for text in release.paragraphs if text.strip()],
        reference=reference_label(release),
    )


def release_plain_text(release: Release, settings: Settings) -> str:
    """The release as UTF-8 text: one block per line, blank lines between, final newline."""
    blocks = release_blocks(release, settings)
    parts = [blocks.date_line, blocks.title, *blocks.paragraphs, blocks.reference]
    return "\n\n".join(parts) + "\n"


def _html_text(text: str) -> str:
    """``text`` escaped for an HTML element."""
    return html.escape(text, quote=False)


def release_html(release: Release, settings: Settings, *, fragment: bool = False) -> str:
    """The release as HTML, right to left, Arabic (``dir="rtl" lang="ar"``)."""
    blocks = release_blocks(release, settings)
    body = [
        '<article dir="rtl" lang="ar" style="font-family: Amiri, \'Traditional Arabic\', '
        'Arial, sans-serif;">',
        f'<p class="dateline" style="text-align: left;">{_html_text(blocks.date_line)}</p>',
        f'<h1 style="text-align: center;">{_html_text(blocks.title)}</h1>',
        *(f'<p style="text-align: justify;">{_html_text(text)}</p>' for text in blocks.paragraphs),
        f'<p class="reference">{_html_text(blocks.reference)}</p>',
        "</article>",
    ]
    article = "\n".join(body)
    if fragment:
        return article
    return (
        '<!DOCTYPE html>\n<html dir="rtl" lang="ar">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(document_title(release, settings))}</title>\n</head>\n"
        f"<body>\n{article}\n</body>\n"
        "</html>\n"
    )
