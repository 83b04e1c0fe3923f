"""The French version of a release as plain text, HTML and DOCX (beside the Arabic ones in
``release_text`` and ``release_docx``).

The same content as the French PDF, in reading order: «Rabat, le 22 mai 2024», the title
«Communiqué», the paragraphs (their no-break spaces kept) and «Référence : 2024/001» (or
«Projet non émis»). The HTML is ``dir="ltr" lang="fr"``; the Word document is left to
right, tagged French (``w:lang fr-MA``), justified with Word's automatic hyphenation, on the
page of the Arabic one and of the PDFs (:mod:`balagh.documents.release.word_page`): A4, the
French PDF's letterhead (bilingual or French only) with its rule, the reference and «Page 1
sur 2» (Word fields) on the footer line, in Amiri embedded in the file; the spacing and line
heights of the French PDF.
"""

from __future__ import annotations

import html
from typing import Any

from balagh.core.model import Language, Release
from balagh.documents.release.metadata import document_title
from balagh.documents.release.page import POINTS_PER_CM
from balagh.documents.release.text import ReleaseBlocks
from balagh.platform.settings import Settings

LANGUAGE_FR = "fr-MA"
BODY_SIZE = 12.5  # the French PDF's body (``pdf_fr.render_release_pdf_fr``)


def french_blocks(release: Release, settings: Settings) -> ReleaseBlocks:
    """Date line, title, paragraphs and reference of the French version (BalaghError when
    the release has none)."""
    from balagh.documents.release.pdf_fr import french_version, reference_label_fr
    from balagh.french import date_line_fr

    version = french_version(release)
    title = version.title.strip() or settings.release_title_fr or "Communiqué"
    place = version.place.strip() or settings.place_fr or "Rabat"
    return ReleaseBlocks(
        date_line=date_line_fr(place, release.date),
        title=title,
        paragraphs=[text.strip() for text in version.paragraphs if text.strip()],
        reference=reference_label_fr(release),
    )


def release_plain_text_fr(release: Release, settings: Settings) -> str:
    """The French version as UTF-8 text: one block per line, blank lines between."""
    blocks = french_blocks(release, settings)
    return "\n\n".join([blocks.date_line, blocks.title, *blocks.paragraphs,
                        blocks.reference]) + "\n"


def release_html_fr(release: Release, settings: Settings, *, fragment: bool = False) -> str:
    """The French version as HTML, left to right (``dir="ltr" lang="fr"``)."""
    blocks = french_blocks(release, settings)

    def text(value: str) -> str:
        return html.escape(value, quote=False)

    article = "\n".join([
        '<article dir="ltr" lang="fr" style="font-family: Amiri, \'Times New Roman\', serif;">',
        f'<p class="dateline" style="text-align: right;">{text(blocks.date_line)}</p>',
        f'<h1 style="text-align: center;">{text(blocks.title)}</h1>',
        *(f'<p style="text-align: justify; hyphens: auto;">{text(p)}</p>'
          for p in blocks.paragraphs),
        f'<p class="reference">{text(blocks.reference)}</p>',
        "</article>",
    ])
    if fragment:
        return article
    return ('<!DOCTYPE html>\n<html dir="ltr" lang="fr">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{html.escape(document_title(release, settings, Language.FR))}</title>\n"
            f"</head>\n<body>\n{article}\n</body>\n"
            "</html>\n")


def _hyphenate(settings_xml: Any, switch: Any) -> None:
    """Word's automatic hyphenation on, where the schema puts it (after the default tab
    stop: Word refuses a settings part out of order)."""
    from docx.oxml.ns import qn

    tab = settings_xml.find(qn("w:defaultTabStop"))
    if tab is not None:
        tab.addnext(switch)
    else:
        settings_xml.append(switch)


def render_release_docx_fr(release: Release, settings: Settings) -> bytes:
    """The DOCX bytes of the French version, left to right, on the release page shared
    with the Arabic document (:mod:`balagh.documents.release.word_page`): the spacing and
    line heights are the French PDF's (``pdf_fr._styles``)."""
    from balagh.documents.release.word_page import new_release_document, saved
    from balagh.documents.release.word_xml import FRENCH, Spacing, add_paragraph, element

    blocks = french_blocks(release, settings)
    document = new_release_document(release, settings, Language.FR, blocks.reference)
    _hyphenate(document.settings.element, element("w:autoHyphenation"))
    add_paragraph(document, blocks.date_line, FRENCH, size=11.5, align="right",
                  spacing=Spacing(line=16.0))
    add_paragraph(document, blocks.title, FRENCH, size=20.0, align="center", bold=True,
                  spacing=Spacing(before=0.6 * POINTS_PER_CM, after=0.7 * POINTS_PER_CM,
                                  line=26.0))
    for text in blocks.paragraphs:
        add_paragraph(document, text, FRENCH, size=BODY_SIZE, align="both", indent_cm=0.8,
                      spacing=Spacing(after=8.0, line=BODY_SIZE * 1.5))
    return saved(document)
