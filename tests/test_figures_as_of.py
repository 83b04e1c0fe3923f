"""Figures as of a day: JSON, rules, storage and the schema upgrade that added them."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.errors import ValidationFailed
from balagh.core.interchange import dumps_edition, loads_editions
from balagh.core.model import Edition, FigureValue, Qualifier
from balagh.core.validation import validate_edition
from balagh.store import Store, open_store
from balagh.store.engine import make_engine
from store_tools import build_at

D = dt.date


def fez(**as_of: dict[str, FigureValue]) -> Edition:
    days = {D.fromisoformat(day): figures for day, figures in as_of.items()}
    return Edition(4, "فاس", "Fès", D(2023, 5, 17), D(2023, 5, 21),
                   figures={"visitors_total": FigureValue(1_150_000, Qualifier.ABOUT)},
                   daily_visitors={D(2023, 5, 18): 200_000}, as_of=days)


def fields(edition: Edition) -> list[str]:
    return [p.field for p in validate_edition(edition, DEFAULT_BY_KEY)]


def test_json_reads_and_writes_as_of() -> None:
    data = {"number": 4, "city": {"ar": "فاس", "fr": "Fès"}, "start_date": "2023-05-17",
            "end_date": "2023-05-21",
            "as_of": {"2023-05-18": {"visitors_total": {"value": 344100},
                                     "media_outlets": {"value": "٧٢"},
                                     "day_visitors": {"value": 200000, "qualifier": "about"}}}}
    (edition,) = loads_editions(json.dumps(data), DEFAULT_BY_KEY)
    assert edition.as_of == {D(2023, 5, 18): {
        "visitors_total": FigureValue(344100), "media_outlets": FigureValue(72),
        "day_visitors": FigureValue(200000, Qualifier.ABOUT)}}
    again = json.loads(dumps_edition(edition))["as_of"]
    assert list(again["2023-05-18"]) == ["visitors_total", "media_outlets", "day_visitors"]
    assert loads_editions(dumps_edition(edition), DEFAULT_BY_KEY)[0].as_of == edition.as_of


def test_json_problems_name_the_day_and_figure() -> None:
    data = {"number": 4, "city": {"ar": "فاس", "fr": "Fès"}, "start_date": "2023-05-17",
            "end_date": "2023-05-21",
            "as_of": {"2023-05-32": {}, "2023-05-18": {"guests": {"value": 1},
                                                       "media_outlets": {"value": "x"}}}}
    with pytest.raises(ValidationFailed) as caught:
        loads_editions(json.dumps(data), DEFAULT_BY_KEY)
    texts = [p.text_ar() for p in caught.value.problems]
    assert any("أرقام يوم 2023-05-32" in t for t in texts)
    assert any("«guests»" in t or "guests" in t for t in texts)
    assert any("أرقام يوم 2023-05-18 — المنابر الإعلامية" in t for t in texts)


def test_days_inside_the_edition_and_totals_never_decreasing() -> None:
    assert fields(fez(**{"2023-05-18": {"visitors_total": FigureValue(344100)}})) == []
    assert fields(fez(**{"2023-05-23": {"media_outlets": FigureValue(72)}})) == [
        "as_of.2023-05-23"]
    falling = fez(**{"2023-05-18": {"media_outlets": FigureValue(72)},
                     "2023-05-19": {"media_outlets": FigureValue(70)}})
    (problem,) = validate_edition(falling, DEFAULT_BY_KEY)
    assert problem.field == "as_of.2023-05-19.media_outlets"
    assert "لا ينقص" in problem.message_ar and "2023-05-18" in problem.message_ar


def test_a_days_visitors_never_above_the_running_total() -> None:
    # the daily row (200 thousand) above the total so far
    assert fields(fez(**{"2023-05-18": {"visitors_total": FigureValue(150_000)}})) == [
        "daily_visitors.2023-05-18"]
    over = fez(**{"2023-05-19": {"day_visitors": FigureValue(300_000),
                                 "visitors_total": FigureValue(250_000)}})
    assert fields(over) == ["as_of.2023-05-19.day_visitors"]
    # «ناهز 250 ألف» so far allows 5 %
    about = fez(**{"2023-05-19": {"day_visitors": FigureValue(260_000),
                                  "visitors_total": FigureValue(250_000, Qualifier.ABOUT)}})
    assert fields(about) == []


def test_announced_exact_visitors_agree_with_the_count() -> None:
    exact = fez(**{"2023-05-18": {"day_visitors": FigureValue(190_000)}})
    assert fields(exact) == ["as_of.2023-05-18.day_visitors"]
    rounded = fez(**{"2023-05-18": {"day_visitors": FigureValue(190_000, Qualifier.ABOUT)}})
    assert fields(rounded) == []


def test_day_visitors_is_no_final_figure() -> None:
    edition = fez()
    edition.figures["day_visitors"] = FigureValue(1)
    assert "figures.day_visitors" in fields(edition)


def test_stored_and_read_back(store: Store) -> None:
    edition = fez(**{"2023-05-18": {"visitors_total": FigureValue(344100, note="tanjanews"),
                                    "media_outlets": FigureValue(72)}})
    edition.home_towns = ["فاس", "مكناس"]
    edition.noun_highlights = ["تنظيم حفل فني"]
    edition.highlights = ["أطلقت المديرية تطبيقا"]
    edition.options.both_genders = True
    store.editions.save(edition)
    read = store.editions.get(4)
    assert read.as_of == edition.as_of
    assert (read.home_towns, read.noun_highlights, read.highlights) == (
        ["فاس", "مكناس"], ["تنظيم حفل فني"], ["أطلقت المديرية تطبيقا"])
    assert read.options.both_genders is True
    read.as_of[D(2023, 5, 18)]["media_outlets"] = FigureValue(73)
    del read.as_of[D(2023, 5, 18)]["visitors_total"]
    store.editions.save(read)
    assert store.editions.get(4).as_of == {D(2023, 5, 18): {"media_outlets": FigureValue(73)}}


def test_database_refuses_a_negative_day_figure(store: Store) -> None:
    store.editions.save(fez())
    with store.engine.begin() as connection, pytest.raises(Exception, match=r"CHECK|check"):
        connection.execute(text(
            "INSERT INTO figures_as_of (edition_id, day, figure_key, value, qualifier, note)"
            " SELECT id, '2023-05-18', 'media_outlets', -1, 'exact', '' FROM editions"))


def test_upgrade_from_0002_keeps_everything_and_the_issued_guard(tmp_path: Path) -> None:
    url = f"sqlite:///{(tmp_path / 'balagh.db').as_posix()}"
    build_at(url, "0002")
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO editions (id, number, city_ar, city_fr, venue_ar, venue_fr, start_date,"
            " end_date, theme, notes, created_at, updated_at, version) VALUES (1, 4, 'فاس',"
            " 'Fès', '', '', '2023-05-17', '2023-05-21', '', '', '2023-05-22 09:00:00',"
            " '2023-05-22 09:00:00', 1)"))
        connection.execute(text(
            "INSERT INTO figure_values (edition_id, figure_key, value, qualifier, note)"
            " VALUES (1, 'visitors_total', 1150000, 'about', '')"))
        connection.execute(text("INSERT INTO highlights (edition_id, position, text)"
                                " VALUES (1, 0, 'أطلقت المديرية تطبيقا')"))
        connection.execute(text(
            "INSERT INTO releases (edition_id, kind, title, place, date, paragraphs_json,"
            " template_name, status, reference, issued_at, pdf, sha256, created_at,"
            " updated_at, version) VALUES (1, 'closing', 'بلاغ', 'الرباط', '2023-05-22',"
            " '[\"نص\"]', '', 'issued', '2023/001', '2023-05-22 10:00:00', x'25504446',"
            " 'abc', '2023-05-22 10:00:00', '2023-05-22 10:00:00', 1)"))
    engine.dispose()
    with open_store(url) as upgraded:
        assert upgraded.upgrade.previous == "0002"
        edition = upgraded.editions.get(4)
        assert edition.figures["visitors_total"].value == 1_150_000
        assert edition.highlights == ["أطلقت المديرية تطبيقا"] and edition.as_of == {}
        assert edition.options.peak_dates is True and edition.options.both_genders is False
        (issued,) = upgraded.releases.releases(4)
        assert issued.reference == "2023/001"
    with sqlite3.connect(tmp_path / "balagh.db") as raw, pytest.raises(sqlite3.DatabaseError,
                                                                       match="read-only"):
        raw.execute("UPDATE releases SET title = 'x'")
    raw.close()
    # every guard of the earlier revisions survived the rebuilt tables
    fresh = tmp_path / "fresh.db"
    open_store(f"sqlite:///{fresh.as_posix()}").close()
    assert _triggers(tmp_path / "balagh.db") == _triggers(fresh) != set()


def _triggers(path: Path) -> set[str]:
    with sqlite3.connect(path) as raw:
        names = {row[0] for row in raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    raw.close()
    return names
