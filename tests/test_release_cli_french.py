"""``--lang fr|both`` on ``balagh release draft|pdf|issue|export`` and verifying either file."""

from __future__ import annotations

from pathlib import Path

import pytest

from balagh.cli import main
from french_tools import AGADIR, flat, pymupdf_text

Capsys = pytest.CaptureFixture[str]


def run(capsys: Capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def url(tmp_path: Path, capsys: Capsys) -> str:
    address = f"sqlite:///{(tmp_path / 'balagh.db').as_posix()}"
    assert run(capsys, "--db", address, "demo")[0] == 0
    assert run(capsys, "--db", address, "editions", "import", str(AGADIR))[0] == 0
    return address


def test_draft_in_french_and_both(url: str, capsys: Capsys) -> None:
    code, out, _ = run(capsys, "--db", url, "release", "draft", "2024", "--lang", "fr")
    assert code == 0
    assert out.startswith("La 5e édition des Journées portes ouvertes (JPO)")
    code, both, _ = run(capsys, "--db", url, "release", "draft", "2024", "--lang", "both")
    assert code == 0 and both.startswith("تعلن المديرية العامة للأمن الوطني") and out in both


def test_issue_both_languages_verify_and_export(url: str, tmp_path: Path,
                                                capsys: Capsys) -> None:
    target = tmp_path / "بلاغ.pdf"
    code, out, err = run(capsys, "--db", url, "release", "issue", "2024", "--lang", "both",
                         "-o", str(target))
    assert code == 0, err
    french = tmp_path / "بلاغ.fr.pdf"
    assert "2024/001" in out and target.is_file() and french.is_file()
    assert "Agadir, a enregistré un record d'affluence" in flat(pymupdf_text(
        french.read_bytes()))
    code, out, _ = run(capsys, "--db", url, "release", "verify", str(french))
    assert code == 0 and "2024/001 (version française)" in out
    code, out, _ = run(capsys, "--db", url, "release", "verify", str(target))
    assert code == 0 and "version française" not in out
    copy = tmp_path / "copie.pdf"
    code, _, _ = run(capsys, "--db", url, "release", "export", "2024/001", "--lang", "fr",
                     "-o", str(copy))
    assert code == 0 and copy.read_bytes() == french.read_bytes()
    changed = bytearray(copy.read_bytes())
    changed[len(changed) // 2] ^= 0x20
    copy.write_bytes(bytes(changed))
    code, _, err = run(capsys, "--db", url, "release", "verify", str(copy))
    assert code == 1 and "modifié" in err


def test_french_pdf_of_the_draft(url: str, tmp_path: Path, capsys: Capsys) -> None:
    target = tmp_path / "communique.pdf"
    code, out, _err = run(capsys, "--db", url, "release", "pdf", "2024", "--lang", "fr",
                       "-o", str(target))
    assert code == 0 and target.is_file() and "communique.pdf" in out
    assert "Projet non émis" in flat(pymupdf_text(target.read_bytes()))


def test_stored_french_template(url: str, capsys: Capsys) -> None:
    from balagh.core.model import Language, ReleaseKind, StoredTemplate
    from balagh.documents.release_french import builtin_template_fr
    from balagh.store import open_store

    body = builtin_template_fr(ReleaseKind.CLOSING) + "\nParagraphe ajouté par le bureau.\n"
    with open_store(url) as store:
        store.releases.save_template(StoredTemplate("Clôture FR", ReleaseKind.CLOSING, body,
                                                    language=Language.FR))
        assert store.releases.templates()[0].language is Language.FR
    code, out, err = run(capsys, "--db", url, "release", "draft", "2024", "--lang", "fr",
                         "--template-fr", "Clôture FR")
    assert code == 0, err
    assert out.rstrip().endswith("Paragraphe ajouté par le bureau.")
    code, _, err = run(capsys, "--db", url, "release", "draft", "2024", "--template",
                       "Clôture FR")
    assert code != 0 and "مكتوب بلغة أخرى" in err
