"""French typography for running text: the spaces that must not break.

* a narrow no-break space (U+202F) before «;», «:», «!», «?» and inside the guillemets
  («\u202fLa police citoyenne\u202f»), as the Imprimerie nationale's rules ask; an ordinary
  space there is replaced, a missing one added;
* a no-break space (U+00A0) between a figure and what it counts when that is a unit or a
  sign: «58.000\u00a0m²», «12,5\u00a0%», and inside «1,4\u00a0million» so that a figure is
  never split over two lines.

``french_typography("record : 2.120.000 visiteurs")`` → "record\u202f: 2.120.000 visiteurs".
Readers copy U+202F and U+00A0 back; NFKC turns both into plain spaces.
"""

from __future__ import annotations

import re

NNBSP = "\u202f"
NBSP = "\u00a0"

_BEFORE_MARK = re.compile(r"[ \u00a0\u202f]*([;:!?])(?=\s|$|[»)\]])")
_OPEN_QUOTE = re.compile(r"«[ \u00a0\u202f]*")
_CLOSE_QUOTE = re.compile(r"[ \u00a0\u202f]*»")
_UNIT = re.compile(r"(\d) (m²|m2|km|%|ha|millions?|milliards?)(?=\W|$)")
_URL = re.compile(r"\w+://\S+")


def french_typography(text: str) -> str:
    """``text`` with French no-break spaces (see the module docstring); idempotent."""
    urls = _URL.findall(text)
    masked = _URL.sub("\x00", text)
    masked = _BEFORE_MARK.sub(lambda m: NNBSP + m.group(1), masked)
    masked = _OPEN_QUOTE.sub("«" + NNBSP, masked)
    masked = _CLOSE_QUOTE.sub(NNBSP + "»", masked)
    masked = _UNIT.sub(lambda m: m.group(1) + NBSP + m.group(2), masked)
    for url in urls:
        masked = masked.replace("\x00", url, 1)
    return masked


def plain_spaces(text: str) -> str:
    """The text with its no-break spaces made ordinary (what NFKC does to them)."""
    return text.replace(NNBSP, " ").replace(NBSP, " ")
