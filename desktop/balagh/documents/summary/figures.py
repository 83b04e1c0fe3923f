"""How figures are printed outside running text (tables, tiles, charts, cards, XLSX).

Running text (the releases) keeps the office's style, digits without separators («2300
موظف»). Everything that is read as a figure at a glance — a table cell, a tile, a chart
label, a card — groups the digits by three with a **dot**, as the Moroccan press prints
figures («2.400.000»; the office's own French releases write «630.000 visiteurs», see
:func:`balagh.arabic.french.count_fr`), and keeps the decimal comma of percents («123,3»).
The dot was chosen over a thin no-break space because it is what Moroccan readers see in
their newspapers, every font has it, it survives every copy and paste, and the bidi
algorithm keeps «2.400.000» one number (a common separator between digits), even after
Arabic letters.

Changes keep their sign **before** the number, in a left-to-right isolate (U+2066 …
U+2069), so that in a right-to-left line «+635.000 (+123,3 %)» reads as written instead of
«635.000+ (%123,3+)» (without the isolate the bidi algorithm sets a sign that starts a
number in a right-to-left line after it). Percents take a no-break space before «%», the
French and Moroccan press style inside figures.

With :attr:`NumberStyle.arabic_indic` (the «digits» setting) the same figures use the
Arabic-Indic digits with their own separators (CLDR's ``arab`` numbering system): «٢٬٤٠٠٬٠٠٠»,
«+١٢٣٫٣ ٪».

Examples: ``WESTERN.plain(1150000)`` -> "1.150.000"; ``WESTERN.change(635000, 123.3009)``
-> "\u2066+635.000 (+123,3 %)\u2069"; ``qualified(1150000, Qualifier.ABOUT)`` -> «حوالي
1.150.000».
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from balagh.core.isolates import ltr
from balagh.core.model import QUALIFIER_NAMES, Qualifier

MINUS = "-"
PLUS = "+"
GROUP = "."
DECIMAL = ","
NBSP = "\u00a0"
LRM = "\u200e"
RECORD_AR = "رقم قياسي"
NOT_PUBLISHED_AR = "غير منشور"

#: The values of the ``digits`` setting.
DIGITS_WESTERN = "western"
DIGITS_ARABIC_INDIC = "arabic-indic"

_TO_ARABIC_INDIC = str.maketrans("0123456789.,%", "٠١٢٣٤٥٦٧٨٩٬٫٪")

# Before a figure an exact one takes no word.
_QUALIFIER_AR = {q: "" if q is Qualifier.EXACT else QUALIFIER_NAMES[q].ar for q in Qualifier}
_QUALIFIER_FR = {q: "" if q is Qualifier.EXACT else QUALIFIER_NAMES[q].fr for q in Qualifier}


def decimal_comma(value: float, decimals: int = 1) -> str:
    """``value`` rounded half up, decimal comma, no trailing zeros: 123.25 -> "123,3"."""
    quantum = Decimal(1).scaleb(-decimals)
    rounded = Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    text = f"{abs(rounded):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", DECIMAL)


def group_digits(value: int) -> str:
    """Digits grouped by three with a dot: 2400000 -> "2.400.000", 465 -> "465"."""
    text = f"{abs(value):,}".replace(",", GROUP)
    return f"{MINUS}{text}" if value < 0 else text


@dataclass(frozen=True)
class NumberStyle:
    """How a document prints figures: grouped Western digits, or Arabic-Indic digits."""

    arabic_indic: bool = False

    @classmethod
    def from_setting(cls, digits: str) -> NumberStyle:
        """The style of the ``digits`` setting ("western" or "arabic-indic")."""
        return cls(arabic_indic=digits == DIGITS_ARABIC_INDIC)

    def digits(self, text: str) -> str:
        """``text`` (Western digits, «.» groups, «,» decimals) in this style's digits."""
        return text.translate(_TO_ARABIC_INDIC) if self.arabic_indic else text

    def plain(self, value: int) -> str:
        """A figure: ``plain(1150000)`` -> "1.150.000" (Arabic-Indic «١٬١٥٠٬٠٠٠»)."""
        return self.digits(group_digits(value))

    def percent(self, percent: float) -> str:
        """A percent without sign: ``percent(93.75)`` -> "93,8 %"."""
        return self.digits(f"{decimal_comma(abs(percent))}{NBSP}%")

    def _signed(self, change: int) -> str:
        if change > 0:
            return self.digits(f"{PLUS}{group_digits(change)}")
        if change < 0:
            return self.digits(f"{MINUS}{group_digits(-change)}")
        return self.digits("0")

    def _signed_percent(self, percent: float) -> str:
        text = decimal_comma(percent)
        if text == "0":
            return self.digits(f"0{NBSP}%")
        return self.digits(f"{PLUS if percent > 0 else MINUS}{text}{NBSP}%")

    def signed(self, change: int) -> str:
        """A change with its sign before it, isolated: "\u2066+635.000\u2069", "\u2066-13\u2069"."""
        return ltr(self._signed(change))

    def signed_percent(self, percent: float) -> str:
        """A percent change, isolated: "\u2066+123,3 %\u2069"."""
        return ltr(self._signed_percent(percent))

    def change(self, change: int | None, percent: float | None) -> str:
        """The change column: "\u2066+635.000 (+123,3 %)\u2069"; "\u2066+5\u2069" when the
        previous value was 0; "" when there is nothing to compare."""
        if change is None:
            return ""
        if percent is None:
            return ltr(self._signed(change))
        return ltr(self._pair(self._signed(change), self._signed_percent(percent)))

    def magnitude(self, change: int | None, percent: float | None) -> str:
        """A change without its sign, beside a triangle that shows the direction:
        ``magnitude(-635000, -55.2)`` -> "\u2066635.000 (55,2 %)\u2069"; "" without a change."""
        if change is None:
            return ""
        if percent is None:
            return ltr(self.plain(abs(change)))
        return ltr(self._pair(self.plain(abs(change)), self.percent(percent)))

    def _pair(self, number: str, percent: str) -> str:
        """«635.000 (123,3 %)». Arabic-Indic digits are Arabic numbers to the bidi algorithm,
        which sets the space and brackets between two of them right to left even inside a
        left-to-right isolate; left-to-right marks around the brackets keep them in place."""
        if not self.arabic_indic:
            return f"{number} ({percent})"
        return f"{number}{LRM} ({percent}){LRM}"

    def qualified(self, value: int, qualifier: Qualifier) -> str:
        """A figure with its qualifier: «حوالي 1.150.000»."""
        word = qualifier_ar(qualifier)
        return f"{word} {self.plain(value)}" if word else self.plain(value)


