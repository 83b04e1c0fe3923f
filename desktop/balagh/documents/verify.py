"""Proving that a PDF is an issued release of this database, unchanged.

An issued release keeps the SHA-256 of its PDF bytes. A file whose SHA-256 is on record is
that release, byte for byte; one changed byte gives another digest and no match.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from balagh.core.model import Release, ReleaseStatus
from balagh.core.ports import ReleaseRepository


def pdf_digest(data: bytes) -> str:
    """The SHA-256 of PDF bytes, lowercase hex (what an issued release records)."""
    return hashlib.sha256(data).hexdigest()


def verify_pdf(
    data: bytes, releases: ReleaseRepository | Iterable[Release]
) -> Release | None:
    """The issued release whose stored PDF is exactly ``data``, or None.

    ``releases`` is the release repository (looked up by digest) or a list of releases.
    Example: the file written by ``balagh release issue 2023 -o بلاغ.pdf`` verifies as
    reference «2023/001»; the same file with one byte changed does not.
    """
    digest = pdf_digest(bytes(data))
    if hasattr(releases, "find_by_sha256"):
        found = releases.find_by_sha256(digest)
        candidates: Iterable[Release] = [found] if found is not None else []
    else:
        candidates = releases
    for release in candidates:
        if release.status is not ReleaseStatus.ISSUED:
            continue
        recorded = release.sha256 or (pdf_digest(release.pdf) if release.pdf else None)
        if recorded == digest:
            return release
    return None
