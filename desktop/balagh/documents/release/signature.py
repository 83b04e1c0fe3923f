"""PAdES signatures on issued releases (pyHanko), and reading them back from a PDF alone.

``sign_pdf`` adds a visible signature to the last page of a release PDF — a block naming the
office and the signer, drawn with the bundled Amiri font so the Arabic is shaped — signed
with the office's PKCS#12 certificate (PAdES baseline, SHA-256). ``read_signatures`` tells,
from the bytes only, whether each signature is intact (the signed bytes unchanged) and
cryptographically valid, who signed and when, whether it covers the whole file and whether
the signer's certificate chains to a trusted root (the office's CA, when one is given).
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from balagh.core.errors import BalaghError
from balagh.messages import msg

#: The name of the signature field Balagh adds.
FIELD_NAME = "BalaghSignature"
#: The signature block on the last page (points from the bottom left), above the footer.
BLOCK = (42, 62, 322, 128)


@dataclass(frozen=True)
class Signer:
    """The office's signing key and certificate chain, loaded from a PKCS#12 file."""

    signer: Any  # pyhanko.sign.signers.SimpleSigner
    name: str  # the certificate's subject, readable
    common_name: str  # the certificate's CN (or the whole subject)


@dataclass(frozen=True)
class SignatureReport:
    """What one signature of a PDF says about the file."""

    field: str
    signer: str
    signed_at: dt.datetime | None
    intact: bool  # the signed bytes are those that were signed
    valid: bool  # the signature matches them and the certificate
    whole_file: bool  # nothing was added to the file after signing
    trusted: bool  # the signer's certificate chains to a trusted root

    @property
    def ok(self) -> bool:
        """Intact, valid and covering the whole file (trust is told apart)."""
        return self.intact and self.valid and self.whole_file


def _font_path() -> str:
    from balagh.platform.assets import resource_path

    return str(resource_path("fonts", "Amiri-Regular.ttf"))


def _signing_library() -> Any:
    """pyHanko's signers module, or BalaghError when this installation has none."""
    try:
        from pyhanko.sign import signers
    except ImportError as exc:  # e.g. a build that leaves the cryptography stack out
        raise BalaghError(
            msg(
                "التوقيع الإلكتروني غير متوفر في هذا التثبيت (ينقصه {name})؛ ثبت «بلاغ» بحزمة "
                "pyHanko أو أزل شهادة التوقيع من الإعدادات",
                name=exc.name,
            ),
        ) from exc
    return signers


def load_signer(pkcs12: Path, password: str | None) -> Signer:
    """The signer of a PKCS#12 file; BalaghError naming the file when it cannot be read."""
    signers = _signing_library()

    if not pkcs12.is_file():
        raise BalaghError(msg("ملف شهادة التوقيع غير موجود: {pkcs12}", pkcs12=pkcs12))
    loaded = signers.SimpleSigner.load_pkcs12(
        pfx_file=str(pkcs12), passphrase=password.encode() if password else None)
    if loaded is None:
        raise BalaghError(
            msg("تعذر فتح شهادة التوقيع {pkcs12}: كلمة السر خاطئة أو الملف تالف", pkcs12=pkcs12),
        )
    subject = loaded.signing_cert.subject
    common = subject.native.get("common_name") or subject.human_friendly
    return Signer(loaded, subject.human_friendly, str(common))


def _visual(text: str) -> str:
    """An Arabic line shaped (presentation forms) and in visual order, for a left-to-right
    font engine: HarfBuzz in right-to-left mode would reverse the digits and Latin names."""
    import arabic_reshaper
    from bidi.algorithm import get_display

    return str(get_display(arabic_reshaper.reshape(text), base_dir="R"))


def _stamp_style(office: str, signer: str) -> Any:
    """The visible block: the office, «موقع إلكترونيا», the signer, the signing time."""
    from pyhanko import stamp
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
    from pyhanko.pdf_utils.text import TextBoxStyle

    font = GlyphAccumulatorFactory(_font_path(), font_size=9, writing_direction="ltr")
    lines = [_visual(office), _visual("وثيقة موقعة إلكترونيا — Document signé électroniquement"),
             _visual(signer), "%(ts)s"]
    return stamp.TextStampStyle(
        stamp_text="\n".join(line.replace("%", "%%") if i < 3 else line
                             for i, line in enumerate(lines)),
        text_box_style=TextBoxStyle(font=font, font_size=9, leading=13),
        border_width=1,
        timestamp_format="%Y-%m-%d %H:%M:%S UTC",
    )


def sign_pdf(data: bytes, signer: Signer, *, office: str, reason: str = "",
             location: str = "") -> bytes:
    """``data`` with a visible PAdES signature on its last page (an incremental update)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    last_page = int(writer.root["/Pages"]["/Count"]) - 1
    fields.append_signature_field(
        writer, fields.SigFieldSpec(FIELD_NAME, on_page=last_page, box=BLOCK))
    metadata = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME, md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES, reason=reason or None,
        location=location or None)
    pdf_signer = signers.PdfSigner(metadata, signer=signer.signer,
                                   stamp_style=_stamp_style(office, signer.common_name))
    output = io.BytesIO()
    pdf_signer.sign_pdf(writer, output=output)
    return output.getvalue()


def read_signatures(data: bytes, trust_roots: list[Any] | None = None) -> list[SignatureReport]:
    """Every signature of a PDF, checked from its bytes alone (no network, no database).

    A file whose signed bytes were changed reports ``intact=False``; a signature that cannot
    even be read reports ``valid=False`` too. ``trust_roots`` are certificates
    (``asn1crypto.x509.Certificate``) whose chains are trusted.
    """
    try:
        from pyhanko.pdf_utils.reader import PdfFileReader
        from pyhanko.sign.validation import validate_pdf_signature
        from pyhanko_certvalidator import ValidationContext
    except ImportError:  # no signature library in this build: nothing can be said
        return []

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
    except Exception:  # not a PDF pyHanko can read: no signature to speak of
        return []
    reports = []
    for signature in embedded:
        context = ValidationContext(trust_roots=list(trust_roots or []), allow_fetching=False)
        reports.append(_report(signature, validate_pdf_signature, context))
    return reports


def _report(signature: Any, validate: Any, context: Any) -> SignatureReport:
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    name = signature.field_name or FIELD_NAME
    try:
        signer = signature.signer_cert.subject.human_friendly
    except Exception:
        signer = "?"
    try:
        status = validate(signature, context)
    except (SignatureValidationError, ValueError, KeyError, TypeError) as exc:
        del exc
        return SignatureReport(name, signer, None, False, False, False, False)
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    return SignatureReport(name, signer, status.signer_reported_dt, bool(status.intact),
                           bool(status.valid), whole, bool(status.trusted))
