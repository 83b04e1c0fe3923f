"""The rules an edition must satisfy: every problem at once, each naming its field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

import pytest

from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.errors import Problem, ValidationFailed
from balagh.core.model import Edition, FigureValue, JointPavilion, Qualifier
from balagh.core.validation import (
    ABOUT_TOLERANCE,
    FIELD_LABELS,
    MAX_EDITION_NUMBER,
    MAX_FIGURE,
    parse_figure_text,
    validate_edition,
)

D = dt.date


def fez(**changes: object) -> Edition:
    """The Fez 2023 edition as the seed release gives it (valid)."""
    edition = Edition(
        number=4, city_ar="فاس", city_fr="Fès",
        start_date=D(2023, 5, 17), end_date=D(2023, 5, 21),
        figures={
            "visitors_total": FigureValue(1_150_000, Qualifier.ABOUT),
            "peak_visitors": FigureValue(630_000, Qualifier.MORE_THAN,
                                         [D(2023, 5, 19), D(2023, 5, 20)]),
            "first_days_visitors": FigureValue(344_100, Qualifier.EXACT,
                                               [D(2023, 5, 17), D(2023, 5, 18)]),
            "police_staff": FigureValue(2300),
            "blood_donors": FigureValue(465),
        },
        audiences=["التلاميذ", "سياح"],
        joint_pavilions=[JointPavilion(["المجلس الوطني لحقوق الإنسان"])],
    )
    for name, value in changes.items():
        setattr(edition, name, value)
    return edition


def problems_of(
    edition: Edition, taken_numbers: Collection[int] = ()
) -> dict[str, list[Problem]]:
    result: dict[str, list[Problem]] = {}
    for problem in validate_edition(edition, DEFAULT_BY_KEY, taken_numbers=taken_numbers):
        result.setdefault(problem.field, []).append(problem)
    return result


def test_the_seed_edition_is_valid() -> None:
    assert validate_edition(fez(), DEFAULT_BY_KEY) == []


def test_number_below_one() -> None:
    found = problems_of(fez(number=0))
    assert list(found) == ["number"]
    assert found["number"][0].label_ar == "رقم الدورة"
    assert "1" in found["number"][0].message_ar


def test_duplicate_number() -> None:
    found = problems_of(fez(), taken_numbers={1, 2, 3, 4})
    assert found["number"][0].text_ar() == "رقم الدورة: توجد دورة أخرى تحمل الرقم 4"
    assert "Numéro de l'édition" in found["number"][0].message_fr
    assert problems_of(fez(), taken_numbers={1, 2, 3}) == {}


def test_empty_arabic_city() -> None:
    found = problems_of(fez(city_ar="  "))
    assert found["city_ar"][0].label_ar == "المدينة (بالعربية)"


def test_end_before_start_names_both_dates() -> None:
    found = problems_of(fez(end_date=D(2023, 5, 16)))
    problem = found["end_date"][0]
    assert problem.label_ar == "تاريخ النهاية"
    assert "2023-05-16" in problem.message_ar and "2023-05-17" in problem.message_ar
    assert problem.message_fr.startswith("Date de fin")


def test_negative_figure_uses_catalogue_label() -> None:
    edition = fez()
    edition.figures["blood_donors"] = FigureValue(-465)
    problem = problems_of(edition)["figures.blood_donors.value"][0]
    assert problem.label_ar == "المتبرعون بالدم"
    assert "سالبة" in problem.message_ar
    assert "Donneurs de sang" in problem.message_fr


def test_unknown_figure_key() -> None:
    edition = fez()
    edition.figures["camels"] = FigureValue(3)
    problem = problems_of(edition)["figures.camels"][0]
    assert "camels" in problem.label_ar
    assert "الفهرس" in problem.message_ar


def test_days_outside_the_edition_and_duplicates() -> None:
    edition = fez()
    edition.figures["peak_visitors"].days = [D(2023, 5, 20), D(2023, 5, 22), D(2023, 5, 20)]
    found = problems_of(edition)["figures.peak_visitors.days"]
    messages = " ".join(p.message_ar for p in found)
    assert len(found) == 2
    assert "2023-05-22" in messages and "خارج فترة الدورة" in messages
    assert "أكثر من مرة" in messages
    assert found[0].label_ar.startswith("زوار أيام الذروة")


def test_days_on_a_figure_without_days() -> None:
    edition = fez()
    edition.figures["police_staff"].days = [D(2023, 5, 18)]
    assert "figures.police_staff.days" in problems_of(edition)


def test_peak_and_first_days_above_an_exact_total() -> None:
    edition = fez()
    edition.figures["visitors_total"] = FigureValue(600_000, Qualifier.EXACT)
    found = problems_of(edition)
    assert "figures.peak_visitors.value" in found
    assert "figures.first_days_visitors.value" not in found
    assert "العدد الإجمالي للزوار" in found["figures.peak_visitors.value"][0].message_ar
    edition.figures["first_days_visitors"].value = 600_001
    assert "figures.first_days_visitors.value" in problems_of(edition)


def test_about_total_allows_five_percent() -> None:
    assert ABOUT_TOLERANCE == 0.05
    edition = fez()
    edition.figures["visitors_total"] = FigureValue(600_000, Qualifier.ABOUT)
    edition.figures["peak_visitors"].value = 630_000
    assert "figures.peak_visitors.value" not in problems_of(edition)
    edition.figures["peak_visitors"].value = 630_001
    assert "figures.peak_visitors.value" in problems_of(edition)
    edition.daily_visitors = {D(2023, 5, 17): 400_000, D(2023, 5, 18): 230_001}
    assert "daily_visitors" in problems_of(edition)


def test_more_than_total_is_a_lower_bound() -> None:
    edition = fez()
    edition.figures["visitors_total"] = FigureValue(260_000, Qualifier.MORE_THAN)
    edition.daily_visitors = {D(2023, 5, 17): 200_000, D(2023, 5, 18): 200_000}
    # peak (630,000) and the daily sum (400,000) exceed 260,000: no contradiction
    assert problems_of(edition) == {}


def test_daily_rows_outside_negative_and_above_total() -> None:
    edition = fez()
    edition.figures["visitors_total"] = FigureValue(300_000, Qualifier.EXACT)
    edition.figures.pop("peak_visitors")
    edition.figures.pop("first_days_visitors")
    edition.daily_visitors = {
        D(2023, 5, 16): 10,
        D(2023, 5, 17): -5,
        D(2023, 5, 18): 200_000,
        D(2023, 5, 19): 100_001,
    }
    found = problems_of(edition)
    assert "خارج فترة الدورة" in found["daily_visitors.2023-05-16"][0].message_ar
    assert found["daily_visitors.2023-05-16"][0].label_ar == "زوار يوم 2023-05-16"
    assert "سالبا" in found["daily_visitors.2023-05-17"][0].message_ar
    total_problem = found["daily_visitors"][0]
    assert "300011" in total_problem.message_ar and "300000" in total_problem.message_ar
    edition.daily_visitors[D(2023, 5, 19)] = 99_990
    assert "daily_visitors" not in problems_of(edition)


def test_every_problem_at_once() -> None:
    edition = fez(number=0, city_ar="", end_date=D(2023, 5, 1))
    edition.figures["blood_donors"].value = -1
    edition.figures["x"] = FigureValue(1)
    fields = set(problems_of(edition))
    assert {"number", "city_ar", "end_date", "figures.blood_donors.value", "figures.x"} <= fields
    # with the end before the start, the days are not also reported as outside the edition
    assert "figures.peak_visitors.days" not in fields


def test_blank_list_items_and_empty_joint_pavilion() -> None:
    edition = fez(audiences=["التلاميذ", " "], joint_pavilions=[JointPavilion([])])
    found = problems_of(edition)
    assert found["audiences.1"][0].label_ar == "فئات الزوار"
    assert "joint_pavilions.0.partners" in found


def test_parse_figure_text_accepts_arabic_digits() -> None:
    assert parse_figure_text("blood_donors", "٤٦٥", DEFAULT_BY_KEY) == 465
    assert parse_figure_text("visitors_total", "1.150.000", DEFAULT_BY_KEY) == 1_150_000


@pytest.mark.parametrize("text", ["-5", "4.5", "خمسة", ""])
def test_parse_figure_text_names_the_figure(text: str) -> None:
    with pytest.raises(ValidationFailed) as info:
        parse_figure_text("blood_donors", text, DEFAULT_BY_KEY)
    (problem,) = info.value.problems
    assert problem.field == "figures.blood_donors.value"
    assert problem.label_ar == "المتبرعون بالدم"
    assert info.value.message_ar.startswith("المتبرعون بالدم: ")
    assert problem.message_fr.startswith("Donneurs de sang")


def test_parse_figure_text_unknown_key() -> None:
    with pytest.raises(ValidationFailed) as info:
        parse_figure_text("camels", "3", DEFAULT_BY_KEY)
    assert info.value.problems[0].field == "figures.camels"


def test_values_too_large_for_the_database() -> None:
    edition = fez(number=MAX_EDITION_NUMBER + 1)
    edition.figures["social_media_views"] = FigureValue(MAX_FIGURE + 1)
    found = problems_of(edition)
    assert "كبير جدا" in found["number"][0].message_ar
    too_large = found["figures.social_media_views.value"][0]
    assert "أكبر مما يمكن تسجيله" in too_large.message_ar
    assert f"الحد الأقصى {MAX_FIGURE}" in too_large.message_ar  # the limit is stated
    assert f"au plus {MAX_FIGURE}" in too_large.message_fr
    edition = fez(number=MAX_EDITION_NUMBER)
    edition.figures["social_media_views"] = FigureValue(MAX_FIGURE)
    assert problems_of(edition) == {}


@pytest.mark.parametrize("field", ["audiences", "partners", "seminars", "highlights"])
def test_an_item_repeated_in_a_list_is_refused_naming_the_list(field: str) -> None:
    items = ["التلاميذ", "سياح", " التلاميذ  "]  # the same text, spaces aside
    found = problems_of(fez(**{field: items}))
    [problem] = found[f"{field}.2"]
    assert problem.label_ar == FIELD_LABELS[field].ar
    assert "العنصر 3 «التلاميذ» مكرر" in problem.message_ar and "العنصر 1" in problem.message_ar
    assert problem.message_fr.startswith(FIELD_LABELS[field].fr)
    assert "double" in problem.message_fr
    assert validate_edition(fez(**{field: ["التلاميذ", "سياح"]}), DEFAULT_BY_KEY) == []


def test_latin_items_differing_only_in_case_are_duplicates() -> None:
    found = problems_of(fez(partners=["ONDA", "Onda"]))
    assert list(found) == ["partners.1"]


def test_a_partner_repeated_in_a_joint_pavilion_is_refused() -> None:
    pavilions = [
        JointPavilion(["المجلس الوطني لحقوق الإنسان"]),
        JointPavilion(["الوقاية المدنية", "المجلس الوطني لحقوق الإنسان", "الوقاية المدنية"]),
    ]
    found = problems_of(fez(joint_pavilions=pavilions))
    # the same partner in two pavilions is fine; twice in one pavilion is not
    [problem] = found["joint_pavilions.1.partners.2"]
    assert problem.label_ar == "الأروقة المشتركة"
    assert "الرواق المشترك 2" in problem.message_ar and "«الوقاية المدنية» مكرر" in (
        problem.message_ar)
    assert list(found) == ["joint_pavilions.1.partners.2"]


def test_an_edition_lasting_more_than_sixty_days_is_refused() -> None:
    assert validate_edition(fez(end_date=D(2023, 7, 15)), DEFAULT_BY_KEY) == []  # 60 days
    [problem] = problems_of(fez(end_date=D(2023, 7, 16)))["end_date"]
    assert "61 يوما" in problem.message_ar and "60" in problem.message_ar
    assert "61 jours" in problem.message_fr
    # a typo in the year of the end date is the usual cause
    assert "end_date" in problems_of(fez(end_date=D(2024, 5, 21)))


@pytest.mark.parametrize(("year", "valid"), [(1955, False), (1956, True), (2100, True),
                                             (2101, False), (1023, False)])
def test_the_start_year_must_be_plausible(year: int, valid: bool) -> None:
    edition = fez(start_date=D(year, 5, 17), end_date=D(year, 5, 21), figures={})
    found = problems_of(edition)
    if valid:
        assert found == {}
    else:
        [problem] = found["start_date"]
        assert problem.label_ar == "تاريخ البداية"
        assert f"سنة البداية {year}" in problem.message_ar and "1956" in problem.message_ar
        assert "2100" in problem.message_ar and "DGSN" in problem.message_fr
