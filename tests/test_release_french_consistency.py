"""The consistency check reads the French version: its figures against the database, and
the same figures as the Arabic release."""

from __future__ import annotations

import pytest

from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.model import Edition, Language, Release, ReleaseKind
from balagh.documents import check_release
from balagh.documents.consistency import DiscrepancyKind, figures_stated
from balagh.documents.consistency_fr import check_french, figures_stated_fr
from french_tools import bilingual_draft, editions


@pytest.fixture(scope="module")
def all_editions() -> list[Edition]:
    return editions()


def edition(all_editions: list[Edition], number: int) -> Edition:
    return next(e for e in all_editions if e.number == number)


@pytest.mark.parametrize(("number", "kind"), [(5, ReleaseKind.CLOSING), (4, ReleaseKind.CLOSING),
                                              (2, ReleaseKind.CLOSING), (5, ReleaseKind.OPENING)])
def test_french_draft_states_every_figure_of_the_arabic(
    all_editions: list[Edition], number: int, kind: ReleaseKind
) -> None:
    chosen = edition(all_editions, number)
    if number == 5 and kind is ReleaseKind.CLOSING:
        # The French templates follow the 2023 form; the Arabic current form (visitor
        # breakdown, area, media activities) has no French counterpart yet.
        import dataclasses

        from balagh.core.model import ClosingForm, ReleaseOptions

        chosen = dataclasses.replace(
            chosen, options=ReleaseOptions(closing_form=ClosingForm.FORM_2023))
    release = bilingual_draft(chosen, all_editions, kind)
    arabic = figures_stated(release, chosen, DEFAULT_BY_KEY)
    french = figures_stated_fr(release, chosen, DEFAULT_BY_KEY)
    assert arabic and set(arabic) <= set(french)  # every figure of the Arabic, same value
    if kind is ReleaseKind.CLOSING:
        assert ("visitors_total", chosen.figures["visitors_total"].value) in french
    assert check_french(release, chosen, DEFAULT_BY_KEY, all_editions=all_editions) == []
    assert check_release(release, chosen, DEFAULT_BY_KEY, all_editions=all_editions) == []


def test_agadir_figures_stated(all_editions: list[Edition]) -> None:
    agadir = edition(all_editions, 5)
    release = bilingual_draft(agadir, all_editions)
    # as the office's French release: the breakdown of the peak and the area as well
    assert figures_stated_fr(release, agadir, DEFAULT_BY_KEY) == [
        ("visitors_total", 2120000), ("peak_visitors", 1400000), ("schools", 845),
        ("associations", 1242), ("media_outlets", 170), ("social_media_views", 25000000),
        ("area_m2", 58000), ("thematic_pavilions", 37), ("blood_donors", 230)]


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
