"""The closing release in the office's current form (2024–2025), compared sentence by
sentence with the Agadir 2024 passages the press quoted verbatim, and El Jadida 2025."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.interchange import loads_editions
from balagh.core.model import ClosingForm, Edition, FigureValue, Qualifier, Release
from balagh.documents.release.consistency import check_release
from balagh.documents.release.draft import draft_release, release_text
from balagh.platform.assets import read_text
from balagh.platform.settings import Settings
from published import quotes

SEED_START = "تعلن المديرية العامة للأمن الوطني أن زوار فضاء الأبواب المفتوحة"


@pytest.fixture(scope="module")
def demo() -> list[Edition]:
    return loads_editions(read_text("demo", "editions.json"), list(DEFAULT_BY_KEY))


def edition(demo: list[Edition], number: int) -> Edition:
    return copy.deepcopy(next(e for e in demo if e.number == number))


def closing(item: Edition, editions: list[Edition]) -> Release:
    return draft_release(item, editions, DEFAULT_BY_KEY, Settings())


def agadir_quotes() -> list[str]:
    return quotes("agadir2024_closing_ar.txt")


def test_the_record_and_the_total_as_rue20_quotes_them(demo: list[Edition]) -> None:
    p1 = agadir_quotes()[0]  # «... محققة طيلة ايام الدورة رقما قياسيا ...»
    clause = p1.removeprefix("... ").replace("ايام", "أيام")  # the outlet drops the hamza
    first = closing(edition(demo, 5), demo).paragraphs[0]
    assert clause in first
    assert "خلال الفترة الممتدة من 17 إلى 21 ماي الجاري" in first


def test_the_peak_and_the_visitor_breakdown_as_the_release_writes_them(
    demo: list[Edition],
) -> None:
    rue20, safircom = agadir_quotes()[2], agadir_quotes()[3]
    second = closing(edition(demo, 5), demo).paragraphs[1]
    # rue20 quotes the whole sentence without the days; safircom the first half with them
    # rue20 reports it as «أن هذه الدورة تميزت بتسجيل …»; the release: «وتميزت هذه الدورة»
    assert rue20.split("تميزت ", 1)[1] in second.replace(" يومي السبت والأحد", "")
    assert safircom in second.replace("قياسية، تجاوزت", "قياسية تجاوزت")
    assert second.startswith("وتميزت هذه الدورة بتسجيل مستويات توافد يومية قياسية")


def test_the_closing_paragraph_is_the_2024_wording(demo: list[Edition]) -> None:
    last = agadir_quotes()[4]
    bracketed, quoted = last.split("] ")
    text = closing(edition(demo, 5), demo).paragraphs[-1]
    assert quoted in text
    assert bracketed.strip("[").replace(" ... ", " المديرية العامة للأمن الوطني ") in text
    assert text.endswith("وذلك في سعي استراتيجي لتحقيق الأمن للمواطن.")


def test_area_and_covered_part_from_the_french_summary(demo: list[Edition]) -> None:
    # lebrief: «Organisée sur une superficie de 58.000 m², dont 10.000 m² couverts»
    text = release_text(closing(edition(demo, 5), demo))
    assert ("بتنظيم 37 رواقا موضوعاتيا على مساحة 58 ألف متر مربع، منها 10 آلاف متر مربع "
            "مغطاة") in text


def test_el_jadida_2025(demo: list[Edition]) -> None:
    text = release_text(closing(edition(demo, 6), demo))
    for phrase in (
        "وناهز زوارها مليونين و400 ألف زائر وزائرة.",  # thepress: «مليونين و 400 ألف زائر وزائرة»
        "يومي السبت والأحد حصيلة إجمالية فاقت أكثر من مليون و180 ألف زائر وزائرة",
        "الذين يمثلون 1916 مؤسسة تعليمية",
        "لممثلي حوالي 1500 جمعية للمجتمع المدني ومراسلي 187 منبرا إعلاميا",
        "إنجاز 1256 نشاطا إعلاميا",
        "على مساحة تتجاوز هكتارا واحدا، جميعها مغطاة بالكامل",
        "مقارنة مع باقي الدورات السابقة لهذه التظاهرة المجتمعية",
    ):
        assert phrase in text, phrase
    # 1.18 million at the peak is below Agadir's 1.4 million: no «قياسية» for the days
    assert "مستويات توافد يومية قياسية" not in text
    assert "وسجلت هذه الدورة خلال فترة ذروة الحضور الجماهيري" in text


@pytest.mark.parametrize("number", [5, 6])
def test_current_form_drafts_agree_with_the_database(demo: list[Edition], number: int) -> None:
    item = edition(demo, number)
    release = closing(item, demo)
    assert check_release(release, item, DEFAULT_BY_KEY, all_editions=demo) == []


def test_the_form_is_a_choice_stored_with_the_edition(demo: list[Edition]) -> None:
    fez = edition(demo, 4)
    assert fez.options.closing_form is ClosingForm.FORM_2023
    assert closing(fez, demo).paragraphs[0].startswith(SEED_START)
    fez.options.closing_form = ClosingForm.CURRENT
    assert "الدورة الرابعة لأيام الأبواب المفتوحة" in closing(fez, demo).paragraphs[0]
    agadir = edition(demo, 5)
    agadir.options.closing_form = ClosingForm.FORM_2023
    assert closing(agadir, demo).paragraphs[0].startswith(SEED_START)
    later = Edition(7, "وجدة", "Oujda", dt.date(2026, 5, 17), dt.date(2026, 5, 21),
                    figures={"visitors_total": FigureValue(900_000, Qualifier.ABOUT)})
    assert later.options.closing_form is ClosingForm.AUTOMATIC  # 2026: the current form
    assert "الدورة السابعة" in closing(later, [*demo, later]).paragraphs[0]


def test_peak_days_with_their_dates_when_the_edition_asks(demo: list[Edition]) -> None:
    agadir = edition(demo, 5)
    agadir.options.peak_dates = True
    text = closing(agadir, demo).paragraphs[1]
    assert "خلال فترة ذروة الحضور الجماهيري يومي السبت والأحد 18و19 ماي حصيلة" in text


def test_home_towns_and_breakdown_without_schools(demo: list[Edition]) -> None:
    agadir = edition(demo, 5)
    agadir.home_towns = ["أكادير", "إنزكان", "تارودانت"]
    del agadir.figures["schools"]
    text = closing(agadir, demo).paragraphs[1]
    assert "تشكلت أساسا من ممثلي أكثر من 1242 جمعية للمجتمع المدني ومراسلي 170 منبرا" in text
    assert text.endswith("وقد توافد الزوار على فضاء هذه التظاهرة من مدن أكادير وإنزكان "
                         "وتارودانت.")
