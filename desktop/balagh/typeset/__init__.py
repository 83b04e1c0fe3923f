"""Right-to-left Arabic typesetting on reportlab (arabic-reshaper + python-bidi).

Import each name from the module that holds it (the package itself exports nothing, so
``import balagh.typeset`` does not load reportlab)::

    fonts:     register_fonts() -> FontSet (Amiri Regular/Bold, once per process), FontError,
               text_width (a shaped string's width)
    styles:    RtlStyle, Align, BODY, HEADING, CELL (paragraph styles)
    markup:    Run, parse_markup, escape (inline <b>, <font size= color=>, <br/>)
    paragraph: RtlParagraph(text_or_runs, style), paragraphs
    colors:    to_color (a colour name or #RRGGBB for reportlab)
    tables:    rtl_table(rows, col_widths=...) (columns read right to left)
    document:  Letterhead, PageSetup, build_document, page_label (PDF bytes with metadata)
    logo:      check_logo, LogoError (a letterhead logo checked before building)
    drawing:   draw_rtl_string, rtl_string, label_width, wrap_label (labels, charts)
    shaping:   shape_line, reshape (single lines in visual order; Arabic presentation forms)

Example: ``build_document([RtlParagraph("بلاغ", HEADING)], title="بلاغ")`` -> PDF bytes
(``from balagh.typeset.document import build_document``,
``from balagh.typeset.paragraph import RtlParagraph``,
``from balagh.typeset.styles import HEADING``).
"""

from balagh.platform.deferred_imports import defer_unused_modules

defer_unused_modules()  # before reportlab, which imports PIL.Image and uharfbuzz unused
