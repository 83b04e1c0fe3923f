"""The words the Arabic release check reads: qualifiers, scales, months, weekdays, counted
nouns, years and editions, and the record's texts hidden before numbers are read."""

from __future__ import annotations

import re
from collections.abc import Mapping

from balagh.core.model import (
    Edition,
    FigureKind,
)

MASK = "■"


ABOUT_WORDS = {"ناهز", "ناهزت", "حوالي", "زهاء", "قرابة", "نحو", "يناهز", "تناهز"}


MORE_WORDS = {"فاق", "فاقت", "يفوق", "تفوق", "تجاوز", "تجاوزت", "يتجاوز", "تتجاوز", "يتعدى",
               "أزيد", "يزيد", "تزيد"}


# «هكتارين ونصف»: an area in hectares is read in square metres.
HECTARES = {"هكتار": 1, "هكتارا": 1, "هكتارات": 1, "هكتاران": 1, "هكتارين": 1}


HECTARE = 10_000


# How many words before a number its qualifier may stand: «إذ ناهز عدد الوافدين على الفضاء في
# اليوم الثاني 200 ألف زائر» (the daily bulletin) puts six words between them.
QUALIFIER_REACH = 8


YEAR_WORDS = {"سنة", "عام", "لسنة", "لعام", "وسنة", "بسنة", "برسم", "منذ"}


# Before the edition's own year these make it a year: «دورة 2023», «في 2023».
EDITION_WORDS = {"دورة", "الدورة", "لدورة", "بدورة", "نسخة", "النسخة", "لنسخة", "في",
                  "خلال"}


# 1 and 2 written in words after their noun («زائرا واحدا», «مركبتين اثنتين»).
SMALL_WORDS = {"واحد": 1, "واحدا": 1, "واحدة": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2,
                "اثنتين": 2}


PERCENT_WORDS = (["في", "المائة"], ["في", "المئة"], ["بالمائة"], ["بالمئة"], ["%"])


CURRENT = "الجاري"


def scale_words() -> set[str]:
    from balagh.arabic.numbers import SCALES

    return {word for scale in SCALES for word in scale.forms()}


def months() -> dict[str, int]:
    from balagh.arabic import month_name

    return {month_name(m): m for m in range(1, 13)}


def weekdays() -> dict[str, int]:
    from balagh.arabic import weekday_name

    return {weekday_name(d): d for d in range(7)}


def noun_index(catalogue: Mapping[str, FigureKind]) -> list[tuple[list[str], str]]:
    """Every written form of every counted noun (as word lists), longest first."""
    forms: list[tuple[list[str], str]] = []
    for key, kind in catalogue.items():
        noun = kind.noun
        for form in {noun.singular, noun.dual_nominative, noun.dual_oblique, noun.plural,
                     noun.accusative}:
            forms.append((form.split(), key))
    forms.sort(key=lambda item: -len(item[0]))
    return forms


def mask_record_texts(text: str, edition: Edition) -> str:
    """Hide numbers inside texts quoted whole from the record (theme, seminars …)."""
    quoted = [edition.theme, edition.venue_ar, edition.city_ar, *edition.audiences,
              *edition.partners, *edition.seminars, *edition.highlights,
              *edition.noun_highlights, *edition.home_towns, *edition.demonstration_units]
    quoted += [p for pav in edition.joint_pavilions for p in [*pav.partners, pav.title]]
    for item in sorted((q for q in quoted if q and re.search(r"\d", q)), key=len, reverse=True):
        text = text.replace(item, re.sub(r"\d", MASK, item))
    return text


def scale_values() -> dict[str, int]:
    from balagh.arabic.numbers import SCALES

    return {word: scale.value for scale in SCALES for word in scale.forms()}


def extra_nouns(catalogue: Mapping[str, FigureKind]) -> list[tuple[list[str], str]]:
    """The bulletins' own nouns («72 وسيلة إعلامية», «216 تصريحا صحافيا») as the figures
    they count."""
    from balagh.documents.release.facts import EXTRA_NOUNS

    targets = {"media_means": "media_outlets", "press_statements": "press_statements"}
    forms: list[tuple[list[str], str]] = []
    for name, key in targets.items():
        if key not in catalogue:
            continue
        noun = EXTRA_NOUNS[name]
        for form in {noun.singular, noun.dual_nominative, noun.dual_oblique, noun.plural,
                     noun.accusative}:
            forms.append((form.split(), key))
    return forms
