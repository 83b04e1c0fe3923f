"""Right-to-left Arabic typesetting on reportlab (arabic-reshaper + python-bidi).

Public API (imported lazily, so ``import balagh.typeset`` does not load reportlab)::

    register_fonts() -> FontSet            Amiri Regular/Bold, once per process
    FontError                              a font file is missing or unreadable
    RtlStyle, Align, BODY, HEADING, CELL   paragraph styles
    Run, parse_markup, escape              inline emphasis (<b>, <font size= color=>, <br/>)
    RtlParagraph(text_or_runs, style)      the paragraph flowable
    rtl_table(rows, col_widths=...)        tables whose columns read right to left
    Letterhead, PageSetup, build_document  page furniture and PDF bytes with metadata
    check_logo, LogoError                  a letterhead logo checked before building
    shape_line, draw_rtl_string, rtl_string, label_width    single lines (labels, charts)
    ltr, isolate_phone_numbers             keep a piece of text left to right

Example: ``build_document([RtlParagraph("بلاغ", HEADING)], title="بلاغ")`` -> PDF bytes.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from balagh.typeset.document import (
        Letterhead,
        PageSetup,
        build_document,
        page_label,
    )
    from balagh.typeset.drawing import draw_rtl_string, label_width, rtl_string, wrap_label
    from balagh.typeset.fonts import BOLD, REGULAR, FontError, FontSet, register_fonts
    from balagh.typeset.logo import LogoError, check_logo
    from balagh.typeset.markup import Run, escape, parse_markup
    from balagh.typeset.paragraph import RtlParagraph, paragraphs, text_width
    from balagh.typeset.shaping import isolate_phone_numbers, ltr, shape_line
    from balagh.typeset.styles import BODY, CELL, HEADING, Align, RtlStyle
    from balagh.typeset.tables import rtl_table

_EXPORTS = {
    "LogoError": "logo",
    "check_logo": "logo",
    "Letterhead": "document",
    "PageSetup": "document",
    "build_document": "document",
    "page_label": "document",
    "draw_rtl_string": "drawing",
    "label_width": "drawing",
    "rtl_string": "drawing",
    "wrap_label": "drawing",
    "BOLD": "fonts",
    "REGULAR": "fonts",
    "FontError": "fonts",
    "FontSet": "fonts",
    "register_fonts": "fonts",
    "Run": "markup",
    "escape": "markup",
    "parse_markup": "markup",
    "RtlParagraph": "paragraph",
    "paragraphs": "paragraph",
    "text_width": "paragraph",
    "isolate_phone_numbers": "shaping",
    "ltr": "shaping",
    "shape_line": "shaping",
    "BODY": "styles",
    "CELL": "styles",
    "HEADING": "styles",
    "Align": "styles",
    "RtlStyle": "styles",
    "rtl_table": "tables",
}

__all__ = [
    "BODY",
    "BOLD",
    "CELL",
    "HEADING",
    "REGULAR",
    "Align",
    "FontError",
    "FontSet",
    "Letterhead",
    "LogoError",
    "PageSetup",
    "RtlParagraph",
    "RtlStyle",
    "Run",
    "build_document",
    "check_logo",
    "draw_rtl_string",
    "escape",
    "isolate_phone_numbers",
    "label_width",
    "ltr",
    "page_label",
    "paragraphs",
    "parse_markup",
    "register_fonts",
    "rtl_string",
    "rtl_table",
    "shape_line",
    "text_width",
    "wrap_label",
]


def __getattr__(name: str) -> Any:
    """Import the public names on first use."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'balagh.typeset' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"balagh.typeset.{module}"), name)
    globals()[name] = value
    return value
