"""Explicit levels and isolating run sequences (UAX #9 rules P2-P3, X1-X10).

The input is a list of bidi classes, one per *item* (a run of characters of one class, see
:func:`balagh.typeset.bidi_levels.classify`; every explicit formatting character is an item
of its own). The output tells, for each item, its embedding level and its class after the
directional overrides, and groups the items into the isolating run sequences that the weak,
neutral and implicit rules then resolve one at a time.

Example: for the classes ``["R", "LRO", "R", "PDF"]`` in a left-to-right paragraph,
:func:`explicit_levels` gives the levels ``[0, 0, 2, 2]`` and the classes
``["R", "LRO", "L", "PDF"]``: the override makes the second Hebrew or Arabic run
left-to-right at level 2.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

ISOLATE_INITIATORS = frozenset({"LRI", "RLI", "FSI"})
EMBEDDING_INITIATORS = frozenset({"LRE", "RLE", "LRO", "RLO"})
# Characters removed by rule X9: they take no part in the resolution.
REMOVED = frozenset({"BN", "LRE", "RLE", "LRO", "RLO", "PDF"})
MAX_DEPTH = 125


def first_strong(classes: Sequence[str], start: int = 0, *, isolate: bool = False) -> str:
    """"L" or "R" for the first strong class after ``start``, skipping isolates (P2).

    For the content of an isolate (``isolate=True``, an FSI at ``start - 1``) the search
    stops at the PDI closing it; with no strong class the answer is "L" (P3):
    ``first_strong(["ON", "AL", "L"])`` -> "R".
    """
    depth = 0
    for cls in classes[start:]:
        if cls in ISOLATE_INITIATORS:
            depth += 1
        elif cls == "PDI":
            if depth == 0 and isolate:
                break
            depth = max(depth - 1, 0)
        elif depth == 0 and cls in ("L", "R", "AL"):
            return "L" if cls == "L" else "R"
    return "L"


@dataclass(slots=True)
class Explicit:
    """What rules X1-X8 tell about each item of a paragraph."""

    levels: list[int]
    """Embedding level of each item."""
    types: list[str]
    """Bidi class of each item after directional overrides (X6)."""
    matching_pdi: dict[int, int]
    """Index of the PDI closing each isolate initiator that opened an isolate (BD9)."""


class _Stack:
    """The directional status stack of rules X1-X8 with its overflow counters."""

    def __init__(self, base_level: int) -> None:
        self.levels = [base_level]
        self.overrides = [""]
        self.isolates = [False]
        self.overflow_isolates = 0
        self.overflow_embeddings = 0
        self.valid_isolates = 0

    def push(self, rtl: bool, override: str, isolate: bool) -> bool:
        """Open an embedding or an isolate (X2-X5c); False when it overflows."""
        current = self.levels[-1]
        level = (current + 1) | 1 if rtl else (current + 2) & ~1
        if level <= MAX_DEPTH and not self.overflow_isolates and not self.overflow_embeddings:
            self.levels.append(level)
            self.overrides.append(override)
            self.isolates.append(isolate)
            self.valid_isolates += isolate
            return True
        if isolate:
            self.overflow_isolates += 1
        elif not self.overflow_isolates:
            self.overflow_embeddings += 1
        return False

    def close_isolate(self) -> bool:
        """Close the innermost isolate at a PDI (X6a); True when it matched a valid one."""
        if self.overflow_isolates:
            self.overflow_isolates -= 1
            return False
        if not self.valid_isolates:
            return False
        self.overflow_embeddings = 0
        while not self.isolates[-1]:
            self._pop()
        self._pop()
        self.valid_isolates -= 1
        return True

    def close_embedding(self) -> None:
        """Close the innermost embedding or override at a PDF (X7)."""
        if self.overflow_isolates:
            return
        if self.overflow_embeddings:
            self.overflow_embeddings -= 1
        elif not self.isolates[-1] and len(self.levels) >= 2:
            self._pop()

    def _pop(self) -> None:
        self.levels.pop()
        self.overrides.pop()
        self.isolates.pop()


def explicit_levels(classes: Sequence[str], base_level: int) -> Explicit:
    """Rules X1-X8: embedding levels and overridden classes of the items of one paragraph."""
    count = len(classes)
    levels = [base_level] * count
    types = list(classes)
    matching_pdi: dict[int, int] = {}
    stack = _Stack(base_level)
    open_isolates: list[int] = []
    for index, cls in enumerate(classes):
        if cls in EMBEDDING_INITIATORS:
            levels[index] = stack.levels[-1]
            override = "L" if cls == "LRO" else "R" if cls == "RLO" else ""
            stack.push(cls in ("RLE", "RLO"), override, False)
        elif cls in ISOLATE_INITIATORS:
            levels[index] = stack.levels[-1]
            if stack.overrides[-1]:
                types[index] = stack.overrides[-1]
            rtl = cls == "RLI" or (
                cls == "FSI" and first_strong(classes, index + 1, isolate=True) == "R"
            )
            if stack.push(rtl, "", True):
                open_isolates.append(index)
        elif cls == "PDI":
            if stack.close_isolate():
                matching_pdi[open_isolates.pop()] = index
            levels[index] = stack.levels[-1]
            if stack.overrides[-1]:
                types[index] = stack.overrides[-1]
        elif cls == "PDF":
            levels[index] = stack.levels[-1]
            stack.close_embedding()
        elif cls == "B":
            levels[index] = base_level  # X8: a paragraph separator ends everything
        else:
            levels[index] = stack.levels[-1]
            if stack.overrides[-1] and cls != "BN":
                types[index] = stack.overrides[-1]
    return Explicit(levels, types, matching_pdi)


@dataclass(slots=True)
class RunSequence:
    """One isolating run sequence (BD13): its items, level and start and end types."""

    indices: list[int]
    level: int
    sos: str
    eos: str


def _direction(level: int) -> str:
    return "R" if level & 1 else "L"


def run_sequences(
    classes: Sequence[str], explicit: Explicit, base_level: int
) -> list[RunSequence]:
    """Rules X9-X10: the isolating run sequences of the items not removed by X9."""
    levels = explicit.levels
    matching = explicit.matching_pdi
    kept = [i for i, cls in enumerate(classes) if cls not in REMOVED]
    runs: list[list[int]] = []
    for index in kept:
        if runs and levels[runs[-1][-1]] == levels[index]:
            runs[-1].append(index)
        else:
            runs.append([index])
    run_of_start = {run[0]: run for run in runs}
    matched_pdis = set(matching.values())
    position = {index: pos for pos, index in enumerate(kept)}
    sequences: list[RunSequence] = []
    for run in runs:
        if run[0] in matched_pdis:
            continue  # continues the sequence of its initiator
        indices = list(run)
        while indices[-1] in matching:
            nxt = run_of_start.get(matching[indices[-1]])
            if nxt is None:
                break
            indices.extend(nxt)
        first, last = indices[0], indices[-1]
        level = levels[first]
        pos_first = position[first]
        before = levels[kept[pos_first - 1]] if pos_first > 0 else base_level
        pos_last = position[last]
        if classes[last] in ISOLATE_INITIATORS or pos_last + 1 >= len(kept):
            after = base_level
        else:
            after = levels[kept[pos_last + 1]]
        sos = _direction(max(before, level))
        eos = _direction(max(after, levels[last]))
        sequences.append(RunSequence(indices, level, sos, eos))
    return sequences
