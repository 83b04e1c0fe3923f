"""Amiri is registered once, embedded as a subset, and a bad font file is named clearly."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from balagh.core.errors import BalaghError
from balagh.typeset import fonts as fonts_module
from balagh.typeset.document import build_document
from balagh.typeset.fonts import FontError, register_fonts
from balagh.typeset.paragraph import RtlParagraph
from balagh.typeset.styles import BODY


def test_fonts_are_registered_once_per_process(monkeypatch: pytest.MonkeyPatch) -> None:
    register_fonts()
    import reportlab.pdfbase.ttfonts as ttfonts

    def forbidden(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the font file was read again")

    monkeypatch.setattr(ttfonts, "TTFont", forbidden)
    names = register_fonts()
    assert names.regular == fonts_module.REGULAR and names.bold == fonts_module.BOLD


def test_pdf_embeds_subsets_of_amiri() -> None:
    pdf = build_document([RtlParagraph("تسجيل <b>465</b> متبرعا", BODY)], title="t")
    reader = PdfReader(io.BytesIO(pdf))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    names = []
    for ref in fonts.values():
        font = ref.get_object()
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor  # the glyphs are embedded
        names.append(str(font["/BaseFont"]))
    assert any(n.endswith("+Amiri-Regular") for n in names)
    assert any(n.endswith("+Amiri-Bold") for n in names)
    assert all("+" in n for n in names)  # subset prefix: only the glyphs used


def test_a_document_embeds_only_the_glyphs_it_draws() -> None:
    # reportlab by default reserves the 95 printable ASCII characters in every font's first
    # subset, embedding their glyphs whatever the text; Balagh's text reads back through its
    # own ToUnicode maps, so its subsets hold what the page draws (a release half the size).
    from fontTools.ttLib import TTFont

    pdf = build_document([RtlParagraph("بلاغ", BODY)], title="t")
    reader = PdfReader(io.BytesIO(pdf))
    counts = []
    for ref in reader.pages[0]["/Resources"]["/Font"].values():
        descriptor = ref.get_object().get("/FontDescriptor")
        if descriptor is not None:
            data = descriptor.get_object()["/FontFile2"].get_object().get_data()
            counts.append(TTFont(io.BytesIO(data))["maxp"].numGlyphs)
    # Three letters (with the parts Amiri builds them from), the space and .notdef: 41
    # glyphs; with ASCII reserved it was 138.
    assert counts and max(counts) < 80


def test_missing_bundled_font_names_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    import balagh.platform.assets

    def missing(*parts: str) -> Path:
        raise FileNotFoundError("/".join(parts))

    monkeypatch.setattr(balagh.platform.assets, "resource_path", missing)
    with pytest.raises(FontError) as caught:
        fonts_module.font_file("Amiri-Regular.ttf")
    assert "Amiri-Regular.ttf" in caught.value.message_ar
    assert "Amiri-Regular.ttf" in caught.value.message_fr
    assert isinstance(caught.value, BalaghError)


def test_missing_and_unreadable_font_files_name_the_file(tmp_path: Path) -> None:
    absent = tmp_path / "Absent.ttf"
    with pytest.raises(FontError) as caught:
        fonts_module.load_font("Test-Absent", absent)
    assert str(absent) in caught.value.message_ar
    broken = tmp_path / "Broken.ttf"
    broken.write_bytes(b"this is not a font")
    with pytest.raises(FontError) as caught:
        fonts_module.load_font("Test-Broken", broken)
    assert str(broken) in caught.value.message_fr


def test_a_fresh_process_with_a_missing_font_fails_with_the_file_name(tmp_path: Path) -> None:
    code = (
        "import balagh.platform.assets as a\n"
        "def missing(*parts):\n"
        "    raise FileNotFoundError('/'.join(parts))\n"
        "a.resource_path = missing\n"
        "from balagh.typeset.document import build_document\n"
        "from balagh.typeset.fonts import FontError\n"
        "from balagh.typeset.paragraph import RtlParagraph\n"
        "try:\n"
        "    build_document([RtlParagraph('نص')], title='t')\n"
        "except FontError as e:\n"
        "    print(e.message_fr)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    assert "resources/fonts/Amiri-Regular.ttf" in out


def test_typeset_does_not_import_pyside6() -> None:
    code = (
        "import sys\n"
        "from balagh.typeset.document import build_document\n"
        "from balagh.typeset.paragraph import RtlParagraph\n"
        "build_document([RtlParagraph('نص <b>1</b>')], title='t')\n"
        "import balagh.typeset.tables, balagh.typeset.drawing, balagh.typeset.document\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    assert out.strip() == "[]"
