"""Signing issued releases with the office's certificate, for the command line and the window.

When the settings name a PKCS#12 file (``signing_certificate``), every PDF issued carries a
PAdES signature (``balagh.documents.release.signature``). The password comes from the environment
variable ``BALAGH_SIGN_PASSWORD`` (unattended use, tests), else from the operating system's
keyring (the ``keyring`` library, service «balagh-signing», the certificate's path as user
name), else from ``ask`` — the window asks once per session. Without a certificate releases
are issued unsigned, as before. The certificate is opened before anything is issued, so a
wrong password stops the issue with one clear sentence and nothing written.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from balagh.core.errors import BalaghError
from balagh.core.model import Release
from balagh.messages import msg
from balagh.platform.settings import Settings

PASSWORD_VARIABLE = "BALAGH_SIGN_PASSWORD"
KEYRING_SERVICE = "balagh-signing"

#: Signs the PDF bytes of a release being issued (the identity when there is no certificate).
SignFunction = Callable[[bytes, Release], bytes]


def keyring_password(certificate: Path) -> str | None:
    """The password kept in the operating system's keyring for ``certificate``, if any."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, str(certificate))
    except (KeyringError, RuntimeError, OSError):  # no usable backend on this machine
        return None


def certificate_of(settings: Settings) -> Path | None:
    """The office's PKCS#12 file, or None when releases are not signed."""
    text = settings.signing_certificate.strip()
    return Path(text).expanduser() if text else None


def office_name(settings: Settings) -> str:
    """The office the visible signature names: the letterhead's last line."""
    lines = [line.strip() for line in settings.letterhead_lines if line.strip()]
    return lines[-1] if lines else "المديرية العامة للأمن الوطني"


def release_signer(settings: Settings,
                   ask: Callable[[Path], str | None] | None = None) -> SignFunction:
    """The function that signs issued PDFs under ``settings`` (opened now, before issuing)."""
    from balagh.documents.release.signature import load_signer, sign_pdf

    certificate = certificate_of(settings)
    if certificate is None:
        return lambda data, _release: data
    password = os.environ.get(PASSWORD_VARIABLE) or keyring_password(certificate)
    if password is None and ask is not None:
        password = ask(certificate)
        if password is None:
            raise BalaghError(msg("لم يصدر البلاغ: لم تدخل كلمة سر شهادة التوقيع"))
    signer = load_signer(certificate, password)
    office = office_name(settings)

    def sign(data: bytes, release: Release) -> bytes:
        reason = f"بلاغ {release.reference}" if release.reference else "بلاغ"
        return sign_pdf(data, signer, office=office, reason=reason, location=settings.place)

    return sign
