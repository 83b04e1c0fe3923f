"""What journalists get when they copy and search a release: the real readers, no normalising.

pdf.js (Firefox, web viewers), poppler's pdftotext (Evince, Okular) and PyMuPDF (MuPDF) read
the Fez 2023 release and a probe release whose highlights hold «(DGSN)», a URL, a phone
number, curly quotes and long words; PDFium (Chrome, Edge) reads the probe's phone number.
Measured on WeasyPrint (HarfBuzz) with the same text, for comparison: pdftotext and PyMuPDF
do not find «و150» and «19و20» there either, and pdftotext and pdf.js miss «المديرية»
(eight words in all); see the README.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from balagh.cli.main import main
from pdf_readers import all_readers, pdfium, pdfjs, presentation_forms, search_terms, words

DATA = Path(__file__).parent / "data"
DIGIT_OR_BRACKET = re.compile(r"[0-9()«»]")
PHONE = "0537 72 19 00"  # the probe's phone number
PHONE_SHOWN = "00 19 72 0537"  # as the page shows it, left to right (the bidi algorithm's order)


def _run(*argv: str) -> None:
    assert main(list(argv)) == 0


Releases = dict[str, tuple[Path, list[str]]]


@pytest.fixture(scope="module")
def releases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Releases]:
    """{"fez": (pdf, paragraphs), "probe": (pdf, paragraphs)} drafted from a demo database."""
    folder = tmp_path_factory.mktemp("readers")
    url = f"sqlite:///{(folder / 'office.db').as_posix()}"
    _run("--db", url, "demo")
    _run("--db", url, "editions", "import", str(DATA / "probe_edition.json"))
    out: dict[str, tuple[Path, list[str]]] = {}
    for name, edition in (("fez", "2023"), ("probe", "2026")):
        pdf = folder / f"{name}.pdf"
        _run("--db", url, "release", "pdf", edition, "-o", str(pdf))
        text = folder / f"{name}.txt"
        _run("--db", url, "release", "text", edition, "-o", str(text))
        paragraphs = text.read_text(encoding="utf-8").split("\n\n")
        out[name] = (pdf, [p for p in paragraphs if p.strip()])
    yield out


@pytest.mark.parametrize("name", ["fez", "probe"])
def test_every_reader_copies_base_letters(releases: Releases, name: str) -> None:
    pdf, _paragraphs = releases[name]
    for reader, text in {**all_readers(pdf), "PDFium": pdfium(pdf)}.items():
        assert "الأمن الوطني" in text, reader
        assert presentation_forms(text) == [], reader


@pytest.mark.parametrize("name", ["fez", "probe"])
def test_pdfjs_returns_every_paragraph_word_for_word(releases: Releases, name: str) -> None:
    pdf, paragraphs = releases[name]
    # The page furniture (letterhead, footer) left out, as a reader copying across pages does.
    furniture = ("المملكة المغربية", "المديرية العامة للأمن الوطني", "مسودة غير صادرة")
    lines = [
        line for line in pdfjs(pdf).text.split("\n")
        if line not in furniture and not line.startswith("الصفحة ")
    ]
    read = " ".join(words("\n".join(lines)))
    for paragraph in paragraphs[2:-1]:  # between the date line and title, and the reference
        assert " ".join(words(paragraph)) in read


def test_fez_search_finds_every_occurrence_in_every_reader(releases: Releases) -> None:
    pdf, paragraphs = releases["fez"]
    source = "\n".join(paragraphs)
    terms = search_terms(paragraphs)
    assert len(terms) > 250
    for reader, text in all_readers(pdf).items():
        assert text.count("الأمن") >= 4, reader  # «الأمن» four times in the release
        for term in terms:
            if reader != "pdf.js" and DIGIT_OR_BRACKET.search(term):
                continue  # «19و20», «و150»: poppler and MuPDF split them, as for WeasyPrint
            assert text.count(term) >= source.count(term), (reader, term)


def test_probe_keeps_brackets_url_quotes_and_long_words(releases: Releases) -> None:
    pdf, _paragraphs = releases["probe"]
    texts = all_readers(pdf)
    url = "https://www.dgsn.gov.ma/ar/portes-ouvertes-2024"
    for reader, text in texts.items():
        for expected in (url, "“الأمن في خدمة المواطن”", "والاستثنائيين", "واللامركزيين"):
            assert expected in text, (reader, expected)
    assert "«(DGSN)»" in texts["pdf.js"] and PHONE in texts["pdf.js"]
    # The page shows the number as the bidi algorithm orders it (as Word and browsers do);
    # poppler and MuPDF return a spaced number in an Arabic line as it stands on the page,
    # the groups reversed, as they do for WeasyPrint's PDF (README). PDFium reads it as pdf.js.
    for reader in ("pdftotext", "PyMuPDF"):
        assert PHONE_SHOWN in texts[reader] and PHONE not in texts[reader], reader
    assert PHONE in pdfium(pdf)


@pytest.mark.parametrize("name", ["fez", "probe"])
def test_pdfjs_keeps_each_justified_line_in_one_piece(releases: Releases, name: str) -> None:
    pdf, _paragraphs = releases[name]
    for items in pdfjs(pdf).pages:
        lines: dict[int, list[str]] = {}
        for item in items:
            if str(item["str"]).strip():
                lines.setdefault(round(float(str(item["y"]))), []).append(str(item["str"]))
        # The footer holds two labels apart (page number, reference); every other line is
        # one text item: pdf.js did not cut it at a wide word gap.
        split = [pieces for pieces in lines.values() if len(pieces) > 1]
        assert all(any("الصفحة" in piece for piece in pieces) for pieces in split), split


def test_metadata_title_language_and_dates(releases: Releases) -> None:
    pdf, _paragraphs = releases["fez"]
    read = pdfjs(pdf)
    # the title bar names the release, the edition and its city
    assert read.title == "بلاغ — اختتام أيام الأبواب المفتوحة، فاس 2023" and read.lang == "ar-MA"
    reader = PdfReader(pdf)
    info = reader.metadata
    assert info is not None
    assert info.author == "المديرية العامة للأمن الوطني"
    assert info.subject == ("اختتام الدورة الرابعة لأيام الأبواب المفتوحة للأمن الوطني بمدينة "
                            "فاس (2023)")
    assert "بلاغ" in str(info.get("/Keywords"))
    assert str(info.get("/CreationDate", "")).startswith("D:20")
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "ar-MA"
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
    assert root["/ViewerPreferences"]["/Direction"] == "/R2L"
