"""Command-line arguments that name things: an edition by number or year, a release date."""

from __future__ import annotations

import datetime as dt

from balagh.core.errors import BalaghError
from balagh.messages import msg


def edition_key(text: str) -> int:
    """An EDITION argument (number or year, any digits) as an integer; BalaghError if not."""
    from balagh.core.digits import DigitsError, parse_integer

    try:
        return parse_integer(text)
    except DigitsError as exc:
        raise BalaghError(
            msg("الدورة «{text}» ليست رقما ولا سنة", text=text)
        ) from exc


def release_date(text: str | None) -> dt.date | None:
    """``--date``: «2023-05-22» or «٢٠٢٣-٠٥-٢٢» (Arabic-Indic digits)."""
    if text is None:
        return None
    from balagh.core.digits import normalise_digits

    try:
        return dt.date.fromisoformat(normalise_digits(text).strip())
    except ValueError as exc:
        raise BalaghError(
            msg("تاريخ البلاغ «{text}» غير صحيح (الصيغة: 2023-05-22)", text=text),
        ) from exc
