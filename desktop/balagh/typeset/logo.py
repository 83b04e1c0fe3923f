"""The letterhead logo: checked before a document is built, then scaled into its box.

``check_logo("/srv/balagh/logo.png")`` returns the image size in pixels, or raises
:class:`LogoError` with one sentence naming the file and the problem, e.g.
«تعذر قراءة صورة الشعار /srv/balagh/logo.png: الملف غير موجود».
``fit_logo((600, 100), max_width=150, max_height=51)`` gives the drawn size (points) that
keeps the proportions and stays inside the box, however odd the image (1×5000 px…).
"""

from __future__ import annotations

import io
from pathlib import Path

from balagh.core.errors import BalaghError
from balagh.messages import Localizable, msg

__all__ = ["LogoError", "check_logo", "check_logo_bytes", "fit_logo"]

NOT_FOUND = msg("الملف غير موجود")
IS_FOLDER = msg("هذا المسار مجلد وليس ملفا")
NO_PERMISSION = msg("لا تسمح الصلاحيات بقراءة الملف")
UNREADABLE = msg("تعذر فتح الملف")
EMPTY = msg("الملف فارغ")
NOT_AN_IMAGE = msg("ليس صورة صالحة")


class LogoError(BalaghError):
    """The letterhead logo is missing, unreadable or not an image (the message names it).

    ``LogoError("/srv/logo.png", NOT_AN_IMAGE).message_ar`` ->
    «تعذر قراءة صورة الشعار /srv/logo.png: ليس صورة صالحة».
    """

    def __init__(self, file: str, reason: Localizable = NOT_FOUND) -> None:
        super().__init__(msg("تعذر قراءة صورة الشعار {file}: {reason}", file=file, reason=reason))
        self.file = file
        self.reason = reason


def check_logo(path: str | Path) -> tuple[int, int]:
    """Open the logo once as reportlab will, decode it fully; return (width, height) in px.

    Raises :class:`LogoError` naming ``path`` when the file is missing, a folder, unreadable,
    empty or not an image reportlab can draw (PNG, JPEG, GIF… that PIL opens).
    """
    file = Path(path)
    name = str(path)
    if not file.exists():
        raise LogoError(name, NOT_FOUND)
    if file.is_dir():
        raise LogoError(name, IS_FOLDER)
    try:
        data = file.read_bytes()
    except PermissionError as error:
        raise LogoError(name, NO_PERMISSION) from error
    except OSError as error:
        raise LogoError(name, UNREADABLE) from error
    if not data:
        raise LogoError(name, EMPTY)
    from balagh.typeset.logo_print import read_limited

    return check_logo_bytes(name, read_limited(file))


def check_logo_bytes(name: str, data: bytes) -> tuple[int, int]:
    """Decode ``data`` fully as reportlab will; (width, height) in px, else LogoError."""
    from reportlab.lib.utils import ImageReader

    try:
        reader = ImageReader(io.BytesIO(data))
        width, height = reader.getSize()
        reader.getRGBData()  # decodes every pixel: a truncated file fails here, not mid-build
        reader.getTransparent()  # what mask="auto" asks when the logo is drawn
    except Exception as error:  # PIL and reportlab raise many kinds; all mean "not an image"
        raise LogoError(name, NOT_AN_IMAGE) from error
    if int(width) <= 0 or int(height) <= 0:
        raise LogoError(name, NOT_AN_IMAGE)
    return int(width), int(height)


def fit_logo(
    pixels: tuple[int, int], *, max_width: float, max_height: float
) -> tuple[float, float]:
    """The largest (width, height) in points with the image's proportions inside the box.

    ``fit_logo((1, 5000), max_width=100, max_height=50)`` -> (0.01, 50.0).
    """
    width, height = pixels
    scale = min(max_width / width, max_height / height)
    return width * scale, height * scale
