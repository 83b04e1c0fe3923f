"""Editions as JSON: strict reading naming edition and field, faithful round trips."""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from balagh.core.catalogue import DEFAULT_BY_KEY, DEFAULT_CATALOGUE
from balagh.core.errors import Problem, ValidationFailed
from balagh.core.interchange import (
    dumps_edition,
    dumps_editions,
    edition_from_dict,
    edition_to_dict,
    loads_editions,
)
from balagh.core.model import Edition, FigureValue, JointPavilion, Qualifier

D = dt.date
KEYS = list(DEFAULT_BY_KEY)

FEZ_JSON: dict[str, Any] = {
    "number": 4,
    "city": {"ar": "فاس", "fr": "Fès"},
    "venue": {"ar": "", "fr": ""},
    "start_date": "2023-05-17",
    "end_date": "2023-05-21",
    "theme": "67 سنة من التحديث المتواصل لمرفق مواطن",
    "figures": {
        "visitors_total": {"value": 1150000, "qualifier": "about"},
        "peak_visitors": {"value": 630000, "qualifier": "more_than",
                          "days": ["2023-05-19", "2023-05-20"]},
        "police_staff": {"value": 2300},
    },
    "daily_visitors": {"2023-05-17": 145000},
    "audiences": ["التلاميذ"],
    "partners": ["المركز الوطني لتحاقن الدم"],
    "joint_pavilions": [{"partners": ["المجلس الوطني لحقوق الإنسان"]}],
    "seminars": ["توطيد الإنتاج المشترك للأمن"],
    "highlights": ["إطلاق تطبيق معلوماتي"],
}


