"""How figures are printed on the summary sheets (PDF and XLSX): digits, signs, percents.

Moroccan press style: Western digits without thousands separators («1150000»), a decimal
comma in percents («123,3»). Signs are written before the number in logical order; in a
right-to-left line the bidi algorithm shows «+635000» with the sign at the right, where an
Arabic reader starts.

Percents follow the Arabic press in figures: the sign «%» sticks to the number, with no
space («+123,3%»). The bidi algorithm then keeps it inside the number's left-to-right run
(a European terminator next to digits), so the line reads, from the right, «+», «123,3%»;
with a space («123,3 %», the French style) the «%» becomes a neutral, is set apart at the
far left of the group and reads like a stray sign. In prose the office writes the words
instead: :func:`balagh.arabic.percent_ar` gives «123,3 في المائة». French text keeps the
French style (:func:`balagh.arabic.percent_fr`: "123,3 %" with a no-break space), and the
XLSX cells keep their number format (``0.0%``), which Excel shows in the reader's locale.

Examples: ``signed(635000)`` -> "+635000"; ``signed_percent(123.3009)`` -> "+123,3%";
``qualified(1150000, Qualifier.ABOUT)`` -> «حوالي 1150000».
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from balagh.core.model import Qualifier

MINUS = "-"
PLUS = "+"
RECORD_AR = "رقم قياسي"
RECORD_FR = "record"
NOT_PUBLISHED_AR = "غير منشور"

_QUALIFIER_AR = {Qualifier.EXACT: "", Qualifier.ABOUT: "حوالي", Qualifier.MORE_THAN: "أكثر من"}
_QUALIFIER_FR = {Qualifier.EXACT: "", Qualifier.ABOUT: "environ", Qualifier.MORE_THAN: "plus de"}


def plain(value: int) -> str:
    """A figure as the office prints it: ``plain(1150000)`` -> "1150000"."""
    return str(value)


def signed(change: int) -> str:
    """A change with its sign: ``signed(635000)`` -> "+635000", ``signed(-13)`` -> "-13"."""
    if change > 0:
        return f"{PLUS}{change}"
    if change < 0:
        return f"{MINUS}{-change}"
    return "0"


def decimal_comma(value: float, decimals: int = 1) -> str:
    """``value`` rounded half up, decimal comma, no trailing zeros: 123.25 -> "123,3"."""
    quantum = Decimal(1).scaleb(-decimals)
    rounded = Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    text = f"{abs(rounded):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def percent_figure(percent: float) -> str:
    """A percent in figures, Arabic press style (no space before «%»):
    ``percent_figure(93.75)`` -> "93,8%" (in prose: «93,8 في المائة», see ``percent_ar``)."""
    return f"{decimal_comma(abs(percent))}%"


def signed_percent(percent: float) -> str:
    """A percent change: ``signed_percent(123.30097)`` -> "+123,3%" («123,3%» after «+»)."""
    text = decimal_comma(percent)
    if text == "0":
        return "0%"
    return f"{PLUS if percent > 0 else MINUS}{text}%"


def qualifier_ar(qualifier: Qualifier) -> str:
    """The short qualifier word of a sheet: «حوالي», «أكثر من» or "" (exact)."""
    return _QUALIFIER_AR[qualifier]


def qualifier_fr(qualifier: Qualifier) -> str:
    """The French qualifier word: "environ", "plus de" or "" (Arabic «حوالي», «أكثر من»)."""
    return _QUALIFIER_FR[qualifier]


def qualified(value: int, qualifier: Qualifier) -> str:
    """A figure with its qualifier: ``qualified(80000, Qualifier.ABOUT)`` -> «حوالي 80000»."""
    word = qualifier_ar(qualifier)
    return f"{word} {plain(value)}" if word else plain(value)


def change_text(change: int | None, percent: float | None) -> str:
    """The change column: "+635000 (+123,3%)"; "+5" when the previous value was 0; ""."""
    if change is None:
        return ""
    if percent is None:
        return signed(change)
    return f"{signed(change)} ({signed_percent(percent)})"


def magnitude_text(change: int | None, percent: float | None) -> str:
    """A change without its sign, for a place that shows the direction with a triangle:
    ``magnitude_text(-635000, -55.2)`` -> "635000 (55,2%)"; "" when there is no change."""
    if change is None:
        return ""
    if percent is None:
        return str(abs(change))
    return f"{abs(change)} ({percent_figure(percent)})"
