"""WordprocessingML pieces for a release's DOCX, in Arabic (right to left) or French (left
to right): paragraphs, runs, fields (PAGE, NUMPAGES), tab stops and the rule under the
letterhead, each element in the order the schema asks for (Word refuses files that do
not keep it).

A :class:`Script` says how a run and a paragraph are marked: the Arabic one sets
``w:bidi`` on paragraphs, ``w:rtl`` on runs and ``w:lang w:bidi="ar-MA"``; the French one
``w:lang w:val="fr-MA"``. Both use Amiri for every script slot (``w:rFonts``) and give the
complex-script size too (``w:szCs``), so a digit or a Latin word in Arabic text and an
Arabic word in French text come out in the same font and size.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

FONT = "Amiri"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


@dataclass(frozen=True)
class Script:
    """How the runs and paragraphs of one language are marked."""

    right_to_left: bool
    language: str  # w:lang w:val
    bidi_language: str  # w:lang w:bidi


ARABIC = Script(right_to_left=True, language="fr-MA", bidi_language="ar-MA")
FRENCH = Script(right_to_left=False, language="fr-MA", bidi_language="ar-MA")

_RPR_ORDER = ["rStyle", "rFonts", "b", "bCs", "sz", "szCs", "rtl", "lang"]
_PPR_ORDER = ["pStyle", "keepNext", "pBdr", "tabs", "bidi", "spacing", "ind", "jc", "rPr"]


def element(tag: str, **attributes: str) -> Any:
    """A new ``tag`` element (``w:jc``) with ``attributes`` (``w_val="both"``)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    node = OxmlElement(tag)
    for name, value in attributes.items():
        node.set(qn(name.replace("_", ":", 1)), value)
    return node


def _set_child(parent: Any, child: Any) -> None:
    """Replace ``parent``'s child of the same tag with ``child`` (or append it)."""
    for old in parent.findall(child.tag):
        parent.remove(old)
    parent.append(child)


def _order(parent: Any, names: list[str]) -> None:
    """Put ``parent``'s children in the schema's order."""
    from docx.oxml.ns import qn

    rank = {qn(f"w:{name}"): index for index, name in enumerate(names)}
    children = sorted(parent, key=lambda node: rank.get(node.tag, len(rank)))
    for node in children:
        parent.remove(node)
        parent.append(node)


def run_properties(rpr: Any, script: Script, *, size: float, bold: bool = False) -> None:
    """Amiri for every script, ``size`` for complex scripts too, the language marks."""
    _set_child(rpr, element("w:rFonts", w_ascii=FONT, w_hAnsi=FONT, w_cs=FONT,
                            w_eastAsia=FONT))
    if bold:
        _set_child(rpr, element("w:b"))
        _set_child(rpr, element("w:bCs"))
    half_points = str(round(size * 2))
    _set_child(rpr, element("w:sz", w_val=half_points))
    _set_child(rpr, element("w:szCs", w_val=half_points))
    if script.right_to_left:
        _set_child(rpr, element("w:rtl"))
    _set_child(rpr, element("w:lang", w_val=script.language, w_bidi=script.bidi_language))
    _order(rpr, _RPR_ORDER)


def add_run(paragraph: Any, text: str, script: Script, *, size: float,
            bold: bool = False) -> Any:
    """Append a run of ``text`` (its script's marks, Amiri, ``size``) to ``paragraph``."""
    run = paragraph.add_run(text)
    run_properties(run._r.get_or_add_rPr(), script, size=size, bold=bold)
    return run


@dataclass(frozen=True)
class Spacing:
    """A paragraph's spacing in points: before, after, and the line height (None: the
    font's own, 1.76 em for Amiri; a number: exactly that, as the PDF's leading)."""

    before: float = 0.0
    after: float = 0.0
    line: float | None = None


def add_paragraph(container: Any, text: str, script: Script, *, size: float, align: str,
                  bold: bool = False, indent_cm: float = 0.0,
                  spacing: Spacing = Spacing()) -> Any:
    """A paragraph of ``script`` holding ``text``; ``align`` start, end, center or both
    (start is the right in Arabic, the left in French)."""
    from docx.shared import Cm

    paragraph = container.add_paragraph()
    ppr = paragraph._p.get_or_add_pPr()
    if script.right_to_left:
        ppr.append(element("w:bidi"))
    line = {} if spacing.line is None else {"w_line": str(round(spacing.line * 20)),
                                            "w_lineRule": "exact"}
    ppr.append(element("w:spacing", w_before=str(round(spacing.before * 20)),
                       w_after=str(round(spacing.after * 20)), **line))
    ppr.append(element("w:jc", w_val=align))
    if indent_cm:
        paragraph.paragraph_format.first_line_indent = Cm(indent_cm)
    if text:
        add_run(paragraph, text, script, size=size, bold=bold)
    mark = element("w:rPr")  # the paragraph mark's properties
    ppr.append(mark)
    run_properties(mark, script, size=size, bold=bold)
    _order(ppr, _PPR_ORDER)
    return paragraph


def add_field(paragraph: Any, instruction: str, script: Script, size: float) -> None:
    """Append a Word field (PAGE, NUMPAGES) whose runs carry the paragraph's font, size and
    language, so that the number looks like the words around it."""
    for kind in ("begin", "instr", "separate", "text", "end"):
        run = paragraph.add_run()
        run_properties(run._r.get_or_add_rPr(), script, size=size)
        if kind == "instr":
            node = element("w:instrText")
            node.set(XML_SPACE, "preserve")
            node.text = f" {instruction} "
            run._r.append(node)
        elif kind == "text":
            run._r.append(text_node("1"))
        else:
            run._r.append(element("w:fldChar", w_fldCharType=kind))


def text_node(value: str) -> Any:
    """A ``w:t`` keeping its spaces."""
    node = element("w:t")
    node.set(XML_SPACE, "preserve")
    node.text = value
    return node


def add_tab(paragraph: Any, script: Script, size: float) -> None:
    """Append a tab character (to the paragraph's next tab stop)."""
    run = paragraph.add_run()
    run_properties(run._r.get_or_add_rPr(), script, size=size)
    run._r.append(element("w:tab"))


def tab_stop(paragraph: Any, kind: str, position_cm: float) -> None:
    """A ``kind`` (center, end) tab stop at ``position_cm`` from the paragraph's start."""
    tabs = element("w:tabs")
    tabs.append(element("w:tab", w_val=kind, w_pos=str(round(position_cm / 2.54 * 1440))))
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(tabs)
    _order(ppr, _PPR_ORDER)


def bottom_rule(paragraph: Any, color: str) -> None:
    """A rule under ``paragraph`` (the one under the letterhead)."""
    borders = element("w:pBdr")
    borders.append(element("w:bottom", w_val="single", w_sz="6", w_space="4",
                           w_color=color.lstrip("#").upper()))
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(borders)
    _order(ppr, _PPR_ORDER)
