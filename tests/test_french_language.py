"""The French language layer: the office's figures, agreement, qualifiers, dates, ordinals,
typography and the phrasebook."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jinja2
import pytest

from balagh.arabic import LanguageError
from balagh.core.errors import BalaghError
from balagh.core.model import FigureValue, Qualifier
from balagh.french import (
    Phrasebook,
    count_fr,
    date_range_fr,
    days_fr,
    edition_fr,
    french_typography,
    number_fr,
    number_words_fr,
    ordinal_fr,
    qualifier_fr,
    weekend_fr,
)
from balagh.french.filters import FR_FILTERS

D = dt.date
NNBSP, NBSP = "\u202f", "\u00a0"


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (230, "230"), (1242, "1.242"), (58000, "58.000"), (2120000, "2.120.000"),
        (1400000, "1,4 million"), (1000000, "1 million"), (2000000, "2 millions"),
        (29000000, "29 millions"), (2100000, "2,1 millions"), (1150000, "1.150.000"),
    ],
)
def test_figures_follow_the_offices_rule(n: int, expected: str) -> None:
    """Whole tenths of a million in words, every other figure in dot-grouped digits."""
    assert number_fr(n) == expected


def test_nouns_agree_with_their_figure() -> None:
    assert count_fr(1, "donneur", "donneurs") == "1 donneur"
    assert count_fr(230, "donneur", "donneurs") == "230 donneurs"
    assert count_fr(1000000, "visiteur", "visiteurs") == "1 million de visiteurs"
    assert count_fr(2000000, "visiteur", "visiteurs") == "2 millions de visiteurs"
    assert count_fr(29000000, "abonné", "abonnés") == "29 millions d'abonnés"


def test_qualifiers() -> None:
    assert qualifier_fr("about", "1.500 organisations") == "près de 1.500 organisations"
    assert qualifier_fr("about", "2.300 policiers", "quelque") == "quelque 2.300 policiers"
    assert qualifier_fr("about", "145.000 visiteurs", "environ") == "environ 145.000 visiteurs"
    assert qualifier_fr("more_than", "1,4 million de visiteurs") == (
        "plus de 1,4 million de visiteurs")
    assert qualifier_fr("more_than", "8 associations") == "plus de 8 associations"
    with pytest.raises(LanguageError):
        qualifier_fr("about", "x", "presque")


def test_dates_and_ranges() -> None:
    assert date_range_fr(D(2024, 5, 17), D(2024, 5, 21)) == "du 17 au 21 mai 2024"
    assert date_range_fr(D(2024, 5, 17), D(2024, 5, 21), D(2024, 5, 22)) == "du 17 au 21 mai"
    assert date_range_fr(D(2025, 9, 28), D(2025, 10, 2), D(2025, 10, 3)) == (
        "du 28 septembre au 2 octobre")
    assert date_range_fr(D(2024, 12, 28), D(2025, 1, 2), D(2025, 1, 3)) == (
        "du 28 décembre 2024 au 2 janvier 2025")
    assert days_fr([D(2024, 5, 19), D(2024, 5, 18)]) == "les samedi 18 et dimanche 19 mai"
    assert days_fr([D(2024, 5, 18)]) == "le samedi 18 mai"
    assert days_fr([D(2024, 5, 31), D(2024, 6, 1)]) == "les vendredi 31 mai et samedi 1er juin"
    assert weekend_fr([D(2024, 5, 18), D(2024, 5, 19)]) == "le week-end des 18 et 19 mai"
    assert weekend_fr([D(2023, 5, 19), D(2023, 5, 20)]) == "les vendredi 19 et samedi 20 mai"


def test_ordinals_up_to_999() -> None:
    assert edition_fr(1) == "1re édition"
    assert edition_fr(5) == "5e édition"
    assert ordinal_fr(1, feminine=False) == "1er"
    assert ordinal_fr(21) == "21e"
    assert ordinal_fr(999) == "999e"
    for wrong in (0, 1000, -3):
        with pytest.raises(LanguageError):
            ordinal_fr(wrong)


def test_days_of_a_bulletin_and_the_place_in_the_series() -> None:
    """The bulletin's «la deuxième journée», «au cours des deux premiers jours» and the
    opening's «Deuxième du genre, après la première, organisée à Casablanca l'année
    dernière» (from the earlier editions)."""
    from balagh.core.model import Edition
    from balagh.documents.release.facts_fr import series_place_fr
    from balagh.french.ordinals import day_ordinal_fr, first_days_fr, ordinal_word_fr

    assert day_ordinal_fr(1) == "la première journée"
    assert day_ordinal_fr(2) == "la deuxième journée"
    assert day_ordinal_fr(12) == "la 12e journée"
    assert first_days_fr(1) == "la première journée"
    assert first_days_fr(2) == "les deux premiers jours"
    assert first_days_fr(5) == "les cinq premiers jours"
    assert first_days_fr(14) == "les 14 premiers jours"
    assert ordinal_word_fr(10) == "dixième" and ordinal_word_fr(11) == "11e"
    for wrong in (0, True, 1000):
        with pytest.raises(LanguageError):
            first_days_fr(wrong)
    rendered = jinja2.Environment(autoescape=False)
    rendered.filters.update(FR_FILTERS)
    text = rendered.from_string("au cours {{ 2 | fr_first_days | fr_de }}").render()
    assert text == "au cours des deux premiers jours"
    first = Edition(1, "الدار البيضاء", "Casablanca", D(2017, 9, 14), D(2017, 9, 16))
    second = Edition(2, "مراكش", "Marrakech", D(2018, 9, 26), D(2018, 9, 30))
    fourth = Edition(4, "فاس", "Fès", D(2023, 5, 17), D(2023, 5, 21))
    assert series_place_fr(first, [first, second]) == "première du genre"
    assert series_place_fr(second, [first, second]) == (
        "deuxième du genre, après la première, organisée à Casablanca l'année dernière")
    assert series_place_fr(fourth, [first, second, fourth]).endswith(
        "après la deuxième, organisée à Marrakech en 2018")


@pytest.mark.parametrize(
    ("text", "value"),
    [("deux millions", 2_000_000), ("un million", 1_000_000), ("trois cent mille", 300_000),
     ("dix-sept", 17), ("quatre-vingt-dix", 90), ("deux cent trente", 230),
     ("un million quatre cent mille", 1_400_000), ("mille deux cent quarante-deux", 1242)],
)
def test_spelled_out_figures_read_back(text: str, value: int) -> None:
    assert number_words_fr(text) == value


def test_typography_puts_the_no_break_spaces() -> None:
    text = french_typography("Bilan : « la police citoyenne » ! Sur 58.000 m², 12,5 % ?")
    assert text == (f"Bilan{NNBSP}: «{NNBSP}la police citoyenne{NNBSP}»{NNBSP}! "
                    f"Sur 58.000{NBSP}m², 12,5{NBSP}%{NNBSP}?")
    assert french_typography(text) == text
    assert french_typography("à 10:30, voir https://www.dgsn.gov.ma:443/a") == (
        "à 10:30, voir https://www.dgsn.gov.ma:443/a")
    assert french_typography("plus de 1,4 million") == f"plus de 1,4{NBSP}million"


def render(source: str, **context: object) -> str:
    env = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=False)
    env.filters.update(FR_FILTERS)
    return env.from_string(source).render(**context)


def test_template_filters() -> None:
    book = Phrasebook.builtin()
    peak = FigureValue(1400000, Qualifier.MORE_THAN, [D(2024, 5, 18), D(2024, 5, 19)])
    assert render("{{ p | fr_figure(n) }}", p=peak, n=book.noun("peak_visitors")) == (
        "plus de 1,4 million de visiteurs")
    assert render("{{ 1 | fr_figure(n) }}", n=book.noun("blood_donors")) == "1 donneur de sang"
    assert render("{{ p.days | fr_weekend }}", p=peak) == "le week-end des 18 et 19 mai"
    assert render("{{ 'le Centre' | fr_de }} {{ 'les élèves' | fr_a }} {{ 'Agadir' | fr_de }}"
                  ) == "du Centre aux élèves d'Agadir"
    assert render("{{ 2300 | fr_count('policier', 'policiers') }}") == "2.300 policiers"


def test_user_phrasebook_adds_and_replaces_entries(tmp_path: Path) -> None:
    user = tmp_path / "phrasebook.fr.json"
    user.write_text(json.dumps({"glossary": {"تدبير الكوارث": "la gestion des crises",
                                             "جديد": "nouveau"},
                                "nouns": {"vehicles": {"gender": "f",
                                                       "forms": [["voiture", "voitures"]]}}},
                               ensure_ascii=False), encoding="utf-8")
    book = Phrasebook.load(user)
    assert book.translate("تدبير الكوارث") == "la gestion des crises"
    assert book.translate("جديد") == "nouveau"
    assert book.translate("الشباب") == "les jeunes"  # built-in entries stay
    assert book.noun("vehicles").count(150) == "150 voitures"
    user.write_text("{broken", encoding="utf-8")
    with pytest.raises(BalaghError) as error:
        Phrasebook.load(user)
    assert "المعجم الفرنسي" in error.value.message_ar
    assert "lexique français" in error.value.message_fr
