"""The bundled Amiri fonts, registered with reportlab once per process.

Amiri (SIL Open Font Licence, ``resources/fonts/OFL.txt``) has every glyph Balagh prints:
Arabic presentation forms, Western digits, Latin letters and the curly quotes “ ”. reportlab
embeds only the glyphs a document uses (a subset) in every PDF; the fonts are registered as
:class:`balagh.typeset.tounicode.ReaderFont`, so that the text readers copy out of those
subsets is base letters, not presentation forms.

Thread safety: documents may be built on several threads at once (the window previews on a
worker thread while an export renders). Registration happens once, under this module's lock;
the registered fonts are then shared and only read, except for the step where a finished
document's subsets are written, which :class:`ReaderFont` serialises with a lock of its own,
and the subsets each font keeps for reuse (:mod:`balagh.typeset.font_subset`), behind the
lock of its cutter. Any cache of parsed fonts belongs here, behind this module's lock.

A missing or unreadable font file raises :class:`FontError` naming the file — never a PDF of
empty boxes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from balagh.core.errors import BalaghError
from balagh.messages import Localizable, msg

REGULAR = "Balagh-Amiri"
BOLD = "Balagh-Amiri-Bold"
FAMILY = "Balagh-Amiri-Family"

REGULAR_FILE = "Amiri-Regular.ttf"
BOLD_FILE = "Amiri-Bold.ttf"

_NOT_FOUND = msg("الملف غير موجود")
_lock = threading.Lock()
_registered: dict[str, str] = {}


class FontError(BalaghError):
    """A font file Balagh needs is missing or unreadable (the message names the file)."""

    def __init__(self, file: str, reason: Localizable) -> None:
        super().__init__(msg("تعذر تحميل الخط «{file}»: {reason}", file=file, reason=reason))
        self.file = file


@dataclass(frozen=True)
class FontSet:
    """reportlab names of the registered faces: ``FontSet().regular`` -> "Balagh-Amiri"."""

    regular: str = REGULAR
    bold: str = BOLD

    def face(self, bold: bool) -> str:
        """The font name for a run: ``face(True)`` -> the bold face."""
        return self.bold if bold else self.regular


def font_file(file_name: str) -> Path:
    """Path of a bundled font under ``resources/fonts/``; FontError when it is missing."""
    from balagh.platform.assets import resource_path

    try:
        return resource_path("fonts", file_name)
    except FileNotFoundError as error:
        raise FontError(f"resources/fonts/{file_name}", _NOT_FOUND) from error


def load_font(name: str, path: Path) -> None:
    """Register the TrueType file ``path`` under ``name`` (once); FontError if unreadable."""
    from reportlab.pdfbase import pdfmetrics

    from balagh.typeset.tounicode import ReaderFont

    with _lock:
        if _registered.get(name) == str(path):
            return
        if not path.is_file():
            raise FontError(str(path), _NOT_FOUND)
        try:
            # asciiReadable=False: codes are given in the order the characters are drawn,
            # instead of reserving the printable ASCII characters (and embedding their
            # glyphs) in the first subset of every document. Readers copy the text through
            # Balagh's ToUnicode maps either way; a release's subsets are half the size and
            # cost a third less to cut out and compress (same pixels, same copied text).
            font = ReaderFont(name, str(path), asciiReadable=False)
        except Exception as error:  # reportlab raises TTFError, struct.error, OSError...
            reason = msg("ملف خط غير صالح ({error})", error=error)
            raise FontError(str(path), reason) from error
        pdfmetrics.registerFont(font)
        _registered[name] = str(path)


def register_fonts() -> FontSet:
    """Register Amiri Regular and Bold (and their family for ``<b>``); return their names.

    Safe to call often: the files are read once per process.
    """
    if REGULAR in _registered and BOLD in _registered and FAMILY in _registered:
        return FontSet()
    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics

    # Compressed streams stay binary rather than ASCII85 text: the embedded Arabic font
    # subsets are the bulk of a release, and encoding them cost about a tenth of its time
    # (the files are also a little smaller). Every Balagh document registers its fonts first.
    rl_config.useA85 = 0

    load_font(REGULAR, font_file(REGULAR_FILE))
    load_font(BOLD, font_file(BOLD_FILE))
    with _lock:
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
        )
        _registered[FAMILY] = FAMILY
    return FontSet()


def font_metrics(name: str) -> tuple[float, float]:
    """(ascent, descent) of a registered font per point of size; descent is negative."""
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(name).face
    return float(face.ascent) / 1000.0, float(face.descent) / 1000.0


# Per font name: text -> width at size 1 (no key tuple to allocate per word).
_width_cache: dict[str, dict[str, float]] = {}
_measures: dict[str, Callable[[str, float], float]] = {}


def text_width(text: str, font_name: str, size: float) -> float:
    """Width in points of already-shaped ``text`` (cached per string and font)."""
    try:
        return _width_cache[font_name][text] * size
    except KeyError:
        widths = _width_cache.get(font_name)
        if widths is None:  # the font's own stringWidth, as pdfmetrics.stringWidth calls it
            from reportlab.pdfbase import pdfmetrics

            widths = _width_cache[font_name] = {}
            _measures[font_name] = pdfmetrics.getFont(font_name).stringWidth
        elif len(widths) > 100_000:
            widths.clear()
        unit = widths[text] = float(_measures[font_name](text, 1000.0)) / 1000.0
        return unit * size


def forget_subsets() -> None:
    """Drop the font subsets the registered fonts keep for reuse (see
    :mod:`balagh.typeset.font_subset`): the next documents cut theirs afresh, as the first
    document of a process does. For benchmarks and tests."""
    from reportlab.pdfbase import pdfmetrics

    from balagh.typeset.tounicode import ReaderFont

    with _lock:
        names = [name for name in _registered if name != FAMILY]
    for name in names:
        font = pdfmetrics.getFont(name)
        if isinstance(font, ReaderFont):
            font.cutter.forget()
