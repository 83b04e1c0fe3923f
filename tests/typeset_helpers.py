"""Shared helpers for the typesetting tests: the seed release and small document builders."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from balagh.typeset.paragraph import RtlParagraph

DATA = Path(__file__).parent / "data"


def seed_paragraphs() -> list[str]:
    """The eight paragraphs of the Fez 2023 release (lines 2..9 of the seed file)."""
    text = (DATA / "seed_release.txt").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip()]


def build_plain(
    flowables: Sequence[Flowable],
    *,
    frame_width: float = A4[0] - 4 * 28.35,
    frame_height: float = A4[1] - 4 * 28.35,
) -> bytes:
    """A4 pages with one frame (2 cm margins by default) and nothing else on the page."""
    buffer = io.BytesIO()
    left = (A4[0] - frame_width) / 2
    bottom = A4[1] - 2 * 28.35 - frame_height
    frame = Frame(left, bottom, frame_width, frame_height, 0, 0, 0, 0, id="body")
    doc = BaseDocTemplate(buffer, pagesize=A4)
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame])])
    doc.build(list(flowables))
    return buffer.getvalue()


def frame_edges(frame_width: float = A4[0] - 4 * 28.35) -> tuple[float, float]:
    """x of the left and right edges of the frame used by :func:`build_plain`."""
    left = (A4[0] - frame_width) / 2
    return left, left + frame_width


def split_by_counts(
    lines: list[str], paragraphs: Sequence[RtlParagraph], width: float
) -> list[str]:
    """Re-join read-back lines into paragraphs using each paragraph's line count."""
    joined: list[str] = []
    position = 0
    for paragraph in paragraphs:
        count = paragraph.line_count(width)
        joined.append(" ".join(lines[position : position + count]))
        position += count
    assert position == len(lines), "more lines were read back than were set"
    return joined
