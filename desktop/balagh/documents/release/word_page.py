"""The page of a release's Word document, one for both languages, set from the PDF's page
(:data:`balagh.documents.release.page.RELEASE_PAGE`): A4, the PDF's margins, the
letterhead in the page header with the rule under it, and the footer — «الصفحة 1 من 2»
/ «Page 1 sur 2» centred (Word fields, so the numbers follow the editing, in the footer's
font and size) and the reference.

The letterhead is the PDF's: the Arabic lines at the right (all but the first bold) for an
Arabic release; for a French one the French lines at the left and, on bilingual paper (the
setting ``french_letterhead``), the Arabic lines at the right of the same rows. The
document's properties (title, subject, author, keywords, language, dates) are the PDF's
(:func:`balagh.documents.release.metadata.release_metadata`).
"""

from __future__ import annotations

import datetime as dt
import io
from itertools import zip_longest
from typing import Any

from balagh.core.model import Language, Release
from balagh.documents.release.metadata import ReleaseMetadata, release_metadata
from balagh.documents.release.page import POINTS_PER_CM, RELEASE_PAGE
from balagh.documents.release.word_fonts import embed_fonts
from balagh.documents.release.word_xml import (
    ARABIC,
    FONT,
    FRENCH,
    Script,
    Spacing,
    add_field,
    add_paragraph,
    add_run,
    add_tab,
    bottom_rule,
    element,
    run_properties,
    tab_stop,
)
from balagh.platform.settings import DEFAULT_LETTERHEAD, DEFAULT_LETTERHEAD_FR, Settings
from balagh.typeset.fonts import BOLD_FILE, REGULAR_FILE, font_file

#: The font named where Amiri is missing (a program that ignores the embedded fonts).
ALTERNATIVE = {Language.AR: "Traditional Arabic", Language.FR: "Times New Roman"}
_PAGE_PIECES = {Language.AR: ("الصفحة ", " من "), Language.FR: ("Page ", " sur ")}
# Amiri's ascender (1.124 em): the header's first baseline sits where the PDF draws it,
# one letterhead size under the top margin.
_ASCENT = 1.124


def script_of(language: Language) -> Script:
    return FRENCH if language is Language.FR else ARABIC


def new_release_document(release: Release, settings: Settings, language: Language,
                         reference: str) -> Any:
    """A python-docx Document with the release page set up: A4 and margins, letterhead,
    footer with ``reference``, default style, Amiri declared and embedded, properties."""
    import docx

    document = docx.Document()
    script = script_of(language)
    run_properties(document.styles["Normal"].element.get_or_add_rPr(), script, size=13.0)
    body = document.paragraphs[0]._p if document.paragraphs else None
    if body is not None:
        body.getparent().remove(body)
    rows = _letterhead_rows(settings, language)
    section = _page_setup(document, len(rows), script)
    _letterhead(section.header, rows)
    _footer(section.footer, reference, language)
    _declare_font(document, ALTERNATIVE[language])
    embed_fonts(document, FONT, regular=font_file(REGULAR_FILE), bold=font_file(BOLD_FILE))
    set_properties(document, release_metadata(release, settings, language))
    return document


def saved(document: Any) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _page_setup(document: Any, rows: int, script: Script) -> Any:
    """A4 with the PDF's margins; the body starts where the PDF's body does (under the
    letterhead), the footer's baseline half the bottom margin above the edge."""
    from docx.shared import Cm, Pt

    page = RELEASE_PAGE
    section = document.sections[0]
    section.page_width, section.page_height = Cm(page.width_cm), Cm(page.height_cm)
    section.top_margin = Cm(page.top_cm + page.letterhead_height_cm(rows))
    section.bottom_margin = Cm(page.bottom_cm)
    section.right_margin, section.left_margin = Cm(page.right_cm), Cm(page.left_cm)
    size = page.letterhead_size
    section.header_distance = Cm(page.top_cm) - Pt(size * (_ASCENT - 1.0))
    section.footer_distance = Cm(page.bottom_cm / 2.0) - Pt(page.footer_size * 0.634)
    if script.right_to_left:
        section._sectPr.append(element("w:bidi"))  # right-to-left section
    return section


def _letterhead_rows(settings: Settings, language: Language) -> list[tuple[str, str]]:
    """(French line, Arabic line) per row of the letterhead, as the PDF draws them."""
    arabic = [x for x in settings.letterhead_lines if x.strip()] or DEFAULT_LETTERHEAD
    if language is Language.AR:
        return [("", line) for line in arabic]
    french = [x for x in settings.letterhead_lines_fr if x.strip()] or DEFAULT_LETTERHEAD_FR
    if settings.french_letterhead == "french":
        return [(line, "") for line in french]
    return list(zip_longest(french, arabic, fillvalue=""))


