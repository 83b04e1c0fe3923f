"""Qualifiers: «ناهز» / «حوالي», «فاق» / «أكثر من», exact — and the case they give."""

from __future__ import annotations

import pytest

from balagh.arabic import (
    Case,
    LanguageError,
    qualified_count,
    qualifier_case,
    qualifier_phrase,
    qualifier_word,
)
from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.model import Qualifier

VISITOR = DEFAULT_BY_KEY["visitors_total"].noun

PHRASES = [
    (Qualifier.ABOUT, "verb", False, "ناهز مليون و150 ألف زائر"),
    (Qualifier.ABOUT, "verb", True, "ناهزت مليون و150 ألف زائر"),
    (Qualifier.ABOUT, "adverb", False, "حوالي مليون و150 ألف زائر"),
    (Qualifier.MORE_THAN, "verb", False, "فاق مليون و150 ألف زائر"),
    (Qualifier.MORE_THAN, "verb", True, "فاقت مليون و150 ألف زائر"),
    (Qualifier.MORE_THAN, "adverb", False, "أكثر من مليون و150 ألف زائر"),
    (Qualifier.EXACT, "verb", False, "مليون و150 ألف زائر"),
    (Qualifier.EXACT, "adverb", True, "مليون و150 ألف زائر"),
]


@pytest.mark.parametrize(("qualifier", "style", "feminine", "expected"), PHRASES)
def test_qualifier_phrase(qualifier: Qualifier, style: str, feminine: bool,
                          expected: str) -> None:
    assert qualifier_phrase(qualifier, "مليون و150 ألف زائر", style,
                            feminine=feminine) == expected
    # the same with the qualifier given as a string
    assert qualifier_phrase(qualifier.value, "مليون و150 ألف زائر", style,
                            feminine=feminine) == expected


def test_seed_phrases() -> None:
    # «بحصيلة إجمالية فاقت أكثر من 630 ألف زائر» — the seed writes both words.
    phrase = qualified_count(630000, VISITOR, "more_than", "adverb")
    assert f"{qualifier_word('more_than', 'verb', feminine=True)} {phrase}" == (
        "فاقت أكثر من 630 ألف زائر")
    views = DEFAULT_BY_KEY["social_media_views"].noun
    assert qualified_count(20000000, views, "more_than") == "أكثر من 20 مليون مشاهدة"
    assert qualified_count(1150000, VISITOR, "about", "verb") == "ناهز مليون و150 ألف زائر"


def test_the_qualifier_decides_the_case() -> None:
    assert qualifier_case("about", "verb") is Case.ACCUSATIVE
    assert qualifier_case("more_than", "verb") is Case.ACCUSATIVE
    assert qualifier_case("about", "adverb") is Case.GENITIVE
    assert qualifier_case("more_than", "adverb") is Case.GENITIVE
    assert qualifier_case("exact", "verb") is Case.NOMINATIVE
    assert qualifier_case("exact", "verb", "accusative") is Case.ACCUSATIVE
    assert qualified_count(2000, VISITOR, "about", "verb") == "ناهز ألفي زائر"
    assert qualified_count(2000, VISITOR, "more_than") == "أكثر من ألفي زائر"
    assert qualified_count(2000, VISITOR, "exact") == "ألفا زائر"
    assert qualified_count(2, VISITOR, "about", "verb") == "ناهز زائرين"
    assert qualified_count(2400000, VISITOR, "exact") == "مليونان و400 ألف زائر"
    assert qualified_count(2400000, VISITOR, "about", "adverb") == "حوالي مليونين و400 ألف زائر"


def test_unknown_qualifier_and_style_are_named() -> None:
    with pytest.raises(LanguageError) as caught:
        qualifier_phrase("roughly", "465")
    assert "roughly" in caught.value.message_ar
    with pytest.raises(LanguageError) as caught:
        qualifier_phrase("about", "465", "noun")
    assert "noun" in caught.value.message_ar
    assert "verb" in caught.value.message_fr
