"""The consistency check reads the French version: its figures against the database, and
the same figures as the Arabic release — closing releases in both forms, openings and the
daily bulletins."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.model import ClosingForm, Edition, Language, Release, ReleaseKind
from balagh.documents.release.consistency import check_release, figures_stated
from balagh.documents.release.consistency_findings import DiscrepancyKind
from balagh.documents.release.consistency_fr import check_french, figures_stated_fr
from french_tools import bilingual_draft, editions


@pytest.fixture(scope="module")
def all_editions() -> list[Edition]:
    return editions()


def edition(all_editions: list[Edition], number: int) -> Edition:
    return next(e for e in all_editions if e.number == number)


def same_form(chosen: Edition, form: ClosingForm) -> Edition:
    return dataclasses.replace(chosen, options=dataclasses.replace(chosen.options,
                                                                   closing_form=form))


@pytest.mark.parametrize(
    ("number", "kind", "form"),
    [(5, ReleaseKind.CLOSING, ClosingForm.AUTOMATIC),  # the current form (2024)
     (5, ReleaseKind.CLOSING, ClosingForm.FORM_2023),
     (4, ReleaseKind.CLOSING, ClosingForm.AUTOMATIC),  # the 2023 form
     (4, ReleaseKind.CLOSING, ClosingForm.CURRENT),
     (2, ReleaseKind.CLOSING, ClosingForm.AUTOMATIC),
     (2, ReleaseKind.CLOSING, ClosingForm.CURRENT),  # «trois élèves» of a highlight
     (2, ReleaseKind.OPENING, ClosingForm.AUTOMATIC),  # the 56 demonstrations
     (5, ReleaseKind.OPENING, ClosingForm.AUTOMATIC),
     (4, ReleaseKind.OPENING, ClosingForm.AUTOMATIC)],
)
def test_french_draft_states_every_figure_of_the_arabic(
    all_editions: list[Edition], number: int, kind: ReleaseKind, form: ClosingForm
) -> None:
    """Both languages in the same closing form (the edition's choice): the French states
    every figure the Arabic states, with the same value, and both agree with the record."""
    chosen = same_form(edition(all_editions, number), form)
    release = bilingual_draft(chosen, all_editions, kind)
    arabic = figures_stated(release, chosen, DEFAULT_BY_KEY)
    french = figures_stated_fr(release, chosen, DEFAULT_BY_KEY)
    assert arabic and set(arabic) <= set(french)  # every figure of the Arabic, same value
    if kind is ReleaseKind.CLOSING:
        assert ("visitors_total", chosen.figures["visitors_total"].value) in french
    assert check_french(release, chosen, DEFAULT_BY_KEY, all_editions=all_editions) == []
    assert check_release(release, chosen, DEFAULT_BY_KEY, all_editions=all_editions) == []


def test_agadir_figures_stated(all_editions: list[Edition]) -> None:
    """Agadir 2024 in its current form: the figures of the published French version
    (2.120.000 visiteurs, plus de 1,4 million, 845 écoles, 1.242 associations, 170 médias,
    58.000 m² dont 10.000 m² couverts, 37 stands, 230 donneurs) and of the Arabic release."""
    agadir = edition(all_editions, 5)
    release = bilingual_draft(agadir, all_editions)
    french = figures_stated_fr(release, agadir, DEFAULT_BY_KEY)
    assert french == [
        ("visitors_total", 2120000), ("peak_visitors", 1400000), ("schools", 845),
        ("associations", 1242), ("media_outlets", 170), ("social_media_views", 25000000),
        ("area_m2", 58000), ("covered_area_m2", 10000), ("thematic_pavilions", 37),
        ("blood_donors", 230)]
    assert sorted(french) == sorted(figures_stated(release, agadir, DEFAULT_BY_KEY))
    text = " ".join(release.versions[Language.FR].paragraphs)
    assert "58.000\u00a0m², dont 10.000\u00a0m² couverts" in text
    assert "a enregistré un record d'affluence avec près de 2.120.000 visiteurs" in text


@pytest.mark.parametrize("day", [dt.date(2023, 5, 17), dt.date(2023, 5, 18)])
def test_fez_daily_bulletin_states_the_figures_of_the_arabic(
    all_editions: list[Edition], day: dt.date
) -> None:
    """The Fez 2023 bulletins of 17 and 18 May: the same figures in the same order in both
    languages (the published 18 May: 344.100 visiteurs in two days, près de 200.000 the
    second day, 72 médias, 216 déclarations à la presse)."""
    fez = edition(all_editions, 4)
    release = bilingual_draft(fez, all_editions, ReleaseKind.DAILY, day)
    arabic = figures_stated(release, fez, DEFAULT_BY_KEY)
    french = figures_stated_fr(release, fez, DEFAULT_BY_KEY)
    assert arabic and french == arabic
    assert check_release(release, fez, DEFAULT_BY_KEY, all_editions=all_editions) == []
    if day.day == 18:
        assert [key for key, _ in french] == ["visitors_total", "day_visitors",
                                              "visitors_total", "media_outlets",
                                              "press_statements"]
        assert [value for _, value in french] == [344100, 200000, 344100, 72, 216]


@pytest.mark.parametrize(
    ("old", "new", "kind", "value"),
    [
        ("ont accueilli 344.100 visiteurs", "ont accueilli 345.100 visiteurs",
         DiscrepancyKind.DIFFERS, 345100),
        ("par 72 médias", "par 73 médias", DiscrepancyKind.DIFFERS, 73),
        ("216 déclarations", "près de 216 déclarations", DiscrepancyKind.QUALIFIER, 216),
        ("près de 200.000 visiteurs", "près de deux cent mille visiteurs", None, None),
        ("près de 200.000 visiteurs", "près de 0,2 million de visiteurs", None, None),
        ("près de 200.000 visiteurs", "près de 210.000 visiteurs", DiscrepancyKind.DIFFERS,
         210000),
        ("au cours des deux premiers jours de", "au cours des trois premiers jours de",
         DiscrepancyKind.DATE, None),
        ("jusqu'au 21 mai", "jusqu'au 23 mai", DiscrepancyKind.DATE, None),
    ],
)
def test_edits_of_the_french_bulletin_are_caught(
    all_editions: list[Edition], old: str, new: str, kind: DiscrepancyKind | None,
    value: int | None,
) -> None:
    """The French bulletin of 18 May is read against the figures recorded as of that day."""
    fez = edition(all_editions, 4)
    release = edited(bilingual_draft(fez, all_editions, ReleaseKind.DAILY,
                                     dt.date(2023, 5, 18)), old, new)
    found = check_french(release, fez, DEFAULT_BY_KEY, all_editions=all_editions)
    if kind is None:
        assert found == []
        return
    assert [d.kind for d in found] == [kind], [d.message_fr for d in found]
    assert found[0].value == value


def test_the_first_french_bulletin_names_its_weekday(all_editions: list[Edition]) -> None:
    fez = edition(all_editions, 4)
    release = bilingual_draft(fez, all_editions, ReleaseKind.DAILY, dt.date(2023, 5, 17))
    text = " ".join(release.versions[Language.FR].paragraphs)
    assert "le mercredi 17 mai, une affluence de près de 145.000 visiteurs" in text
    wrong = edited(release, "le mercredi 17 mai", "le jeudi 17 mai")
    found = check_french(wrong, fez, DEFAULT_BY_KEY, all_editions=all_editions)
    assert [d.kind for d in found] == [DiscrepancyKind.DATE]


def edited(release: Release, old: str, new: str) -> Release:
    french = release.versions[Language.FR]
    joined = "\n".join(french.paragraphs)
    assert old in joined
    french.paragraphs = joined.replace(old, new, 1).split("\n")
    return release


@pytest.mark.parametrize(
    ("old", "new", "kind", "value"),
    [
        ("près de 2.120.000 visiteurs", "près de 2.210.000 visiteurs", DiscrepancyKind.DIFFERS,
         2210000),
        ("près de 2.120.000 visiteurs", "près de 2,2 millions de visiteurs",
         DiscrepancyKind.DIFFERS, 2200000),
        ("près de 2.120.000 visiteurs", "près de deux millions de visiteurs",
         DiscrepancyKind.DIFFERS, 2000000),
        ("près de 2.120.000 visiteurs", "près de 2 120 000 visiteurs", None, None),
        ("près de 2.120.000 visiteurs", "près de 2,12 millions de visiteurs", None, None),
        ("plus de 1,4\u00a0million", "près de 1,4 million", DiscrepancyKind.QUALIFIER, 1400000),
        ("plus de 1,4\u00a0million", "1,4 million", DiscrepancyKind.QUALIFIER_DROPPED, 1400000),
        ("230 donneurs", "320 donneurs", DiscrepancyKind.DIFFERS, 320),
        ("37 stands", "quelque 37 stands", DiscrepancyKind.QUALIFIER, 37),
        ("des 18 et 19 mai", "des 18 et 29 mai", DiscrepancyKind.DATE, None),
        ("le week-end des 18 et 19 mai", "les samedi 18 et lundi 19 mai", DiscrepancyKind.DATE,
         None),
        ("du 17 au 21 mai", "du 17 au 23 mai", DiscrepancyKind.DATE, None),
        ("La 5e édition", "La 6e édition", DiscrepancyKind.DIFFERS, 6),
        ("en deux jours", "en trois jours", DiscrepancyKind.DATE, None),
        ("avec 230 donneurs de sang", "avec 230 donneurs de sang et 1.300 policiers",
         DiscrepancyKind.NOT_RECORDED, 1300),
        ("avec 230 donneurs de sang", "avec 230 donneurs de sang, soit 12,5 %",
         DiscrepancyKind.DECIMAL, None),
        ("avec 230 donneurs de sang", "avec 230 donneurs de sang et 999 autres",
         DiscrepancyKind.UNKNOWN, 999),
    ],
)
def test_edits_of_the_french_text_are_caught(
    all_editions: list[Edition], old: str, new: str, kind: DiscrepancyKind | None,
    value: int | None,
) -> None:
    agadir = edition(all_editions, 5)
    release = edited(bilingual_draft(agadir, all_editions), old, new)
    found = check_french(release, agadir, DEFAULT_BY_KEY, all_editions=all_editions)
    if kind is None:
        assert found == []
        return
    assert [d.kind for d in found] == [kind], [d.message_fr for d in found]
    assert found[0].value == value
    assert found[0].message_ar.startswith("النسخة الفرنسية، الفقرة")
    assert found[0].message_fr.startswith("Version française, paragraphe")


def test_numbers_in_recorded_texts_are_not_read(all_editions: list[Edition]) -> None:
    """«un pavillon de divertissement de 750 m²» is the phrasebook's rendering of a
    highlight: a fact of the record, not a figure to check."""
    agadir = edition(all_editions, 5)
    release = bilingual_draft(agadir, all_editions)
    assert "750\u00a0m²" in " ".join(release.versions[Language.FR].paragraphs)
    assert check_french(release, agadir, DEFAULT_BY_KEY) == []


def test_the_release_check_reads_both_languages(all_editions: list[Edition]) -> None:
    """The check before issuing (``check_release``) covers the French version too."""
    agadir = edition(all_editions, 5)
    release = edited(bilingual_draft(agadir, all_editions), "230 donneurs", "320 donneurs")
    found = check_release(release, agadir, DEFAULT_BY_KEY, all_editions=all_editions)
    assert [(d.kind, d.value) for d in found] == [(DiscrepancyKind.DIFFERS, 320)]
    assert "النسخة الفرنسية" in found[0].message_ar


@pytest.mark.parametrize(
    ("number", "kind", "old", "new", "found"),
    [
        (5, ReleaseKind.CLOSING, "à Agadir,", "à Fès,", [(DiscrepancyKind.PLACE, "Fès")]),
        (5, ReleaseKind.CLOSING, "la ville d'Agadir", "la ville de Meknès",
         [(DiscrepancyKind.PLACE, "Meknès")]),
        (5, ReleaseKind.OPENING, "(Parc des expositions d'Agadir)", "(Place Bab Jdid)",
         [(DiscrepancyKind.PLACE, "Place Bab Jdid")]),
        (2, ReleaseKind.OPENING, "Deuxième du genre", "Troisième du genre",
         # the series phrase is no longer the database's: its city is read too
         [(DiscrepancyKind.PLACE, "Casablanca"),
          (DiscrepancyKind.ORDINAL, "Troisième du genre")]),
        (2, ReleaseKind.OPENING, "organisée à Casablanca", "organisée à Tanger",
         [(DiscrepancyKind.PLACE, "Tanger")]),
        (2, ReleaseKind.OPENING, "Deuxième du genre", "Deuxième du genre", []),
    ],
)
def test_places_and_ordinal_words_of_the_french_text(
    all_editions: list[Edition], number: int, kind: ReleaseKind, old: str, new: str,
    found: list[tuple[DiscrepancyKind, str]],
) -> None:
    """A city, a venue or an ordinal copied from another edition's French text is caught;
    the series phrase as the database gives it («après la première, organisée à Casablanca
    l'année dernière») is no mistake."""
    chosen = edition(all_editions, number)
    release = edited(bilingual_draft(chosen, all_editions, kind), old, new)
    findings = check_french(release, chosen, DEFAULT_BY_KEY, all_editions=all_editions)
    assert [(d.kind, d.text) for d in findings] == found
    assert all(d.message_fr.startswith("Version française, paragraphe") for d in findings)
