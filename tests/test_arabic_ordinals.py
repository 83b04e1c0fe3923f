"""Edition ordinals, feminine and masculine, 1 to 999."""

from __future__ import annotations

import pytest

from balagh.arabic import LanguageError, ordinal_phrase, ordinal_word

FEMININE = [
    "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة",
    "التاسعة", "العاشرة", "الحادية عشرة", "الثانية عشرة", "الثالثة عشرة", "الرابعة عشرة",
    "الخامسة عشرة", "السادسة عشرة", "السابعة عشرة", "الثامنة عشرة", "التاسعة عشرة",
    "العشرون",
]
MASCULINE = [
    "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع",
    "العاشر", "الحادي عشر", "الثاني عشر", "الثالث عشر", "الرابع عشر", "الخامس عشر",
    "السادس عشر", "السابع عشر", "الثامن عشر", "التاسع عشر", "العشرون",
]


@pytest.mark.parametrize(("n", "expected"), list(enumerate(FEMININE, start=1)))
def test_feminine_ordinals_to_twenty(n: int, expected: str) -> None:
    assert ordinal_word(n) == expected
    assert ordinal_word(n, "f") == expected
    assert ordinal_phrase(n) == f"الدورة {expected}"


@pytest.mark.parametrize(("n", "expected"), list(enumerate(MASCULINE, start=1)))
def test_masculine_ordinals_to_twenty(n: int, expected: str) -> None:
    assert ordinal_word(n, "m") == expected


@pytest.mark.parametrize(
    ("n", "gender", "case", "expected"),
    [
        (20, "f", "genitive", "العشرين"),
        (21, "f", "nominative", "الحادية والعشرون"),
        (21, "m", "nominative", "الحادي والعشرون"),
        (22, "f", "accusative", "الثانية والعشرين"),
        (30, "m", "nominative", "الثلاثون"),
        (40, "f", "nominative", "الأربعون"),
        (50, "f", "nominative", "الخمسون"),
        (60, "f", "nominative", "الستون"),
        (70, "f", "nominative", "السبعون"),
        (80, "f", "genitive", "الثمانين"),
        (99, "f", "nominative", "التاسعة والتسعون"),
        (11, "f", "genitive", "الحادية عشرة"),
    ],
)
def test_tens_change_with_case(n: int, gender: str, case: str, expected: str) -> None:
    assert ordinal_word(n, gender, case) == expected


def test_edition_phrases() -> None:
    assert ordinal_phrase(4, "النسخة") == "النسخة الرابعة"
    assert ordinal_phrase(1) == "الدورة الأولى"
    assert ordinal_phrase(11) == "الدورة الحادية عشرة"
    assert ordinal_phrase(3, "المعرض", "m") == "المعرض الثالث"


@pytest.mark.parametrize(("n", "gender", "case", "expected"), [
    (100, "f", "nominative", "المائة"),
    (100, "m", "genitive", "المائة"),
    (101, "f", "nominative", "الأولى بعد المائة"),
    (101, "m", "nominative", "الأول بعد المائة"),
    (102, "f", "nominative", "الثانية بعد المائة"),
    (111, "f", "nominative", "الحادية عشرة بعد المائة"),
    (120, "f", "accusative", "العشرين بعد المائة"),
    (121, "f", "nominative", "الحادية والعشرون بعد المائة"),
    (200, "f", "nominative", "المائتان"),
    (200, "f", "genitive", "المائتين"),
    (201, "f", "nominative", "الأولى بعد المائتين"),
    (300, "f", "nominative", "الثلاثمائة"),
    (345, "m", "nominative", "الخامس والأربعون بعد الثلاثمائة"),
    (600, "f", "nominative", "الستمائة"),
    (999, "f", "nominative", "التاسعة والتسعون بعد التسعمائة"),
])
def test_hundreds(n: int, gender: str, case: str, expected: str) -> None:
    assert ordinal_word(n, gender, case) == expected


def test_edition_one_hundred_and_one_hundred_and_one() -> None:
    assert ordinal_phrase(100) == "الدورة المائة"
    assert ordinal_phrase(101) == "الدورة الأولى بعد المائة"
    assert ordinal_phrase(200, case="accusative") == "الدورة المائتين"


def test_every_ordinal_to_999_is_written_in_words() -> None:
    words = {ordinal_word(n) for n in range(1, 1000)}
    assert len(words) == 999  # no two editions share a name
    assert all(not any(ch.isdigit() for ch in word) for word in words)


def test_french_edition_ordinals_to_999() -> None:
    from balagh.arabic import edition_fr

    assert edition_fr(100) == "100e édition"
    assert edition_fr(101) == "101e édition"
    assert edition_fr(999) == "999e édition"


@pytest.mark.parametrize("bad", [0, -1, 1000])
def test_out_of_range_is_refused(bad: int) -> None:
    with pytest.raises(LanguageError) as caught:
        ordinal_word(bad)
    assert "999" in caught.value.message_ar


def test_unknown_gender_is_named() -> None:
    with pytest.raises(LanguageError) as caught:
        ordinal_word(3, "x")
    assert "«x»" in caught.value.message_ar
