"""Logos: too large images told as such with the limit, large ones downscaled to print
resolution (once when chosen, and before any PDF embeds them); letterhead length limited."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from balagh.core.errors import BalaghError
from balagh.typeset.document import Letterhead, build_document
from balagh.typeset.logo import LogoError, check_logo
from balagh.typeset.logo_print import MAX_LOGO_BYTES, PRINT_SIDE, prepare_logo


def _png_header_only(path: Path, width: int, height: int) -> None:
    """A PNG announcing ``width``×``height`` (its pixels are never needed to refuse it)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
                     + chunk(b"IDAT", zlib.compress(b"\x00" * 16)) + chunk(b"IEND", b""))


def _build(logo: Path) -> bytes:
    from reportlab.platypus import Paragraph

    return build_document([Paragraph("x")], title="بلاغ", header=Letterhead(["المملكة المغربية"],
                                                              logo_path=str(logo)))


def test_a_20000_pixel_image_is_refused_as_too_large(tmp_path: Path) -> None:
    logo = tmp_path / "huge.png"
    _png_header_only(logo, 20000, 20000)
    with pytest.raises(LogoError) as refused:
        check_logo(logo)
    message = refused.value.message_ar
    assert "كبيرة جدا" in message and "20000×20000" in message and "الحد الأقصى" in message
    assert "ليس صورة صالحة" not in message and str(logo) in message


def test_a_file_over_the_byte_limit_is_refused_with_the_limit(tmp_path: Path) -> None:
    logo = tmp_path / "heavy.png"
    logo.write_bytes(b"\x89PNG" + b"\x00" * (MAX_LOGO_BYTES + 1))
    with pytest.raises(LogoError, match="الحد الأقصى 50 ميغابايت"):
        check_logo(logo)


def test_a_large_logo_is_downscaled_before_it_is_embedded(tmp_path: Path) -> None:
    logo = tmp_path / "photo.jpg"
    Image.effect_noise((2000, 1500), 80).convert("RGB").save(logo, quality=95)  # a photograph
    pdf = _build(logo)
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    [image] = list(page.images)
    assert max(image.image.size) == PRINT_SIDE
    assert len(pdf) < logo.stat().st_size / 2


def test_the_chosen_logo_is_prepared_once_at_print_resolution(tmp_path: Path) -> None:
    logo = tmp_path / "chosen.png"
    Image.new("RGB", (6000, 2000), (31, 56, 100)).save(logo)
    prepared = prepare_logo(logo, tmp_path / "office-logo.png")
    assert prepared == tmp_path / "office-logo.png"
    with Image.open(prepared) as image:
        assert image.size == (PRINT_SIDE, PRINT_SIDE // 3)
    small = tmp_path / "small.png"
    Image.new("RGB", (300, 100)).save(small)
    assert prepare_logo(small, tmp_path / "unused.png") == small  # nothing to do


def test_a_letterhead_of_200_lines_is_refused_with_its_limit() -> None:
    from reportlab.platypus import Paragraph

    with pytest.raises(BalaghError, match="الترويسة طويلة جدا \\(200 سطرا\\)؛ الحد الأقصى 6"):
        build_document([Paragraph("x")], title="بلاغ",
                       header=Letterhead([f"سطر {i}" for i in range(200)]))
