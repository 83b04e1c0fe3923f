"""The logo as printed: size limits stated in the refusal, and downscaled to print resolution.

A logo is printed about 5 cm wide at most: :data:`PRINT_SIDE` pixels on its longer side is
600 dpi there. A larger image is downscaled once — when it is chosen in the settings
(:func:`prepare_logo` writes «office-logo.png» in the data folder) — and, should the
settings point at a large file anyway, in memory before each document embeds it
(:func:`logo_for_print`), so that no PDF carries a 40 MB photograph. Files above
:data:`MAX_LOGO_BYTES` or :data:`MAX_LOGO_PIXELS` are refused as too large, saying the limit
(«الصورة كبيرة جدا (20000×20000 بكسل)؛ الحد الأقصى 40 مليون بكسل»), not as «not an image».
"""

from __future__ import annotations

import io
import re
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

from balagh.messages import msg
from balagh.typeset.logo import LogoError

#: The largest logo file accepted (bytes).
MAX_LOGO_BYTES = 50 * 1024 * 1024
#: The most pixels a logo may have (width × height).
MAX_LOGO_PIXELS = 40_000_000
#: The longer side of the printed logo, in pixels (600 dpi at about 5 cm).
PRINT_SIDE = 1200

_LOCK = threading.Lock()


def _too_large_bytes(name: str, size: int) -> LogoError:
    megabytes = size / (1024 * 1024)
    limit = MAX_LOGO_BYTES // (1024 * 1024)
    return LogoError(
        name, msg(
            "الصورة كبيرة جدا ({megabytes:.1f} ميغابايت)؛ الحد الأقصى {limit} ميغابايت",
            megabytes=megabytes,
            limit=limit,
        ))


def _too_large_pixels(name: str, width: int, height: int) -> LogoError:
    limit = MAX_LOGO_PIXELS // 1_000_000
    return LogoError(
        name, msg(
            "الصورة كبيرة جدا ({width}×{height} بكسل)؛ الحد الأقصى {limit} مليون بكسل",
            width=width,
            height=height,
            limit=limit,
        ))


def read_limited(path: str | Path) -> bytes:
    """The logo file's bytes, refused when over :data:`MAX_LOGO_BYTES` or
    :data:`MAX_LOGO_PIXELS` (LogoError naming the file and the limit)."""
    from PIL import Image

    name = str(path)
    file = Path(path)
    if file.is_file() and file.stat().st_size > MAX_LOGO_BYTES:
        raise _too_large_bytes(name, file.stat().st_size)
    data = file.read_bytes()
    try:
        with Image.open(io.BytesIO(data)) as image:  # reads the header only
            width, height = image.size
    except Image.DecompressionBombError as error:
        found = re.search(r"\((\d+) pixels\)", str(error))
        pixels = int(found.group(1)) if found else 0
        side = int(pixels ** 0.5)
        raise _too_large_pixels(name, side, side) from error
    except Exception:  # not an image: check_logo says so in its own words
        return data
    if width * height > MAX_LOGO_PIXELS:
        raise _too_large_pixels(name, width, height)
    return data


def needs_downscaling(data: bytes) -> bool:
    """Whether the image's longer side exceeds :data:`PRINT_SIDE`."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        return max(image.size) > PRINT_SIDE


def downscaled(data: bytes) -> bytes:
    """``data`` with its longer side at most :data:`PRINT_SIDE` (unchanged bytes when the
    image is small enough already): a photograph stays a JPEG, anything else a PNG."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        if max(image.size) <= PRINT_SIDE:
            return data
        with _LOCK:
            image.load()
        photo = image.format == "JPEG" and image.mode in ("RGB", "L")
        copy = image if image.mode in ("RGB", "RGBA", "L", "LA") else image.convert("RGBA")
        copy.thumbnail((PRINT_SIDE, PRINT_SIDE), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        if photo:
            copy.save(out, format="JPEG", quality=90)
        else:
            copy.save(out, format="PNG", compress_level=6)
        return out.getvalue()


@lru_cache(maxsize=8)
def _print_bytes(path: str, _mtime: float, _size: int) -> tuple[bytes, tuple[int, int]]:
    from balagh.typeset.logo import check_logo

    size = check_logo(path)  # missing, unreadable, not an image, too large: one sentence
    return downscaled(read_limited(path)), size


def logo_for_print(path: str | Path) -> tuple[Any, tuple[int, int]]:
    """The logo to embed (a reportlab ImageReader, downscaled) and the original's size in
    pixels (its proportions)."""
    from reportlab.lib.utils import ImageReader

    file = Path(path)
    if not file.is_file():
        from balagh.typeset.logo import check_logo

        check_logo(path)  # raises the right LogoError (missing, folder…)
    stat = file.stat()  # the cache key: a logo replaced under the same name is read again
    data, size = _print_bytes(str(file), stat.st_mtime, stat.st_size)
    # The original's size keeps the proportions (a 1×5000 line stays 1:5000 when drawn).
    return ImageReader(io.BytesIO(data)), size


def prepare_logo(source: str | Path, target: Path) -> Path:
    """Check the chosen logo; when it is larger than print resolution, write it downscaled
    to ``target`` (atomically) and return ``target``, else return ``source`` as it is.
    LogoError for a missing, invalid or too large image."""
    from balagh.platform.files import write_file_atomically
    from balagh.typeset.logo import check_logo, check_logo_bytes

    check_logo(source)  # missing, unreadable, not an image, too large: one sentence
    original = read_limited(source)
    if not needs_downscaling(original):
        return Path(source)
    data = downscaled(original)
    check_logo_bytes(str(source), data)
    write_file_atomically(target, data)
    return target
