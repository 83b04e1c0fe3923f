"""Signed releases: PAdES with pyHanko, a test certificate authority made here (cryptography),
verified from the file alone; a changed byte breaks the signature."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from balagh.cli.main import main
from balagh.documents.release.signature import read_signatures
from balagh.platform.settings import Settings

PASSWORD = "كلمة-سر-2026"


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "DGSN"),
                      x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _certificate(subject: x509.Name, issuer: x509.Name, key: rsa.RSAPrivateKey,
                 signing_key: rsa.RSAPrivateKey, *, ca: bool) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - dt.timedelta(days=1))
               .not_valid_after(now + dt.timedelta(days=30))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    usage = (x509.KeyUsage(False, False, False, False, False, True, True, False, False) if ca
             else x509.KeyUsage(True, True, False, False, False, False, False, False, False))
    return builder.add_extension(usage, critical=True).sign(signing_key, hashes.SHA256())


@pytest.fixture
def office_ca(tmp_path: Path) -> tuple[Path, Path]:
    """A certificate authority and the office's signing certificate (PKCS#12) under it."""
    return make_office_ca(tmp_path)


def make_office_ca(tmp_path: Path) -> tuple[Path, Path]:
    """Write ``office.p12`` (password PASSWORD) and its authority ``ca.pem`` in tmp_path."""
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca_name = _name("DGSN Test Root CA")
    ca = _certificate(ca_name, ca_name, ca_key, ca_key, ca=True)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = _certificate(_name("Cellule de communication"), ca_name, key, ca_key, ca=False)
    p12 = tmp_path / "office.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        b"office", key, cert, [ca], serialization.BestAvailableEncryption(PASSWORD.encode())))
    root = tmp_path / "ca.pem"
    root.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    return p12, root


def _issue_signed(tmp_path: Path, p12: Path, monkeypatch: pytest.MonkeyPatch,
                  capsys: pytest.CaptureFixture[str]) -> tuple[str, Path]:
    Settings(signing_certificate=str(p12)).save()
    monkeypatch.setenv("BALAGH_SIGN_PASSWORD", PASSWORD)
    url = f"sqlite:///{(tmp_path / 'office.db').as_posix()}"
    assert main(["--db", url, "demo"]) == 0
    out = tmp_path / "بلاغ.pdf"
    assert main(["--db", url, "release", "issue", "2023", "-o", str(out)]) == 0
    capsys.readouterr()
    return url, out


def test_an_issued_release_is_signed_and_pyhanko_validates_it(
    tmp_path: Path, office_ca: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str]
) -> None:
    from balagh.app.verification import trust_roots

    p12, root = office_ca
    url, out = _issue_signed(tmp_path, p12, monkeypatch, capsys)
    [report] = read_signatures(out.read_bytes(), trust_roots(root))
    assert report.intact and report.valid and report.whole_file and report.trusted
    assert "Cellule de communication" in report.signer
    assert report.signed_at is not None
    assert abs((dt.datetime.now(dt.UTC) - report.signed_at).total_seconds()) < 300
    [untrusted] = read_signatures(out.read_bytes())
    assert untrusted.ok and not untrusted.trusted  # valid, but this machine knows no root
    assert main(["--db", url, "release", "verify", str(out), "--trust", str(root)]) == 0
    text = capsys.readouterr().out
    assert "التوقيع الإلكتروني سليم: وقعه " in text and "جهة موثوقة" in text
    assert "الملف مطابق للبلاغ الصادر 2023/001" in text  # and the record agrees


def test_the_visible_block_is_drawn_with_the_arabic_font(
    tmp_path: Path, office_ca: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str]
) -> None:
    from pypdf import PdfReader

    _url, out = _issue_signed(tmp_path, office_ca[0], monkeypatch, capsys)
    reader = PdfReader(out)
    widgets = [a.get_object() for a in reader.pages[-1].get("/Annots", [])]
    [widget] = [w for w in widgets if w.get("/FT") == "/Sig"]
    llx, lly, urx, ury = (float(v) for v in widget["/Rect"])
    assert urx - llx > 200 and ury - lly > 50  # a visible block, not an invisible field
    appearance = widget["/AP"]["/N"].get_object()
    assert appearance.get_data()  # drawn
    fonts = appearance["/Resources"]["/Font"]
    assert any("Amiri" in str(f.get_object()["/BaseFont"]) for f in fonts.values())


def test_one_changed_byte_breaks_the_signature(
    tmp_path: Path, office_ca: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str]
) -> None:
    url, out = _issue_signed(tmp_path, office_ca[0], monkeypatch, capsys)
    data = bytearray(out.read_bytes())
    where = data.index(b"stream") + 40  # inside the first content stream: signed bytes
    data[where] ^= 0x01
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(bytes(data))
    assert main(["--db", url, "release", "verify", str(changed)]) == 1
    err = capsys.readouterr().err
    assert "التوقيع الإلكتروني للملف" in err and "مكسور" in err


def test_a_copy_verifies_on_a_machine_with_only_the_pdf(
    tmp_path: Path, office_ca: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str]
) -> None:
    _url, out = _issue_signed(tmp_path, office_ca[0], monkeypatch, capsys)
    elsewhere = tmp_path / "journalist"
    elsewhere.mkdir()
    copy = elsewhere / "communique.pdf"
    shutil.copy(out, copy)
    monkeypatch.setenv("BALAGH_HOME", str(elsewhere / "home"))
    monkeypatch.delenv("BALAGH_SIGN_PASSWORD")
    assert main(["release", "verify", str(copy)]) == 0
    captured = capsys.readouterr()
    assert "وقعه Common Name: Cellule de communication, Organization: DGSN" in captured.out
    assert "لا توجد قاعدة بيانات على هذا الجهاز" in captured.out
    assert not (elsewhere / "home" / "data" / "balagh.db").exists()  # nothing created


def test_a_wrong_password_issues_nothing(
    tmp_path: Path, office_ca: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str]
) -> None:
    Settings(signing_certificate=str(office_ca[0])).save()
    monkeypatch.setenv("BALAGH_SIGN_PASSWORD", "wrong")
    url = f"sqlite:///{(tmp_path / 'office.db').as_posix()}"
    assert main(["--db", url, "demo"]) == 0
    out = tmp_path / "بلاغ.pdf"
    assert main(["--db", url, "release", "issue", "2023", "-o", str(out)]) == 1
    assert "كلمة السر خاطئة" in capsys.readouterr().err
    assert not out.exists()
    from balagh.store import open_store

    with open_store(url, create=False) as store:
        assert [r for r in store.releases.releases() if r.reference] == []


def test_without_a_certificate_releases_are_issued_unsigned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{(tmp_path / 'office.db').as_posix()}"
    assert main(["--db", url, "demo"]) == 0
    out = tmp_path / "بلاغ.pdf"
    assert main(["--db", url, "release", "issue", "2023", "-o", str(out)]) == 0
    assert read_signatures(out.read_bytes()) == []
    assert main(["--db", url, "release", "verify", str(out)]) == 0
    text = capsys.readouterr().out
    assert "الملف غير موقع إلكترونيا" in text and "2023/001" in text
