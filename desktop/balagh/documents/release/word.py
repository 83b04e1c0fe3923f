"""A release as a Word document (DOCX, python-docx), for editors who rework the text.

The same content as the PDF: the letterhead lines at the top right of every page (in the
page header, a rule under them), the place and date line at the left, the title centred and
bold, the paragraphs justified with a first-line indent, and in the footer «الصفحة 1 من 2»
(Word fields, so the numbers follow the editing) and the reference. Every paragraph is
right to left (``w:bidi``), every run too (``w:rtl``), tagged Arabic (``w:lang w:bidi``).
The font is Amiri, set as the complex-script font, which Word uses for Arabic, and embedded
in the file (Regular and Bold, :mod:`balagh.documents.release.word_fonts`) so that Word and
LibreOffice show it on computers without Amiri; the font table also names "Traditional
Arabic" as its alternative, for a program that ignores embedded fonts.
"""

from __future__ import annotations

import io
from typing import Any

from balagh.core.model import Release
from balagh.documents.release.text import release_blocks
from balagh.documents.release.word_fonts import embed_fonts
from balagh.platform.settings import DEFAULT_LETTERHEAD, Settings
from balagh.typeset.fonts import BOLD_FILE, REGULAR_FILE, font_file

FONT = "Amiri"
FONT_ALTERNATIVE = "Traditional Arabic"
LANGUAGE = "ar-MA"


def _element(tag: str, **attributes: str) -> Any:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn(name.replace("_", ":", 1)), value)
    return element


def _set_child(parent: Any, element: Any) -> None:
    """Replace ``parent``'s child of the same tag with ``element`` (or append it)."""
    for old in parent.findall(element.tag):
        parent.remove(old)
    parent.append(element)


def _run_properties(rpr: Any, *, size: float, bold: bool = False) -> None:
    """Amiri for every script, the size for complex scripts too, right to left, Arabic."""
    _set_child(rpr, _element("w:rFonts", w_ascii=FONT, w_hAnsi=FONT, w_cs=FONT, w_eastAsia=FONT))
    if bold:
        _set_child(rpr, _element("w:b"))
        _set_child(rpr, _element("w:bCs"))
    half_points = str(round(size * 2))
    _set_child(rpr, _element("w:sz", w_val=half_points))
    _set_child(rpr, _element("w:szCs", w_val=half_points))
    _set_child(rpr, _element("w:rtl"))
    _set_child(rpr, _element("w:lang", w_val="fr-MA", w_bidi=LANGUAGE))
    _order_rpr(rpr)


_RPR_ORDER = ["rStyle", "rFonts", "b", "bCs", "sz", "szCs", "rtl", "lang"]
_PPR_ORDER = ["pStyle", "keepNext", "pBdr", "bidi", "spacing", "ind", "jc", "rPr"]


def _order_rpr(rpr: Any) -> None:
    _order(rpr, _RPR_ORDER)


def _order(parent: Any, names: list[str]) -> None:
    """Put ``parent``'s children in the schema's order (Word refuses files that do not)."""
    from docx.oxml.ns import qn

    rank = {qn(f"w:{name}"): index for index, name in enumerate(names)}
    children = sorted(parent, key=lambda child: rank.get(child.tag, len(rank)))
    for child in children:
        parent.remove(child)
        parent.append(child)


def _paragraph(container: Any, text: str, *, size: float, align: str, bold: bool = False,
               indent_cm: float = 0.0, after_pt: float = 0.0) -> Any:
    """A right-to-left paragraph holding ``text`` (``align``: start, end, center, both)."""
    from docx.shared import Cm, Pt

    paragraph = container.add_paragraph()
    ppr = paragraph._p.get_or_add_pPr()
    ppr.insert(0, _element("w:bidi"))
    ppr.append(_element("w:jc", w_val=align))
    paragraph.paragraph_format.space_after = Pt(after_pt)
    if indent_cm:
        paragraph.paragraph_format.first_line_indent = Cm(indent_cm)
    if text:
        run = paragraph.add_run(text)
        _run_properties(run._r.get_or_add_rPr(), size=size, bold=bold)
    mark = _element("w:rPr")  # the paragraph mark's properties
    ppr.append(mark)
    _run_properties(mark, size=size, bold=bold)
    _order(ppr, _PPR_ORDER)
    return paragraph