WESTERN = NumberStyle()
ARABIC_INDIC = NumberStyle(arabic_indic=True)


def plain(value: int) -> str:
    """A figure in the default style: ``plain(1150000)`` -> "1.150.000"."""
    return WESTERN.plain(value)


def signed(change: int) -> str:
    """A change with its sign, isolated: ``signed(635000)`` -> "\u2066+635.000\u2069"."""
    return WESTERN.signed(change)


def percent_figure(percent: float) -> str:
    """A percent without sign: ``percent_figure(93.75)`` -> "93,8 %" (in prose: «93,8 في
    المائة», see ``percent_ar``)."""
    return WESTERN.percent(percent)


def signed_percent(percent: float) -> str:
    """A percent change: ``signed_percent(123.30097)`` -> "\u2066+123,3 %\u2069"."""
    return WESTERN.signed_percent(percent)


def qualifier_ar(qualifier: Qualifier) -> str:
    """The short qualifier word of a sheet: «حوالي», «أكثر من» or "" (exact)."""
    return _QUALIFIER_AR[qualifier]


def qualifier_fr(qualifier: Qualifier) -> str:
    """The French qualifier word: "environ", "plus de" or "" (Arabic «حوالي», «أكثر من»)."""
    return _QUALIFIER_FR[qualifier]


def qualified(value: int, qualifier: Qualifier) -> str:
    """A figure with its qualifier: ``qualified(80000, Qualifier.ABOUT)`` -> «حوالي 80.000»."""
    return WESTERN.qualified(value, qualifier)


def change_text(change: int | None, percent: float | None) -> str:
    """The change column in the default style: "\u2066+635.000 (+123,3 %)\u2069"."""
    return WESTERN.change(change, percent)


def magnitude_text(change: int | None, percent: float | None) -> str:
    """A change without its sign: ``magnitude_text(-635000, -55.2)`` -> "\u2066635.000 (55,2
    %)\u2069"; "" when there is no change."""
    return WESTERN.magnitude(change, percent)
