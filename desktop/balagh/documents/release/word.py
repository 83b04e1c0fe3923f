"""A release as a Word document (DOCX, python-docx), for editors who rework the text.

The same content as the PDF, on the same page (:mod:`balagh.documents.release.word_page`,
shared with the French document): the letterhead lines at the top right of every page (in
the page header, a rule under them), the place and date line at the left, the title centred
and bold, the paragraphs justified with a first-line indent, and in the footer the reference
and «الصفحة 1 من 2» (Word fields, so the numbers follow the editing). Every paragraph is
right to left (``w:bidi``), every run too (``w:rtl``), tagged Arabic (``w:lang w:bidi``).
The font is Amiri, set as the complex-script font, which Word uses for Arabic, and embedded
in the file (Regular and Bold, :mod:`balagh.documents.release.word_fonts`) so that Word and
LibreOffice show it on computers without Amiri; the font table also names "Traditional
Arabic" as its alternative, for a program that ignores embedded fonts. The properties
(title, subject, author, keywords, language, dates) are the PDF's.
"""

from __future__ import annotations

from balagh.core.model import Language, Release
from balagh.documents.release.text import release_blocks
from balagh.documents.release.word_page import new_release_document, saved
from balagh.documents.release.word_xml import ARABIC, Spacing, add_paragraph
from balagh.platform.settings import Settings

LANGUAGE = "ar-MA"


def render_release_docx(release: Release, settings: Settings) -> bytes:
    """The DOCX bytes of ``release``: letterhead, place and date, title, body, reference."""
    blocks = release_blocks(release, settings)
    document = new_release_document(release, settings, Language.AR, blocks.reference)
    add_paragraph(document, blocks.date_line, ARABIC, size=12.0, align="end",
                  spacing=Spacing(after=12.0))
    add_paragraph(document, blocks.title, ARABIC, size=22.0, align="center", bold=True,
                  spacing=Spacing(after=18.0))
    for text in blocks.paragraphs:
        add_paragraph(document, text, ARABIC, size=13.0, align="both", indent_cm=0.8,
                      spacing=Spacing(after=9.0))
    return saved(document)
