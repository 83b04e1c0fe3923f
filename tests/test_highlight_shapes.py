"""Highlights keep the grammar: a noun phrase is introduced by «كما تم …», a past-tense
sentence follows «وعلاوة على الحضور الجماهيري …،» (the Marrakech 2018 closing ceremony)."""

from __future__ import annotations

import copy

import pytest

from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.interchange import loads_editions
from balagh.core.model import ClosingForm, Edition
from balagh.documents.release.draft import draft_release, release_text
from balagh.platform.assets import read_text
from balagh.platform.settings import Settings

CEREMONY = ("تنظيم حفل فني على شرف أسرة الأمن الوطني وضيوفها أحيته الفرقة الموسيقية للأمن "
            "الوطني وعدد من الفنانين المغاربة")
HONOURS = "تكريم ثلاثة تلاميذ من أبناء أسرة الأمن ممن تفوقوا في امتحانات الباكالوريا"
AFTER = "وعلاوة على الحضور الجماهيري الذي زار فضاء هذه التظاهرة المجتمعية،"


@pytest.fixture
def marrakech() -> tuple[Edition, list[Edition]]:
    demo = loads_editions(read_text("demo", "editions.json"), list(DEFAULT_BY_KEY))
    return copy.deepcopy(demo[1]), demo


@pytest.mark.parametrize("form", [ClosingForm.FORM_2023, ClosingForm.CURRENT])
def test_noun_phrases_get_their_verb(marrakech: tuple[Edition, list[Edition]],
                                     form: ClosingForm) -> None:
    edition, demo = marrakech
    assert edition.noun_highlights == [CEREMONY, HONOURS] and edition.highlights == []
    edition.options.closing_form = form
    paragraphs = draft_release(edition, demo, DEFAULT_BY_KEY, Settings()).paragraphs
    assert f"كما تم {CEREMONY}، و{HONOURS}." in paragraphs
    assert AFTER not in release_text_of(paragraphs)  # no noun phrase after «وعلاوة …،»


def test_sentences_follow_the_opening_clause(marrakech: tuple[Edition, list[Edition]]) -> None:
    edition, demo = marrakech
    edition.noun_highlights = []
    edition.highlights = [
        "نظمت المديرية العامة للأمن الوطني حفلا فنيا على شرف أسرة الأمن الوطني وضيوفها",
        "كرمت ثلاثة تلاميذ من أبناء أسرة الأمن ممن تفوقوا في امتحانات الباكالوريا",
    ]
    text = release_text(draft_release(edition, demo, DEFAULT_BY_KEY, Settings()))
    assert (f"{AFTER} نظمت المديرية العامة للأمن الوطني حفلا فنيا على شرف أسرة الأمن الوطني "
            "وضيوفها، وكرمت ثلاثة تلاميذ") in text
    assert "كما تم" not in text


def test_both_shapes_together(marrakech: tuple[Edition, list[Edition]]) -> None:
    edition, demo = marrakech
    edition.highlights = ["أطلقت المديرية العامة للأمن الوطني تطبيقا معلوماتيا"]
    paragraphs = draft_release(edition, demo, DEFAULT_BY_KEY, Settings()).paragraphs
    assert f"{AFTER} أطلقت المديرية العامة للأمن الوطني تطبيقا معلوماتيا." in paragraphs
    assert f"كما تم {CEREMONY}، و{HONOURS}." in paragraphs
    assert all(p.endswith(".") for p in paragraphs)


def release_text_of(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)
