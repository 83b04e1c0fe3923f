"""Proving that a PDF is an issued release of this database, unchanged.

An issued release keeps the SHA-256 of its PDF bytes, and of its French PDF when it has a
French version (issued with it, under the same reference). A file whose SHA-256 is on record is
that release, byte for byte; one changed byte gives another digest and no match.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from balagh.core.model import Language, Release, ReleaseStatus
from balagh.core.ports import ReleaseRepository


def pdf_digest(data: bytes) -> str:
    """The SHA-256 of PDF bytes, lowercase hex (what an issued release records)."""
    return hashlib.sha256(data).hexdigest()


def verify_pdf(data: bytes, releases: ReleaseRepository) -> Release | None:
    """The issued release whose stored PDF is exactly ``data``, or None (looked up in the
    release repository by its SHA-256).

    Example: the file written by ``balagh release issue 2023 -o بلاغ.pdf`` verifies as
    reference «2023/001»; the same file with one byte changed does not.
    """
    found = releases.find_by_sha256(pdf_digest(bytes(data)))
    return verify_pdf_among(data, [found] if found is not None else [])


def verify_pdf_among(data: bytes, releases: Iterable[Release]) -> Release | None:
    """The issued release of ``releases`` whose PDF (Arabic or another language's) is
    exactly ``data``, or None: a draft never verifies."""
    digest = pdf_digest(bytes(data))
    for release in releases:
        if release.status is ReleaseStatus.ISSUED and matched_language(release, digest):
            return release
    return None


def matched_language(release: Release, digest: str) -> Language | None:
    """Which language's PDF of ``release`` has SHA-256 ``digest``: AR, FR or None."""
    recorded = release.sha256 or (pdf_digest(release.pdf) if release.pdf else None)
    if recorded == digest:
        return Language.AR
    for language, version in release.versions.items():
        sha = version.sha256 or (pdf_digest(version.pdf) if version.pdf else None)
        if sha == digest:
            return Language(language)
    return None
