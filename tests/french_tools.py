"""Shared by the French release tests: the editions, a bilingual draft, text readers."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import unicodedata
from pathlib import Path

from balagh.assets import read_text
from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.interchange import loads_editions
from balagh.core.model import Edition, Language, Release, ReleaseKind
from balagh.documents import draft_release
from balagh.documents.release_french import draft_french
from balagh.settings import Settings

AGADIR = Path(__file__).parent / "data" / "agadir2024_edition.json"


def editions() -> list[Edition]:
    """The demo editions, and Agadir 2024 (figures from editions_found.json) when the demo
    has no 5th edition."""
    demo = loads_editions(read_text("demo", "editions.json"), list(DEFAULT_BY_KEY))
    agadir = loads_editions(AGADIR.read_text(encoding="utf-8"), list(DEFAULT_BY_KEY))
    numbers = {e.number for e in demo}
    return [*demo, *(e for e in agadir if e.number not in numbers)]


def bilingual_draft(edition: Edition, all_editions: list[Edition],
                    kind: ReleaseKind = ReleaseKind.CLOSING,
                    day: dt.date | None = None) -> Release:
    release = draft_release(edition, all_editions, DEFAULT_BY_KEY, Settings(), kind=kind,
                            release_date=day)
    french = draft_french(edition, all_editions, DEFAULT_BY_KEY, Settings(),
                          release_date=release.date, kind=kind)
    release.versions[Language.FR] = french.version
    return release


def flat(text: str) -> str:
    """NFKC (no-break spaces become spaces) and runs of white space as one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def pdftotext(pdf: bytes, tmp: Path) -> str:
    path = tmp / "read.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def pymupdf_text(pdf: bytes) -> str:
    import pymupdf

    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        flags = pymupdf.TEXTFLAGS_TEXT | pymupdf.TEXT_DEHYPHENATE
        return "\n".join(page.get_text("text", flags=flags) for page in doc)
