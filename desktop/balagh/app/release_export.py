"""Exporting a release for editors and the website: DOCX, plain text, HTML (and the clipboard).

The command line (``balagh release docx|text``) and the release tab call these; both get
the same bytes. Files are checked before any work and written whole or not at all.

``export_release(release, settings, ExportFormat.DOCX, Path("بلاغ.docx"))`` -> bytes written;
``clipboard_texts(release, settings)`` -> (plain text, HTML fragment) for the clipboard.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from balagh.core.model import Release
from balagh.platform.files import check_output_path, write_file_atomically
from balagh.platform.settings import Settings


class ExportFormat(StrEnum):
    """The formats a release is exported to."""

    DOCX = "docx"
    TEXT = "txt"
    HTML = "html"


def render_release(release: Release, settings: Settings, kind: ExportFormat,
                   language: str = "ar") -> bytes:
    """The bytes of ``release`` in ``kind`` (text and HTML in UTF-8); ``language="fr"``
    for its French version."""
    if language == "fr":
        from balagh.documents.release import export_fr as fr

        if kind is ExportFormat.DOCX:
            return fr.render_release_docx_fr(release, settings)
        if kind is ExportFormat.HTML:
            return fr.release_html_fr(release, settings).encode("utf-8")
        return fr.release_plain_text_fr(release, settings).encode("utf-8")
    if kind is ExportFormat.DOCX:
        from balagh.documents.release.word import render_release_docx

        return render_release_docx(release, settings)
    from balagh.documents.release.text import release_html, release_plain_text

    if kind is ExportFormat.HTML:
        return release_html(release, settings).encode("utf-8")
    return release_plain_text(release, settings).encode("utf-8")


def export_release(release: Release, settings: Settings, kind: ExportFormat, path: Path,
                   language: str = "ar") -> int:
    """Write ``release`` (or its French version) as ``kind`` to ``path`` (whole or not at
    all); return its size.

    Raises FileWriteError naming ``path`` before any work when it cannot be written.
    """
    check_output_path(path)
    data = render_release(release, settings, kind, language)
    write_file_atomically(path, data)
    return len(data)


def clipboard_texts(release: Release, settings: Settings) -> tuple[str, str]:
    """(plain text, HTML fragment ``dir="rtl" lang="ar"``) of the whole release."""
    from balagh.documents.release.text import release_html, release_plain_text

    return release_plain_text(release, settings), release_html(release, settings, fragment=True)
