"""Lists joined with «و», and percentages, in Arabic and French.

* ``and_list(["مواطنين", "مقيمين", "سياح"])`` → «مواطنين ومقيمين وسياح»: the «و» is written
  against each following item, as in the releases («التلاميذ والمواطنين»);
* ``percent_ar(12.5)`` → «12,5 في المائة» (Moroccan press writes «في المائة» and a decimal
  comma), ``percent_fr(12.5)`` → "12,5 %" (no-break space before %).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from balagh.arabic.grammar import LanguageError
from balagh.messages import msg

AND = "و"
PERCENT_AR = "في المائة"
NBSP = "\u00a0"


def _items(items: Iterable[str]) -> list[str]:
    return [text for text in (str(item).strip() for item in items) if text]


def and_list(items: Iterable[str]) -> str:
    """Items joined by «و» written against the next item; empty items are skipped.

    Example: ``and_list(["مواطنين", "مقيمين", "سياح"])`` is «مواطنين ومقيمين وسياح».
    """
    parts = _items(items)
    return " ".join([*parts[:1], *(AND + p for p in parts[1:])])


def and_list_fr(items: Iterable[str]) -> str:
    """French list "a, b et c" (Arabic «أ وب وج»).

    Example: ``and_list_fr(["élèves", "citoyens", "touristes"])`` is
    "élèves, citoyens et touristes".
    """
    parts = _items(items)
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} et {parts[-1]}"


def _decimal_text(value: float | int | Decimal, decimals: int) -> str:
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite() or isinstance(value, bool):
        raise LanguageError(
            msg("النسبة المئوية ليست عددا: «{value!r}»", value=value),
        )
    if decimals < 0:
        raise LanguageError(msg("عدد الأرقام العشرية سالب"))
    quantum = Decimal(1).scaleb(-decimals)
    rounded = number.quantize(quantum, rounding=ROUND_HALF_UP)
    text = f"{rounded:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace(".", ",")


def percent_ar(value: float | int | Decimal, decimals: int = 1) -> str:
    """A percentage as the press writes it, rounded half up to ``decimals`` places.

    Examples: 12.5 → «12,5 في المائة»; 40 → «40 في المائة»; 3.14159 → «3,1 في المائة».
    """
    return f"{_decimal_text(value, decimals)} {PERCENT_AR}"


def percent_fr(value: float | int | Decimal, decimals: int = 1) -> str:
    """A French percentage with a no-break space: "12,5 %" (Arabic «12,5 في المائة»).

    Example: ``percent_fr(40)`` is "40 %".
    """
    return f"{_decimal_text(value, decimals)}{NBSP}%"
