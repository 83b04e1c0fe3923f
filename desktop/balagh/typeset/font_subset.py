"""The TrueType subsets embedded in Balagh PDFs: cut out quickly, and reused when they repeat.

reportlab embeds in every PDF only the glyphs a document draws (``TTFontFile.makeSubset``).
Amiri builds its Arabic forms out of component glyphs, so the Fez release's 115 codes need
288 glyphs against 33 for as many Latin characters, and cutting and compressing that subset
was about a quarter of a warm release. :class:`SubsetCutter` does what ``makeSubset`` does
and returns the same font bytes, in a third of the time:

* each glyph's place in the ``glyf`` table and the positions of its component references
  are read once per process (``struct.unpack_from`` on the file's bytes, not reportlab's
  shared read position, so cutting needs no lock), instead of once per document;
* the tables that do not depend on the glyphs (``name``, ``OS/2``, ``post``...) are taken
  once, and the composite glyphs are renumbered in one table rather than copied one by one.

The font file is compressed at zlib level :data:`FONT_FILE_LEVEL` (reportlab uses 6).

The live preview sets the release again after every edit; most edits change no glyph of the
subset (a figure's digits already drawn elsewhere, a letter whose form the release already
has), and the subset is then the same bytes. :class:`SubsetCutter` keeps the last few
subsets it cut, compressed, keyed by the glyph drawn for each code
(:meth:`SubsetCutter.font_file`): a document that draws exactly those glyphs with exactly
those codes embeds the stored bytes, which are the bytes it would have cut. A different
glyph, or the same glyphs under other codes, is another key, cut afresh. The store is small
(:data:`KEPT_SUBSETS` per face) and behind a lock of its own: the preview renders on a
worker thread while an export renders another document.
"""

from __future__ import annotations

import struct
import threading
import zlib
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from reportlab.pdfbase.ttfonts import TTFontMaker

# How many finished subsets each face keeps: compressed, about 13 kB each for a release. The
# glyphs read (at most the font's glyf table, 273 kB for Amiri Regular) are kept for good.
KEPT_SUBSETS = 8
# zlib level of the embedded font files (reportlab compresses every stream at 6). The Fez
# release's Regular subset compresses in 0.35 ms instead of 0.52, and the PDF is 1.1 % larger
# (24,973 bytes instead of 24,707); the decompressed font is the same bytes. Levels 1-3 cost
# 2-7 %, 5 saves only a third as much time.
FONT_FILE_LEVEL = 4

_MORE_COMPONENTS = 1 << 5
_ARGS_ARE_WORDS = 1 << 0
_SCALE = 1 << 3
_X_AND_Y_SCALE = 1 << 6
_TWO_BY_TWO = 1 << 7
_COPIED_TABLES = ("name", "OS/2", "cvt ", "fpgm", "prep")
_FLAGS_AND_GLYPH = struct.Struct(">HH").unpack_from
_PUT_USHORT = struct.Struct(">H").pack_into
_PADDING = (b"", b"\0", b"\0\0", b"\0\0\0")

# For a composite glyph, the offset of each component reference (where its glyph number is,
# in the glyph's bytes in the original ``glyf`` table) followed by the glyph it names, in one
# flat tuple: (offset, glyph, offset, glyph...); empty for a simple glyph. Flat, and the bytes
# in a dict of their own: a first document reads a release's 288 glyphs adding 200 tuples
# for the cycle collector to follow rather than 800 (one collection fewer during it). Most
# composites have one component: the loops below take it first, without an inner loop.
_Components = tuple[int, ...]


def _record_size(flags: int) -> int:
    """Bytes of one component record of a composite glyph with these flags (TrueType
    ``glyf``: flags, glyph, two arguments of 1 or 2 bytes, an optional transformation)."""
    size = 8 if flags & _ARGS_ARE_WORDS else 6
    if flags & _SCALE:
        return size + 2
    if flags & _X_AND_Y_SCALE:
        return size + 4
    return size + 8 if flags & _TWO_BY_TWO else size


# Every flag that changes a record's size is in the low byte.
_RECORD_SIZE = tuple(_record_size(flags) for flags in range(256))


def _components(data: bytes) -> _Components:
    """The offset and glyph of every component reference of a composite glyph's bytes, in
    one flat tuple: (offset, glyph, offset, glyph...)."""
    found: list[int] = []
    position = 10
    while True:
        flags, glyph = _FLAGS_AND_GLYPH(data, position)
        found.append(position + 2)
        found.append(glyph)
        if not flags & _MORE_COMPONENTS:
            return tuple(found)
        position += _RECORD_SIZE[flags & 0xFF]