def _letterhead(header: Any, rows: list[tuple[str, str]]) -> None:
    """One paragraph per row: the French line at the left and the Arabic line ending at
    the right margin (a right tab), or the Arabic line alone, right to left."""
    page = RELEASE_PAGE
    size = page.letterhead_size
    header.paragraphs[0]._p.getparent().remove(header.paragraphs[0]._p)
    french_rows = any(french for french, _arabic in rows)
    row = Spacing(line=size * 1.6)  # the PDF's distance between the letterhead's lines
    paragraph = None
    for index, (french, arabic) in enumerate(rows):
        if not french_rows:
            paragraph = add_paragraph(header, arabic, ARABIC, size=size, align="start",
                                      bold=index > 0, spacing=row)
            continue
        paragraph = add_paragraph(header, french, FRENCH, size=size, align="left",
                                  spacing=row)
        if arabic:
            tab_stop(paragraph, "right", page.text_width_cm)
            add_tab(paragraph, FRENCH, size)
            add_run(paragraph, arabic, ARABIC, size=size, bold=index > 0)
    if paragraph is not None:
        bottom_rule(paragraph, page.rule_color)


def _footer(footer: Any, reference: str, language: Language) -> None:
    """French: one line, ``reference`` at the left and the page number centred (fields),
    as the French PDF. Arabic: the page number centred and the reference under it at the
    right — on one line, LibreOffice's PDF of the document gives pdf.js the two pieces run
    together («المرجع:2023/001الصفحة1من2»; two lines come out as two lines)."""
    page = RELEASE_PAGE
    size = page.footer_size
    script = script_of(language)
    footer.paragraphs[0]._p.getparent().remove(footer.paragraphs[0]._p)
    if language is Language.FR:
        line = add_paragraph(footer, reference, script, size=size, align="left")
        tab_stop(line, "center", page.text_width_cm / 2.0)
        add_tab(line, script, size)
    else:
        line = add_paragraph(footer, "", script, size=size, align="center")
        add_paragraph(footer, reference, script, size=size, align="start")
    before, between = _PAGE_PIECES[language]
    add_run(line, before, script, size=size)
    add_field(line, "PAGE", script, size)
    add_run(line, between, script, size=size)
    add_field(line, "NUMPAGES", script, size)


def _declare_font(document: Any, alternative: str) -> None:
    """Declare Amiri in the font table with ``alternative`` (used where it is missing)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from lxml import etree

    part = document.part.part_related_by(RT.FONT_TABLE)
    root = parse_xml(part.blob)
    for old in root.findall(qn("w:font")):
        if old.get(qn("w:name")) == FONT:
            root.remove(old)
    font = element("w:font", w_name=FONT)
    font.append(element("w:altName", w_val=alternative))
    font.append(element("w:charset", w_val="B2"))  # Arabic
    font.append(element("w:family", w_val="roman"))
    font.append(element("w:pitch", w_val="variable"))
    root.append(font)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def set_properties(document: Any, about: ReleaseMetadata) -> None:
    """The core properties of the PDF's metadata (and none of python-docx's template:
    its 2013 dates, «generated by python-docx», Word for Mac as the application)."""
    from balagh import __version__

    created = about.created or dt.datetime.now(dt.UTC)
    if created.tzinfo is not None:  # python-docx writes a naive time as UTC
        created = created.astimezone(dt.UTC).replace(tzinfo=None, microsecond=0)
    core = document.core_properties
    core.title, core.subject, core.author = about.title, about.subject, about.author
    core.keywords = ", ".join(about.keywords)
    core.language = about.language
    core.comments = ""
    core.category = ""
    core.last_modified_by = about.author
    core.revision = 1
    core.created = core.modified = created
    _application(document, f"Balagh {__version__}")


def _application(document: Any, name: str) -> None:
    """``docProps/app.xml`` naming Balagh as the program that made the file."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from lxml import etree

    package = document.part.package
    part = next((rel.target_part for rel in package.rels.values()
                 if rel.reltype == RT.EXTENDED_PROPERTIES), None)
    if part is None:
        return
    ns = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
    root = etree.Element(f"{{{ns}}}Properties", nsmap={None: ns})
    etree.SubElement(root, f"{{{ns}}}Application").text = name
    etree.SubElement(root, f"{{{ns}}}DocSecurity").text = "0"
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


__all__ = ["POINTS_PER_CM", "new_release_document", "saved", "script_of", "set_properties"]
