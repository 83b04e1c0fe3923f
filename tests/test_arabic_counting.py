"""Counted nouns: the seed's figures, the catalogue's nouns and the edge cases."""

from __future__ import annotations

import pytest

from balagh.arabic import count_phrase, noun_form
from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.model import NounForms


def noun(key: str) -> NounForms:
    return DEFAULT_BY_KEY[key].noun


# Every counted noun of the seed release (Fez 2023) and of the demo editions' facts.
SEED = [
    (1150000, "visitors_total", "accusative", "مليون و150 ألف زائر"),  # ناهز عددهم …
    (630000, "peak_visitors", "genitive", "630 ألف زائر"),  # فاقت أكثر من …
    (20000000, "social_media_views", "genitive", "20 مليون مشاهدة"),  # أكثر من …
    (2300, "police_staff", "accusative", "2300 موظف شرطة"),
    (150, "vehicles", "genitive", "150 مركبة"),
    (31, "thematic_pavilions", "genitive", "31 رواقا موضوعاتيا"),
    (465, "blood_donors", "genitive", "465 متبرعا للدم"),
    (344100, "first_days_visitors", "nominative", "344 ألف و100 زائر"),
    (72, "media_outlets", "nominative", "72 منبرا إعلاميا"),
    (187, "media_outlets", "nominative", "187 منبرا إعلاميا"),
    (216, "press_statements", "nominative", "216 تصريحا صحفيا"),
    (80000, "visitors_total", "accusative", "80 ألف زائر"),
    (260000, "visitors_total", "genitive", "260 ألف زائر"),
    (515000, "visitors_total", "accusative", "515 ألف زائر"),
    (17, "thematic_pavilions", "nominative", "17 رواقا موضوعاتيا"),
    (29, "thematic_pavilions", "nominative", "29 رواقا موضوعاتيا"),
    (16, "thematic_pavilions", "nominative", "16 رواقا موضوعاتيا"),
    (56, "demonstrations", "nominative", "56 عرضا"),
    (8, "demonstrations", "nominative", "8 عروض"),
    (10, "conferences", "nominative", "10 ندوات"),
]


@pytest.mark.parametrize(("n", "key", "case", "expected"), SEED)
def test_seed_and_demo_counted_nouns(n: int, key: str, case: str, expected: str) -> None:
    assert count_phrase(n, noun(key), case) == expected


# Edge cases with «زائر» (masculine) and «مركبة» (feminine, ta marbuta), by case.
VISITORS = [
    (0, "0 زائر", "0 زائر", "0 زائر"),
    (1, "زائر", "زائرا", "زائر"),
    (2, "زائران", "زائرين", "زائرين"),
    (3, "3 زوار", "3 زوار", "3 زوار"),
    (10, "10 زوار", "10 زوار", "10 زوار"),
    (11, "11 زائرا", "11 زائرا", "11 زائرا"),
    (99, "99 زائرا", "99 زائرا", "99 زائرا"),
    (100, "100 زائر", "100 زائر", "100 زائر"),
    (101, "101 زائر", "101 زائر", "101 زائر"),
    (102, "102 زائر", "102 زائر", "102 زائر"),
    (105, "105 زوار", "105 زوار", "105 زوار"),
    (111, "111 زائرا", "111 زائرا", "111 زائرا"),
    (1000, "ألف زائر", "ألف زائر", "ألف زائر"),
    (1001, "1001 زائر", "1001 زائر", "1001 زائر"),
    (1242, "1242 زائرا", "1242 زائرا", "1242 زائرا"),
    (2000, "ألفا زائر", "ألفي زائر", "ألفي زائر"),
    (3000, "3 آلاف زائر", "3 آلاف زائر", "3 آلاف زائر"),
    (10000, "10 آلاف زائر", "10 آلاف زائر", "10 آلاف زائر"),
    (11000, "11 ألف زائر", "11 ألف زائر", "11 ألف زائر"),
    (100000, "100 ألف زائر", "100 ألف زائر", "100 ألف زائر"),
    (999999, "999 ألف و999 زائرا", "999 ألف و999 زائرا", "999 ألف و999 زائرا"),
    (1000000, "مليون زائر", "مليون زائر", "مليون زائر"),
    (1000001, "مليون و1 زائر", "مليون و1 زائر", "مليون و1 زائر"),
    (1000005, "مليون و5 زوار", "مليون و5 زوار", "مليون و5 زوار"),
    (2000000, "مليونا زائر", "مليوني زائر", "مليوني زائر"),
    (2400000, "مليونان و400 ألف زائر", "مليونين و400 ألف زائر", "مليونين و400 ألف زائر"),
    (3500000, "3 ملايين و500 ألف زائر", "3 ملايين و500 ألف زائر", "3 ملايين و500 ألف زائر"),
    (12500000, "12 مليون و500 ألف زائر", "12 مليون و500 ألف زائر",
     "12 مليون و500 ألف زائر"),
    (1002000, "مليون وألفا زائر", "مليون وألفي زائر", "مليون وألفي زائر"),
]


