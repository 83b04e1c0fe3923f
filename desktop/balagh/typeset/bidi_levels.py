"""Embedding levels of one paragraph (Unicode Bidirectional Algorithm, UAX #9).

python-bidi's Rust core returns only a display string (it neither mirrors brackets nor tells
which character went where), and its pure-Python algorithm is slow and predates bracket
pairs and isolates. Typesetting needs the *levels* of every character, to reorder lines that
were broken in logical order and that mix fonts, sizes and colours. This module computes
them for one paragraph, on runs of characters of the same bidi class (an Arabic word is one
run), which keeps it fast in Python.

Implemented: isolates (LRI, RLI, FSI ... PDI) with isolating run sequences, the weak rules
W1-W7, bracket pairs N0 (BD16), neutrals N1-N2 and implicit levels I1-I2. Embeddings and
overrides (LRE, RLE, LRO, RLO, PDF) are treated as removed format characters (X9): Balagh
never produces them and isolates are the recommended replacement.

Example: ``resolve_levels("تسجيل 465 متبرعا", 1)`` gives level 1 for the Arabic letters and
the spaces and level 2 for «465», so the number stays left-to-right inside the line.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

# Closing bracket of each opening bracket (Bidi_Paired_Bracket, the pairs met in practice).
OPENING_BRACKETS: dict[str, str] = {
    "(": ")",
    "[": "]",
    "{": "}",
    "\u2045": "\u2046",
    "\u207d": "\u207e",
    "\u208d": "\u208e",
    "\u2308": "\u2309",
    "\u230a": "\u230b",
    "\u2329": "\u232a",
    "\u3008": "\u3009",
    "\u300a": "\u300b",
    "\u3010": "\u3011",
    "\u2768": "\u2769",
    "\u276a": "\u276b",
    "\u27e6": "\u27e7",
    "\u27e8": "\u27e9",
    "\ufe59": "\ufe5a",
    "\uff08": "\uff09",
    "\uff3b": "\uff3d",
}
CLOSING_BRACKETS: dict[str, str] = {v: k for k, v in OPENING_BRACKETS.items()}
# Canonically equivalent brackets match each other (BD16).
_BRACKET_ALIAS = {"\u2329": "\u3008", "\u232a": "\u3009"}

ISOLATE_INITIATORS = frozenset({"LRI", "RLI", "FSI"})
_REMOVED = frozenset({"BN", "LRE", "RLE", "LRO", "RLO", "PDF"})
_NEUTRAL = frozenset({"B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"})
_STRONG_FOR_N = {"L": "L", "R": "R", "EN": "R", "AN": "R"}
_MAX_DEPTH = 125

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


def classify(text: str) -> list[Item]:
    """Split ``text`` into runs of one bidi class; brackets and isolates stay single items.

    ``classify("(DGSN)")`` -> ``[("ON", 1, "("), ("L", 4, ""), ("ON", 1, ")")]``.
    """
    items: list[Item] = []
    prev_cls = ""
    count = 0
    for char in text:
        cls = bidi_class(char)
        if cls == "ON" and (char in OPENING_BRACKETS or char in CLOSING_BRACKETS):
            if count:
                items.append((prev_cls, count, ""))
            items.append((cls, 1, char))
            prev_cls, count = "", 0
        elif cls in ISOLATE_INITIATORS or cls == "PDI" or cls in _REMOVED:
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
    for cls, _n, _c in items:
        if cls in ("L", "EN", "AN", "LRI", "RLI", "FSI", "PDI", "NSM"):
            return True
    return False


def _direction(level: int) -> str:
    return "R" if level & 1 else "L"


def _first_strong(items: Sequence[Item], start: int) -> str:
    """Direction of the first strong character after ``start`` up to the matching PDI (P2)."""
    depth = 0
    for cls, _n, _c in items[start:]:
        if cls in ISOLATE_INITIATORS:
            depth += 1
        elif cls == "PDI":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and cls in ("L", "R", "AL"):
            return "L" if cls == "L" else "R"
    return "L"


def resolve_levels(items: Sequence[Item], base_level: int = 1) -> list[int]:
    """Return the resolved embedding level of every item (a run of equal-class characters).

    ``base_level`` is 1 for a right-to-left paragraph (Arabic), 0 for left-to-right.
    Removed format characters get the level of the character before them.
    """
    count = len(items)
    classes = [item[0] for item in items]
    levels = [base_level] * count
    removed = [cls in _REMOVED for cls in classes]
    matching_pdi: dict[int, int] = {}

    # X1-X8 restricted to isolates.
    stack: list[int] = [base_level]
    initiator_stack: list[int] = []
    overflow = 0
    for index, cls in enumerate(classes):
        current = stack[-1]
        if cls in ISOLATE_INITIATORS:
            levels[index] = current
            direction = "R" if cls == "RLI" else "L"
            if cls == "FSI":
                direction = _first_strong(items, index + 1)
            new = (current + 1) | 1 if direction == "R" else (current + 2) & ~1
            if new <= _MAX_DEPTH and overflow == 0:
                stack.append(new)
                initiator_stack.append(index)
            else:
                overflow += 1
        elif cls == "PDI":
            if overflow:
                overflow -= 1
            elif initiator_stack:
                matching_pdi[initiator_stack.pop()] = index
                stack.pop()
            levels[index] = stack[-1]
        else:
            levels[index] = current

    # X10: level runs chained into isolating run sequences.
    kept = [i for i in range(count) if not removed[i]]
    runs: list[list[int]] = []
    for index in kept:
        if runs and levels[runs[-1][-1]] == levels[index]:
            last = runs[-1][-1]
            if not (classes[last] in ISOLATE_INITIATORS and last in matching_pdi):
                runs[-1].append(index)
                continue
        runs.append([index])
    run_of_start = {run[0]: run for run in runs}
    matched_pdis = set(matching_pdi.values())
    position = {index: pos for pos, index in enumerate(kept)}
    for run in runs:
        if run[0] in matched_pdis:
            continue  # continues the sequence of its initiator
        sequence = list(run)
        while classes[sequence[-1]] in ISOLATE_INITIATORS and sequence[-1] in matching_pdi:
            nxt = run_of_start.get(matching_pdi[sequence[-1]])
            if nxt is None:
                break
            sequence.extend(nxt)
        first, last = sequence[0], sequence[-1]
        level = levels[first]
        pos_first = position[first]
        before = levels[kept[pos_first - 1]] if pos_first > 0 else base_level
        sos = _direction(max(before, level))
        pos_last = position[last]
        if classes[last] in ISOLATE_INITIATORS or pos_last + 1 >= len(kept):
            after = base_level
        else:
            after = levels[kept[pos_last + 1]]
        eos = _direction(max(after, levels[last]))
        _resolve_sequence(items, sequence, level, sos, eos, levels)

    # Removed characters take the level of what precedes them.
    previous = base_level
    for index in range(count):
        if removed[index]:
            levels[index] = previous
        else:
            previous = levels[index]
    return levels


def _resolve_sequence(
    items: Sequence[Item], seq: list[int], level: int, sos: str, eos: str, levels: list[int]
) -> None:
    types = [items[i][0] for i in seq]
    lengths = [items[i][1] for i in seq]
    size = len(types)

    # W1: non-spacing marks take the type of what precedes them.
    prev = sos
    for k in range(size):
        if types[k] == "NSM":
            types[k] = "ON" if prev in ISOLATE_INITIATORS or prev == "PDI" else prev
        prev = types[k]
    # W2: European numbers after Arabic letters become Arabic numbers.
    last_strong = sos
    for k in range(size):
        t = types[k]
        if t in ("L", "R", "AL"):
            last_strong = t
        elif t == "EN" and last_strong == "AL":
            types[k] = "AN"
    # W3
    for k in range(size):
        if types[k] == "AL":
            types[k] = "R"
    # W4: a single separator between two numbers of the same type.
    for k in range(1, size - 1):
        t = types[k]
        if lengths[k] == 1 and t in ("ES", "CS"):
            left, right = types[k - 1], types[k + 1]
            if left == "EN" and right == "EN":
                types[k] = "EN"
            elif t == "CS" and left == "AN" and right == "AN":
                types[k] = "AN"
    # W5: terminators next to European numbers.
    k = 0
    while k < size:
        if types[k] == "ET":
            end = k
            while end < size and types[end] == "ET":
                end += 1
            if (k > 0 and types[k - 1] == "EN") or (end < size and types[end] == "EN"):
                for j in range(k, end):
                    types[j] = "EN"
            k = end
        else:
            k += 1
    # W6
    for k in range(size):
        if types[k] in ("ES", "ET", "CS"):
            types[k] = "ON"
    # W7: European numbers after left-to-right text are left-to-right.
    last_strong = sos
    for k in range(size):
        t = types[k]
        if t in ("L", "R"):
            last_strong = t
        elif t == "EN" and last_strong == "L":
            types[k] = "L"

    embedding = _direction(level)
    _resolve_brackets(items, seq, types, sos, embedding)

    # N1/N2: neutrals between two strong types of the same direction take it.
    k = 0
    while k < size:
        if types[k] in _NEUTRAL:
            end = k
            while end < size and types[end] in _NEUTRAL:
                end += 1
            before = _STRONG_FOR_N.get(types[k - 1], embedding) if k > 0 else sos
            after = _STRONG_FOR_N.get(types[end], embedding) if end < size else eos
            resolved = before if before == after else embedding
            for j in range(k, end):
                types[j] = resolved
            k = end
        else:
            k += 1

    # I1/I2
    odd = level & 1
    for k in range(size):
        t = types[k]
        if odd:
            levels[seq[k]] = level + 1 if t in ("L", "EN", "AN") else level
        elif t == "R":
            levels[seq[k]] = level + 1
        elif t in ("AN", "EN"):
            levels[seq[k]] = level + 2
        else:
            levels[seq[k]] = level


def _resolve_brackets(
    items: Sequence[Item], seq: list[int], types: list[str], sos: str, embedding: str
) -> None:
    """N0: paired brackets take the direction of their content or context (BD16)."""
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for k, index in enumerate(seq):
        char = items[index][2]
        if not char or types[k] != "ON":
            continue
        if char in OPENING_BRACKETS:
            if len(stack) >= 63:
                break
            closing = OPENING_BRACKETS[char]
            stack.append((_BRACKET_ALIAS.get(closing, closing), k))
        elif char in CLOSING_BRACKETS:
            wanted = _BRACKET_ALIAS.get(char, char)
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == wanted:
                    pairs.append((stack[depth][1], k))
                    del stack[depth:]
                    break
    if not pairs:
        return
    pairs.sort()
    opposite = "L" if embedding == "R" else "R"
    for open_k, close_k in pairs:
        found_opposite = False
        resolved = ""
        for k in range(open_k + 1, close_k):
            strong = _STRONG_FOR_N.get(types[k])
            if strong == embedding:
                resolved = embedding
                break
            if strong == opposite:
                found_opposite = True
        if not resolved and found_opposite:
            context = sos
            for k in range(open_k - 1, -1, -1):
                strong = _STRONG_FOR_N.get(types[k])
                if strong:
                    context = strong
                    break
            resolved = opposite if context == opposite else embedding
        if resolved:
            for k in (open_k, close_k):
                types[k] = resolved
                j = k + 1
                while j < len(types) and items[seq[j]][0] == "NSM":
                    types[j] = resolved
                    j += 1


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
