"""The opening announcement in the office's form: the Marrakech 2018 release (maghress.com/
almaghribia/18143184) paragraph by paragraph; its place in the series from the database;
never the closing paragraph."""

from __future__ import annotations

import copy
import re

import pytest

from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.interchange import loads_editions
from balagh.core.model import Edition, Release, ReleaseKind
from balagh.documents.release.consistency import check_release
from balagh.documents.release.draft import draft_release, release_text
from balagh.platform.assets import read_text
from balagh.platform.settings import Settings
from published import quotes, sentences


@pytest.fixture(scope="module")
def demo() -> list[Edition]:
    return loads_editions(read_text("demo", "editions.json"), list(DEFAULT_BY_KEY))


def opening(item: Edition, editions: list[Edition]) -> Release:
    return draft_release(item, editions, DEFAULT_BY_KEY, Settings(), kind=ReleaseKind.OPENING)


def published_opening() -> list[str]:
    passage = quotes("marrakech2018_ar.txt", "# Marrakech 2018 — opening")[1]
    # The press writes «الدارالبيضاء» and inserts «حسب بلاغ للمديرية» / «حسب البلاغ ذاته».
    passage = passage.replace("الدارالبيضاء", "الدار البيضاء")
    passage = re.sub(r"، حسب (بلاغ للمديرية|البلاغ ذاته)،", "", passage)
    return sentences(passage)


def test_first_paragraph_follows_the_published_order_and_wording(demo: list[Edition]) -> None:
    marrakech = copy.deepcopy(demo[1])
    first = opening(marrakech, demo).paragraphs[0]
    published = published_opening()[0]
    # the theme as recorded (the closing release's «الأمن الوطني.. شرطة مواطنة») between the
    # office's quotation marks “…”; the announcement as quoted used "…"
    expected = re.sub(r'"[^"]*"', f"“{marrakech.theme}”", published)
    assert first == expected
    order = ["تنظم المديرية العامة للأمن الوطني", "الدورة الثانية", "تحت شعار", "من 26 إلى 30",
             "بساحة باب الجديد", "بمدينة مراكش"]
    positions = [first.index(part) for part in order]
    assert positions == sorted(positions)


def test_purpose_and_place_in_the_series_as_published(demo: list[Edition]) -> None:
    text = release_text(opening(copy.deepcopy(demo[1]), demo))
    published = published_opening()
    # «وتنظم هذه التظاهرة التواصلية، تنفيذا …، وتوطيدا …،» and «وتهدف التظاهرة، الثانية بعد
    # الأولى التي نظمت في الدار البيضاء، العام الماضي، …» are one run-on sentence in the
    # press copy; the draft ends the first clause with a full stop.
    frame, purpose = published[1].split("، وتهدف التظاهرة")
    assert frame + "." in text
    assert "وتهدف التظاهرة" + purpose in text
    assert published[2] in text  # «كما تهدف إلى إطلاع المواطن …»


def test_the_programme_names_the_demonstrations_and_their_units(demo: list[Edition]) -> None:
    text = release_text(opening(copy.deepcopy(demo[1]), demo))
    assert ("وتتميز هذه التظاهرة بتقديم عروض حية يبلغ عددها 56 عرضا، تقدمها فرق خيالة الأمن "
            "الوطني والكلاب المدربة للشرطة وكوكبات الدراجيين") in text


@pytest.mark.parametrize("index", [0, 1, 2, 3, 4, 5])
def test_never_ends_with_the_closing_paragraph(demo: list[Edition], index: int) -> None:
    release = opening(copy.deepcopy(demo[index]), demo)
    assert not release.paragraphs[-1].startswith("وتراهن")
    assert "وتراهن المديرية" not in release_text(release)
    assert check_release(release, demo[index], DEFAULT_BY_KEY, all_editions=demo) == []


def test_the_place_in_the_series_comes_from_the_database(demo: list[Edition]) -> None:
    texts = [release_text(opening(copy.deepcopy(e), demo)) for e in demo]
    assert "وتهدف التظاهرة، الأولى من نوعها،" in texts[0]
    assert "وتهدف التظاهرة، الثالثة بعد الثانية التي نظمت في مراكش، العام الماضي،" in texts[2]
    assert "وتهدف التظاهرة، الرابعة بعد الثالثة التي نظمت في طنجة، سنة 2019،" in texts[3]
