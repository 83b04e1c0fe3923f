"""Reading the words of a release as the consistency check needs them: numbers as written.

``split_words("بتنظيم 2.400 رواق، و12,5 في المائة")`` splits a paragraph at spaces and, for each
word, keeps the word without its edge punctuation, whether punctuation ends a phrase after
it, and — when it writes a number — the letters stuck before it («و», «ب»), the number as
written («2.400») and its value (2400), or a decimal (12,5) and a «%». Thousands written
with separators («2.400», «2,400», «2٬400») or with spaces («2 400») are one number.
Arabic-Indic digits are made Western by the caller (``normalise_digits``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

WORD_RE = re.compile(r"\S+")
EDGE_PUNCT = "،,.؛;:!?؟()[]«»“”\"'…-–—"
DAY_LIST = re.compile(r"^\d{1,2}(?:و\d{1,2})+$")
# A number as a word: an optional letter or two stuck before it («و», «ب», «ل», «وب»,
# «بـ»), then digits, digits grouped by thousands («2.400», «2,400», «2٬400») or a decimal
# («12,5»), then an optional «%».
NUMERIC_RE = re.compile(
    r"^(?P<prefix>[وفبلك]{1,2}ـ?)?"
    r"(?P<core>\d{1,3}(?P<sep>[.,\u066c])\d{3}(?:(?P=sep)\d{3})*"
    r"|(?P<decimal>\d+[.,\u066b]\d+)|\d+)(?P<pct>%?)$"
)
THREE_DIGITS = re.compile(r"^\d{3}$")


@dataclass
class Token:
    """One word of a paragraph; for a number, what it writes («ب2.400» → prefix «ب»,
    core «2.400», value 2400)."""

    word: str  # without edge punctuation
    raw: str
    stops: bool  # punctuation after the word ends a number phrase
    prefix: str = ""  # letters stuck before a number («و», «ب»)
    core: str = ""  # the number as written, without the prefix («2.400», «12,5»)
    value: int | None = None  # the integer it writes
    decimal: Decimal | None = None  # the decimal it writes («12,5»)
    percent: bool = False  # «%» stuck after it


def read_number(token: Token) -> None:
    """Fill ``prefix``/``core``/``value``/``decimal`` when the word is a number."""
    from balagh.core.digits import DigitsError, parse_integer

    match = NUMERIC_RE.match(token.word)
    if match is None:
        return
    token.prefix = match.group("prefix") or ""
    token.core = match.group("core")
    token.percent = bool(match.group("pct"))
    if match.group("decimal"):
        try:
            token.decimal = Decimal(token.core.replace(",", ".").replace("\u066b", "."))
        except InvalidOperation:  # pragma: no cover - the pattern only lets digits in
            return
        return
    try:
        token.value = parse_integer(token.core)
    except DigitsError:  # pragma: no cover - the pattern only lets readable numbers in
        return


def split_words(text: str) -> list[Token]:
    """The words of ``text`` with the numbers read: «من 2 400 زائر» → three tokens, the
    second with value 2400."""
    out: list[Token] = []
    for match in WORD_RE.finditer(text):
        raw = match.group(0)
        word = raw.strip(EDGE_PUNCT)
        stops = raw.rstrip() != raw.rstrip(EDGE_PUNCT) or not word
        token = Token(word, raw, stops)
        read_number(token)
        # «2 400»: groups of three digits after a short number, separated by spaces
        previous = out[-1] if out else None
        if (previous is not None and not previous.stops and previous.value is not None
                and previous.prefix in ("", "و") and not previous.percent
                and re.fullmatch(r"\d{1,3}(?: \d{3})*", previous.core)
                and THREE_DIGITS.match(word) and raw.startswith(word)):
            previous.core += " " + word
            previous.value = previous.value * 1000 + int(word)
            previous.word = previous.prefix + previous.core
            previous.raw += " " + raw
            previous.stops = stops
            continue
        out.append(token)
    return out
