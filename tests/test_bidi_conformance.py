"""Conformance of ``typeset/bidi_levels`` with Unicode's own bidi test files (UAX #9).

Debian's ``unicode-data`` package (installed by the README's test command) puts
``BidiCharacterTest.txt`` (91,707 paragraphs of real characters: brackets, isolates,
embeddings, overrides) and ``BidiTest.txt`` (sequences of bidi classes, each with up to three
paragraph directions) under ``/usr/share/unicode/``. Every case is checked for its resolved
levels (rule L1 applied, one line) and its visual order (L2).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from balagh.typeset.bidi_explicit import REMOVED
from balagh.typeset.bidi_levels import (
    Item,
    classify,
    compact,
    line_levels,
    paragraph_level,
    reorder_segments,
    resolve_levels,
)

UNICODE_DATA = Path("/usr/share/unicode")
CHARACTER_TEST = UNICODE_DATA / "BidiCharacterTest.txt"
CLASS_TEST = UNICODE_DATA / "BidiTest.txt"
CLASS_TEST_CHUNKS = 4


def character_levels(items: Sequence[Item], base_level: int) -> list[int | None]:
    """Level of every character after L1, None for the characters removed by X9."""
    levels = line_levels(items, resolve_levels(items, base_level), base_level)
    out: list[int | None] = []
    for (cls, length, _char), level in zip(items, levels, strict=True):
        out.extend([None if cls in REMOVED else level] * length)
    return out


def visual_order(levels: Sequence[int | None]) -> list[int]:
    """Indices of the kept characters, leftmost first (L2)."""
    kept = [index for index, level in enumerate(levels) if level is not None]
    order = reorder_segments([levels[index] or 0 for index in kept])
    return [kept[k] for k in order]


def parse_levels(field: str) -> list[int | None]:
    return [None if token == "x" else int(token) for token in field.split()]


def character_cases() -> Iterator[tuple[int, str]]:
    with CHARACTER_TEST.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip() and not line.startswith("#"):
                yield number, line


def check_character_case(line: str) -> str:
    """An empty string when the case passes, else what went wrong."""
    codes, direction, paragraph, levels_field, order_field = line.rstrip("\n").split(";")
    text = "".join(chr(int(code, 16)) for code in codes.split())
    items = classify(text)
    base = paragraph_level(items) if direction == "2" else int(direction)
    if base != int(paragraph):
        return f"paragraph level {base}, expected {paragraph}"
    levels = character_levels(items, base)
    if levels != parse_levels(levels_field):
        return f"levels {levels}, expected {levels_field}"
    if visual_order(levels) != [int(token) for token in order_field.split()]:
        return f"order {visual_order(levels)}, expected {order_field}"
    if character_levels(compact(items), base) != levels:
        return "compacted items resolve differently"
    return ""


def test_every_case_of_bidi_character_test_passes() -> None:
    failures: list[str] = []
    count = 0
    for number, line in character_cases():
        count += 1
        problem = check_character_case(line)
        if problem:
            failures.append(f"line {number}: {problem}")
    assert count == 91_707
    assert not failures, f"{len(failures)} failures, first: " + "\n".join(failures[:10])


def test_embeddings_and_overrides_are_resolved() -> None:
    # «abc» forced right-to-left by RLO ... PDF inside a left-to-right paragraph.
    items = classify("x\u202eabc\u202cy")
    assert character_levels(items, 0) == [0, None, 1, 1, 1, None, 0]
    assert visual_order(character_levels(items, 0)) == [0, 4, 3, 2, 6]


def class_cases(chunk: int) -> Iterator[tuple[int, list[str], list[int | None], list[int], int]]:
    """Cases of BidiTest.txt: line, classes, levels, order, paragraph-direction bitset."""
    levels: list[int | None] = []
    order: list[int] = []
    with CLASS_TEST.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@Levels:"):
                levels = parse_levels(line[len("@Levels:") :])
            elif line.startswith("@Reorder:"):
                order = [int(token) for token in line[len("@Reorder:") :].split()]
            elif not line.startswith("@") and number % CLASS_TEST_CHUNKS == chunk:
                classes, bitset = line.split(";")
                yield number, classes.split(), levels, order, int(bitset, 16)


@pytest.mark.parametrize("chunk", range(CLASS_TEST_CHUNKS))
def test_every_case_of_bidi_test_passes(chunk: int) -> None:
    failures: list[str] = []
    count = 0
    for number, classes, expected, order, bitset in class_cases(chunk):
        items: list[Item] = [(cls, 1, "") for cls in classes]
        for bit, base in ((1, -1), (2, 0), (4, 1)):
            if not bitset & bit:
                continue
            count += 1
            level = paragraph_level(items) if base < 0 else base
            levels = character_levels(items, level)
            if levels != expected or visual_order(levels) != order:
                failures.append(f"line {number} base {base}: {classes} -> {levels}")
    assert count > 0
    assert not failures, f"{len(failures)} failures, first: " + "\n".join(failures[:10])
