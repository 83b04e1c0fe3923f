"""Shared by the French release tests: the editions, a bilingual draft, text readers."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import unicodedata
from pathlib import Path

from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.interchange import loads_editions
from balagh.core.model import Edition, Language, Release, ReleaseKind
from balagh.documents.release.draft import draft_release
from balagh.documents.release.french import draft_french
from balagh.platform.assets import read_text
from balagh.platform.settings import Settings

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


#: The body of a French release page (PDF points from the top of an A4 page): below the
#: letterhead, above the footer; the date line and the title are in it.
BODY_TOP, BODY_BOTTOM = 85.0, 790.0


def _join_pages(pages: list[str]) -> str:
    """The pages' bodies one after the other; a word hyphenated at the foot of a page is
    joined with its end at the top of the next."""
    joined = ""
    for page in pages:
        page = page.strip()
        joined = joined[:-1] + page if joined.endswith("-") else f"{joined}\n{page}"
    return joined


def pdftotext_body(pdf: bytes, tmp: Path) -> str:
    """pdftotext of each page's body, the pages joined: a paragraph continued on the next
    page reads on."""
    import pymupdf

    path = tmp / "body.pdf"
    path.write_bytes(pdf)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        count, width = doc.page_count, doc[0].rect.width
    pages = [subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-f", str(n), "-l", str(n), "-x", "0",
         "-y", str(int(BODY_TOP)), "-W", str(int(width)), "-H", str(int(BODY_BOTTOM - BODY_TOP)),
         str(path), "-"], check=True, capture_output=True, text=True).stdout
        for n in range(1, count + 1)]
    return _join_pages(pages)


def pymupdf_body(pdf: bytes) -> str:
    """PyMuPDF's text of each page's body (dehyphenated), the pages joined."""
    import pymupdf

    flags = pymupdf.TEXTFLAGS_TEXT | pymupdf.TEXT_DEHYPHENATE
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return _join_pages([
            page.get_text("text", flags=flags,
                          clip=pymupdf.Rect(0, BODY_TOP, page.rect.width, BODY_BOTTOM))
            for page in doc])
