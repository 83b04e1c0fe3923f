"""``balagh release docx|text``: the release as Word, plain text and HTML, read back."""

from __future__ import annotations

import difflib
import os
import subprocess
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import docx
import pymupdf
import pytest

from balagh.cli.main import main
from balagh.documents.release.word_fonts import obfuscate
from balagh.typeset.fonts import BOLD_FILE, REGULAR_FILE, font_file
from pdf_readers import pdfjs, presentation_forms

SEED = Path(__file__).parent / "data" / "seed_release.txt"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
# The system's fonts without Amiri (Debian's fonts-hosny-amiri is installed on the test
# machines): LibreOffice can then show Amiri only from the fonts embedded in the DOCX, as on
# an office PC that has never had Amiri.
NO_SYSTEM_AMIRI = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <selectfont><rejectfont><pattern>
    <patelt name="family"><string>Amiri</string></patelt>
  </pattern></rejectfont></selectfont>
</fontconfig>
"""


def seed() -> list[str]:
    return [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("exports")
    address = f"sqlite:///{(folder / 'office.db').as_posix()}"
    assert main(["--db", address, "demo"]) == 0
    return address


def test_plain_text_is_date_title_body_reference(url: str, tmp_path: Path) -> None:
    out = tmp_path / "release.txt"
    assert main(["--db", url, "release", "text", "2023", "-o", str(out)]) == 0
    blocks = out.read_text(encoding="utf-8").rstrip("\n").split("\n\n")
    assert blocks[0] == "الرباط في 22 ماي 2023" and blocks[1] == "بلاغ"
    assert blocks[2:-1] == seed()
    assert blocks[-1] == "مسودة غير صادرة"


class _Blocks(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.blocks: list[tuple[str, str]] = []
        self.attrs: dict[str, dict[str, str | None]] = {}
        self._tag = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.attrs.setdefault(tag, dict(attrs))
        if tag in ("p", "h1"):
            self._tag = tag
            self.blocks.append((tag, ""))

    def handle_data(self, data: str) -> None:
        if self._tag and self.blocks:
            tag, text = self.blocks[-1]
            self.blocks[-1] = (tag, text + data)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("p", "h1"):
            self._tag = ""


def test_html_reads_back_as_the_paragraphs_right_to_left(url: str, tmp_path: Path) -> None:
    out = tmp_path / "release.html"
    assert main(["--db", url, "release", "text", "2023", "--html", "-o", str(out)]) == 0
    parser = _Blocks()
    parser.feed(out.read_text(encoding="utf-8"))
    assert parser.attrs["html"] == {"dir": "rtl", "lang": "ar"}
    assert parser.attrs["article"]["dir"] == "rtl" and parser.attrs["article"]["lang"] == "ar"
    assert parser.blocks[1] == ("h1", "بلاغ")
    assert [text for tag, text in parser.blocks[2:-1]] == seed()


def test_html_leaves_the_phone_number_to_the_bidi_algorithm(tmp_path: Path) -> None:
    # The PDF and the DOCX show «0537 72 19 00» after Arabic as the bidi algorithm orders it
    # (groups from the right); the HTML gives it no direction of its own (no <bdi>, no
    # dir="ltr"), so a browser shows it alike.
    address = f"sqlite:///{(tmp_path / 'office.db').as_posix()}"
    probe = Path(__file__).parent / "data" / "probe_edition.json"
    assert main(["--db", address, "demo"]) == 0
    assert main(["--db", address, "editions", "import", str(probe)]) == 0
    out, text = tmp_path / "release.html", tmp_path / "release.txt"
    assert main(["--db", address, "release", "text", "2026", "--html", "-o", str(out)]) == 0
    assert main(["--db", address, "release", "text", "2026", "-o", str(text)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "ورقم الاستعلام 0537 72 19 00 ومسابقة" in page
    assert "<bdi" not in page and 'dir="ltr"' not in page
    parser = _Blocks()
    parser.feed(page)
    assert [block for _tag, block in parser.blocks[2:-1]] == (
        text.read_text(encoding="utf-8").rstrip("\n").split("\n\n")[2:-1]
    )


def _paragraph_props(paragraph: docx.text.paragraph.Paragraph) -> tuple[bool, str, set[str]]:
    ppr = paragraph._p.pPr
    bidi = ppr is not None and ppr.find(f"{W}bidi") is not None
    jc = ppr.find(f"{W}jc").get(f"{W}val") if ppr is not None else ""
    runs = set()
    for run in paragraph.runs:
        rpr = run._r.rPr
        if rpr.find(f"{W}rtl") is not None:
            runs.add("rtl")
        runs.add("lang:" + str(rpr.find(f"{W}lang").get(f"{W}bidi")))
        runs.add("font:" + str(rpr.find(f"{W}rFonts").get(f"{W}cs")))
    return bidi, str(jc), runs


def test_docx_holds_the_release_right_to_left(url: str, tmp_path: Path) -> None:
    out = tmp_path / "release.docx"
    assert main(["--db", url, "release", "docx", "2023", "-o", str(out)]) == 0
    document = docx.Document(str(out))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "الرباط في 22 ماي 2023" and texts[1] == "بلاغ"
    assert texts[2:] == seed()
    for paragraph in document.paragraphs:
        bidi, _jc, runs = _paragraph_props(paragraph)
        assert bidi and runs == {"rtl", "lang:ar-MA", "font:Amiri"}
    assert {_paragraph_props(p)[1] for p in document.paragraphs[2:]} == {"both"}
    section = document.sections[0]
    assert [p.text for p in section.header.paragraphs] == [
        "المملكة المغربية", "المديرية العامة للأمن الوطني"
    ]
    footer = "".join(p._p.xml for p in section.footer.paragraphs)
    assert "PAGE" in footer and "NUMPAGES" in footer and "مسودة غير صادرة" in footer
    with zipfile.ZipFile(out) as package:
        fonts = package.read("word/fontTable.xml").decode("utf-8")
    assert 'w:name="Amiri"' in fonts and 'w:altName w:val="Traditional Arabic"' in fonts


def test_docx_embeds_amiri_regular_and_bold(url: str, tmp_path: Path) -> None:
    out = tmp_path / "release.docx"
    assert main(["--db", url, "release", "docx", "2023", "-o", str(out)]) == 0
    with zipfile.ZipFile(out) as package:
        table = docx.oxml.parse_xml(package.read("word/fontTable.xml"))
        rels = docx.oxml.parse_xml(package.read("word/_rels/fontTable.xml.rels"))
        targets = {rel.get("Id"): rel.get("Target") for rel in rels}
        types = package.read("[Content_Types].xml").decode("utf-8")
        settings = package.read("word/settings.xml").decode("utf-8")
        amiri = next(f for f in table.findall(f"{W}font") if f.get(f"{W}name") == "Amiri")
        for tag, file in (("embedRegular", REGULAR_FILE), ("embedBold", BOLD_FILE)):
            embed = amiri.find(f"{W}{tag}")
            assert embed is not None, tag
            part = package.read("word/" + targets[embed.get(f"{R}id")])
            key = embed.get(f"{W}fontKey")
            assert part != font_file(file).read_bytes()  # obfuscated, as Word writes them
            assert obfuscate(part, key) == font_file(file).read_bytes()
    assert "application/vnd.openxmlformats-officedocument.obfuscatedFont" in types
    assert "<w:embedTrueTypeFonts/>" in settings


def test_docx_opens_in_libreoffice_in_amiri_and_reads_back(url: str, tmp_path: Path) -> None:
    out = tmp_path / "release.docx"
    assert main(["--db", url, "release", "docx", "2023", "-o", str(out)]) == 0
    profile = (tmp_path / "lo-profile").as_uri()
    fonts = tmp_path / "fonts.conf"
    fonts.write_text(NO_SYSTEM_AMIRI, encoding="utf-8")
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(out)],
        check=True, capture_output=True, timeout=240,
        env={**os.environ, "FONTCONFIG_FILE": str(fonts)},
    )
    pdf = tmp_path / "release.pdf"
    with pymupdf.open(pdf) as document:
        used = {font[3] for page in document for font in page.get_fonts()}
    assert used and all("Amiri" in name for name in used), used  # the embedded fonts
    text = pdfjs(pdf).text
    assert presentation_forms(text) == []
    for needed in ("المديرية العامة للأمن الوطني", "بلاغ", "مسودة غير صادرة"):
        assert needed in text, needed
    # LibreOffice's own PDF, read by pdf.js: HarfBuzz ligatures of Amiri («لم») and digits
    # beside Arabic cost it a few words; the paragraphs are there, in order, right to left.
    source = " ".join(seed()).split()
    matcher = difflib.SequenceMatcher(None, source, text.split(), autojunk=False)
    found = sum(block.size for block in matcher.get_matching_blocks())
    assert found / len(source) > 0.85, found / len(source)  # measured: 0.876


def test_docx_of_an_unknown_reference_is_refused(url: str, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.docx"
    assert main(["--db", url, "release", "docx", "2023/009", "-o", str(out)]) == 1
    assert "لا يوجد بلاغ صادر بالمرجع «2023/009»" in capsys.readouterr().err
    assert not out.exists()
