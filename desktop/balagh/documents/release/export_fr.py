"""The French version of a release as plain text, HTML and DOCX (beside the Arabic ones in
``release_text`` and ``release_docx``).

The same content as the French PDF, in reading order: «Rabat, le 22 mai 2024», the title
«Communiqué», the paragraphs (their no-break spaces kept) and «Référence : 2024/001» (or
«Projet non émis»). The HTML is ``dir="ltr" lang="fr"``; the Word document is left to
right, tagged French (``w:lang fr-MA``), justified with Word's automatic hyphenation, the
French letterhead lines in the page header and «Page 1 sur 2» (Word fields) in the footer,
in Amiri embedded in the file (:mod:`balagh.documents.release.word_fonts`).
"""

from __future__ import annotations

import html
import io
from typing import Any

from balagh.core.model import Release
from balagh.documents.release.text import ReleaseBlocks
from balagh.documents.release.word_fonts import embed_fonts
from balagh.platform.settings import DEFAULT_LETTERHEAD_FR, Settings
from balagh.typeset.fonts import BOLD_FILE, REGULAR_FILE, font_file

FONT = "Amiri"
LANGUAGE_FR = "fr-MA"


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
            f"<title>{html.escape(blocks.title)}</title>\n</head>\n<body>\n{article}\n</body>\n"
            "</html>\n")


def _french_run(run: Any, size: float, bold: bool = False) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.name = FONT
    run.font.size = Pt(size)
    run.font.bold = bold
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), LANGUAGE_FR)
    run._element.get_or_add_rPr().append(lang)


def _add(container: Any, text: str, *, size: float, align: Any, bold: bool = False,
         indent: float = 0.0, after: float = 0.0) -> Any:
    from docx.shared import Cm, Pt

    paragraph = container.add_paragraph()
    paragraph.alignment = align
    paragraph.paragraph_format.space_after = Pt(after)
    if indent:
        paragraph.paragraph_format.first_line_indent = Cm(indent)
    if text:
        _french_run(paragraph.add_run(text), size, bold)
    return paragraph


def _page_fields(paragraph: Any, size: float) -> None:
    """«Page {PAGE} sur {NUMPAGES}» as Word fields."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for piece in ("Page ", "PAGE", " sur ", "NUMPAGES"):
        if piece.strip() in ("PAGE", "NUMPAGES"):
            field = OxmlElement("w:fldSimple")
            field.set(qn("w:instr"), piece.strip())
            run = OxmlElement("w:r")
            properties = OxmlElement("w:rPr")
            size_element = OxmlElement("w:sz")
            size_element.set(qn("w:val"), str(round(size * 2)))
            properties.append(size_element)
            run.append(properties)
            text = OxmlElement("w:t")
            text.text = "1"
            run.append(text)
            field.append(run)
            paragraph._p.append(field)
        else:
            _french_run(paragraph.add_run(piece), size)


def render_release_docx_fr(release: Release, settings: Settings) -> bytes:
    """The DOCX bytes of the French version, left to right."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement

    blocks = french_blocks(release, settings)
    document = docx.Document()
    settings_xml = document.settings.element
    settings_xml.append(OxmlElement("w:autoHyphenation"))
    section = document.sections[0]
    lines = [x for x in settings.letterhead_lines_fr if x.strip()] or DEFAULT_LETTERHEAD_FR
    header = section.header
    header.paragraphs[0].text = ""
    first = True
    for line in lines:
        target = header.paragraphs[0] if first else header.add_paragraph()
        first = False
        _french_run(target.add_run(line), 11.0, bold=line is not lines[0])
    _add(document, blocks.date_line, size=11.5, align=WD_ALIGN_PARAGRAPH.RIGHT, after=12.0)
    _add(document, blocks.title, size=20.0, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True,
         after=18.0)
    for text in blocks.paragraphs:
        _add(document, text, size=12.5, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=0.8,
             after=8.0)
    footer = section.footer
    pages = footer.paragraphs[0]
    pages.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_fields(pages, 9.0)
    _add(footer, blocks.reference, size=9.0, align=WD_ALIGN_PARAGRAPH.LEFT)
    document.core_properties.title = f"{blocks.title} {release.reference or ''}".strip()
    document.core_properties.author = lines[-1]
    document.core_properties.language = LANGUAGE_FR
    document.core_properties.keywords = "communiqué, Journées portes ouvertes, DGSN"
    embed_fonts(document, FONT, regular=font_file(REGULAR_FILE), bold=font_file(BOLD_FILE))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
