"""The footer of a release PDF — «الصفحة 1 من 2» with «المرجع: 2023/001» (or «مسودة غير
صادرة»), «Page 1 sur 2» with «Référence : 2023/001» (or «Projet non émis») — copies out of
pdf.js, pdftotext and PyMuPDF as separate words, in both languages, draft and issued."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from balagh.cli.main import main
from pdf_readers import all_readers


def _run(*argv: str) -> None:
    assert main(list(argv)) == 0, argv


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    folder = tmp_path_factory.mktemp("footers")
    url = f"sqlite:///{(folder / 'office.db').as_posix()}"
    _run("--db", url, "demo")
    _run("--db", url, "release", "pdf", "2018", "--kind", "opening", "--lang", "both",
         "-o", str(folder / "draft.pdf"))
    _run("--db", url, "release", "issue", "2023", "--lang", "both",
         "-o", str(folder / "issued.pdf"))
    yield {"draft": folder / "draft.pdf", "draft-fr": folder / "draft.fr.pdf",
           "issued": folder / "issued.pdf", "issued-fr": folder / "issued.fr.pdf"}


EMBEDDINGS = dict.fromkeys(range(0x202A, 0x202F), " ")
#: The words every reader must return as words of their own (not glued to the next piece).
EXPECTED = {
    "draft": ["الصفحة", "من", "مسودة", "غير", "صادرة"],
    "draft-fr": ["Page", "sur", "Projet", "non", "émis"],
    "issued": ["الصفحة", "من", "2023/001"],
    "issued-fr": ["Page", "sur", "Référence", "2023/001"],
}


@pytest.mark.parametrize("name", list(EXPECTED))
def test_footer_pieces_are_separate_words_in_every_reader(made: dict[str, Path],
                                                          name: str) -> None:
    for reader, text in all_readers(made[name]).items():
        # poppler wraps Arabic and digit runs in bidi embeddings (U+202A-U+202C): run bounds
        words = text.translate(EMBEDDINGS).split()
        for word in EXPECTED[name]:
            assert word in words, (reader, name, word)
        for glued in ("sur 1Projet", "sur 2Référence", "الصفحة2023", "émisPage", "001Page"):
            assert glued not in text, (reader, name, glued)


@pytest.mark.parametrize("name", ["issued", "issued-fr"])
def test_every_page_has_its_number_and_the_reference(made: dict[str, Path],
                                                     name: str) -> None:
    texts = all_readers(made[name])
    label = "Page {} sur 2" if name.endswith("fr") else "الصفحة {} من 2"
    for page in (1, 2):  # pdf.js, in reading order
        assert label.format(page) in texts["pdf.js"], page
    for reader, text in texts.items():
        assert text.count("2023/001") == 2, (reader, name)  # on both pages
