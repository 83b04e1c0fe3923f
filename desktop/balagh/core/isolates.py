"""Directional isolates: keeping a left-to-right fragment whole inside Arabic text."""

from __future__ import annotations

LRI = "\u2066"  # left-to-right isolate
PDI = "\u2069"  # pop directional isolate


def ltr(text: str) -> str:
    """Mark ``text`` as one left-to-right unit inside Arabic (a left-to-right isolate); the
    one way Balagh writes LRI … PDI. An empty text stays empty (no empty isolate).

    ``ltr("CNDH-2023")`` keeps «CNDH-2023» as written whatever surrounds it; a path such as
    «/tmp/nope/dir» would otherwise be shown as «tmp/nope/dir/» in a right-to-left line.

    >>> ltr("/tmp/x") == "\\u2066/tmp/x\\u2069", ltr("")
    (True, '')
    """
    return LRI + text + PDI if text else ""
