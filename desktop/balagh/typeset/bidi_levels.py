"""Embedding levels of one paragraph (Unicode Bidirectional Algorithm, UAX #9).

python-bidi's Rust core returns only a display string (it neither mirrors brackets nor tells
which character went where), and its pure-Python algorithm is slow and predates bracket
pairs and isolates. Typesetting needs the *levels* of every character, to reorder lines that
were broken in logical order and that mix fonts, sizes and colours. This module computes
them for one paragraph, on runs of characters of the same bidi class (an Arabic word is one
run), which keeps it fast in Python.

Implemented: the paragraph level (P2-P3), explicit embeddings, overrides and isolates
(X1-X10, in :mod:`balagh.typeset.bidi_explicit`), the weak rules W1-W7, bracket pairs N0
(BD16), neutrals N1-N2 and implicit levels I1-I2 (in :mod:`balagh.typeset.bidi_implicit`),
the line rule L1 and the reordering L2. ``tests/test_bidi_conformance.py`` checks it against
Unicode's own ``BidiCharacterTest.txt`` and ``BidiTest.txt``.

Example: ``resolve_levels("تسجيل 465 متبرعا", 1)`` gives level 1 for the Arabic letters and
the spaces and level 2 for «465», so the number stays left-to-right inside the line.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from balagh.typeset.bidi_explicit import REMOVED, explicit_levels, first_strong, run_sequences
from balagh.typeset.bidi_implicit import CLOSING_BRACKETS, OPENING_BRACKETS, resolve_sequence

ISOLATE_INITIATORS = frozenset({"LRI", "RLI", "FSI"})
_SINGLE = ISOLATE_INITIATORS | REMOVED | {"PDI"}
# Classes after which resolve_levels has work to do in a right-to-left paragraph.
_NEEDS_RESOLUTION = (
    frozenset({"L", "EN", "AN", "NSM", "PDI"}) | ISOLATE_INITIATORS | (REMOVED - {"BN"})
)

_class_cache: dict[str, str] = {}


def bidi_class(char: str) -> str:
    """The Unicode bidi class of one character (cached): «ب» -> "AL", "5" -> "EN"."""
    try:
        return _class_cache[char]
    except KeyError:
        cls = unicodedata.bidirectional(char) or "L"
        _class_cache[char] = cls
        return cls


Item = tuple[str, int, str]
"""A run of characters: (bidi class, length, the character itself for single special ones)."""

# Arabic presentation forms B from the first letter to the last lam-alef: every one of bidi
# class AL (``tests/test_typeset_first_document.py`` checks them against ``unicodedata``),
# and what arabic-reshaper turns Arabic letters into. A text made of these alone is one AL
# item, which :func:`classify` finds without reading each character's class (nearly every
# shaped word of a release). Two comparisons rather than a regular expression: nothing to
# compile when the module is imported.
_FIRST_FORM = "\ufe76"
_LAST_FORM = "\ufefc"
_SEPARATORS = frozenset(",.:\u060c")  # common separators (CS) that end a word: «الجاري،»


def arabic_letters_only(text: str) -> bool:
    """True when ``text`` is made of Arabic letters in presentation forms alone (all of
    bidi class AL): ``classify(text)`` is then ``[("AL", len(text), "")]``.
    ``arabic_letters_only("ﺑﻼﻍ")`` -> True; ``arabic_letters_only("بلاغ")`` -> False (not
    shaped: :func:`classify` reads each character)."""
    return bool(text) and _FIRST_FORM <= min(text) and max(text) <= _LAST_FORM


_WORD_ITEMS: dict[int, tuple[Item, ...]] = {}
_WORD_AND_SEPARATOR_ITEMS: dict[int, tuple[Item, ...]] = {}


def word_items(text: str) -> tuple[Item, ...] | None:
    """``tuple(classify(text))`` for a shaped word of Arabic letters alone or followed by a
    comma or a full stop (:func:`arabic_letters_only`; nearly every word of a release), one
    tuple shared by the words of a length; None for any other text.

    ``word_items("ﺑﻼﻍ،")`` -> ``(("AL", 3, ""), ("CS", 1, ""))``; ``word_items("630")`` -> None.
    """
    length = len(text)
    if arabic_letters_only(text):
        items = _WORD_ITEMS.get(length)
        if items is None:
            items = _WORD_ITEMS[length] = (("AL", length, ""),)
        return items
    if length > 1 and text[-1] in _SEPARATORS and arabic_letters_only(text[:-1]):
        items = _WORD_AND_SEPARATOR_ITEMS.get(length)
        if items is None:
            items = _WORD_AND_SEPARATOR_ITEMS[length] = (("AL", length - 1, ""), ("CS", 1, ""))
        return items
    return None


def classify(text: str) -> list[Item]:
    """Split ``text`` into runs of one bidi class; brackets and isolates stay single items.

    ``classify("(DGSN)")`` -> ``[("ON", 1, "("), ("L", 4, ""), ("ON", 1, ")")]``.
    """
    if arabic_letters_only(text):
        return [("AL", len(text), "")]
    items: list[Item] = []
    prev_cls = ""
    count = 0
    known = _class_cache
    for char in text:
        cls = known.get(char) or bidi_class(char)
        if cls == "ON" and (char in OPENING_BRACKETS or char in CLOSING_BRACKETS):
            if count:
                items.append((prev_cls, count, ""))
            items.append((cls, 1, char))
            prev_cls, count = "", 0
        elif cls in _SINGLE:
            if count:
                items.append((prev_cls, count, ""))
            items.append((cls, 1, char))
            prev_cls, count = "", 0
        elif cls == prev_cls:
            count += 1
        else:
            if count:
                items.append((prev_cls, count, ""))
            prev_cls, count = cls, 1
    if count:
        items.append((prev_cls, count, ""))
    return items


_SOFT = frozenset({"WS", "ON", "CS", "ES", "ET", "NSM", "S"})


def compact(items: Sequence[Item]) -> list[Item]:
    """Merge Arabic stretches into single items without changing any resolved level.

    Weak and neutral characters (spaces, commas, marks...) *between* two Arabic letters
    always resolve like the letters around them (rules W1-W7, N1), so «AL WS AL , AL» is one
    AL item of the summed length; brackets and format characters are never merged. A
    paragraph of plain Arabic with a few numbers shrinks to a handful of items.
    """
    out: list[Item] = []
    pending: list[Item] = []

    def push(item: Item) -> None:
        if out and not item[2] and not out[-1][2] and out[-1][0] == item[0]:
            out[-1] = (item[0], out[-1][1] + item[1], "")
        else:
            out.append(item)

    for item in items:
        cls, length, char = item
        if char:
            for held in pending:
                push(held)
            pending.clear()
            out.append(item)
        elif cls == "AL":
            if out and out[-1][0] == "AL" and not out[-1][2]:
                total = out[-1][1] + length
                for held in pending:
                    total += held[1]
                out[-1] = ("AL", total, "")
                pending.clear()
            else:
                for held in pending:
                    push(held)
                pending.clear()
                out.append(item)
        elif cls in _SOFT and out and out[-1][0] == "AL" and not out[-1][2]:
            pending.append(item)
        else:
            for held in pending:
                push(held)
            pending.clear()
            push(item)
    for held in pending:
        push(held)
    return out


def needs_resolution(items: Sequence[Item]) -> bool:
    """False when every character of a right-to-left paragraph simply takes level 1.

    That is the case without left-to-right letters, numbers or explicit formatting
    characters: every neutral then sits between right-to-left text (or the paragraph edge).
    """
    return any(item[0] in _NEEDS_RESOLUTION for item in items)


def paragraph_level(items: Sequence[Item]) -> int:
    """The level of a paragraph of unknown direction (P2-P3): 1 when it starts with Arabic.

    ``paragraph_level(classify("(DGSN) الأمن"))`` -> 0: the first strong letter is Latin.
    """
    return 1 if first_strong([item[0] for item in items]) == "R" else 0


def resolve_levels(items: Sequence[Item], base_level: int = 1) -> list[int]:
    """Return the resolved embedding level of every item (a run of equal-class characters).

    ``base_level`` is 1 for a right-to-left paragraph (Arabic), 0 for left-to-right.
    Characters removed by rule X9 (embeddings, overrides, PDF, BN) get the level of the
    character before them, so that they travel with it when the line is reordered.
    """
    classes = [item[0] for item in items]
    explicit = explicit_levels(classes, base_level)
    levels = list(explicit.levels)
    for sequence in run_sequences(classes, explicit, base_level):
        resolve_sequence(items, explicit.types, sequence, levels)
    previous = base_level
    for index, cls in enumerate(classes):
        if cls in REMOVED:
            levels[index] = previous
        else:
            previous = levels[index]
    return levels


_TRAILING = frozenset({"WS", "BN"}) | ISOLATE_INITIATORS | REMOVED | {"PDI"}


def line_levels(items: Sequence[Item], levels: Sequence[int], base_level: int) -> list[int]:
    """Rule L1 for one line: separators and the white space before them or at the end of
    the line return to the paragraph level.

    ``items`` are the line's items with their original classes, ``levels`` their resolved
    levels; the result is a new list.
    """
    out = list(levels)
    trailing = True  # the end of the line acts like a separator
    for index in range(len(items) - 1, -1, -1):
        cls = items[index][0]
        if cls in ("S", "B"):
            out[index] = base_level
            trailing = True
        elif trailing and cls in _TRAILING:
            out[index] = base_level
        else:
            trailing = False
    return out


def reorder_segments(levels: Sequence[int]) -> list[int]:
    """Visual order (L2) of segments with the given levels: indices, leftmost first.

    ``reorder_segments([1, 2, 2, 1])`` -> ``[3, 1, 2, 0]``.
    """
    order = list(range(len(levels)))
    if not order:
        return order
    highest = max(levels)
    lowest_odd = min(level for level in levels) | 1
    for level in range(highest, lowest_odd - 1, -1):
        k = 0
        size = len(order)
        while k < size:
            if levels[order[k]] >= level:
                end = k
                while end < size and levels[order[end]] >= level:
                    end += 1
                order[k:end] = order[k:end][::-1]
                k = end
            else:
                k += 1
    return order
