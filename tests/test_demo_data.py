"""The demo editions shipped in resources/demo/editions.json say what the sources say."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.comparisons import compare_edition, is_record
from balagh.core.interchange import dumps_editions, loads_editions
from balagh.core.model import Edition, Qualifier
from balagh.platform.assets import read_text

# The Fez 2023 closing release body (from shared/seed, kept with the tests).
SEED = Path(__file__).resolve().parent / "data" / "seed_release.txt"


@pytest.fixture(scope="module")
def demo() -> list[Edition]:
    return loads_editions(read_text("demo", "editions.json"), list(DEFAULT_BY_KEY))


@pytest.fixture(scope="module")
def fez(demo: list[Edition]) -> Edition:
    return next(e for e in demo if e.year == 2023)


def test_six_editions_in_order(demo: list[Edition]) -> None:
    assert [(e.number, e.year, e.city_ar, e.city_fr) for e in demo] == [
        (1, 2017, "الدار البيضاء", "Casablanca"),
        (2, 2018, "مراكش", "Marrakech"),
        (3, 2019, "طنجة", "Tanger"),
        (4, 2023, "فاس", "Fès"),
        (5, 2024, "أكادير", "Agadir"),
        (6, 2025, "الجديدة", "El Jadida"),
    ]
    assert [(e.start_date, e.end_date) for e in demo] == [
        (dt.date(2017, 9, 14), dt.date(2017, 9, 16)),
        (dt.date(2018, 9, 26), dt.date(2018, 9, 30)),
        (dt.date(2019, 10, 2), dt.date(2019, 10, 6)),
        (dt.date(2023, 5, 17), dt.date(2023, 5, 21)),
        (dt.date(2024, 5, 17), dt.date(2024, 5, 21)),
        (dt.date(2025, 5, 17), dt.date(2025, 5, 21)),
    ]


def test_the_file_is_in_canonical_form(demo: list[Edition]) -> None:
    # export of the loaded demo gives back the file byte for byte
    assert dumps_editions(demo) == read_text("demo", "editions.json")


def test_visitors_of_every_edition(demo: list[Edition]) -> None:
    totals = [(f.value, f.qualifier) for e in demo if (f := e.figure("visitors_total"))]
    assert totals == [
        (80_000, Qualifier.ABOUT),
        (260_000, Qualifier.MORE_THAN),
        (515_000, Qualifier.ABOUT),
        (1_150_000, Qualifier.ABOUT),
        (2_120_000, Qualifier.ABOUT),
        (2_400_000, Qualifier.ABOUT),
    ]


def test_every_figure_of_the_fez_release(fez: Edition) -> None:
    expected = {
        "visitors_total": (1_150_000, Qualifier.ABOUT, []),
        "peak_visitors": (630_000, Qualifier.MORE_THAN,
                          [dt.date(2023, 5, 19), dt.date(2023, 5, 20)]),
        "first_days_visitors": (344_100, Qualifier.EXACT,
                                [dt.date(2023, 5, 17), dt.date(2023, 5, 18)]),
        "social_media_views": (20_000_000, Qualifier.MORE_THAN, []),
        "police_staff": (2300, Qualifier.EXACT, []),
        "vehicles": (150, Qualifier.EXACT, []),
        "thematic_pavilions": (31, Qualifier.EXACT, []),
        "blood_donors": (465, Qualifier.EXACT, []),
        "media_outlets": (72, Qualifier.EXACT, []),
        "press_statements": (216, Qualifier.EXACT, []),
    }
    assert {k: (f.value, f.qualifier, f.days) for k, f in fez.figures.items()} == expected
    assert fez.theme == "67 سنة من التحديث المتواصل لمرفق مواطن"


def test_fez_words_come_from_the_seed(fez: Edition) -> None:
    release = SEED.read_text(encoding="utf-8")
    for text in [*fez.audiences, *fez.partners, *fez.seminars]:
        assert text in release, text
    for pavilion in fez.joint_pavilions:
        for partner in pavilion.partners:
            assert partner in release
    # the figures the release prints, in its own digits
    for number in ("2300", "150", "31", "465", "630", "20"):
        assert re.search(rf"\b{number}\b", release)


def test_day_figures_as_announced(fez: Edition) -> None:
    may = {day.day: figures for day, figures in fez.as_of.items()}
    assert may[17]["day_visitors"].value == 145_000
    assert may[17]["day_visitors"].qualifier is Qualifier.ABOUT
    assert {k: f.value for k, f in may[18].items()} == {
        "visitors_total": 344_100, "media_outlets": 72, "press_statements": 216,
        "day_visitors": 200_000}


def test_fez_lists(fez: Edition) -> None:
    assert fez.audiences[0] == "التلاميذ"
    assert len(fez.audiences) == 5
    assert [p.partners for p in fez.joint_pavilions] == [
        ["المجلس الوطني لحقوق الإنسان"], ["الوكالة الوطنية للسلامة الطرقية"]]
    assert "المركز الوطني لتحاقن الدم" in fez.partners
    assert len(fez.seminars) == 4
    assert any("مصفحة" in h for h in fez.highlights)
    assert any("تطبيق" in h for h in fez.highlights)


def test_other_editions_figures(demo: list[Edition]) -> None:
    casablanca, marrakech, tangier, _, agadir, el_jadida = demo
    assert casablanca.theme == "الأمن الوطني: التزام ووفاء"
    # editions_found.json: no source gives Casablanca's pavilions nor Marrakech's pavilions
    # and conferences; Tangier's 50 demonstrations are the closing release's
    assert {k: f.value for k, f in casablanca.figures.items()} == {"visitors_total": 80_000}
    assert {k: f.value for k, f in marrakech.figures.items()} == {
        "visitors_total": 260_000, "demonstrations": 56}
    assert {k: f.value for k, f in tangier.figures.items()} == {
        "visitors_total": 515_000, "thematic_pavilions": 16, "demonstrations": 50,
        "area_m2": 25_000}
    assert [e.venue_fr for e in demo] == [
        "Foire internationale de Casablanca", "Place Bab Jdid", "Espace Malabata", "",
        "Parc des expositions d'Agadir", "Parc des expositions Mohammed VI"]
    assert {k: f.value for k, f in agadir.figures.items() if k in (
        "schools", "associations", "media_outlets", "area_m2", "covered_area_m2")} == {
        "schools": 845, "associations": 1242, "media_outlets": 170, "area_m2": 58_000,
        "covered_area_m2": 10_000}
    assert el_jadida.figures["media_activities"].value == 1256
    assert el_jadida.options.both_genders and not el_jadida.options.peak_dates


def test_fez_is_a_record_and_the_change_since_tangier(demo: list[Edition], fez: Edition) -> None:
    assert is_record(fez, demo, "visitors_total")
    # each edition beat the ones before it; the first had nothing to beat
    assert [is_record(e, demo, "visitors_total") for e in demo] == [
        False, True, True, True, True, True]
    assert not is_record(fez, demo, "police_staff")  # first published in 2023
    comparison = compare_edition(fez, demo)["visitors_total"]
    assert comparison.previous_edition_number == 3
    assert comparison.change == 635_000
    assert comparison.percent is not None
    assert round(comparison.percent, 1) == 123.3


def test_sources_are_noted(demo: list[Edition]) -> None:
    sources = read_text("demo", "SOURCES.md")
    for domain in ("huffpostmaghreb.com", "maghress.com/hespress/407233", "mapexpress.ma",
                   "fr.le360.ma", "tanjanews.com/130846.html", "arabkhabar.com/a/2602996",
                   "lebrief.ma", "thepress.ma"):
        assert domain in sources
    assert all("المصادر" in e.notes for e in demo)
    assert isinstance(json.loads(read_text("demo", "editions.json")), list)
