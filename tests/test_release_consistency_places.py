"""The check before issuing reads the period, the city, the venue and the ordinal
(``balagh.documents.release.consistency_places``): the mistakes of last year's text copied."""

from __future__ import annotations

import dataclasses
import datetime as dt

from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.model import Release, ReleaseKind
from balagh.documents.release.consistency import check_release
from balagh.documents.release.consistency_findings import DiscrepancyKind
from store_tools import fez_edition

D = dt.date


def release(*paragraphs: str) -> Release:
    return Release(4, ReleaseKind.CLOSING, "بلاغ", "الرباط", D(2023, 5, 22), list(paragraphs))


def kinds(text: str, edition=None, editions=()):  # type: ignore[no-untyped-def]
    fez = edition or fez_edition()
    found = check_release(release(text), fez, DEFAULT_BY_KEY, all_editions=list(editions))
    return [(f.kind, f.message_ar) for f in found]


def test_the_editions_own_period_passes_and_another_is_found() -> None:
    assert kinds("المقامة بمدينة فاس خلال الفترة الممتدة من 17 إلى 21 ماي الجاري.") == []
    [(kind, text)] = kinds("المقامة بمدينة فاس خلال الفترة الممتدة من 17 إلى 20 ماي الجاري.")
    assert kind is DiscrepancyKind.DATE and "من 17 إلى 20 ماي" in text and "الفقرة 1" in text


def test_a_range_ending_before_the_editions_last_day_is_found() -> None:
    fez = fez_edition()
    fez.start_date, fez.end_date = D(2023, 5, 13), D(2023, 5, 17)
    fez.daily_visitors = {}
    fez.figures["peak_visitors"].days = []
    found = kinds("من 13 إلى 16 ماي الجاري", fez)
    assert [k for k, _ in found] == [DiscrepancyKind.DATE]


def test_another_city_is_found() -> None:
    oujda = dataclasses.replace(fez_edition(), city_ar="وجدة", city_fr="Oujda", venue_ar="",
                                audiences=[])
    [(kind, text)] = kinds("زوار الأبواب المفتوحة المقامة بمدينة فاس.", oujda)
    assert kind is DiscrepancyKind.PLACE and "«فاس»" in text and "«وجدة»" in text
    assert kinds("زوار الأبواب المفتوحة المقامة بمدينة وجدة.", oujda) == []


def test_another_editions_venue_is_found() -> None:
    fez = fez_edition()
    oujda = dataclasses.replace(fez_edition(5), city_ar="وجدة", venue_ar="ساحة 16 غشت",
                                start_date=D(2024, 5, 17), end_date=D(2024, 5, 21))
    found = [f for f in kinds("بمدينة وجدة في ساحة باب المكينة.", oujda, [fez, oujda])
             if f[0] is not DiscrepancyKind.DATE]  # (the release's date is Fez's)
    assert [k for k, _ in found] == [DiscrepancyKind.PLACE]
    assert "ساحة باب المكينة" in found[0][1] and "الدورة 4" in found[0][1]


def test_the_ordinal_must_be_the_editions_number() -> None:
    assert kinds("اختتام الدورة الرابعة لأيام الأبواب المفتوحة") == []
    [(kind, text)] = kinds("اختتام الدورة الخامسة لأيام الأبواب المفتوحة")
    assert kind is DiscrepancyKind.ORDINAL and "(4)" in text