def _field(paragraph: Any, instruction: str, size: float) -> None:
    """Append a Word field (PAGE, NUMPAGES) to ``paragraph``."""
    for kind, text in (("begin", ""), ("instr", instruction), ("separate", ""), ("text", "1"),
                       ("end", "")):
        run = paragraph.add_run()
        _run_properties(run._r.get_or_add_rPr(), size=size)
        if kind == "instr":
            node = _element("w:instrText")
            node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            node.text = f" {text} "
            run._r.append(node)
        elif kind == "text":
            run._r.append(_text(text))
        else:
            run._r.append(_element("w:fldChar", w_fldCharType=kind))


def _text(value: str) -> Any:
    node = _element("w:t")
    node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    node.text = value
    return node


def _plain_run(paragraph: Any, text: str, size: float) -> None:
    run = paragraph.add_run(text)
    _run_properties(run._r.get_or_add_rPr(), size=size)


def _bottom_rule(paragraph: Any) -> None:
    borders = _element("w:pBdr")
    borders.append(_element("w:bottom", w_val="single", w_sz="6", w_space="4",
                            w_color="1F3864"))
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(borders)
    _order(ppr, _PPR_ORDER)


def _page_setup(document: Any) -> Any:
    from docx.shared import Cm

    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(1.4), Cm(2.0)
    section.right_margin = section.left_margin = Cm(2.3)
    section.header_distance, section.footer_distance = Cm(0.8), Cm(0.8)
    section._sectPr.append(_element("w:bidi"))  # right-to-left section (page numbers, columns)
    return section


def _default_style(document: Any) -> None:
    style = document.styles["Normal"]
    _run_properties(style.element.get_or_add_rPr(), size=13.0)
    _declare_font(document)


def _declare_font(document: Any) -> None:
    """Declare Amiri in the font table with its alternative (used where Amiri is missing)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from lxml import etree

    part = document.part.part_related_by(RT.FONT_TABLE)

    root = parse_xml(part.blob)
    for old in root.findall(qn("w:font")):
        if old.get(qn("w:name")) == FONT:
            root.remove(old)
    font = _element("w:font", w_name=FONT)
    font.append(_element("w:altName", w_val=FONT_ALTERNATIVE))
    font.append(_element("w:charset", w_val="B2"))  # Arabic
    font.append(_element("w:family", w_val="roman"))
    font.append(_element("w:pitch", w_val="variable"))
    root.append(font)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    embed_fonts(document, FONT, regular=font_file(REGULAR_FILE), bold=font_file(BOLD_FILE))


def render_release_docx(release: Release, settings: Settings) -> bytes:
    """The DOCX bytes of ``release``: letterhead, place and date, title, body, reference."""
    import docx

    blocks = release_blocks(release, settings)
    document = docx.Document()
    _default_style(document)
    section = _page_setup(document)
    lines = [line for line in settings.letterhead_lines if line.strip()] or DEFAULT_LETTERHEAD
    header = section.header
    header.paragraphs[0]._p.getparent().remove(header.paragraphs[0]._p)
    for index, line in enumerate(lines):
        last = index == len(lines) - 1
        paragraph = _paragraph(header, line, size=12.0, align="start", bold=index > 0)
        if last:
            _bottom_rule(paragraph)
    body = document.paragraphs[0]._p if document.paragraphs else None
    if body is not None:
        body.getparent().remove(body)
    _paragraph(document, blocks.date_line, size=12.0, align="end", after_pt=12.0)
    _paragraph(document, blocks.title, size=22.0, align="center", bold=True, after_pt=18.0)
    for text in blocks.paragraphs:
        _paragraph(document, text, size=13.0, align="both", indent_cm=0.8, after_pt=9.0)
    _footer(section, blocks.reference)
    document.core_properties.title = f"{blocks.title} {release.reference or ''}".strip()
    document.core_properties.author = lines[-1]
    document.core_properties.language = LANGUAGE
    document.core_properties.keywords = "بلاغ، أيام الأبواب المفتوحة للأمن الوطني"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _footer(section: Any, reference: str) -> None:
    footer = section.footer
    first = footer.paragraphs[0]
    first._p.getparent().remove(first._p)
    pages = _paragraph(footer, "", size=9.0, align="center")
    _plain_run(pages, "الصفحة ", 9.0)
    _field(pages, "PAGE", 9.0)
    _plain_run(pages, " من ", 9.0)
    _field(pages, "NUMPAGES", 9.0)
    _paragraph(footer, reference, size=9.0, align="start")
