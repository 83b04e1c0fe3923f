"""Every kind of PDF Balagh makes, read by pdf.js, pdftotext and PyMuPDF: base letters, the
text in reading order, and the metadata viewers show (title bar, language, author...).

The Fez closing release and the probe release are read in ``test_pdf_readers.py``; here the
opening release, a daily bulletin, a French release, an issued copy (exported from the
record), the summary sheet of an edition, the report of all editions and the social-media
card. Nothing a reader
returns is normalised, except that a French word hyphenated at a line end is joined the way
pdf.js's own find bar joins it (``BrokenWord`` in pdf.js's ``pdf_viewer.mjs``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from balagh.cli.main import main
from pdf_readers import all_readers, pdfjs, presentation_forms, search_terms, words

DIGIT_OR_BRACKET = re.compile(r"[0-9()«»“”]")
# pdf.js's find bar: a lower-case word cut by a hyphen at a line end is one word.
BROKEN_WORD = re.compile(r"(?<=[a-zß-ÿ])-\n(?=[a-zß-ÿ])")
# The footer line: «الصفحة 1 من 2 المرجع: 2023/001», «Projet non émis Page 1 sur 2».
FOOTER = re.compile(r"(الصفحة \d+ من \d+|Page \d+ sur \d+)")
FURNITURE = ("المملكة المغربية", "المديرية العامة للأمن الوطني", "مسودة غير صادرة",
             "Royaume du Maroc", "Direction Générale de la Sûreté Nationale", "Projet non émis")


@dataclass(frozen=True)
class Made:
    pdf: Path
    paragraphs: list[str]  # the release as text (`balagh release text`); none for sheets
    language: str


RELEASES = {  # name: arguments of `balagh release pdf|text`
    "opening": ["2023", "--kind", "opening"],
    "daily": ["2023", "--kind", "daily", "--date", "2023-05-19"],
    "french": ["2023", "--lang", "fr"],
}
SHEETS = {"summary": ["summary", "pdf", "2023"], "all_editions": ["summary", "all"],
          "card": ["summary", "card", "2023"]}
KINDS = [*RELEASES, "issued", *SHEETS]


def _run(*argv: str) -> None:
    assert main(list(argv)) == 0, argv


def _paragraphs(path: Path) -> list[str]:
    return [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Made]]:
    folder = tmp_path_factory.mktemp("documents")
    url = f"sqlite:///{(folder / 'office.db').as_posix()}"
    _run("--db", url, "demo")
    out: dict[str, Made] = {}
    for name, args in RELEASES.items():
        pdf, text = folder / f"{name}.pdf", folder / f"{name}.txt"
        _run("--db", url, "release", "pdf", *args, "-o", str(pdf))
        _run("--db", url, "release", "text", *args, "-o", str(text))
        out[name] = Made(pdf, _paragraphs(text), "fr-MA" if "fr" in args else "ar-MA")
    _run("--db", url, "release", "issue", "2023", "-o", str(folder / "issued-at-issue.pdf"))
    issued, text = folder / "issued.pdf", folder / "issued.txt"
    _run("--db", url, "release", "export", "2023/001", "-o", str(issued))
    _run("--db", url, "release", "text", "2023/001", "-o", str(text))
    out["issued"] = Made(issued, _paragraphs(text), "ar-MA")
    for name, argv in SHEETS.items():
        pdf = folder / f"{name}.pdf"
        _run("--db", url, *argv, "-o", str(pdf))
        out[name] = Made(pdf, [], "ar-MA")
    yield out


def _body_words(text: str) -> str:
    """The words of a reader's text without the page furniture (letterhead, footer)."""
    lines = [line for line in BROKEN_WORD.sub("", text).split("\n")
             if line not in FURNITURE and not FOOTER.search(line)]
    return " ".join(words("\n".join(lines)))


def _hyphenated(term: str, text: str) -> bool:
    """``term`` cut by a hyphen at a line end somewhere in ``text`` («in-\ncluant»)."""
    return any(f"{term[:k]}-\n{term[k:]}" in text for k in range(1, len(term)))


@pytest.mark.parametrize("name", KINDS)
def test_every_reader_copies_base_letters(made: dict[str, Made], name: str) -> None:
    for reader, text in all_readers(made[name].pdf).items():
        assert "المديرية العامة للأمن الوطني" in text, (reader, name)
        assert presentation_forms(text) == [], (reader, name)


@pytest.mark.parametrize("name", [*RELEASES, "issued"])
def test_pdfjs_returns_every_paragraph_word_for_word(made: dict[str, Made], name: str) -> None:
    document = made[name]
    read = _body_words(pdfjs(document.pdf).text)
    body = document.paragraphs[2:-1]  # after the date line and title, before the reference
    assert body
    for paragraph in body:  # «“67 سنة» of the opening included (README)
        assert " ".join(words(paragraph)) in read, (name, paragraph[:60])


@pytest.mark.parametrize("name", [*RELEASES, "issued"])
def test_search_finds_every_word_in_every_reader(made: dict[str, Made], name: str) -> None:
    document = made[name]
    source = "\n".join(document.paragraphs)
    texts = all_readers(document.pdf)
    for reader, text in texts.items():
        text = BROKEN_WORD.sub("", text)
        for term in search_terms(document.paragraphs):
            if DIGIT_OR_BRACKET.search(term) and reader != "pdf.js":
                # poppler and MuPDF split «19و20», «و150», bracketed and quoted words and
                # «“67», as they do in WeasyPrint's PDF (README).
                continue
            if reader == "PyMuPDF" and document.language == "fr-MA" and term not in text:
                # MuPDF returns a word hyphenated at a line end as shown: «in-\ncluant».
                assert _hyphenated(term, text), (reader, name, term)
                continue
            assert text.count(term) >= source.count(term), (reader, name, term)


def test_sheets_read_their_headings_and_figures(made: dict[str, Made]) -> None:
    summary = _body_words(pdfjs(made["summary"].pdf).text)
    for expected in ("بطاقة تلخيصية", "فاس", "1.150.000", "20.000.000"):
        assert expected in summary, expected
    report = _body_words(pdfjs(made["all_editions"].pdf).text)
    for expected in ("حصيلة", "فاس", "أكادير", "الجديدة"):
        assert expected in report, expected


@pytest.mark.parametrize("name", KINDS)
def test_metadata_on_every_kind(made: dict[str, Made], name: str) -> None:
    document = made[name]
    read = pdfjs(document.pdf)
    reader = PdfReader(document.pdf)
    info = reader.metadata
    assert info is not None
    root = reader.trailer["/Root"]
    assert root["/Lang"] == document.language and read.lang == document.language
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])  # the title bar shows it
    french = document.language == "fr-MA"
    assert read.title and read.title == info.title
    assert info.author == ("Direction Générale de la Sûreté Nationale" if french
                           else "المديرية العامة للأمن الوطني")
    assert str(info.subject or "").strip(), name
    assert str(info.get("/Keywords") or "").strip(), name
    assert str(info.get("/CreationDate", "")).startswith("D:20"), name
    if not french:
        assert root["/ViewerPreferences"]["/Direction"] == "/R2L"
    if name == "issued":
        assert "2023/001" in read.title and "2023/001" in str(info.get("/Keywords"))
