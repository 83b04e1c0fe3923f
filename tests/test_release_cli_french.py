"""``--lang fr|both`` on ``balagh release draft|pdf|issue|export`` and verifying either file."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from cli_runs import Capsys, run
from french_tools import AGADIR, flat, pymupdf_text
from test_signed_releases import office_ca as office_ca_fixture  # noqa: F401 - a fixture


@pytest.fixture
def url(tmp_path: Path, capsys: Capsys) -> str:
    address = f"sqlite:///{(tmp_path / 'balagh.db').as_posix()}"
    assert run(capsys, "--db", address, "demo")[0] == 0
    # the demo has its own Agadir 2024: this file's figures replace it
    assert run(capsys, "--db", address, "editions", "import", str(AGADIR), "--replace")[0] == 0
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
    from balagh.documents.release.french import builtin_template_fr
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


def test_french_text_html_and_docx(url: str, tmp_path: Path, capsys: Capsys) -> None:
    import docx

    code, out, _ = run(capsys, "--db", url, "release", "text", "2024", "--lang", "fr")
    assert code == 0
    blocks = out.split("\n\n")
    assert blocks[0] == "Rabat, le 22 mai 2024" and blocks[1] == "Communiqué"
    assert blocks[2].startswith("La 5e édition des Journées portes ouvertes (JPO)")
    assert blocks[-1].strip() == "Projet non émis"
    page = tmp_path / "communique.html"
    assert run(capsys, "--db", url, "release", "text", "2024", "--lang", "fr", "--html",
               "-o", str(page))[0] == 0
    assert '<html dir="ltr" lang="fr">' in page.read_text(encoding="utf-8")
    target = tmp_path / "بلاغ.docx"
    code, _, err = run(capsys, "--db", url, "release", "docx", "2024", "--lang", "both",
                       "-o", str(target))
    assert code == 0, err
    french = docx.Document(str(tmp_path / "بلاغ.fr.docx"))
    texts = [p.text for p in french.paragraphs]
    assert texts[0] == "Rabat, le 22 mai 2024" and texts[1] == "Communiqué"
    assert texts[2].startswith("La 5e édition") and "2.120.000 visiteurs" in texts[2]
    assert [p.text for p in french.sections[0].header.paragraphs] == [  # bilingual paper
        "Royaume du Maroc\tالمملكة المغربية",
        "Direction Générale de la Sûreté Nationale\tالمديرية العامة للأمن الوطني"]
    assert french.core_properties.language == "fr-MA"
    with zipfile.ZipFile(tmp_path / "بلاغ.fr.docx") as package:  # Amiri travels with it
        fonts = package.read("word/fontTable.xml").decode("utf-8")
        assert {"word/fonts/font1.odttf", "word/fonts/font2.odttf"} <= set(package.namelist())
    assert 'w:name="Amiri"' in fonts and "w:embedRegular" in fonts and "w:embedBold" in fonts
    arabic = docx.Document(str(target))
    assert any("تعلن المديرية العامة للأمن الوطني" in p.text for p in arabic.paragraphs)


def test_signed_pair_both_signatures_valid(
    url: str, tmp_path: Path, capsys: Capsys, monkeypatch: pytest.MonkeyPatch,
    office_ca_fixture: tuple[Path, Path],  # noqa: F811 - the imported fixture
) -> None:
    """With the office's certificate set, the French PDF is signed like the Arabic one."""
    from balagh.app.verification import trust_roots
    from balagh.documents.release.signature import read_signatures
    from balagh.platform.settings import Settings
    from test_signed_releases import PASSWORD

    p12, root = office_ca_fixture
    Settings(signing_certificate=str(p12)).save()
    monkeypatch.setenv("BALAGH_SIGN_PASSWORD", PASSWORD)
    target = tmp_path / "بلاغ.pdf"
    code, _, err = run(capsys, "--db", url, "release", "issue", "2024", "--lang", "both",
                       "-o", str(target))
    assert code == 0, err
    for path in (target, tmp_path / "بلاغ.fr.pdf"):
        [report] = read_signatures(path.read_bytes(), trust_roots(root))
        assert report.intact and report.valid and report.whole_file and report.trusted
        code, out, _ = run(capsys, "--db", url, "release", "verify", str(path))
        assert code == 0 and "2024/001" in out


KINDS = {
    "closing": ([], "La 5e édition des Journées portes ouvertes (JPO)"),
    "opening": (["--kind", "opening"], "La Direction générale de la sûreté nationale (DGSN) "
                                       "organise la 5e édition"),
    "daily": (["--kind", "daily", "--date", "2023-05-18"],
              "Les Journées portes ouvertes (JPO), organisées cette année"),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_in_french(url: str, tmp_path: Path, capsys: Capsys, kind: str) -> None:
    """``--lang fr`` on draft, text, pdf, docx and issue for the closing release, the
    opening announcement and the daily bulletin (Fez, 18 May 2023)."""
    import docx

    options, start = KINDS[kind]
    edition = "2023" if kind == "daily" else "2024"
    code, out, err = run(capsys, "--db", url, "release", "draft", edition, *options,
                         "--lang", "fr")
    assert code == 0 and out.startswith(start), err
    code, out, _ = run(capsys, "--db", url, "release", "text", edition, *options, "--lang", "fr")
    assert code == 0 and out.split("\n\n")[2].startswith(start)
    pdf, word = tmp_path / "c.pdf", tmp_path / "c.docx"
    assert run(capsys, "--db", url, "release", "pdf", edition, *options, "--lang", "fr",
               "-o", str(pdf))[0] == 0
    assert flat(pymupdf_text(pdf.read_bytes())).find(start) > 0
    assert run(capsys, "--db", url, "release", "docx", edition, *options, "--lang", "fr",
               "-o", str(word))[0] == 0
    assert docx.Document(str(word)).paragraphs[2].text.startswith(start)
    target = tmp_path / "issued.pdf"
    code, out, err = run(capsys, "--db", url, "release", "issue", edition, *options,
                         "--lang", "both", "-o", str(target))
    assert code == 0, err
    french = tmp_path / "issued.fr.pdf"
    assert start in flat(pymupdf_text(french.read_bytes()))
    code, out, _ = run(capsys, "--db", url, "release", "verify", str(french))
    assert code == 0 and "(version française)" in out
