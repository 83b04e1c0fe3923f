"""The French release: drafted from the same figures in the office's French, set as a
left-to-right PDF that reads back exactly."""

from __future__ import annotations

import datetime as dt
import io
import itertools
from pathlib import Path

import pytest
from pypdf import PdfReader

from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.model import Edition, Language, ReleaseKind
from balagh.documents.release.french import draft_french
from balagh.documents.release.pdf_fr import render_release_pdf_fr
from balagh.french import date_line_fr
from balagh.platform.settings import Settings
from french_tools import (
    bilingual_draft,
    editions,
    flat,
    pdftotext,
    pdftotext_body,
    pymupdf_body,
    pymupdf_text,
)

NNBSP = "\u202f"


@pytest.fixture(scope="module")
def all_editions() -> list[Edition]:
    return editions()


def by_number(all_editions: list[Edition], number: int) -> Edition:
    return next(e for e in all_editions if e.number == number)


def test_agadir_closing_in_the_offices_french(all_editions: list[Edition]) -> None:
    release = bilingual_draft(by_number(all_editions, 5), all_editions)
    french = release.versions[Language.FR]
    text = flat(" ".join(french.paragraphs))
    assert text.startswith(
        "La 5e édition des Journées portes ouvertes (JPO) de la Direction générale de la "
        "sûreté nationale (DGSN), tenue du 17 au 21 mai à Agadir, a enregistré un record "
        "d'affluence avec près de 2.120.000 visiteurs.")
    assert "culminant le week-end des 18 et 19 mai avec plus de 1,4 million de visiteurs" in text
    assert "plus de 25 millions de vues" in text
    assert ("incluant des élèves de 845 écoles, des représentants de plus de 1.242 associations "
            "et des correspondants de 170 médias.") in text
    assert ("Organisée sur une superficie de 58.000\u00a0m², dont 10.000\u00a0m² couverts,"
            in " ".join(french.paragraphs))
    assert "37 stands thématiques consacrés" in text
    assert "avec 230 donneurs de sang" in text
    assert "accueillie par la ville d'Agadir" in text
    assert "le Conseil national des droits de l'Homme (CNDH)" in text
    assert french.title == "Communiqué" and french.place == "Rabat"
    assert len(french.paragraphs) == 6


def test_recorded_texts_without_french_are_reported_not_written(
    all_editions: list[Edition],
) -> None:
    fez = by_number(all_editions, 4)
    fez.seminars.append("موضوع لم يترجم بعد")
    draft = draft_french(fez, all_editions, DEFAULT_BY_KEY, Settings(),
                         release_date=fez.end_date.replace(day=22))
    assert draft.untranslated == ["موضوع لم يترجم بعد"]
    assert "موضوع" not in " ".join(draft.version.paragraphs)


def test_no_record_and_no_figures_still_reads(all_editions: list[Edition]) -> None:
    first = by_number(all_editions, 1)
    first.figures.clear()
    release = bilingual_draft(first, all_editions)
    paragraphs = release.versions[Language.FR].paragraphs
    assert paragraphs[0].startswith(
        "La Direction générale de la sûreté nationale (DGSN) annonce la clôture de la 1re "
        "édition des Journées portes ouvertes (JPO), tenue")


def test_opening_announcement_in_french(all_editions: list[Edition]) -> None:
    release = bilingual_draft(by_number(all_editions, 5), all_editions, ReleaseKind.OPENING)
    first = release.versions[Language.FR].paragraphs[0]
    assert flat(first) == (
        "La Direction générale de la sûreté nationale (DGSN) organise la 5e édition des "
        "Journées portes ouvertes (JPO), sous le thème « Sûreté nationale : citoyenneté, "
        "responsabilité et solidarité », du 17 au 21 mai à Agadir (Parc des expositions "
        "d'Agadir).")


def test_opening_follows_the_arabic_order(all_editions: list[Edition]) -> None:
    """Marrakech 2018 as the Arabic announcement: theme, dates and place, the frame, the
    purpose with the place in the series (computed: the 2nd after Casablanca the year
    before), the 56 demonstrations with the units giving them, the seminars."""
    marrakech = by_number(all_editions, 2)
    release = bilingual_draft(marrakech, all_editions, ReleaseKind.OPENING)
    french = [flat(p) for p in release.versions[Language.FR].paragraphs]
    assert len(french) == len(release.paragraphs) == 5
    assert "sous le thème « Sûreté nationale... une police citoyenne », du 26 au 30 septembre" \
        in french[0]
    assert french[1].startswith("Cette manifestation de communication est organisée en "
                                "application des Hautes Instructions Royales")
    assert french[2].startswith("Deuxième du genre, après la première, organisée à "
                                "Casablanca l'année dernière, cette manifestation vise")
    assert french[3].startswith("Cette manifestation sera marquée par 56 démonstrations "
                                "présentées par les brigades de cavalerie de la sûreté "
                                "nationale, les équipes cynophiles de la police")
    assert "la stratégie nationale de lutte contre le terrorisme" in french[4]
    casablanca = by_number(all_editions, 1)
    first = bilingual_draft(casablanca, all_editions, ReleaseKind.OPENING)
    assert flat(first.versions[Language.FR].paragraphs[2]).startswith(
        "Première du genre, cette manifestation vise")


def test_typography_in_the_draft(all_editions: list[Edition]) -> None:
    release = bilingual_draft(by_number(all_editions, 4), all_editions)
    text = " ".join(release.versions[Language.FR].paragraphs)
    assert f"«{NNBSP}Tifli Mokhtafi{NNBSP}»" in text


