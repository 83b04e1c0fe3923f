"""Making a social-media card: the workflow the command line and the summary tab share.

``make_card(edition, editions, catalogue, settings, size=(1080, 1080), image="png")`` returns
the PNG (or, with ``image="pdf"``, the PDF) bytes of the edition's card; with ``day`` the
card of that day's figures («حصيلة اليوم الثالث»). Nothing here imports Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path

from balagh.core.errors import BalaghError
from balagh.core.model import Edition, FigureKind
from balagh.messages import PerLanguage, msg
from balagh.platform.settings import Settings

IMAGE_KINDS = ("png", "pdf")

#: The sizes the platforms use, in pixels: square, portrait (4:5) and landscape (16:9).
CARD_SIZES: tuple[tuple[int, int], ...] = ((1080, 1080), (1080, 1350), (1200, 675))


def parse_size(text: str) -> tuple[int, int]:
    """``"1080x1080"`` -> (1080, 1080); only the sizes of :data:`CARD_SIZES`."""
    try:
        width, height = (int(part) for part in text.lower().replace("×", "x").split("x"))
    except ValueError:
        width = height = 0
    if (width, height) not in CARD_SIZES:
        allowed = "، ".join(f"{w}x{h}" for w, h in CARD_SIZES)
        raise BalaghError(msg("مقاس البطاقة «{text}» غير معروف (المقاسات: {allowed})", text=text,
                              allowed=PerLanguage(ar=allowed, fr=allowed.replace("، ", ", "))))
    return width, height


def image_kind(path: str | Path) -> str:
    """"png" or "pdf" from the file name; another suffix is refused, naming the file."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in IMAGE_KINDS:
        raise BalaghError(
            msg(
                "امتداد ملف البطاقة «{name}» غير مقبول (المقبول: ‎.png أو ‎.pdf)",
                name=Path(path).name,
            ),
        )
    return suffix


def make_card(
    edition: Edition,
    all_editions: Sequence[Edition],
    catalogue: Mapping[str, FigureKind],
    settings: Settings,
    *,
    size: tuple[int, int],
    image: str = "png",
    day: dt.date | None = None,
) -> bytes:
    """The card of ``edition`` (or of its ``day``) as PNG or PDF bytes."""
    from balagh.documents.summary.card import (
        card_png,
        day_card,
        edition_card,
        render_card_pdf,
    )

    content = day_card(edition, day) if day else edition_card(edition, all_editions, catalogue)
    pdf = render_card_pdf(content, size, settings)
    return pdf if image == "pdf" else card_png(pdf)
