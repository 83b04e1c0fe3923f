"""Colours of right-to-left text and tables: reportlab colours from "#RRGGBB" or names.

``to_color("#1f4e79")`` -> the reportlab ``Color`` a PDF is drawn with (cached per value).
"""

from __future__ import annotations

from reportlab.lib.colors import Color, HexColor, toColor

_color_cache: dict[str, Color] = {}


def to_color(value: str) -> Color:
    """A reportlab colour from "#RRGGBB" or a colour name (cached)."""
    try:
        return _color_cache[value]
    except KeyError:
        color = _color_cache[value] = _parsed_color(value)
        return color


_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")


def _parsed_color(value: str) -> Color:
    """``toColor(value)``: for "#RRGGBB" the ``HexColor`` that ``toColor`` returns after
    trying CSS functions, colour names, a regular expression and two literal parsers (a
    fifth of a millisecond the first time in a process)."""
    if len(value) == 7 and value[0] == "#" and _HEX_DIGITS.issuperset(value[1:]):
        return HexColor(value)
    return toColor(value)
