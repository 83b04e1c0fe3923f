"""Facts a release states that are computed from the database, never typed in a template.

* :func:`record_comparison` — «مقارنة مع الدورة السابقة» / «الدورتين السابقتين» / «باقي
  الدورات السابقة» after the count of earlier editions, or None (no claim);
* :func:`area_phrase` — «مساحة تتجاوز هكتارا واحدا، جميعها مغطاة بالكامل»;
* :func:`series_place` — «الثانية بعد الأولى التي نظمت في الدار البيضاء، العام الماضي»;
* :func:`both_genders` — «مليونين و400 ألف زائر وزائرة».
"""

from __future__ import annotations

from collections.abc import Sequence

from balagh.core.comparisons import earlier_editions, is_record
from balagh.core.model import (
    Edition,
    FigureValue,
    Gender,
    NounForms,
    Qualifier,
    RecordWording,
)

HECTARE = NounForms("هكتار", "هكتاران", "هكتارين", "هكتارات", "هكتارا", Gender.MASCULINE)
SQUARE_METRE = NounForms("متر مربع", "متران مربعان", "مترين مربعين", "أمتار مربعة",
                         "مترا مربعا", Gender.MASCULINE)
# Nouns the daily bulletins use where the catalogue's differ («72 وسيلة إعلامية»,
# «216 تصريحا صحافيا»).
EXTRA_NOUNS: dict[str, NounForms] = {
    "media_means": NounForms("وسيلة إعلامية", "وسيلتان إعلاميتان", "وسيلتين إعلاميتين",
                             "وسائل إعلامية", "وسيلة إعلامية", Gender.FEMININE),
    "press_statements": NounForms("تصريح صحافي", "تصريحان صحافيان", "تصريحين صحافيين",
                                  "تصريحات صحافية", "تصريحا صحافيا", Gender.MASCULINE),
    "hectare": HECTARE,
}

_COMPARED = {
    RecordWording.EDITIONS: ("مقارنة مع الدورة السابقة", "مقارنة مع الدورتين السابقتين",
                             "مقارنة مع باقي الدورات السابقة"),
    RecordWording.YEARS: ("مقارنة مع العام السابق", "مقارنة مع العامين السابقين",
                          "مقارنة مع باقي الأعوام السابقة"),
}


def record_comparison(edition: Edition, all_editions: Sequence[Edition], key: str,
                      wording: RecordWording = RecordWording.EDITIONS) -> str | None:
    """What a record of ``key`` is compared with, or None when it is not a record.

    The count is of the earlier editions that recorded the figure (the claim is checked
    against them): one → «مقارنة مع الدورة السابقة», two → «مقارنة مع الدورتين
    السابقتين», more → «مقارنة مع باقي الدورات السابقة»; none → None (a first edition
    claims nothing).
    """
    return compared_with(edition, all_editions, key, _COMPARED[wording])


def compared_with(edition: Edition, all_editions: Sequence[Edition], key: str,
                  words: tuple[str, str, str]) -> str | None:
    """``words`` (one earlier edition, two, more) for a record of ``key``, in either
    language; None when it is not a record."""
    if not is_record(edition, all_editions, key):
        return None
    count = sum(1 for other in earlier_editions(edition, all_editions)
                if other.figures.get(key) is not None)
    one, two, more = words
    return {1: one, 2: two}.get(count, more)


def both_genders(phrase: str) -> str:
    """«… زائر» → «… زائر وزائرة»; «… زوار» → «… زوار وزائرات» (the 2025 release's
    «مليونين و400 ألف زائر وزائرة»)."""
    for noun, added in (("زائرا", "وزائرة"), ("زائر", "وزائرة"), ("زوار", "وزائرات")):
        if phrase.endswith(" " + noun) or phrase == noun:
            return f"{phrase} {added}"
    words = phrase.split(" ")
    for noun, added in (("زائرا", "وزائرة"), ("زائر", "وزائرة"), ("زوار", "وزائرات")):
        if noun in words:  # «زائرا واحدا» → «زائرا واحدا وزائرة»
            return f"{phrase} {added}"
    return phrase


def _hectares(value: int) -> tuple[int, bool] | None:
    """Whole (or whole-and-a-half) hectares, as the office rounds: 25000 → (2, True)."""
    if value >= 10000 and value % 10000 == 0:
        return value // 10000, False
    if value > 10000 and value % 10000 == 5000:
        return value // 10000, True
    return None


def _measure(value: int, case: str, qualifier: Qualifier = Qualifier.ABOUT) -> str:
    """An area in hectares when the office rounds it («تتجاوز هكتارا واحدا», «حوالي
    هكتارين ونصف»), in square metres when it is given exactly («58 ألف متر مربع»)."""
    from balagh.arabic.counting import count_phrase
    from balagh.documents.release.template_filters import ar_count

    hectares = _hectares(value) if qualifier is not Qualifier.EXACT else None
    if hectares is None:
        return ar_count(value, SQUARE_METRE, case)
    whole, half = hectares
    # «هكتارا واحدا» (the 2025 release), but «هكتارين ونصف», «3 هكتارات»
    text = ar_count(whole, HECTARE, case) if whole != 2 else count_phrase(2, HECTARE, case)
    return f"{text} ونصف" if half else text


def area_phrase(area: FigureValue, covered: FigureValue | None = None) -> str:
    """«مساحة 58 ألف متر مربع، منها 10 آلاف متر مربع مغطاة»; «مساحة تتجاوز هكتارا
    واحدا، جميعها مغطاة بالكامل»; «مساحة تناهز 3 هكتارات» (to follow «على»)."""
    if area.qualifier is Qualifier.MORE_THAN:
        text = f"مساحة تتجاوز {_measure(area.value, 'accusative', area.qualifier)}"
    elif area.qualifier is Qualifier.ABOUT:
        text = f"مساحة تناهز {_measure(area.value, 'accusative', area.qualifier)}"
    else:
        text = f"مساحة {_measure(area.value, 'genitive', area.qualifier)}"
    if covered is not None and covered.value:
        if covered.value >= area.value:
            text += "، جميعها مغطاة بالكامل"
        else:
            text += f"، منها {_measure(covered.value, 'nominative', covered.qualifier)} مغطاة"
    return text


def series_place(edition: Edition, all_editions: Sequence[Edition]) -> str:
    """The edition's place in the series: «الثانية بعد الأولى التي نظمت في الدار البيضاء،
    العام الماضي»; a first edition «الأولى من نوعها»."""
    from balagh.arabic.ordinals import ordinal_word

    own = ordinal_word(edition.number, "f")
    earlier = earlier_editions(edition, all_editions)
    if not earlier:
        return f"{own} من نوعها"
    previous = earlier[-1]
    gap = edition.year - previous.year
    when = {0: "هذا العام", 1: "العام الماضي"}.get(gap, f"سنة {previous.year}")
    return (f"{own} بعد {ordinal_word(previous.number, 'f')} التي نظمت في "
            f"{previous.city_ar}، {when}")


def first_days_phrase(count: int) -> str:
    """«اليوم الأول», «اليومين الأولين», «الأيام الثلاثة الأولى», … (after «خلال»)."""
    if count == 1:
        return "اليوم الأول"
    if count == 2:
        return "اليومين الأولين"
    words = ["الثلاثة", "الأربعة", "الخمسة", "الستة", "السبعة", "الثمانية", "التسعة",
             "العشرة"]
    if count <= 10:
        return f"الأيام {words[count - 3]} الأولى"
    return f"الأيام الـ{count} الأولى"


