"""The text that real PDF readers return, for tests: pdf.js, poppler's pdftotext, PyMuPDF,
PDFium.

pdf.js is Firefox's reader (and most web viewers'); it runs on Debian's ``nodejs`` from the
npm package pinned in ``tests/readers/package.json`` (installed by the README's test command:
``npm ci --prefix tests/readers``). pdftotext is Debian's poppler-utils (Evince, Okular);
PyMuPDF is MuPDF (SumatraPDF); pypdfium2 is PDFium (Chrome's and Edge's reader), kept out
of :func:`all_readers` because it reverses Latin runs inside Arabic lines (URLs) and the
brackets around them, for WeasyPrint's PDFs as for Balagh's. Nothing here normalises what a
reader returns.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pymupdf

READERS_DIR = Path(__file__).parent / "readers"
PRESENTATION_FORMS = [(0xFB50, 0xFDFF), (0xFE70, 0xFEFF)]


@dataclass(frozen=True)
class PdfJsText:
    """What pdf.js's getTextContent returns: items per page, the text, the metadata."""

    pages: list[list[dict[str, object]]]
    text: str
    title: str | None
    lang: str | None


def pdfjs(pdf: Path) -> PdfJsText:
    """Text and metadata of ``pdf`` as pdf.js reads them (items joined as its text layer)."""
    script = READERS_DIR / "pdfjs_text.mjs"
    if not (READERS_DIR / "node_modules" / "pdfjs-dist").is_dir():
        raise RuntimeError("pdf.js missing: run `npm ci --prefix tests/readers` (README)")
    done = subprocess.run(
        ["node", str(script), str(pdf)], capture_output=True, text=True, check=True, timeout=120
    )
    data = json.loads(done.stdout)
    return PdfJsText(
        pages=[page["items"] for page in data["pages"]],
        text="\n".join(page["text"] for page in data["pages"]),
        title=data["title"],
        lang=data["lang"],
    )


def pdftotext(pdf: Path) -> str:
    """poppler's ``pdftotext -enc UTF-8`` output (with the bidi marks poppler adds)."""
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True, text=True, check=True, timeout=120,
    )
    return done.stdout


def mupdf(pdf: Path) -> str:
    """PyMuPDF's ``page.get_text()`` for every page."""
    with pymupdf.open(pdf) as document:
        return "\n".join(page.get_text() for page in document)


def pdfium(pdf: Path) -> str:
    """PDFium's text of every page (``get_text_bounded``; lines end in CR LF)."""
    import pypdfium2  # only the tests that read with PDFium load it

    document = pypdfium2.PdfDocument(pdf)
    try:
        return "\n".join(page.get_textpage().get_text_bounded() for page in document)
    finally:
        document.close()


def all_readers(pdf: Path) -> dict[str, str]:
    """{"pdf.js": ..., "pdftotext": ..., "PyMuPDF": ...} for ``pdf``."""
    return {"pdf.js": pdfjs(pdf).text, "pdftotext": pdftotext(pdf), "PyMuPDF": mupdf(pdf)}


def presentation_forms(text: str) -> list[str]:
    """The Arabic presentation-form characters in ``text`` (none in a good PDF's text)."""
    return [c for c in text if any(lo <= ord(c) <= hi for lo, hi in PRESENTATION_FORMS)]


def words(text: str) -> list[str]:
    """``text`` cut at white space (line breaks included), nothing else changed."""
    return text.split()


def search_terms(paragraphs: list[str]) -> set[str]:
    """Every word of the paragraphs as a reader would type it in a search box: the tokens
    between spaces without the punctuation that follows or precedes them."""
    return {token.strip("،.؛:,!؟") for text in paragraphs for token in text.split()} - {""}
