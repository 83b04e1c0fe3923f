"""The office's published releases (tests/data/releases/, copied from the shared data with
their sources): the passages quoted «…», split into sentences, for comparing drafts."""

from __future__ import annotations

import re
from pathlib import Path

RELEASES = Path(__file__).parent / "data" / "releases"


def quotes(name: str, after: str = "") -> list[str]:
    """The «…» passages of ``name`` that come after the line starting with ``after``."""
    text = (RELEASES / name).read_text(encoding="utf-8")
    if after:
        text = text[text.index(after):]
    return re.findall(r"«(.*?)»", text, flags=re.S)


def sentences(passage: str) -> list[str]:
    """A passage cut at its full stops (the truncated end «…[…]» left out)."""
    parts = [p.strip() for p in re.split(r"(?<=\.)\s+", passage.strip())]
    return [p for p in parts if p and "[" not in p]
