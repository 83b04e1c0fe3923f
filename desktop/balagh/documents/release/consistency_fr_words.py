"""Reading the office's French, word by word, for the French consistency check
(``consistency_fr``): figures in their written forms, the qualifier before a figure, days
with their month.

* ``read_number(words, i, NUMBER_WORDS_FR)`` reads «2.120.000», «2 120 000», «1,4 million»,
  «2,12 millions», «deux millions» (an integer), «12,5» (a decimal), with the width in words;
* ``qualifier_before(words, i)`` — «près de», «quelque», «environ» (about), «plus de»;
* ``read_days(words, i, months, weekdays)`` — «17 au 21 mai», «samedi 18 et dimanche 19
  mai», «31 mai et 1er juin»: the days, each with the weekday named before it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from decimal import Decimal

from balagh.core.model import Qualifier

MASK = "■"
EDGE = "«»\"“”()[]…"
STOP = ".,;:!?)]…"
GROUPED = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
DECIMAL = re.compile(r"^\d+,\d+$")
ORDINAL = re.compile(r"^(\d+)(e|re|er|ème|eme)$")
ELISION = re.compile(r"^[dlDL]['’]")
ABOUT_ONE = {"quelque", "environ", "approximativement"}
YEAR_WORDS = {"en", "année", "depuis", "l'année"}
DAY_WORDS = {"jours", "jour", "journées", "journée"}


@dataclass
class Word:
    """A word of the French text as the check reads it."""

    text: str  # without edge punctuation, elision kept («d'Agadir»)
    bare: str  # lower case, elision removed («agadir»)
    stops: bool  # punctuation after it ends a phrase


def words_of(text: str) -> list[Word]:
    """The words of ``text``, edge punctuation off, each marked when a phrase ends after it."""
    out: list[Word] = []
    for raw in re.findall(r"\S+", text):
        start = raw.lstrip(EDGE)
        trimmed = start.rstrip(EDGE + STOP)
        stops = trimmed != start  # punctuation or a closing mark after the word
        if not trimmed:
            if out:
                out[-1].stops = True
            continue
        bare = ELISION.sub("", trimmed).lower()
        out.append(Word(trimmed, bare, stops))
    return out


def read_number(words: list[Word], i: int, number_words: Collection[str]
                ) -> tuple[int | None, Decimal | None, int]:
    """(integer, decimal, width) of the number starting at ``i``; width 0: none."""
    from balagh.french.numbers import SCALES_FR, number_words_fr

    word = words[i].text
    value: int | None = None
    decimal: Decimal | None = None
    width = 1
    if GROUPED.match(word):
        value = int(word.replace(".", ""))
    elif word.isdigit():
        value = int(word)
        # «2 120 000»: groups of three digits after a short number
        while (not words[i + width - 1].stops and i + width < len(words)
               and re.fullmatch(r"\d{3}", words[i + width].text) and len(word) <= 3):
            value = value * 1000 + int(words[i + width].text)
            width += 1
    elif DECIMAL.match(word):
        decimal = Decimal(word.replace(",", "."))
    else:
        j = i
        while j < len(words) and words[j].bare.replace("-", " ").split() and all(
            part in number_words for part in words[j].bare.replace("-", " ").split()
        ):
            j += 1
            if words[j - 1].stops:
                break
        run = [w.bare for w in words[i:j]]
        while run and run[-1] == "et":
            run.pop()
        if not run or all(part in ("un", "une", "et") for part in run):
            return None, None, 0
        try:
            return number_words_fr(" ".join(run)), None, len(run)
        except Exception:  # words that are no number after all («cent» alone is one)
            return None, None, 0
    last = i + width - 1
    if not words[last].stops and last + 1 < len(words) and words[last + 1].bare in SCALES_FR:
        scale = SCALES_FR[words[last + 1].bare]
        whole = (decimal if decimal is not None else Decimal(value or 0)) * scale
        if whole == whole.to_integral_value():
            return int(whole), None, width + 1
    return value, decimal, width


def qualifier_before(words: list[Word], i: int) -> Qualifier | None:
    """The qualifier written before the number at ``i`` («près de», «plus de»), in its phrase."""
    before = [w.bare for w in words[max(0, i - 3):i]]
    for k in range(i - 1, max(-1, i - 4), -1):
        if words[k].stops:
            before = [w.bare for w in words[k + 1:i]]
            break
    if before[-1:] and before[-1] in ABOUT_ONE:
        return Qualifier.ABOUT
    if before[-2:] in (["près", "de"], ["près", "d'"]) or before[-1:] == ["près"]:
        return Qualifier.ABOUT
    if before[-2:] == ["plus", "de"] or before[-1:] == ["plus"]:
        return Qualifier.MORE_THAN
    return None


def day_number(word: Word) -> int | None:
    """«17» → 17, «1er» → 1; None for anything that is no day of a month."""
    text = word.text
    if text in ("1er", "1re"):
        return 1
    return int(text) if text.isdigit() and 1 <= int(text) <= 31 else None

def read_days(words: list[Word], i: int, months: Mapping[str, int], weekdays: Mapping[str, int]
              ) -> tuple[list[tuple[int, int | None]], int]:
    """Days from ``i``: «17 au 21 mai», «18 et 19 mai», «samedi 18 et dimanche 19 mai»,
    «31 mai et 1er juin»; (day, weekday named before it) pairs and the index of the
    month word, or ([], i) when no month follows."""
    days: list[tuple[int, int | None]] = []
    j = i
    while j < len(words):
        weekday = None
        if words[j].bare in weekdays:
            weekday = weekdays[words[j].bare]
            j += 1
        if j >= len(words) or (day := day_number(words[j])) is None:
            return [], i
        days.append((day, weekday))
        if not words[j].stops and j + 1 < len(words) and words[j + 1].bare in months:
            return days, j + 1
        if words[j].stops or j + 1 >= len(words) or words[j + 1].bare not in ("au", "et"):
            return [], i
        j += 2
    return [], i

