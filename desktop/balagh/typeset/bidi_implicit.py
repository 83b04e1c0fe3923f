"""Weak, neutral and implicit rules of UAX #9 (W1-W7, N0-N2, I1-I2) on one run sequence.

Works on *items* (runs of characters of one bidi class, see
:func:`balagh.typeset.bidi_levels.classify`) of one isolating run sequence
(:class:`balagh.typeset.bidi_explicit.RunSequence`), with the classes left by the directional
overrides. Example: in a right-to-left sequence «AL WS EN», W2 turns the number into an
Arabic number and I1 raises it to level 2, while the letters and the space stay at level 1.
"""

from __future__ import annotations

from collections.abc import Sequence

from balagh.typeset.bidi_explicit import ISOLATE_INITIATORS, RunSequence

Item = tuple[str, int, str]

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

_NEUTRAL = frozenset({"B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"})
_STRONG_FOR_N = {"L": "L", "R": "R", "EN": "R", "AN": "R"}


def _direction(level: int) -> str:
    return "R" if level & 1 else "L"


def resolve_sequence(
    items: Sequence[Item], classes: Sequence[str], sequence: RunSequence, levels: list[int]
) -> None:
    """Resolve the levels of the items of one isolating run sequence into ``levels``.

    ``classes`` are the items' classes after the directional overrides (X6).
    """
    seq = sequence.indices
    types = [classes[i] for i in seq]
    _weak_types(types, [items[i][1] for i in seq], sequence.sos)
    embedding = _direction(sequence.level)
    _resolve_brackets(items, seq, types, sequence.sos, embedding)
    _neutral_types(types, sequence.sos, sequence.eos, embedding)
    _implicit_levels(types, seq, sequence.level, levels)


def _weak_types(types: list[str], lengths: Sequence[int], sos: str) -> None:
    """Rules W1-W7 on the classes of one sequence, in place."""
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


def _neutral_types(types: list[str], sos: str, eos: str, embedding: str) -> None:
    """N1-N2: neutrals between two strong types of the same direction take it."""
    size = len(types)
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


def _implicit_levels(types: list[str], seq: list[int], level: int, levels: list[int]) -> None:
    """I1-I2: the final level of each item from its resolved class."""
    odd = level & 1
    for k in range(len(types)):
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
