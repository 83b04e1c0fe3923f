"""Verifying a release PDF: its signature (from the file alone) and the database's record.

``verify_release_file(data, releases)`` answers both questions at once. The signature part
needs nothing but the bytes (a journalist's copy on another machine); the record part needs
the database, when there is one (``releases`` None: this machine has no database).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from balagh.core.errors import BalaghError
from balagh.core.model import Release, ReleaseStatus
from balagh.core.ports import ReleaseRepository
from balagh.documents.release.signature import SignatureReport, read_signatures
from balagh.documents.release.verify import pdf_digest, verify_pdf
from balagh.messages import msg


@dataclass(frozen=True)
class FileVerification:
    """What is known about one PDF file."""

    digest: str
    signatures: list[SignatureReport] = field(default_factory=list)
    claims_signature: bool = False  # the file has a signature dictionary, readable or not
    record: Release | None = None
    superseded_by: Release | None = None
    database: bool = True  # a database was consulted

    @property
    def signature_broken(self) -> bool:
        """A signature is there but does not hold (a changed byte, a file cut short…)."""
        return self.claims_signature and (not self.signatures
                                          or not all(s.ok for s in self.signatures))

    @property
    def verified(self) -> bool:
        """The file is what the office issued: on record, or signed and intact."""
        if self.signature_broken:
            return False
        return self.record is not None or bool(self.signatures)


def trust_roots(path: Path | None) -> list[Any]:
    """The certificates of a PEM or DER file (the office's CA), to trust its signatures."""
    if path is None:
        return []
    from asn1crypto import pem, x509

    try:
        data = path.read_bytes()
        if pem.detect(data):
            return [x509.Certificate.load(der) for _t, _h, der in pem.unarmor(data, True)]
        return [x509.Certificate.load(data)]
    except OSError as exc:
        from balagh.platform.os_errors import os_reason

        raise BalaghError(msg("تعذرت قراءة شهادة الثقة {path}: {exc}", path=path,
                              exc=os_reason(exc))) from exc
    except ValueError as exc:  # the technical detail of a file that is no certificate
        raise BalaghError(msg("تعذرت قراءة شهادة الثقة {path}: {exc}", path=path, exc=msg(
            "الملف ليس شهادة بصيغة PEM أو DER ({detail})", detail=exc))) from exc


def verify_release_file(data: bytes, releases: ReleaseRepository | None,
                        roots: list[Any] | None = None) -> FileVerification:
    """Check the signatures of ``data`` and, with a database, whether it is on record."""
    signatures = read_signatures(data, roots)
    claims = b"/ByteRange" in data
    record = later = None
    if releases is not None:
        record = verify_pdf(data, releases)
        if record is not None:
            for other in releases.releases(record.edition_number):
                if other.supersedes_id == record.id and other.status is ReleaseStatus.ISSUED:
                    later = other
    return FileVerification(pdf_digest(data), signatures, claims, record, later,
                            releases is not None)