class SubsetCutter:
    """Cuts subsets out of one parsed reportlab face (``TTFontFace``), as ``makeSubset`` does.

    ``SubsetCutter(face).cut([0, 32, 0xFEE3])`` == ``face.makeSubset([0, 32, 0xFEE3])``.
    """

    def __init__(self, face: Any) -> None:
        self._face = face
        self._data: bytes = face._ttf_data
        self._glyf = face.get_table_pos("glyf")[0]  # where the glyf table starts in _data
        self._glyph_bytes: dict[int, bytes] = {}  # each glyph read, as in the glyf table
        self._glyph_components: dict[int, _Components] = {}
        self._fixed = {tag: face.get_table(tag) for tag in _COPIED_TABLES
                       if tag in face.table}
        self._fixed["post"] = b"\x00\x03\x00\x00" + face.get_table("post")[4:16] + b"\x00" * 16
        self._kept: OrderedDict[tuple[int, ...], tuple[int, bytes]] = OrderedDict()
        self._lock = threading.Lock()
        # Subsets embedded from the kept ones, and subsets cut (for benchmarks and tests).
        self.reused = 0
        self.cut_afresh = 0

    def glyphs_of(self, codes: Sequence[int]) -> tuple[int, ...]:
        """The original glyph drawn by each code of a subset (0, the missing glyph, if none)."""
        char_to_glyph = self._face.charToGlyph
        return tuple(char_to_glyph.get(code, 0) for code in codes)

    def font_file(self, codes: Sequence[int], compress: bool) -> tuple[int, bytes]:
        """(uncompressed length, bytes to embed) of the subset of ``codes``: zlib-compressed
        (at :data:`FONT_FILE_LEVEL`) when ``compress``, else the font itself.

        Reused when the same glyphs under the same codes were cut recently."""
        key = (*self.glyphs_of(codes), -1 if compress else -2)
        with self._lock:
            kept = self._kept.get(key)
            if kept is not None:
                self._kept.move_to_end(key)
                self.reused += 1
                return kept
        font = self.cut(key[:-1])
        made = (len(font), zlib.compress(font, FONT_FILE_LEVEL) if compress else font)
        with self._lock:
            self.cut_afresh += 1
            self._kept[key] = made
            while len(self._kept) > KEPT_SUBSETS:
                self._kept.popitem(last=False)
        return made

    def forget(self) -> None:
        """Drop every kept subset (the next documents cut theirs afresh)."""
        with self._lock:
            self._kept.clear()

    def cut(self, drawn: Sequence[int]) -> bytes:
        """The TrueType subset whose code ``n`` draws the original glyph ``drawn[n]``."""
        glyph_map, glyph_set = self._closure(drawn)
        output = TTFontMaker()
        for tag, table in self._fixed.items():
            output.add(tag, table)
        face = self._face
        metrics = face.hmetrics
        hmtx = [int(value) for old in glyph_map for value in metrics[old]]
        end = len(hmtx) - 2
        while end and hmtx[end] == hmtx[end - 2]:
            end -= 2
        end += 2
        hmtx = hmtx[:end] + hmtx[end + 1 :: 2]
        output.add("hmtx", struct.pack(f">{len(hmtx)}H", *hmtx))
        output.add("hhea", _with_ushort(face.get_table("hhea"), 34, end >> 1))
        output.add("maxp", _with_ushort(face.get_table("maxp"), 4, len(glyph_map)))
        cmap = [0, 1, 1, 0, 0, 12, 6, 10 + len(drawn) * 2, 0, 0, len(drawn)]
        cmap.extend(glyph_set[old] for old in drawn)
        output.add("cmap", struct.pack(f">{len(cmap)}H", *cmap))
        glyf, offsets = self._glyf_table(glyph_map, glyph_set)
        output.add("glyf", glyf)
        if (offsets[-1] + 1) >> 1 > 0xFFFF:
            location_format = 1
            output.add("loca", struct.pack(f">{len(offsets)}L", *offsets))
        else:
            location_format = 0
            halves = [offset >> 1 for offset in offsets]
            output.add("loca", struct.pack(f">{len(halves)}H", *halves))
        output.add("head", _with_ushort(face.get_table("head"), 50, location_format))
        return bytes(output.makeStream())

    def _components_of(self, old: int) -> _Components:
        """The component references of glyph ``old`` (its bytes read and kept the first
        time)."""
        components = self._glyph_components.get(old)
        if components is None:
            positions = self._face.glyphPos
            data = self._data[self._glyf + positions[old] : self._glyf + positions[old + 1]]
            composite = len(data) > 2 and data[0] & 0x80  # fewer than 0 contours
            components = _components(data) if composite else ()
            self._glyph_bytes[old] = data
            self._glyph_components[old] = components
        return components

    def _closure(self, drawn: Sequence[int]) -> tuple[list[int], dict[int, int]]:
        """The original glyphs of the subset in reportlab's order (the drawn glyphs first,
        then the components they pull in), and each one's number in the subset."""
        glyph_map = [0]
        glyph_set = {0: 0}
        for old in drawn:
            if old not in glyph_set:
                glyph_set[old] = len(glyph_map)
                glyph_map.append(old)
        index = 0
        while index < len(glyph_map):
            components = self._components_of(glyph_map[index])
            index += 1
            if not components:
                continue
            if components[1] not in glyph_set:
                glyph_set[components[1]] = len(glyph_map)
                glyph_map.append(components[1])
            if len(components) > 2:
                for component in components[3::2]:
                    if component not in glyph_set:
                        glyph_set[component] = len(glyph_map)
                        glyph_map.append(component)
        return glyph_map, glyph_set

    def _glyf_table(self, glyph_map: list[int], glyph_set: dict[int, int]
                    ) -> tuple[bytes, list[int]]:
        """The subset's ``glyf`` table (components renumbered, each glyph padded to 4 bytes)
        and the ``loca`` offsets. Every glyph of ``glyph_map`` was read by :meth:`_closure`."""
        glyph_bytes = self._glyph_bytes
        glyph_components = self._glyph_components
        pieces: list[bytes] = []
        offsets: list[int] = []
        renumbered: list[tuple[int, int]] = []  # (place in the table, new glyph number)
        position = 0
        for old in glyph_map:
            offsets.append(position)
            data = glyph_bytes[old]
            pieces.append(data)
            components = glyph_components[old]
            if components:
                renumbered.append((position + components[0], glyph_set[components[1]]))
                if len(components) > 2:
                    for k in range(2, len(components), 2):
                        place = position + components[k]
                        renumbered.append((place, glyph_set[components[k + 1]]))
            position += len(data)
            padding = -position % 4
            if padding:
                pieces.append(_PADDING[padding])
                position += padding
        offsets.append(position)
        table = bytearray().join(pieces)
        for place, number in renumbered:
            _PUT_USHORT(table, place, number)
        return bytes(table), offsets