#: The French documents read back: (edition, kind, day of a bulletin).
DOCUMENTS = [(5, ReleaseKind.CLOSING, None), (4, ReleaseKind.CLOSING, None),
             (5, ReleaseKind.OPENING, None), (4, ReleaseKind.DAILY, dt.date(2023, 5, 17)),
             (4, ReleaseKind.DAILY, dt.date(2023, 5, 18))]
DOCUMENT_IDS = ["agadir-closing", "fez-closing", "agadir-opening", "fez-day1", "fez-day2"]


@pytest.mark.parametrize(("number", "kind", "day"), DOCUMENTS, ids=DOCUMENT_IDS)
@pytest.mark.parametrize("style", ["bilingual", "french"])
def test_french_pdf_reads_back_exactly(
    all_editions: list[Edition], tmp_path: Path, style: str, number: int, kind: ReleaseKind,
    day: dt.date | None,
) -> None:
    release = bilingual_draft(by_number(all_editions, number), all_editions, kind, day)
    pdf = render_release_pdf_fr(release, Settings(french_letterhead=style))
    french = release.versions[Language.FR]
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    for reader, text, body in (("pdftotext", pdftotext(pdf, tmp_path),
                                pdftotext_body(pdf, tmp_path)),
                               ("pymupdf", pymupdf_text(pdf), pymupdf_body(pdf))):
        read = flat(text)
        body = flat(body)
        # the body is the date line, the title and the paragraphs, nothing else
        assert body == flat(" ".join([date_line_fr("Rabat", release.date), "Communiqué",
                                      *french.paragraphs])), reader
        assert "Communiqué" in read
        assert "Royaume du Maroc" in read and "Direction Générale de la Sûreté Nationale" in read
        if reader == "pymupdf":  # the Arabic letterhead lines of the bilingual paper
            assert ("المملكة المغربية" in read) is (style == "bilingual")
        assert f"Page {pages} sur {pages}" in read and "Projet non émis" in read
    meta = PdfReader(io.BytesIO(pdf))
    assert meta.metadata is not None and meta.metadata.title.startswith("Communiqué — ")
    assert by_number(all_editions, number).city_fr in meta.metadata.title  # the edition's city
    assert meta.trailer["/Root"].get("/Lang") == "fr-MA"
    assert "/Direction" not in str(meta.trailer["/Root"].get("/ViewerPreferences", {}))


@pytest.mark.parametrize(("number", "kind", "day"), DOCUMENTS, ids=DOCUMENT_IDS)
def test_french_pdf_reads_back_in_pdfjs(all_editions: list[Edition], tmp_path: Path,
                                        number: int, kind: ReleaseKind,
                                        day: dt.date | None) -> None:
    """pdf.js (Firefox) gets one item per line, in order; the only line-final hyphens are
    the hyphenation's (an existing hyphen is never a break point), so removing them gives
    the paragraphs back word for word."""
    from pdf_readers import pdfjs

    release = bilingual_draft(by_number(all_editions, number), all_editions, kind, day)
    path = tmp_path / "communique.pdf"
    path.write_bytes(render_release_pdf_fr(release, Settings()))
    read = pdfjs(path)
    assert read.lang == "fr-MA" and str(read.title).startswith("Communiqué — ")
    # the body of every page, without the letterhead (top) and the footer (bottom), so that
    # a paragraph continued on the next page reads on
    body = "".join(str(item["str"]) + ("\n" if item["hasEOL"] else "")
                   for page in read.pages for item in page
                   if 60.0 < float(str(item["y"])) < 750.0)
    text = flat(body.replace("-\n", ""))
    for paragraph in release.versions[Language.FR].paragraphs:
        assert flat(paragraph) in text, paragraph
    first = flat(release.versions[Language.FR].paragraphs[0])
    line_items = [flat(str(item["str"])).rstrip("-") for page in read.pages for item in page
                  if item["str"]]
    opening = next(item for item in line_items if first.startswith(item[:12]))
    assert first.startswith(opening)  # the first line is one item, whole


def pdf_lines(pdf: bytes) -> list[str]:
    """The lines of the PDF's pages as PyMuPDF reads them (no dehyphenation)."""
    import pymupdf

    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return [line for page in doc for line in page.get_text("text").splitlines()
                if line.strip()]


def test_french_pdf_breaks_lines_the_french_way(all_editions: list[Edition]) -> None:
    """No line of the PDF begins with «»», «:», «;», «!», «?», «%» or «m²», nor ends with
    «««: the no-break spaces of French typography hold in the set lines. Every line-final
    hyphen of a word is one of pyphen's French break points («ma-tière»)."""
    import pyphen

    release = bilingual_draft(by_number(all_editions, 4), all_editions)
    french = release.versions[Language.FR]
    sentence = "Bilan : « la police citoyenne » ! Sur 58.000 m², 12,5 % ? Oui ; c'est tout."
    from balagh.french import french_typography

    # the same sentence after prefixes of every length, so that each mark meets a line end
    french.paragraphs = [french_typography(" ".join(["mot"] * n + [sentence]))
                         for n in range(0, 24)] + french.paragraphs
    lines = pdf_lines(render_release_pdf_fr(release, Settings()))
    assert len(lines) > 60
    for line in lines:
        assert not line.lstrip().startswith(("»", ":", ";", "!", "?", "%", "m²")), line
        assert not line.rstrip().endswith("«"), line
    dictionary = pyphen.Pyphen(lang="fr")
    broken = [(a, b) for a, b in itertools.pairwise(lines)
              if a.endswith("-") and a[-2:-1].isalpha() and b[:1].isalpha()]
    assert broken  # the justified text is hyphenated
    for line, following in broken:
        head = line.split()[-1].rstrip("-")
        tail = following.split()[0].rstrip(".,;:")
        word = (head + tail).lower()
        assert len(head) in dictionary.positions(word), (head, tail)
