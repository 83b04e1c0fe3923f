"""What a release template is given: the edition's facts and the claims computed from them.

Claims are computed here, never typed in a template: ``records["visitors_total"]`` is true
only when the edition's total beats every earlier edition (``balagh.core.comparisons``);
``peak`` is set only when the peak figure has its days recorded.

Names a template can use (``kinds`` are the catalogue entries, for the counted nouns)::

    edition, city, release_date, kind ("closing" / "opening"),
    figures.<key>      FigureValue or None (never an error: a missing figure is None;
                       a figure of 0 is None too — a zero is not news, its sentence goes)
    kinds.<key>        FigureKind (noun forms for ar_count / ar_figure)
    records.<key>      True when that figure is a record
    comparisons.<key>  Comparison with the editions held before
    peak               the peak figure when its days are recorded, else None
    audiences, partners, joint_pavilions, seminars
    vehicle_highlights  highlights about vehicles («عربات أمنية مصفحة …»), put after
                        «من بينها» when the vehicles figure is there
    other_highlights    the other highlights, each a clause («أطلقت المديرية …»)
    blood_partners      partners named for the blood drive («المركز الوطني لتحاقن الدم»)
    joint_partner_count how many partners share pavilions with the police
    say(key, slots)     a phrasebook sentence with its slots filled (release.phrasebook)
    record_claim        «مقارنة مع الدورة السابقة» … or None (no record, or a first edition)
    options, form       the edition's wording choices; "2023" or "2024" (closing form)
    area                «مساحة تتجاوز هكتارا واحدا، جميعها مغطاة بالكامل» or None
    series_place        «الثانية بعد الأولى التي نظمت في الدار البيضاء، العام الماضي»
    home_towns, noun_highlights, units (demonstration units), nouns (extra counted nouns)
    day                 for a daily bulletin: the DayFacts of its day (else None)

Example: for Fez 2023 dated 22 May 2023, ``{{ edition.start_date | ar_date_range(
edition.end_date, release_date) }}`` gives «من 17 إلى 21 ماي الجاري».
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from balagh.core.comparisons import compare_edition, is_record
from balagh.core.model import Edition, FigureKind, FigureValue, ReleaseKind
from balagh.documents.release.daily_facts import day_facts
from balagh.documents.release.facts import (
    EXTRA_NOUNS,
    area_phrase,
    record_comparison,
    series_place,
)
from balagh.documents.release.phrasebook import speaker

# A highlight mentioning one of these words describes vehicles (it follows «من بينها»).
VEHICLE_WORDS = ("عربات", "عربة", "مركبات", "مركبة", "مصفحة", "أسطول", "دراجات")
# A partner whose name has one of these words is the blood drive's partner.
BLOOD_WORDS = ("الدم",)


class FigureMap(dict[str, FigureValue | None]):
    """The edition's figures by key; a figure not recorded reads as None, not an error."""

    def __missing__(self, key: str) -> None:
        return None


class Catalogue(dict[str, FigureKind]):
    """Catalogue entries by key (``kinds.visitors_total``)."""


def _mentions(text: str, words: Sequence[str]) -> bool:
    return any(word in text for word in words)


def default_release_date(edition: Edition, kind: ReleaseKind = ReleaseKind.CLOSING) -> dt.date:
    """The date a release of ``edition`` normally bears.

    A closing release is dated the day after the last day (Fez 2023, 17–21 May → 22 May, so
    the period reads «من 17 إلى 21 ماي الجاري»); an opening announcement the day before
    the first day.
    """
    if kind is ReleaseKind.OPENING:
        return edition.start_date - dt.timedelta(days=1)
    if kind is ReleaseKind.DAILY:
        return edition.start_date
    return edition.end_date + dt.timedelta(days=1)


def release_context(
    edition: Edition,
    all_editions: Sequence[Edition],
    catalogue: Mapping[str, FigureKind],
    release_date: dt.date,
    kind: ReleaseKind = ReleaseKind.CLOSING,
    *,
    day: dt.date | None = None,
    phrases: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """The names a release template sees for ``edition`` (see the module docstring)."""
    context = _base_context(edition, all_editions, catalogue, release_date, kind)
    context.update(computed_facts(edition, context["all_editions"], context["figures"]))
    context["say"] = speaker(phrases)
    context["day"] = day_facts(edition, context["all_editions"], day) if day else None
    return context


def computed_facts(edition: Edition, editions: Sequence[Edition], figures: FigureMap
                   ) -> dict[str, Any]:
    """The claims and phrases the 2024 form, the opening and the bulletins add."""
    options = edition.options
    area = figures["area_m2"]
    return {
        "options": options,
        "form": options.effective_form(edition.year).value,
        "record_claim": record_comparison(edition, editions, "visitors_total",
                                          options.record_wording),
        "area": area_phrase(area, figures["covered_area_m2"]) if area else None,
        "series_place": series_place(edition, editions),
        "home_towns": [t for t in edition.home_towns if t.strip()],
        "noun_highlights": [h for h in edition.noun_highlights if h.strip()],
        "units": [u for u in edition.demonstration_units if u.strip()],
        "nouns": dict(EXTRA_NOUNS),
    }


def _base_context(
    edition: Edition,
    all_editions: Sequence[Edition],
    catalogue: Mapping[str, FigureKind],
    release_date: dt.date,
    kind: ReleaseKind,
) -> dict[str, Any]:
    editions = list(all_editions)
    if all(other.number != edition.number for other in editions):
        editions.append(edition)
    figures = FigureMap({key: value for key, value in edition.figures.items() if value.value})
    records = {key: is_record(edition, editions, key) for key in edition.figures}
    peak = figures["peak_visitors"]
    has_vehicles = figures["vehicles"] is not None
    vehicle_highlights = [
        h for h in edition.highlights if has_vehicles and _mentions(h, VEHICLE_WORDS)
    ]
    other_highlights = [h for h in edition.highlights if h not in vehicle_highlights]
    joint_partners = [p for pav in edition.joint_pavilions for p in pav.partners if p]
    return {
        "all_editions": editions,
        "edition": edition,
        "city": edition.city_ar,
        "release_date": release_date,
        "kind": kind.value,
        "figures": figures,
        "kinds": Catalogue(catalogue),
        "records": records,
        "comparisons": compare_edition(edition, editions),
        "peak": peak if peak is not None and peak.days else None,
        "audiences": [a for a in edition.audiences if a.strip()],
        "partners": [p for p in edition.partners if p.strip()],
        "joint_pavilions": [pav for pav in edition.joint_pavilions if pav.partners],
        "joint_partner_count": len(joint_partners),
        "seminars": [s for s in edition.seminars if s.strip()],
        "vehicle_highlights": vehicle_highlights,
        "other_highlights": other_highlights,
        "blood_partners": [p for p in edition.partners if _mentions(p, BLOOD_WORDS)],
    }