def _with_ushort(table: bytes, offset: int, value: int) -> bytes:
    return table[:offset] + struct.pack(">H", value) + table[offset + 2 :]


def add_subset_objects(doc: Any, font: Any, cutter: SubsetCutter, number: int,
                       subset: Sequence[int], to_unicode: str) -> None:
    """Write subset ``number`` of the TrueType ``font`` into the reportlab document ``doc``:
    its Font, FontDescriptor and FontFile2 objects, as ``TTFont.addObjects`` writes them
    (same objects, same bytes), with the font file from ``cutter`` and the ToUnicode map
    ``to_unicode``."""
    from reportlab.pdfbase import pdfdoc
    from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, SUBSETN

    face = font.face
    internal = font.getSubsetInternalName(number, doc)[1:]
    base = b"".join((SUBSETN(number), b"+", face.name, face.subfontNameX)).decode("pdfdoc")
    pdf_font = pdfdoc.PDFTrueTypeFont()
    pdf_font.__Comment__ = f"Font {font.fontName} subset {number}"
    pdf_font.Name = internal
    pdf_font.BaseFont = base
    pdf_font.FirstChar = 0
    pdf_font.LastChar = len(subset) - 1
    pdf_font.Widths = pdfdoc.PDFArray([face.getCharWidth(code) for code in subset])
    cmap = pdfdoc.PDFStream(content=to_unicode)
    if doc.compression:
        cmap.filters = [pdfdoc.PDFZCompress]
    pdf_font.ToUnicode = doc.Reference(cmap, "toUnicodeCMap:" + base)

    length, content = cutter.font_file(subset, bool(doc.compression))
    font_file = pdfdoc.PDFStream(content=content)
    font_file.dictionary["Length1"] = length
    if doc.compression:  # already compressed: the stream writes it as it is
        font_file.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
    file_ref = doc.Reference(font_file, f"fontFile:{face.filename}({base})")
    descriptor = pdfdoc.PDFDictionary({
        "Type": "/FontDescriptor", "Ascent": face.ascent, "CapHeight": face.capHeight,
        "Descent": face.descent, "Flags": (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC,
        "FontBBox": pdfdoc.PDFArray(face.bbox), "FontName": pdfdoc.PDFName(base),
        "ItalicAngle": face.italicAngle, "StemV": face.stemV, "FontFile2": file_ref,
        "MissingWidth": face.defaultWidth,
    })
    pdf_font.FontDescriptor = doc.Reference(descriptor, "fontDescriptor:" + base)
    doc.Reference(pdf_font, internal)
    doc.idToObject["BasicFonts"].dict[internal] = pdf_font
