"""What the summary sheets show, computed from the demo editions (no PDF involved)."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from balagh.core.catalogue import DEFAULT_BY_KEY, DEFAULT_CATALOGUE
from balagh.core.interchange import loads_editions
from balagh.core.model import Edition, FigureValue, Qualifier
from balagh.documents.summary.all_model import (
    SUMMABLE_KEYS,
    build_all_editions,
    is_summable,
    visitors_growth,
)
from balagh.documents.summary.figures import (
    NumberStyle,
    change_text,
    magnitude_text,
    percent_figure,
    plain,
    qualified,
    signed,
    signed_percent,
)
from balagh.documents.summary.model import TILE_KEYS, build_summary, day_bars
from balagh.platform.assets import read_text


@pytest.fixture
def editions() -> list[Edition]:
    return loads_editions(read_text("demo", "editions.json"), list(DEFAULT_BY_KEY))


def by_number(editions: list[Edition], number: int) -> Edition:
    return next(e for e in editions if e.number == number)


def lone_total(number: int = 5, value: int = 900000) -> Edition:
    return Edition(
        number=number, city_ar="الرباط", city_fr="Rabat",
        start_date=dt.date(2025, 5, 1), end_date=dt.date(2025, 5, 4),
        figures={"visitors_total": FigureValue(value, Qualifier.MORE_THAN)},
    )


def test_fez_tiles_are_its_key_figures_in_order(editions: list[Edition]) -> None:
    view = build_summary(by_number(editions, 4), editions, DEFAULT_BY_KEY)
    assert [t.key for t in view.tiles] == list(TILE_KEYS)
    visitors = view.tiles[0]
    assert (visitors.value, visitors.qualifier) == (1150000, Qualifier.ABOUT)
    assert (visitors.previous_value, visitors.previous_edition_number) == (515000, 3)
    assert visitors.change == 635000 and visitors.trend == 1
    assert visitors.percent == pytest.approx(123.3, abs=0.05)
    assert visitors.is_record
    peak = view.tiles[1]
    assert peak.previous_value is None and peak.change is None and not peak.is_record
    assert peak.days == (dt.date(2023, 5, 19), dt.date(2023, 5, 20))


def test_table_lines_follow_the_catalogue_order(editions: list[Edition]) -> None:
    fez = by_number(editions, 4)
    view = build_summary(fez, editions, DEFAULT_BY_KEY)
    order = [k.key for k in DEFAULT_CATALOGUE if k.key in fez.figures]
    assert [line.key for line in view.lines] == order
    assert len(view.lines) == len(fez.figures) == 10
    assert view.previous_label_ar == "طنجة 2019"


def test_a_figure_missing_from_the_catalogue_is_kept_last(editions: list[Edition]) -> None:
    fez = copy.deepcopy(by_number(editions, 4))
    fez.figures["drones"] = FigureValue(12)
    view = build_summary(fez, editions, DEFAULT_BY_KEY)
    assert view.lines[-1].key == "drones" and view.lines[-1].label_ar == "drones"


def test_only_a_total_gives_one_tile_and_no_comparison() -> None:
    lone = lone_total()
    view = build_summary(lone, [lone], DEFAULT_BY_KEY)
    assert [t.key for t in view.tiles] == ["visitors_total"]
    assert view.previous_number is None and view.tiles[0].change is None
    assert len(view.editions) == 1 and view.days == ()
    assert not view.has_lists


def test_an_edition_without_key_figures_gets_its_first_figures_as_tiles() -> None:
    edition = lone_total()
    edition.figures = {
        "demonstrations": FigureValue(8),
        "conferences": FigureValue(10),
        "schools": FigureValue(40),
        "associations": FigureValue(12),
        "media_outlets": FigureValue(30),
    }
    view = build_summary(edition, [edition], DEFAULT_BY_KEY)
    assert [t.key for t in view.tiles] == ["demonstrations", "conferences", "schools",
                                            "associations"]


def test_edition_bars_are_oldest_first_with_the_current_one_marked(
    editions: list[Edition],
) -> None:
    view = build_summary(by_number(editions, 3), editions, DEFAULT_BY_KEY)
    assert [(b.year, b.visitors) for b in view.editions] == [
        (2017, 80000), (2018, 260000), (2019, 515000), (2023, 1150000), (2024, 2120000),
        (2025, 2400000)]
    assert [b.is_current for b in view.editions] == [False, False, True, False, False, False]


def test_peak_days_come_from_the_peak_figure_else_the_busiest_day(
    editions: list[Edition],
) -> None:
    fez = copy.deepcopy(by_number(editions, 4))
    start = fez.start_date
    fez.daily_visitors = {start + dt.timedelta(i): v
                          for i, v in enumerate([150000, 194100, 210000, 420000, 175900])}
    bars = day_bars(fez)
    assert [b.day.day for b in bars if b.is_peak] == [19, 20]
    del fez.figures["peak_visitors"]
    assert [b.day.day for b in day_bars(fez) if b.is_peak] == [20]


def test_lists_are_cleaned(editions: list[Edition]) -> None:
    fez = copy.deepcopy(by_number(editions, 4))
    fez.seminars.append("   ")
    view = build_summary(fez, editions, DEFAULT_BY_KEY)
    assert len(view.seminars) == 4 and view.audiences[0] == "التلاميذ"
    assert [p.partners for p in view.joint_pavilions] == [
        ("المجلس الوطني لحقوق الإنسان",), ("الوكالة الوطنية للسلامة الطرقية",)]


def test_all_editions_rows_columns_blanks_and_maxima(editions: list[Edition]) -> None:
    view = build_all_editions(editions, DEFAULT_BY_KEY)
    assert [c.year for c in view.columns] == [2025, 2024, 2023, 2019, 2018, 2017]
    visitors = view.rows[0]
    assert visitors.key == "visitors_total"
    assert [c.value if c else None for c in visitors.cells] == [
        2400000, 2120000, 1150000, 515000, 260000, 80000]
    assert [c.is_max if c else None for c in visitors.cells] == [
        True, False, False, False, False, False]
    assert visitors.total == 6525000 and visitors.total_qualifier is Qualifier.ABOUT
    demos = next(r for r in view.rows if r.key == "demonstrations")
    assert [c.value if c else None for c in demos.cells] == [None, None, None, 50, 56, None]
    assert demos.cells[4] is not None and demos.cells[4].is_max
    peak = next(r for r in view.rows if r.key == "peak_visitors")
    assert peak.total_qualifier is Qualifier.MORE_THAN and peak.published == 3
    keys = [row.key for row in view.rows]
    assert keys == sorted(keys, key=lambda k: DEFAULT_BY_KEY[k].order)


def test_totals_only_where_adding_editions_means_something(editions: list[Edition]) -> None:
    rows = {row.key: row for row in build_all_editions(editions, DEFAULT_BY_KEY).rows}
    assert rows["visitors_total"].total == 6525000
    assert not rows["visitors_total"].total_is_partial
    assert rows["thematic_pavilions"].total == 50 + 37 + 31 + 16
    demos = rows["demonstrations"]
    assert demos.total == 106 and demos.total_is_partial  # two of the six editions
    # One edition published it: the row already shows the value, no «total» of one.
    assert rows["police_staff"].total is None
    # Sums that mean nothing get no total, however many editions published them.
    many = copy.deepcopy(editions)
    for edition in many:
        edition.figures["peak_visitors"] = FigureValue(100000)
        edition.figures["social_media_views"] = FigureValue(1000000)
        edition.figures["schools"] = FigureValue(40)
        edition.figures["police_staff"] = FigureValue(2000)
    rows = {row.key: row for row in build_all_editions(many, DEFAULT_BY_KEY).rows}
    for key in ("peak_visitors", "social_media_views", "schools"):
        assert rows[key].published == 6 and rows[key].total is None, key
    assert rows["police_staff"].total == 12000


def test_every_summable_key_is_a_catalogue_key_and_the_rule_is_per_key() -> None:
    assert SUMMABLE_KEYS <= set(DEFAULT_BY_KEY)
    assert is_summable("blood_donors") and is_summable("vehicles")
    for key in ("peak_visitors", "first_days_visitors", "social_media_views", "area_m2",
                "media_outlets", "an_imported_key"):
        assert not is_summable(key), key


def test_growth_between_consecutive_editions(editions: list[Edition]) -> None:
    growth = visitors_growth(editions)
    assert [(g.from_number, g.to_number, g.change) for g in growth] == [
        (1, 2, 180000), (2, 3, 255000), (3, 4, 635000), (4, 5, 970000), (5, 6, 280000)]
    assert growth[2].percent == pytest.approx(123.30, abs=0.01)
    # An edition without a total breaks the chain: no growth is claimed across it.
    gap = copy.deepcopy(editions)
    del by_number(gap, 3).figures["visitors_total"]
    assert [(g.from_number, g.to_number) for g in visitors_growth(gap)] == [
        (1, 2), (4, 5), (5, 6)]


def test_empty_all_editions_view() -> None:
    view = build_all_editions([], DEFAULT_BY_KEY)
    assert view.columns == () and view.rows == () and view.growth == ()
    assert view.visitors_total == 0


def test_formats() -> None:
    lri, pdi = "\u2066", "\u2069"
    # Grouped by three with a dot, as the Moroccan press prints figures.
    assert plain(2400000) == "2.400.000" and plain(465) == "465" and plain(2300) == "2.300"
    # Signs before the number, in a left-to-right isolate (they read as written in Arabic).
    assert signed(635000) == f"{lri}+635.000{pdi}" and signed(-13) == f"{lri}-13{pdi}"
    assert signed(0) == f"{lri}0{pdi}"
    assert signed_percent(123.30097) == f"{lri}+123,3\u00a0%{pdi}"
    assert signed_percent(-55.25) == f"{lri}-55,3\u00a0%{pdi}"
    assert signed_percent(0.01) == f"{lri}0\u00a0%{pdi}"
    assert percent_figure(93.75) == "93,8\u00a0%" and percent_figure(-93.75) == "93,8\u00a0%"
    assert change_text(635000, 123.30097) == f"{lri}+635.000 (+123,3\u00a0%){pdi}"
    assert change_text(5, None) == f"{lri}+5{pdi}" and change_text(None, None) == ""
    assert magnitude_text(-635000, -55.2) == f"{lri}635.000 (55,2\u00a0%){pdi}"
    assert qualified(80000, Qualifier.ABOUT) == "حوالي 80.000"
    assert qualified(260000, Qualifier.MORE_THAN) == "أكثر من 260.000"
    assert qualified(465, Qualifier.EXACT) == "465"


def test_arabic_indic_digits_setting() -> None:
    style = NumberStyle.from_setting("arabic-indic")
    assert style.plain(2400000) == "٢٬٤٠٠٬٠٠٠"
    # Left-to-right marks keep the brackets between two Arabic numbers in place.
    assert style.change(635000, 123.30097) == (
        "\u2066+٦٣٥٬٠٠٠\u200e (+١٢٣٫٣\u00a0٪)\u200e\u2069")
    assert style.qualified(80000, Qualifier.ABOUT) == "حوالي ٨٠٬٠٠٠"
    assert NumberStyle.from_setting("western").plain(2400000) == "2.400.000"
