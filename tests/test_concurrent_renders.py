"""PDFs rendered on several threads at once are the PDFs rendered one after the other.

The window renders its preview on a worker thread while an export may render another
document: the fonts are registered once per process and shared. reportlab cut the subsets
of two documents out of the same parsed font through one shared read position, which gave
an IndexError in ``makeSubset`` now and then (or glyphs read from the wrong place).
"""

from __future__ import annotations

import datetime as dt
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from balagh.core.model import Release, ReleaseKind
from balagh.documents.release.pdf import render_release_pdf
from balagh.platform.settings import Settings

SEED = Path(__file__).parent / "data" / "seed_release.txt"
# What differs between two renders of the same release: the dates and the file identifier.
STAMPS = re.compile(rb"/(CreationDate|ModDate) \(D:[^)]*\)|/ID\s*\[[^\]]*\]")


def _releases(count: int) -> list[Release]:
    """``count`` different releases: the Fez paragraphs rotated, a numbered paragraph
    with brackets and a phone number added, so every document has subsets of its own."""
    paragraphs = [p for p in SEED.read_text(encoding="utf-8").splitlines() if p.strip()]
    out = []
    for index in range(count):
        rotated = paragraphs[index:] + paragraphs[:index]
        extra = f"فقرة رقم {index + 1} «(DGSN)» ورقم الاستعلام 0537 72 19 0{index}"
        out.append(Release(4, ReleaseKind.CLOSING, "بلاغ", "فاس", dt.date(2023, 5, 22),
                           [*rotated[: 3 + index], extra]))
    return out


def _without_stamps(pdf: bytes) -> bytes:
    return STAMPS.sub(b"", pdf)


def test_releases_rendered_together_equal_those_rendered_in_turn() -> None:
    settings = Settings()
    releases = _releases(6)
    serial = [_without_stamps(render_release_pdf(release, settings)) for release in releases]
    assert len(set(serial)) == len(serial)  # six different documents
    for _round in range(4):
        with ThreadPoolExecutor(max_workers=len(releases)) as pool:
            rendered = list(pool.map(lambda r: render_release_pdf(r, settings), releases))
        assert [_without_stamps(pdf) for pdf in rendered] == serial
