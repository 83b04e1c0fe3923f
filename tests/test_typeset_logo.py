"""The letterhead logo: a bad file is named in one clear sentence; any image fits its box."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTComponent, LTImage
from PIL import Image
from reportlab.lib.units import cm

from balagh.core.errors import BalaghError
from balagh.typeset.document import LOGO_GAP, LOGO_MAX_RATIO, Letterhead, PageSetup, build_document
from balagh.typeset.logo import LogoError
from balagh.typeset.paragraph import RtlParagraph
from balagh.typeset.styles import BODY
from readback import group_lines, page_glyphs

LINES = ["المملكة المغربية", "المديرية العامة للأمن الوطني"]
LEFT_LINES = ["Royaume du Maroc", "Direction Générale de la Sûreté Nationale"]
INTERNALS = ("handle_pageBegin", "ImageReader", "BytesIO", "BufferedReader", "Traceback")


def _build(logo: Path | str, left_lines: list[str] = LEFT_LINES) -> bytes:
    return build_document(
        [RtlParagraph("نص الفقرة الأولى من البلاغ.", BODY)],
        title="بلاغ",
        header=Letterhead(LINES, logo_path=logo, left_lines=left_lines),
    )


def _corrupt_png(folder: Path) -> Path:
    path = folder / "corrupt.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00garbage after a PNG signature" * 4)
    return path


def _truncated_png(folder: Path) -> Path:
    buffer = io.BytesIO()
    Image.effect_noise((300, 300), 90).convert("RGB").save(buffer, format="PNG")
    path = folder / "truncated.png"
    path.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    return path


def _text_file(folder: Path) -> Path:
    path = folder / "logo.png"
    path.write_text("ceci n'est pas une image", encoding="utf-8")
    return path


def _empty(folder: Path) -> Path:
    path = folder / "empty.png"
    path.write_bytes(b"")
    return path


def _folder(folder: Path) -> Path:
    path = folder / "logos"
    path.mkdir()
    return path


@pytest.mark.parametrize(
    ("make", "reason_ar", "reason_fr"),
    [
        (lambda folder: folder / "absent" / "logo.png", "الملف غير موجود", "fichier introuvable"),
        (_corrupt_png, "ليس صورة صالحة", "ce n'est pas une image valide"),
        (_truncated_png, "ليس صورة صالحة", "ce n'est pas une image valide"),
        (_text_file, "ليس صورة صالحة", "ce n'est pas une image valide"),
        (_empty, "الملف فارغ", "le fichier est vide"),
        (_folder, "هذا المسار مجلد وليس ملفا", "un dossier"),
    ],
    ids=["missing", "corrupt-png", "truncated-png", "text-file", "empty", "folder"],
)
def test_a_bad_logo_is_one_sentence_naming_the_file(
    tmp_path: Path, make: object, reason_ar: str, reason_fr: str
) -> None:
    logo = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(LogoError) as caught:
        _build(logo)
    error = caught.value
    assert isinstance(error, BalaghError)
    assert error.message_ar == f"تعذر قراءة صورة الشعار {logo}: {reason_ar}"
    assert str(error) == error.message_ar
    assert error.message_fr.startswith(f"Impossible de lire l'image du logo {logo} : ")
    assert reason_fr in error.message_fr
    for message in (error.message_ar, error.message_fr):
        assert "\n" not in message
        assert not [word for word in INTERNALS if word in message], message


def _images(pdf: bytes) -> list[tuple[float, float, float, float]]:
    """(x0, y0, x1, y1) of every image on the first page."""
    found: list[tuple[float, float, float, float]] = []

    def walk(node: LTComponent) -> None:
        if isinstance(node, LTImage):
            found.append((node.x0, node.y0, node.x1, node.y1))
            return
        try:
            children = list(node)  # type: ignore[call-overload]
        except TypeError:
            return
        for child in children:
            walk(child)

    walk(next(iter(extract_pages(io.BytesIO(pdf)))))
    return found


@pytest.mark.parametrize("pixels", [(1, 5000), (5000, 1), (600, 100), (300, 300), (4000, 3000)])
def test_any_logo_fits_the_letterhead_between_the_text_columns(
    tmp_path: Path, pixels: tuple[int, int]
) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", pixels, (31, 56, 100)).save(logo)
    pdf = _build(logo)
    [(x0, y0, x1, y1)] = _images(pdf)
    setup, box_height = PageSetup(), Letterhead().logo_height
    page_width, page_height = setup.size
    top = page_height - setup.top
    assert top - box_height - 0.01 <= y0 < y1 <= top + 0.01, (y0, y1)
    # It keeps its proportions…
    width, height = x1 - x0, y1 - y0
    assert width / height == pytest.approx(pixels[0] / pixels[1], rel=0.02)
    # …stays centred, and touches neither the Arabic lines (right) nor the French (left).
    assert (x0 + x1) / 2 == pytest.approx(page_width / 2, abs=0.5)
    letterhead = [
        glyph for line in group_lines(page_glyphs(pdf)[0]) for glyph in line if glyph.y > y0 - 20
    ]
    right_text = min(g.x for g in letterhead if g.x > page_width / 2)
    left_text = max(g.x_end for g in letterhead if g.x < page_width / 2)
    assert left_text < x0 and x1 < right_text, (left_text, x0, x1, right_text)
    # It fills the box it is allowed: the full height, or all the free width between the
    # text columns (at most three heights) — no tiny stamp, no overflow.
    free = 2 * min(page_width / 2 - left_text, right_text - page_width / 2) - 2 * LOGO_GAP
    fills_width = width == pytest.approx(min(free, LOGO_MAX_RATIO * box_height), abs=1.0)
    assert height == pytest.approx(box_height, rel=0.01) or fills_width, (width, height, free)


def test_a_wide_logo_uses_the_free_width_not_a_tiny_square(tmp_path: Path) -> None:
    logo = tmp_path / "banner.png"
    Image.new("RGB", (600, 100), (31, 56, 100)).save(logo)
    [(x0, y0, x1, y1)] = _images(_build(logo, left_lines=[]))
    assert x1 - x0 == pytest.approx(3 * 1.8 * cm)  # was 1.8 cm wide, 0.3 cm high: unreadable
    assert y1 - y0 == pytest.approx(0.5 * 1.8 * cm)


def test_common_image_kinds_are_accepted(tmp_path: Path) -> None:
    images = {
        "rgba.png": Image.new("RGBA", (40, 40), (255, 0, 0, 128)),
        "palette.png": Image.new("P", (40, 40), 1),
        "grey.gif": Image.new("L", (40, 40), 100),
        "cmyk.jpg": Image.new("CMYK", (40, 40), (0, 100, 100, 0)),
    }
    for name, image in images.items():
        image.save(tmp_path / name)
        assert len(_images(_build(tmp_path / name))) == 1, name