@pytest.mark.parametrize(("n", "nominative", "accusative", "genitive"), VISITORS)
def test_visitors_by_case(n: int, nominative: str, accusative: str, genitive: str) -> None:
    visitor = noun("visitors_total")
    assert count_phrase(n, visitor) == nominative
    assert count_phrase(n, visitor, "accusative") == accusative
    assert count_phrase(n, visitor, "genitive") == genitive


VEHICLES = [
    (1, "مركبة", "مركبة"),
    (2, "مركبتان", "مركبتين"),
    (5, "5 مركبات", "5 مركبات"),
    (11, "11 مركبة", "11 مركبة"),
    (150, "150 مركبة", "150 مركبة"),
    (2000, "ألفا مركبة", "ألفي مركبة"),
]


@pytest.mark.parametrize(("n", "nominative", "oblique"), VEHICLES)
def test_feminine_noun_shows_no_alif(n: int, nominative: str, oblique: str) -> None:
    assert count_phrase(n, noun("vehicles")) == nominative
    assert count_phrase(n, noun("vehicles"), "genitive") == oblique


def test_multi_word_nouns_agree_as_a_whole() -> None:
    pavilion = noun("thematic_pavilions")
    assert count_phrase(1, pavilion, "accusative") == "رواقا موضوعاتيا"
    assert count_phrase(2, pavilion) == "رواقان موضوعاتيان"
    assert count_phrase(2, pavilion, "genitive") == "رواقين موضوعاتيين"
    assert count_phrase(4, pavilion) == "4 أروقة موضوعاتية"
    assert count_phrase(300, pavilion) == "300 رواق موضوعاتي"
    staff = noun("police_staff")
    assert count_phrase(2, staff) == "موظفا شرطة"
    assert count_phrase(7, staff) == "7 موظفي شرطة"
    assert count_phrase(25, staff) == "25 موظف شرطة"


def test_noun_form_alone() -> None:
    assert noun_form(465, noun("blood_donors")) == "متبرعا للدم"
    assert noun_form(2, noun("blood_donors"), "genitive") == "متبرعين للدم"
    assert noun_form(630000, noun("visitors_total")) == "زائر"


@pytest.mark.parametrize("kind", sorted(DEFAULT_BY_KEY))
def test_every_catalogue_noun_gives_distinct_forms_where_grammar_needs_them(kind: str) -> None:
    forms = noun(kind)
    assert count_phrase(3, forms) == f"3 {forms.plural}"
    assert count_phrase(15, forms) == f"15 {forms.accusative}"
    assert count_phrase(2300, forms) == f"2300 {forms.singular}"
    assert count_phrase(2, forms, "nominative") != count_phrase(2, forms, "genitive")
