"""The title a release's documents show (viewer's title bar, browser tab, Word's
properties) names the release, its edition (city, year) and, once issued, its reference —
the same in the PDF, the DOCX and the HTML, in Arabic and French — and the subject is a
sentence in each language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from balagh.cli.main import main

# name: arguments of `balagh release pdf|docx|text` (the issued one by its reference)
RELEASES = {
    "opening": ["2018", "--kind", "opening"],
    "daily": ["2023", "--kind", "daily", "--date", "2023-05-18"],
    "closing": ["2025"],
    "issued": ["2023/001"],
}


def _run(*argv: str) -> None:
    assert main(list(argv)) == 0, argv


def _html_title(path: Path) -> str:
    found = re.search(r"<title>(.*?)</title>", path.read_text(encoding="utf-8"))
    assert found
    return found.group(1)


@pytest.fixture(scope="module")
def titles(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, dict[str, str]]]:
    """{"opening/fr": {"pdf": title, "docx": ..., "html": ..., "subject": ...}, ...}."""
    folder = tmp_path_factory.mktemp("titles")
    url = f"sqlite:///{(folder / 'office.db').as_posix()}"
    _run("--db", url, "demo")
    _run("--db", url, "release", "issue", "2023", "--lang", "both", "-o", str(folder / "i.pdf"))
    out: dict[str, dict[str, str]] = {}
    for name, args in RELEASES.items():
        if name == "issued":
            _run("--db", url, "release", "export", *args, "-o", str(folder / f"{name}.pdf"))
            _run("--db", url, "release", "export", *args, "--lang", "fr",
                 "-o", str(folder / f"{name}.fr.pdf"))
        else:
            _run("--db", url, "release", "pdf", *args, "--lang", "both",
                 "-o", str(folder / f"{name}.pdf"))
        _run("--db", url, "release", "docx", *args, "--lang", "both",
             "-o", str(folder / f"{name}.docx"))
        for language, suffix in (("ar", ""), ("fr", ".fr")):
            html = folder / f"{name}{suffix}.html"
            extra = ["--lang", "fr"] if language == "fr" else []
            _run("--db", url, "release", "text", *args, "--html", *extra, "-o", str(html))
            info = PdfReader(folder / f"{name}{suffix}.pdf").metadata
            assert info is not None
            core = docx.Document(str(folder / f"{name}{suffix}.docx")).core_properties
            out[f"{name}/{language}"] = {
                "pdf": str(info.title), "docx": core.title, "html": _html_title(html),
                "subject": str(info.subject), "docx-subject": core.subject,
            }
    yield out


EXPECTED = {
    "opening/ar": "بلاغ — الإعلان عن أيام الأبواب المفتوحة، مراكش 2018",
    "opening/fr": "Communiqué — Ouverture des Journées portes ouvertes, Marrakech 2018",
    "daily/ar": "بلاغ — النشرة اليومية لأيام الأبواب المفتوحة، فاس، 18 ماي 2023",
    "daily/fr": "Communiqué — Bulletin quotidien des Journées portes ouvertes, Fès, 18 mai 2023",
    "closing/ar": "بلاغ — اختتام أيام الأبواب المفتوحة، الجديدة 2025",
    "closing/fr": "Communiqué — Clôture des Journées portes ouvertes, El Jadida 2025",
    "issued/ar": "بلاغ — اختتام أيام الأبواب المفتوحة، فاس 2023 — المرجع: 2023/001",
    "issued/fr": "Communiqué — Clôture des Journées portes ouvertes, Fès 2023 — "
                 "Référence\u202f: 2023/001",
}


@pytest.mark.parametrize("key", list(EXPECTED))
def test_pdf_docx_and_html_carry_the_same_title(titles: dict[str, dict[str, str]],
                                                key: str) -> None:
    found = titles[key]
    assert found["pdf"] == found["docx"] == found["html"] == EXPECTED[key]


def test_every_release_has_its_own_title(titles: dict[str, dict[str, str]]) -> None:
    pdf_titles = [found["pdf"] for found in titles.values()]
    assert len(set(pdf_titles)) == len(pdf_titles)


SUBJECTS = {
    "opening/ar": "الإعلان عن الدورة الثانية لأيام الأبواب المفتوحة للأمن الوطني بمدينة مراكش "
                  "(2018)",
    "opening/fr": "Ouverture de la 2e édition des Journées portes ouvertes de la DGSN à "
                  "Marrakech (2018)",
    "daily/ar": "النشرة اليومية للدورة الرابعة لأيام الأبواب المفتوحة للأمن الوطني بمدينة فاس، "
                "18 ماي 2023",
    "daily/fr": "Bulletin quotidien de la 4e édition des Journées portes ouvertes de la DGSN à "
                "Fès, 18 mai 2023",
    "closing/ar": "اختتام الدورة السادسة لأيام الأبواب المفتوحة للأمن الوطني بمدينة الجديدة "
                  "(2025)",
    "closing/fr": "Clôture de la 6e édition des Journées portes ouvertes de la DGSN à El Jadida "
                  "(2025)",
}


@pytest.mark.parametrize("key", list(SUBJECTS))
def test_the_subject_is_a_sentence_with_the_edition_ordinal_and_city(
        titles: dict[str, dict[str, str]], key: str) -> None:
    assert titles[key]["subject"] == titles[key]["docx-subject"] == SUBJECTS[key]