def fez_json(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(FEZ_JSON)
    data.update(changes)
    return data


def refused(data: Any, catalogue: Any = DEFAULT_BY_KEY) -> list[Problem]:
    with pytest.raises(ValidationFailed) as info:
        loads_editions(json.dumps(data, ensure_ascii=False), catalogue)
    return info.value.problems


def fields(problems: list[Problem]) -> set[str]:
    return {p.field for p in problems}


def test_the_issue_example_reads() -> None:
    (edition,) = loads_editions(json.dumps(FEZ_JSON), KEYS)
    assert edition.number == 4 and edition.city_fr == "Fès"
    assert edition.start_date == D(2023, 5, 17)
    assert edition.figures["visitors_total"] == FigureValue(1_150_000, Qualifier.ABOUT)
    assert edition.figures["peak_visitors"].days == [D(2023, 5, 19), D(2023, 5, 20)]
    assert edition.figures["police_staff"].qualifier is Qualifier.EXACT  # the default
    assert edition.daily_visitors == {D(2023, 5, 17): 145_000}
    assert edition.joint_pavilions == [JointPavilion(["المجلس الوطني لحقوق الإنسان"], "")]


def test_a_list_of_editions_and_digit_strings() -> None:
    second = fez_json(number="٥", start_date="٢٠٢٤-٠٥-١٧", end_date="2024-05-21",
                      figures={"visitors_total": {"value": "1.200.000"}},
                      daily_visitors={})
    first, fifth = loads_editions(json.dumps([FEZ_JSON, second]), KEYS)
    assert first.number == 4
    assert fifth.number == 5 and fifth.start_date == D(2024, 5, 17)
    assert fifth.figures["visitors_total"].value == 1_200_000


def test_negative_figure_names_edition_and_field() -> None:
    data = fez_json()
    data["figures"]["police_staff"] = {"value": -2300}
    (problem,) = refused(data)
    assert problem.field == "figures.police_staff.value"
    assert problem.label_ar == "الدورة 4 — موظفو الشرطة المجندون"
    assert "سالبة" in problem.message_ar
    assert problem.message_fr.startswith("Édition 4")


def test_negative_digit_string() -> None:
    data = fez_json()
    data["figures"]["police_staff"] = {"value": "-2300"}
    (problem,) = refused(data)
    assert problem.label_ar == "الدورة 4 — موظفو الشرطة المجندون"
    assert "سالبا" in problem.message_ar


def test_end_before_start() -> None:
    (problem,) = refused(fez_json(end_date="2023-05-10", daily_visitors={},
                                  figures={}))
    assert problem.field == "end_date"
    assert problem.text_ar().startswith("الدورة 4 — تاريخ النهاية: ")


def test_unknown_figure_key() -> None:
    data = fez_json()
    data["figures"]["camels"] = {"value": 3}
    (problem,) = refused(data)
    assert problem.field == "figures.camels"
    assert "camels" in problem.label_ar and "الدورة 4" in problem.label_ar


def test_unknown_keys_everywhere() -> None:
    data = fez_json(colour="blue", city={"ar": "فاس", "fr": "Fès", "en": "Fez"})
    data["figures"]["police_staff"] = {"value": 2300, "unit": "people"}
    data["joint_pavilions"] = [{"partners": ["x"], "size": 3}]
    assert fields(refused(data)) == {
        "colour", "city.en", "figures.police_staff.unit", "joint_pavilions.0.size"}


@pytest.mark.parametrize("bad", ["2023-02-30", "17/05/2023", "2023-5-17", "20230517", 20230517])
def test_bad_dates(bad: Any) -> None:
    (problem,) = refused(fez_json(start_date=bad))
    assert problem.field == "start_date"
    assert "تاريخ البداية" in problem.label_ar
    assert "YYYY-MM-DD" in problem.message_ar


def test_wrong_types() -> None:
    data = fez_json(number=4.5, city="فاس", audiences="التلاميذ", theme=7,
                    daily_visitors=[145000], joint_pavilions={"partners": []})
    data["figures"]["police_staff"] = 2300
    data["figures"]["visitors_total"] = {"value": True, "qualifier": "roughly"}
    data["figures"]["peak_visitors"]["days"] = ["2023-05-19", None]
    found = fields(refused(data))
    assert found == {
        "number", "city", "audiences", "theme", "daily_visitors", "joint_pavilions",
        "figures.police_staff", "figures.visitors_total.value",
        "figures.visitors_total.qualifier", "figures.peak_visitors.days",
    }


def test_missing_required_fields_and_no_number() -> None:
    problems = refused([{"city": {"ar": "فاس", "fr": ""}}, "not an edition"])
    texts = [p.text_ar() for p in problems]
    assert any(t.startswith("العنصر 1 — رقم الدورة") for t in texts)
    assert any(t.startswith("العنصر 1 — تاريخ البداية") for t in texts)
    assert any(t.startswith("العنصر 2") for t in texts)


def test_rules_run_on_import() -> None:
    data = fez_json()
    data["figures"]["peak_visitors"]["value"] = 2_000_000
    data["figures"]["visitors_total"]["qualifier"] = "exact"
    data["daily_visitors"] = {"2023-05-25": 10}
    found = fields(refused(data))
    assert found == {"figures.peak_visitors.value", "daily_visitors.2023-05-25"}


def test_format_and_rule_problems_show_together() -> None:
    data = fez_json(end_date="2023-05-16", colour="blue")
    data["figures"]["police_staff"] = {"value": "12.5"}
    data["figures"]["peak_visitors"]["days"] = ["2023-05-19", "bad"]
    problems = refused(data)
    assert [p.field for p in problems] == [
        "colour", "figures.peak_visitors.days", "figures.police_staff.value",
        "end_date"]
    # the peak figure whose day could not be read is not judged a second time
    assert sum(p.field == "figures.peak_visitors.days" for p in problems) == 1


def test_duplicate_numbers_in_one_file() -> None:
    problems = refused([FEZ_JSON, FEZ_JSON])
    assert [p.field for p in problems] == ["number"]
    assert "الدورة 4" in problems[0].label_ar


def test_byte_order_mark_from_windows_notepad() -> None:
    (edition,) = loads_editions("\ufeff" + json.dumps(FEZ_JSON, ensure_ascii=False), KEYS)
    assert edition.city_ar == "فاس"


def test_duplicate_keys_and_bad_json() -> None:
    text = '{"number": 4, "number": 5}'
    with pytest.raises(ValidationFailed) as info:
        loads_editions(text, KEYS)
    assert "number" in info.value.problems[0].message_ar
    with pytest.raises(ValidationFailed) as info:
        loads_editions('{"number": 4,', KEYS)
    assert "JSON" in info.value.message_ar
    with pytest.raises(ValidationFailed):
        loads_editions("[]", KEYS)


def test_keys_not_in_the_given_catalogue_are_refused() -> None:
    assert fields(refused(FEZ_JSON, ["visitors_total", "peak_visitors"])) == {
        "figures.police_staff"}


def test_edition_from_dict_checks_format_only() -> None:
    data = fez_json(end_date="2023-05-01")
    edition = edition_from_dict(data, KEYS)
    assert edition.end_date == D(2023, 5, 1)  # the rule is validate_edition's, not the reader's


# --- writing and round trips ---------------------------------------------------------------

def test_export_is_deterministic_and_complete() -> None:
    (edition,) = loads_editions(json.dumps(FEZ_JSON), KEYS)
    edition.figures = dict(reversed(list(edition.figures.items())))
    data = edition_to_dict(edition)
    assert list(data["figures"]) == ["visitors_total", "peak_visitors", "police_staff"]
    assert data["figures"]["police_staff"] == {"value": 2300, "qualifier": "exact"}
    assert list(data) == [
        "number", "city", "venue", "start_date", "end_date", "theme", "notes", "figures",
        "daily_visitors", "as_of", "audiences", "home_towns", "partners", "joint_pavilions",
        "seminars", "demonstration_units", "highlights", "noun_highlights", "release_options",
    ]
    text = dumps_editions([edition])
    assert "فاس" in text and "\\u" not in text
    assert text == dumps_editions(loads_editions(text, KEYS))


def test_dumps_orders_editions_by_date() -> None:
    later = fez_json(number=5, start_date="2024-05-17", end_date="2024-05-21", figures={},
                     daily_visitors={})
    editions = loads_editions(json.dumps([later, FEZ_JSON]), KEYS)
    assert [e["number"] for e in json.loads(dumps_editions(editions))] == [4, 5]


texts = st.text(st.characters(codec="utf-8"), max_size=12)
arabic = st.text(st.characters(min_codepoint=0x0621, max_codepoint=0x064A), min_size=1,
                 max_size=10)


@st.composite
def editions(draw: st.DrawFn) -> Edition:
    start = draw(st.dates(D(2000, 1, 1), D(2100, 1, 1)))
    length = draw(st.integers(0, 6))
    end = start + dt.timedelta(days=length)
    days = st.integers(0, length).map(lambda n: start + dt.timedelta(days=n))
    figures: dict[str, FigureValue] = {}
    for kind in draw(st.lists(st.sampled_from(DEFAULT_CATALOGUE), unique=True)):
        figures[kind.key] = FigureValue(
            draw(st.integers(0, 10**9)),
            draw(st.sampled_from(list(Qualifier))),
            draw(st.lists(days, unique=True)) if kind.has_days else [],
            draw(texts),
        )
    return Edition(
        number=draw(st.integers(1, 500)), city_ar=draw(arabic), city_fr=draw(texts),
        start_date=start, end_date=end, venue_ar=draw(texts), venue_fr=draw(texts),
        theme=draw(texts), notes=draw(texts), figures=figures,
        daily_visitors=draw(st.dictionaries(days, st.integers(0, 10**6))),
        audiences=draw(st.lists(arabic, max_size=3)),
        partners=draw(st.lists(arabic, max_size=3)),
        joint_pavilions=[JointPavilion(p, t) for p, t in draw(
            st.lists(st.tuples(st.lists(arabic, min_size=1, max_size=2), texts), max_size=2))],
        seminars=draw(st.lists(arabic, max_size=3)),
        highlights=draw(st.lists(arabic, max_size=3)),
    )


def _canonical(edition: Edition) -> Edition:
    """The same edition with days and daily rows in date order (as JSON writes them)."""
    result = copy.deepcopy(edition)
    for figure in result.figures.values():
        figure.days.sort()
    result.daily_visitors = dict(sorted(result.daily_visitors.items()))
    return result


@settings(max_examples=150, deadline=None)
@given(editions())
def test_export_then_import_gives_an_equal_edition(edition: Edition) -> None:
    back = edition_from_dict(edition_to_dict(edition), DEFAULT_BY_KEY)
    assert back == _canonical(edition)
    text = dumps_editions([edition])
    assert dumps_editions([edition_from_dict(json.loads(text)[0], KEYS)]) == text


def test_one_edition_is_written_as_one_object_and_read_back() -> None:
    fez = loads_editions(json.dumps(FEZ_JSON, ensure_ascii=False), KEYS)[0]
    text = dumps_edition(fez)
    data = json.loads(text)
    assert isinstance(data, dict) and data["number"] == 4
    assert data == json.loads(dumps_editions([fez]))[0]
    assert text.endswith("}\n") and "فاس" in text  # UTF-8, not \u escapes
    assert loads_editions(text, KEYS) == [fez]  # an object is read back
    assert dumps_edition(loads_editions(text, KEYS)[0]) == text  # byte for byte


@settings(max_examples=60, deadline=None)
@given(editions())
def test_one_object_round_trip(edition: Edition) -> None:
    text = dumps_edition(edition)
    assert dumps_edition(edition_from_dict(json.loads(text), KEYS)) == text
