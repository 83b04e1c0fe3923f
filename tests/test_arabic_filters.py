"""The Jinja2 filters, used as a release template will use them, on the Fez 2023 edition."""

from __future__ import annotations

import datetime as dt

import jinja2
import pytest

from balagh.arabic import LanguageError
from balagh.arabic.filters import FILTERS
from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.model import Edition, FigureValue, Qualifier

FEZ = Edition(
    number=4, city_ar="فاس", city_fr="Fès",
    start_date=dt.date(2023, 5, 17), end_date=dt.date(2023, 5, 21),
    figures={
        "visitors_total": FigureValue(1150000, Qualifier.ABOUT),
        "peak_visitors": FigureValue(630000, Qualifier.MORE_THAN,
                                     days=[dt.date(2023, 5, 19), dt.date(2023, 5, 20)]),
        "social_media_views": FigureValue(20000000, Qualifier.MORE_THAN),
        "police_staff": FigureValue(2300),
        "vehicles": FigureValue(150),
        "thematic_pavilions": FigureValue(31),
        "blood_donors": FigureValue(465),
    },
)
RELEASE_DATE = dt.date(2023, 5, 22)


def render(source: str, **context: object) -> str:
    env = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=False)
    env.filters.update(FILTERS)
    return env.from_string(source).render(
        e=FEZ, f=FEZ.figures, k=DEFAULT_BY_KEY, today=RELEASE_DATE, **context)


# Each template fragment against the words of the seed release.
SEED_SENTENCES = [
    ("خلال الفترة الممتدة {{ e.start_date | ar_date_range(e.end_date, today) }}",
     "خلال الفترة الممتدة من 17 إلى 21 ماي الجاري"),
    ("ناهز عددهم الإجمالي {{ f.visitors_total.value | ar_count(k.visitors_total, "
     "'accusative') }}",
     "ناهز عددهم الإجمالي مليون و150 ألف زائر"),
    ("{{ f.visitors_total | ar_figure(k.visitors_total, 'verb') }}",
     "ناهز مليون و150 ألف زائر"),
    ("وقد سجل {{ f.peak_visitors.days | ar_days }} ذروة الحضور",
     "وقد سجل يوما الجمعة والسبت 19و20 ماي ذروة الحضور"),
    ("بحصيلة إجمالية فاقت {{ f.peak_visitors | ar_figure(k.peak_visitors) }}",
     "بحصيلة إجمالية فاقت أكثر من 630 ألف زائر"),
    ("تحقيق {{ f.social_media_views | ar_figure(k.social_media_views, exact_case='genitive') }}",
     "تحقيق أكثر من 20 مليون مشاهدة"),
    ("جندت المديرية {{ f.police_staff | ar_figure(k.police_staff, exact_case='accusative') }}",
     "جندت المديرية 2300 موظف شرطة"),
    ("تعبئة {{ f.vehicles.value | ar_count(k.vehicles, 'genitive') }}", "تعبئة 150 مركبة"),
    ("بتنظيم {{ f.thematic_pavilions | ar_figure(k.thematic_pavilions) }}",
     "بتنظيم 31 رواقا موضوعاتيا"),
    ("بتسجيل {{ f.blood_donors | ar_figure(k.blood_donors) }}", "بتسجيل 465 متبرعا للدم"),
    ("{{ e.number | ar_ordinal('النسخة') }}", "النسخة الرابعة"),
    ("{{ today | ar_date_line('الرباط') }}", "الرباط في 22 ماي 2023"),
]


@pytest.mark.parametrize(("source", "expected"), SEED_SENTENCES)
def test_seed_sentences_through_jinja(source: str, expected: str) -> None:
    assert render(source) == expected


def test_other_filters() -> None:
    assert render("{{ 2000 | ar_number('genitive') }}") == "ألفين"
    assert render("{{ 2000 | ar_number }}") == "ألفان"
    assert render("{{ '630 ألف زائر' | ar_qualify('more_than', 'verb', true) }}") == (
        "فاقت 630 ألف زائر")
    assert render("{{ e.start_date | ar_date }}") == "17 ماي 2023"
    assert render("{{ e.start_date | ar_weekday }}") == "الأربعاء"
    assert render("{{ e.start_date | ar_month }} {{ 9 | ar_month }}") == "ماي شتنبر"
    assert render("{{ 20 | ar_ordinal_word('f', 'genitive') }}") == "العشرين"
    assert render("{{ f.peak_visitors.days | ar_days('genitive', true) }}") == (
        "يومي الجمعة والسبت 19و20 ماي 2023")



def test_every_filter_is_documented_with_an_example() -> None:
    for name, function in FILTERS.items():
        assert function.__doc__ and "→" in function.__doc__, name


def test_bad_values_raise_a_readable_error() -> None:
    with pytest.raises(LanguageError) as caught:
        render("{{ 5 | ar_count('زائر') }}")
    assert "ليس اسما معدودا" in caught.value.message_ar
    with pytest.raises(LanguageError):
        render("{{ -5 | ar_number }}")
