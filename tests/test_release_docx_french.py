"""The French release as a Word document is on the French PDF's page: A4 with the same
margins as the Arabic document, the PDF's letterhead (bilingual with a rule, or French
only), the body's fonts and sizes, and «Page 1 sur 2» (in the footer's font and size) with
the reference — checked in the file and in LibreOffice's PDF of it."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import docx
import pymupdf
import pytest
from pypdf import PdfReader

from balagh.cli.main import main
from pdf_readers import all_readers

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
A4_TWIPS = (11906, 16838)


def _run(*argv: str) -> None:
    assert main(list(argv)) == 0, argv


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The Marrakech opening (one page in the French PDF) and the Fez closing (two), as
    PDF and DOCX in both languages, and the French DOCX on French-only paper."""
    folder = tmp_path_factory.mktemp("docx-fr")
    url = f"sqlite:///{(folder / 'office.db').as_posix()}"
    _run("--db", url, "demo")
    for name, args in (("marrakech", ["2018", "--kind", "opening"]), ("fez", ["2023"])):
        _run("--db", url, "release", "pdf", *args, "--lang", "both",
             "-o", str(folder / f"{name}.pdf"))
        _run("--db", url, "release", "docx", *args, "--lang", "both",
             "-o", str(folder / f"{name}.docx"))
    yield folder


def _libreoffice(docx_file: Path, folder: Path) -> Path:
    profile = (folder / "lo-profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), str(docx_file)],
                   check=True, capture_output=True, timeout=240,
                   env={**os.environ, "HOME": str(folder)})
    return folder / (docx_file.stem + ".pdf")


def _page(section: docx.section.Section) -> dict[str, int]:
    size = section._sectPr.find(f"{W}pgSz")
    margins = section._sectPr.find(f"{W}pgMar")
    found = {"w": int(size.get(f"{W}w")), "h": int(size.get(f"{W}h"))}
    for side in ("top", "bottom", "left", "right", "header", "footer"):
        found[side] = int(margins.get(f"{W}{side}"))
    return found


def test_french_docx_is_a4_with_the_arabic_margins(made: Path) -> None:
    french = _page(docx.Document(str(made / "fez.fr.docx")).sections[0])
    arabic = _page(docx.Document(str(made / "fez.docx")).sections[0])
    assert (french["w"], french["h"]) == A4_TWIPS
    assert french == arabic  # one page setup for both languages
    assert (french["left"], french["right"], french["bottom"]) == (1304, 1304, 1134)  # cm


def test_french_letterhead_is_the_pdfs_with_its_rule(made: Path) -> None:
    header = docx.Document(str(made / "fez.fr.docx")).sections[0].header
    rows = header.paragraphs
    assert [p.text.split("\t") for p in rows] == [
        ["Royaume du Maroc", "المملكة المغربية"],
        ["Direction Générale de la Sûreté Nationale", "المديرية العامة للأمن الوطني"]]
    for row in rows:
        french, arabic = (run for run in row.runs if run.text.strip())
        assert not french.bold  # the PDF's French lines are regular
        assert french.font.size.pt == arabic.font.size.pt == 12.0
    assert [bool(r.bold) for row in rows for r in row.runs if "ال" in r.text] == [False, True]
    assert rows[-1]._p.pPr.find(f"{W}pBdr/{W}bottom") is not None  # the rule under it
    assert rows[0]._p.pPr.find(f"{W}pBdr") is None


def test_french_only_paper_has_the_french_lines_alone(tmp_path: Path) -> None:
    from balagh.documents.release.export_fr import render_release_docx_fr
    from balagh.platform.settings import Settings
    from french_tools import bilingual_draft, editions

    demo = editions()
    release = bilingual_draft(next(e for e in demo if e.number == 4), demo)
    out = tmp_path / "fr.docx"
    out.write_bytes(render_release_docx_fr(release, Settings(french_letterhead="french")))
    rows = docx.Document(str(out)).sections[0].header.paragraphs
    assert [p.text for p in rows] == ["Royaume du Maroc",
                                      "Direction Générale de la Sûreté Nationale"]
    assert not any(run.bold for row in rows for run in row.runs)


def test_page_number_runs_have_the_footer_font_and_size(made: Path) -> None:
    footer = docx.Document(str(made / "fez.fr.docx")).sections[0].footer
    xml = footer._element
    runs = xml.findall(f".//{W}r")
    assert runs and any(r.find(f"{W}instrText") is not None for r in runs)
    for run in runs:  # the field runs too: «Page 1 sur 2» in one font and size
        props = run.find(f"{W}rPr")
        assert props.find(f"{W}rFonts").get(f"{W}ascii") == "Amiri"
        assert props.find(f"{W}sz").get(f"{W}val") == "18"
    assert "Projet non émis" in "".join(t.text for t in xml.iter(f"{W}t"))


@pytest.mark.parametrize("name", ["marrakech", "fez"])
def test_libreoffice_lays_the_french_docx_out_as_the_french_pdf(made: Path,
                                                                name: str) -> None:
    converted = _libreoffice(made / f"{name}.fr.docx", made / f"lo-{name}")
    ours = PdfReader(made / f"{name}.fr.pdf")
    theirs = PdfReader(converted)
    assert len(theirs.pages) == len(ours.pages)  # Marrakech: 1 page, Fez: 2
    for page in theirs.pages:
        width, height = (float(v) for v in page.mediabox.upper_right)
        assert (round(width), round(height)) == (595, 842)
    with pymupdf.open(converted) as document:
        spans = [span for page in document for block in page.get_text("dict")["blocks"]
                 for line in block.get("lines", []) for span in line["spans"]
                 if span["text"].strip()]
    footer = [s for s in spans if s["bbox"][1] > 800]
    assert footer and {round(s["size"]) for s in footer} == {9}  # the digits too
    assert all("Amiri" in s["font"] for s in spans), {s["font"] for s in spans}
    total = len(ours.pages)
    for reader, text in all_readers(converted).items():
        words = text.split()
        assert "Projet" in words and "Page" in words and "Royaume" in words, reader
        assert f"Page 1 sur {total}" in text, reader
