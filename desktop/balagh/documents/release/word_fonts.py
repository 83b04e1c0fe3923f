"""TrueType fonts embedded in a Word document (DOCX), so that it shows in the font it was
made with on a computer that does not have it (Amiri is rarely installed on office PCs).

Word keeps embedded fonts as "obfuscated" parts (ECMA-376 Part 1, §17.8.1, Font
Embedding): ``word/fonts/fontN.odttf`` holds the font file whose first 32 bytes are XORed
with a key taken from a GUID; the font's entry in ``word/fontTable.xml`` points at the part
(``w:embedRegular`` / ``w:embedBold``, relationship and ``w:fontKey``) and
``word/settings.xml`` says ``w:embedTrueTypeFonts`` so that Word keeps them when the
document is saved again. Word and LibreOffice both read them. python-docx has no API for
this; the parts are written with its OPC layer.

``embed_fonts(document, "Amiri", regular=Path(...), bold=Path(...))`` before saving.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
# w:font's children in schema order (CT_Font): the embedding elements come last.
_FONT_CHILDREN = ["altName", "panose1", "charset", "family", "notTrueType", "pitch", "sig",
                  "embedRegular", "embedBold", "embedItalic", "embedBoldItalic"]


_SETTINGS_BEFORE = {"writeProtection", "view", "zoom", "removePersonalInformation",
                    "removeDateAndTime", "doNotDisplayPageBoundaries", "displayBackgroundShape",
                    "printPostScriptOverText", "printFractionalCharacterWidth", "printFormsData"}


def font_key_bytes(key: str) -> bytes:
    """The 16 bytes a GUID key ``{XXXXXXXX-...}`` XORs with: its hex digit pairs read from
    the last to the first (§17.8.1)."""
    digits = key.strip("{}").replace("-", "")
    if len(digits) != 32:
        raise ValueError(f"not a GUID font key: {key!r}")
    return bytes(int(digits[i : i + 2], 16) for i in range(30, -1, -2))


def obfuscate(font: bytes, key: str) -> bytes:
    """The font file as an ``.odttf`` part: its first 32 bytes XORed with the key (twice
    over). The same call on the part gives the font back."""
    mask = font_key_bytes(key) * 2
    head = bytes(byte ^ mask[index] for index, byte in enumerate(font[:32]))
    return head + font[32:]


def embed_fonts(document: Any, name: str, *, regular: Path, bold: Path | None = None) -> None:
    """Embed ``regular`` (and ``bold``) in ``document`` as the font ``name`` of its font
    table (the entry is created if missing)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from lxml import etree

    table = document.part.part_related_by(RT.FONT_TABLE)
    root = parse_xml(table.blob)
    entry = next((f for f in root.findall(qn("w:font")) if f.get(qn("w:name")) == name), None)
    if entry is None:
        entry = etree.SubElement(root, qn("w:font"))
        entry.set(qn("w:name"), name)
    faces = [("embedRegular", regular)] + ([("embedBold", bold)] if bold else [])
    for tag, path in faces:
        for old in entry.findall(qn(f"w:{tag}")):
            entry.remove(old)
        key = "{" + str(uuid.uuid4()).upper() + "}"
        part = _font_part(document, obfuscate(path.read_bytes(), key))
        element = etree.SubElement(entry, qn(f"w:{tag}"))
        element.set(qn("r:id"), table.relate_to(part, RT.FONT))
        element.set(qn("w:fontKey"), key)
    entry[:] = sorted(entry, key=lambda child: _FONT_CHILDREN.index(etree.QName(child).localname))
    table._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    _say_fonts_are_embedded(document.settings.element)


def _say_fonts_are_embedded(settings: Any) -> None:
    """``w:embedTrueTypeFonts`` in ``settings.xml``, after the elements the schema puts
    before it (CT_Settings: writeProtection ... printFormsData)."""
    from docx.oxml.ns import qn
    from lxml import etree

    if settings.find(qn("w:embedTrueTypeFonts")) is not None:
        return
    position = 0
    for index, child in enumerate(settings):
        if etree.QName(child).localname in _SETTINGS_BEFORE:
            position = index + 1
    settings.insert(position, etree.Element(qn("w:embedTrueTypeFonts")))


def _font_part(document: Any, blob: bytes) -> Any:
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    package = document.part.package
    taken = {str(part.partname) for part in package.iter_parts()}
    number = 1
    while f"/word/fonts/font{number}.odttf" in taken:
        number += 1
    return Part(PackURI(f"/word/fonts/font{number}.odttf"), OBFUSCATED_FONT, blob, package)
