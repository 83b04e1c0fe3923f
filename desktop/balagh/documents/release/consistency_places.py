"""The check before issuing, beyond numbers: the period, the city, the venue and the ordinal.

The mistakes it catches are those of a text copied from last year's release and edited:

* a period «من 13 إلى 16 ماي» that is not the edition's («من 13 إلى 17 ماي»);
* a city of another edition or another Moroccan city named where the edition is elsewhere
  («فاس» in the release of the Oujda edition);
* the venue of another edition («ساحة باب المكينة») instead of this one's;
* an ordinal «الدورة الرابعة» / «النسخة الخامسة» that is not the edition's number.

Each finding is a :class:`~.consistency_findings.Discrepancy` of kind ``DATE``,
``PLACE`` or ``ORDINAL`` naming the paragraph. Texts taken whole from the edition's record
(its audiences, partners, highlights…) are not read, like the numbers inside them.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence

from balagh.arabic.dates import month_name
from balagh.arabic.ordinals import MAX_ORDINAL, ordinal_word
from balagh.core.digits import normalise_digits
from balagh.core.model import Edition, Release
from balagh.documents.release.consistency_findings import (
    Discrepancy,
    DiscrepancyKind,
    paragraph_finding,
)
from balagh.messages import Localizable, PerLanguage, msg

#: Main Moroccan cities (the regions' seats and large towns; common knowledge): a city named
#: in a release must be the edition's. The cities of the recorded editions are added.
MOROCCAN_CITIES = (
    "الرباط", "الدار البيضاء", "فاس", "مراكش", "طنجة", "أكادير", "مكناس", "وجدة", "القنيطرة",
    "تطوان", "العيون", "الداخلة", "الجديدة", "آسفي", "بني ملال", "الناظور", "سلا", "تمارة",
    "خريبكة", "الحسيمة", "ورزازات", "الرشيدية", "كلميم", "تازة", "سطات", "المحمدية",
    "العرائش", "الصويرة", "إفران", "خنيفرة", "برشيد", "تارودانت", "طانطان", "السمارة",
)

_PREFIXES = ("", "ب", "ل", "و", "وب", "ول", "بمدينة ", "لمدينة ", "مدينة ", "ومدينة ")
_RANGE = re.compile(r"من\s+(\d{1,2})\s+(?:(\S+)\s+)?(?:إلى|الى|حتى)\s+(\d{1,2})\s+(\S+)")
_ORDINAL_NOUNS = ("الدورة", "النسخة", "للدورة", "للنسخة", "بالدورة", "بالنسخة")


def _record_texts(edition: Edition) -> list[str]:
    texts = [*edition.audiences, *edition.partners, *edition.seminars, *edition.highlights,
             edition.theme]
    for pavilion in edition.joint_pavilions:
        texts += [pavilion.title, *pavilion.partners]
    return [t for t in texts if t.strip()]


def _masked(paragraph: str, edition: Edition) -> str:
    for text in sorted(_record_texts(edition), key=len, reverse=True):
        paragraph = paragraph.replace(text.strip(), " ■ ")
    return paragraph


def _contains_word(text: str, word: str) -> bool:
    """``word`` (with an optional clitic or «بمدينة») as a whole word of ``text``."""
    alternatives = "|".join(re.escape(prefix + word) for prefix in _PREFIXES)
    return re.search(rf"(?<![\w])(?:{alternatives})(?![\w])", text) is not None


def _finding(kind: DiscrepancyKind, index: int, text: str, finding: Localizable) -> Discrepancy:
    return Discrepancy(kind, index, text, paragraph_finding(index, finding))


def _inside(edition: Edition, month: int, day: int) -> bool:
    """Whether day ``day`` of ``month`` (in the edition's years) falls within the edition."""
    for year in {edition.start_date.year, edition.end_date.year}:
        try:
            if edition.start_date <= dt.date(year, month, day) <= edition.end_date:
                return True
        except ValueError:
            continue
    return False


@functools.cache
def _months() -> dict[str, int]:
    return {month_name(m): m for m in range(1, 13)}


def _check_ranges(index: int, text: str, edition: Edition) -> list[Discrepancy]:
    months = _months()
    found: list[Discrepancy] = []
    start, end = edition.start_date, edition.end_date
    for match in _RANGE.finditer(normalise_digits(text)):
        first, first_month, last, last_month = match.groups()
        month = months.get(last_month.strip("،,."))
        if month is None:
            continue
        begin_month = months.get((first_month or "").strip("،,."), month)
        written = (int(first), begin_month, int(last), month)
        if written == (start.day, start.month, end.day, end.month):
            continue
        if not _inside(edition, begin_month, int(first)) or not _inside(edition, month,
                                                                          int(last)):
            continue  # a day outside the edition: the numbers' check reports that day
        found.append(_finding(
            DiscrepancyKind.DATE, index, match.group(0),
            msg("الفترة «{period}» ليست فترة الدورة (من {start} إلى {end})",
                period=match.group(0),
                start=PerLanguage(ar=f"{start.day}/{start.month}", fr=start.isoformat()),
                end=PerLanguage(ar=f"{end.day}/{end.month}", fr=end.isoformat()))))
    return found


def _check_cities(index: int, text: str, edition: Edition,
                  editions: Sequence[Edition]) -> list[Discrepancy]:
    own = {edition.city_ar.strip()}
    others = {e.city_ar.strip() for e in editions} | set(MOROCCAN_CITIES)
    found: list[Discrepancy] = []
    for city in sorted(others - own - {""}, key=len, reverse=True):
        if any(city in mine for mine in own):  # «الدار البيضاء» contains no other city
            continue
        if _contains_word(text, city):
            found.append(_finding(
                DiscrepancyKind.PLACE, index, city,
                msg("المدينة «{city}» مذكورة، والدورة منظمة في «{own}»", city=city,
                    own=PerLanguage(ar=edition.city_ar, fr=edition.city_fr or edition.city_ar))))
    return found


def _check_venues(index: int, text: str, edition: Edition,
                  editions: Sequence[Edition]) -> list[Discrepancy]:
    own = edition.venue_ar.strip()
    found: list[Discrepancy] = []
    for other in editions:
        venue = other.venue_ar.strip()
        if other.number == edition.number or not venue or venue == own or venue not in text:
            continue
        found.append(_finding(
            DiscrepancyKind.PLACE, index, venue,
            msg("مكان التنظيم «{venue}» هو مكان الدورة {number}، ومكان هذه الدورة «{own}»",
                venue=venue, number=other.number,
                own=PerLanguage(ar=own or "غير مسجل", fr=edition.venue_fr or own))))
    return found


@functools.cache
def _ordinals() -> dict[str, int]:
    words: dict[str, int] = {}
    for n in range(1, min(MAX_ORDINAL, 60) + 1):
        for gender in ("f", "m"):
            for case in ("nominative", "accusative", "genitive"):
                words.setdefault(ordinal_word(n, gender, case), n)
    return words


def _check_ordinal(index: int, text: str, edition: Edition) -> list[Discrepancy]:
    words = _ordinals()
    found: list[Discrepancy] = []
    pattern = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    for noun in _ORDINAL_NOUNS:
        for match in re.finditer(rf"(?<![\w]){noun}\s+({pattern})(?![\w])", text):
            said = words[match.group(1)]
            if said == edition.number:
                continue
            found.append(_finding(
                DiscrepancyKind.ORDINAL, index, match.group(0),
                msg(
                    "«{group}» لا يطابق رقم الدورة ({number})",
                    group=match.group(0),
                    number=edition.number,
                )))
    return found


def _series_place(edition: Edition, editions: Sequence[Edition]) -> str:
    """The opening's place-in-the-series phrase as the database gives it ("" without it)."""
    if not editions:
        return ""
    from balagh.documents.release.facts import series_place

    return series_place(edition, list(editions))


def check_places(release: Release, edition: Edition,
                 editions: Sequence[Edition] = ()) -> list[Discrepancy]:
    """The period, city, venue and ordinal findings of ``release``'s paragraphs."""
    found: list[Discrepancy] = []
    series = _series_place(edition, editions)
    for index, paragraph in enumerate(release.paragraphs):
        text = _masked(paragraph, edition)
        if series and series in text:
            # «الثانية بعد الأولى التي نظمت في الدار البيضاء، العام الماضي» names the edition
            # before, as the database has it: that city is no mistake
            text = text.replace(series, "■" * len(series))
        found += _check_ranges(index, text, edition)
        found += _check_cities(index, text, edition, editions)
        found += _check_venues(index, text, edition, editions)
        found += _check_ordinal(index, text, edition)
    return found
