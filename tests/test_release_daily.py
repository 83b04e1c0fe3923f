"""The daily bulletin: the Fez 2023 bulletins of 17 and 18 May from the recorded day
figures, sentence by sentence against the published ones; record days computed."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.errors import BalaghError
from balagh.core.interchange import loads_editions
from balagh.core.model import Edition, FigureValue, Qualifier, Release, ReleaseKind
from balagh.documents.release.consistency import check_release
from balagh.documents.release.consistency_findings import DiscrepancyKind
from balagh.documents.release.daily_facts import day_has_figures
from balagh.documents.release.draft import draft_release, release_text
from balagh.platform.assets import read_text
from balagh.platform.settings import Settings
from published import quotes, sentences

D = dt.date


@pytest.fixture(scope="module")
def demo() -> list[Edition]:
    return loads_editions(read_text("demo", "editions.json"), list(DEFAULT_BY_KEY))


def by_number(editions: list[Edition], number: int) -> Edition:
    return copy.deepcopy(next(e for e in editions if e.number == number))


def bulletin(edition: Edition, editions: list[Edition], day: dt.date) -> Release:
    return draft_release(edition, editions, DEFAULT_BY_KEY, Settings(),
                         kind=ReleaseKind.DAILY, release_date=day)


def test_second_day_matches_the_published_bulletin_sentence_by_sentence(
    demo: list[Edition],
) -> None:
    """Fez, 18 May 2023 (tanjanews.com/130846.html): every published sentence, with its
    figures (344 ألف و100، 200 ألف، 72، 216) and «إلى غاية 21 ماي الجاري»."""
    published = quotes("fez2023_daily_ar.txt", "## Fez 2023 day 2")[1]
    fez = by_number(demo, 4)
    release = bulletin(fez, demo, D(2023, 5, 18))
    assert release.kind is ReleaseKind.DAILY and release.date == D(2023, 5, 18)
    written = sentences(release_text(release))
    expected = sentences(published)
    assert len(expected) == 4
    assert written == expected


def test_first_day_matches_the_published_bulletin(demo: list[Edition]) -> None:
    """Fez, 17 May 2023 (almouaten24.ma): «سجل اليوم الأول … حضورا قياسيا ناهز 145 ألف
    زائر». The claim «قياسيا» is computed: no earlier edition in the demo recorded its first
    day, so none is made; with an earlier first day recorded (lower), the sentence is the
    published one word for word."""
    published = quotes("fez2023_daily_ar.txt", "## Fez 2023 day 1")[1]
    # The outlet's copy reads «من الأيام الأبواب»; the issue quotes the office's «من أيام».
    first = published.replace("من الأيام الأبواب", "من أيام الأبواب").split("، شكلت")[0] + "."
    fez = by_number(demo, 4)
    text = bulletin(fez, demo, D(2023, 5, 17)).paragraphs[0]
    assert text == first.replace("حضورا قياسيا", "حضورا")
    tangier = by_number(demo, 3)
    tangier.daily_visitors = {D(2019, 10, 2): 90_000}
    editions = [tangier if e.number == 3 else e for e in demo]
    assert bulletin(fez, editions, D(2023, 5, 17)).paragraphs[0] == first


def test_a_day_that_beats_the_same_day_of_every_earlier_edition_is_a_record(
    demo: list[Edition],
) -> None:
    agadir = by_number(demo, 5)  # 320 thousand on day 1 against Fez's 145 thousand
    first = bulletin(agadir, demo, D(2024, 5, 17)).paragraphs[0]
    assert first == ("سجل اليوم الأول من أيام الأبواب المفتوحة للأمن الوطني المقامة بمدينة "
                     "أكادير حضورا قياسيا بلغ 320 ألف زائر.")
    second = release_text(bulletin(agadir, demo, D(2024, 5, 18)))
    assert "إذ سجل اليوم الثاني حضورا قياسيا بلغ 450 ألف زائر" in second
    assert "خلال اليومين الأولين من هذه التظاهرة المجتمعية إلى 770 ألف زائر" in second


def test_a_day_below_an_earlier_edition_claims_nothing(demo: list[Edition]) -> None:
    later = Edition(7, "وجدة", "Oujda", D(2026, 5, 17), D(2026, 5, 21),
                    daily_visitors={D(2026, 5, 17): 300_000})
    editions = [*demo, later]  # El Jadida had 420 thousand on its first day
    text = bulletin(later, editions, D(2026, 5, 17)).paragraphs[0]
    assert text == ("سجل اليوم الأول من أيام الأبواب المفتوحة للأمن الوطني المقامة بمدينة "
                    "وجدة حضورا بلغ 300 ألف زائر.")
    assert "قياسي" not in release_text(bulletin(later, editions, D(2026, 5, 17)))


def test_the_last_day_does_not_announce_days_to_come(demo: list[Edition]) -> None:
    fez = by_number(demo, 4)
    fez.as_of[D(2023, 5, 21)] = {"visitors_total": FigureValue(1_150_000, Qualifier.ABOUT)}
    text = release_text(bulletin(fez, demo, D(2023, 5, 21)))
    assert "التي تختتم فعالياتها اليوم" in text and "ستتواصل" not in text
    assert "خلال الأيام الخمسة الأولى من هذه التظاهرة المجتمعية مليون و150 ألف زائر" in text


def test_a_day_outside_the_edition_is_refused(demo: list[Edition]) -> None:
    with pytest.raises(BalaghError, match="ليس من أيام الدورة 4"):
        bulletin(by_number(demo, 4), demo, D(2023, 5, 22))


@pytest.mark.parametrize("number", [1, 2, 3, 4, 5, 6])
def test_every_demo_bulletin_agrees_with_the_database(demo: list[Edition], number: int) -> None:
    edition = by_number(demo, number)
    day = edition.start_date
    while day <= edition.end_date:
        release = bulletin(edition, demo, day)
        found = check_release(release, edition, DEFAULT_BY_KEY, all_editions=demo)
        # nothing but the warning of a day without figures, given exactly for those days
        assert [f for f in found if f.kind is not DiscrepancyKind.NO_FIGURES] == []
        assert bool(found) is not day_has_figures(edition, day), day
        assert all(p.endswith(".") for p in release.paragraphs)
        day += dt.timedelta(days=1)


def test_the_check_reads_the_running_totals_of_the_day(demo: list[Edition]) -> None:
    fez = by_number(demo, 4)
    release = bulletin(fez, demo, D(2023, 5, 18))
    release.paragraphs = [p.replace("72 وسيلة", "73 وسيلة").replace("344 ألف و100", "345 ألف")
                          for p in release.paragraphs]
    found = check_release(release, fez, DEFAULT_BY_KEY, all_editions=demo)
    texts = {(f.kind, f.text) for f in found}
    assert (DiscrepancyKind.DIFFERS, "73 وسيلة إعلامية") in texts
    assert (DiscrepancyKind.DIFFERS, "345 ألف زائر") in texts
