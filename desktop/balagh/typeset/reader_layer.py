"""A hidden layer of marks that only pdf.js reads: the spaces between right-to-left pieces.

pdf.js (Firefox's reader) returns text in the order it is drawn and adds a space between two
pieces only where the pen moves forward — to the right — by a gap. Pieces of a right-to-left
page drawn in reading order move it back: a table row's cells, rightmost first, or a tile's
qualifier and then its number, come back run together («حوالي1.150.000»). A space glyph
does not help (pdf.js skips white space and compares positions from the last visible
glyph), and an invisible mark must read as some character: pdf.js takes a mapping to
nothing for the glyph's code.

So the mark (:data:`~balagh.typeset.tounicode.READER_SPACE`, read «\u200b » — a zero-width
space, then a space) is drawn at 1 pt just left of the next piece, inside optional content
that is off (a layer, PDF 32000-1 §8.11): pdf.js extracts text from every layer and gets
the backward move on the mark, then the forward gap to the piece, and copies «حوالي
1.150.000»; viewers neither show nor print an off layer, and poppler (pdftotext, Evince)
and MuPDF leave it out of the text they extract, which they order by position anyway.
The layer is not listed in the viewers' layer panels (an empty ``/Order``). Before the mark
an ordinary space glyph is drawn on the page between the two pieces (it shows nothing):
MuPDF, which also runs pieces drawn leftwards together, copies it between them.

Only a canvas made by :func:`layer_canvas` can hold the layer; :func:`draw_reader_space`
draws nothing on any other.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.pdfbase.pdfdoc import PDFArray, PDFCatalog, PDFDictionary, PDFName, PDFString
from reportlab.pdfgen.canvas import Canvas

from balagh.typeset.fonts import register_fonts
from balagh.typeset.line_order import visible_span
from balagh.typeset.tounicode import READER_SPACE

#: The layer's name in each page's resources.
LAYER = "BalaghReaderSpaces"
_SIZE = 1.0
_OFFSET = 0.3  # points between the mark and the piece it comes before
# The space glyph stands this far (in ems) right of the piece: apart from it, as a separator
# (readers that order text by position keep a space glyph that touches a piece in it).
_SPACE_GAP = 0.35


def has_layer(canvas: Any) -> bool:
    """True for a canvas of :func:`layer_canvas` (one that can draw reader spaces)."""
    return bool(getattr(canvas, "reader_layer", False))


def draw_reader_space(canvas: Any, left: float, right: float, y: float,
                      size: float = 10.0) -> None:
    """Before drawing a piece from ``left`` to ``right`` (baseline ``y``, text of ``size``
    points) to the left of what was drawn last: a space glyph right of the piece, between
    the two, which MuPDF copies, then the hidden mark that gives pdf.js its space."""
    if not has_layer(canvas):
        return
    canvas.saveState()
    regular = register_fonts().regular
    canvas.setFont(regular, size)
    canvas.drawString(right + _SPACE_GAP * size, y, " ")
    canvas._code.append(f"/OC /{LAYER} BDC")
    canvas.setFont(regular, _SIZE)
    canvas.drawString(left - _OFFSET, y, READER_SPACE)
    canvas._code.append("EMC")
    canvas.restoreState()


def text_reader_space(text: Any, left: float, right: float, y: float, size: float, *,
                      space: bool = True) -> None:
    """:func:`draw_reader_space` inside a reportlab text object (``canvas.beginText()``);
    the caller sets its font again afterwards. ``space=False`` between two pieces of one
    line, where the line's own space glyph already stands."""
    if not has_layer(text._canvas):
        return
    if space:
        text.setFont(register_fonts().regular, size)
        text.setTextOrigin(right + _SPACE_GAP * size, y)
        text._textOut(" ")
    text._code.append(f"/OC /{LAYER} BDC")
    text.setFont(register_fonts().regular, _SIZE)
    text.setTextOrigin(left - _OFFSET, y)
    text._textOut(READER_SPACE)
    text._code.append("EMC")


def layer_canvas(base: type[Canvas]) -> type[Canvas]:
    """``base`` with the hidden layer: declared in the catalogue (off, not listed) and in
    the resources of every page."""

    class LayerCanvas(base):  # type: ignore[misc]
        reader_layer = True

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            group = PDFDictionary({"Type": PDFName("OCG"),
                                   "Name": PDFString("Balagh reader spaces")})
            self._layer_ref = self._doc.Reference(group, "BalaghReaderSpacesOCG")
            catalog = self._doc.Catalog
            catalog.OCProperties = PDFDictionary({
                "OCGs": PDFArray([self._layer_ref]),
                "D": PDFDictionary({"OFF": PDFArray([self._layer_ref]),
                                    "Order": PDFArray([])}),
            })
            catalog.__NoDefault__ = [*PDFCatalog.__NoDefault__, "OCProperties"]

        def _setAnnotations(self, page: Any) -> None:  # called once per page by showPage
            super()._setAnnotations(page)
            check_format = page.check_format
            layer = self._layer_ref

            def with_layer(document: Any) -> None:
                check_format(document)
                page.Resources.Properties = {LAYER: layer}

            page.check_format = with_layer

    return LayerCanvas


def reader_space_node(left: float, right: float, y: float, size: float) -> Any:
    """:func:`draw_reader_space` for a ``reportlab.graphics`` Drawing: an empty group to add
    just before the string drawn from ``left`` to ``right`` (drawing coordinates)."""
    from reportlab.graphics.shapes import Group

    node = Group()

    def draw(_node: Any, canvas: Any = None, renderer: Any = None) -> None:
        draw_reader_space(canvas, left, right, y, size)

    node._drawTimeCallback = draw
    return node


def piece_reader_space(text: Any, start: float, piece: list[tuple[int, str]],
                  mark: tuple[float, float] | None, cell: bool,
                  faces: Sequence[tuple[str, float, str]], ws: float, y: float) -> bool:
    """Draw the reader space before a piece (:mod:`balagh.typeset.reader_layer`): where a
    space of the line lies at its right (``mark``), or before a table cell's text
    (``cell``, with a space glyph standing apart between the cells); True when drawn."""
    if mark is None and not cell:
        return False
    face = faces[piece[0][0]]
    if mark is None:
        mark = visible_span(start, "".join(t for _f, t in piece), face, ws)
    text_reader_space(text, mark[0], mark[1], y, face[1], space=cell)
    return True
