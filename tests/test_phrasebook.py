"""The phrasebook: standing sentences with named slots, edited, versioned with their
author, restorable; the next draft uses the wording in use."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from balagh.app.phrasebook_edit import phrase_entries, restore_builtin, revert_to, save_phrase
from balagh.app.release_drafting import draft_for
from balagh.core.errors import BalaghError
from balagh.core.model import ReleaseKind
from balagh.documents.phrasebook import BUILTIN_BY_KEY, check_phrase, fill, slots_of
from balagh.settings import Settings

if TYPE_CHECKING:
    from balagh.store import Store

NEW = ("وتسعى المديرية العامة للأمن الوطني من خلال هذه التظاهرة بمدينة {المدينة} إلى تعزيز "
       "شرطة القرب.")


def test_slots_are_filled_by_name() -> None:
    assert slots_of("في {المدينة} يوم {اليوم}") == ["المدينة", "اليوم"]
    assert fill("بتسجيل {عدد المتبرعين}.", {"عدد المتبرعين": "465 متبرعا للدم"}) == (
        "بتسجيل 465 متبرعا للدم.")


@pytest.mark.parametrize(
    ("text", "problem"),
    [("", "فارغة"), ("بتسجيل {عدد المتبرعين", "قوس"),
     ("بتسجيل {عدد المتبرعون}", "الخانة «{عدد المتبرعون}» غير معروفة")],
)
def test_a_phrase_the_drafts_could_not_use_is_refused(text: str, problem: str) -> None:
    with pytest.raises(BalaghError, match=problem):
        check_phrase("blood_drive", text)


def test_editing_changes_the_next_draft_and_is_recorded(demo_store: Store) -> None:
    phrases = demo_store.phrases
    fez = demo_store.editions.find(2023)
    before = draft_for(demo_store, fez, ReleaseKind.CLOSING, Settings())
    assert before.paragraphs[-1] == BUILTIN_BY_KEY["closing_purpose_2023"].text
    text = "وتسعى المديرية العامة للأمن الوطني إلى تعزيز شرطة القرب."
    save_phrase(phrases, "closing_purpose_2023", text, author="سعاد")
    after = draft_for(demo_store, fez, ReleaseKind.CLOSING, Settings())
    assert after.paragraphs[-1] == text
    assert after.paragraphs[:-1] == before.paragraphs[:-1]
    (version,) = phrases.history("closing_purpose_2023")
    assert (version.author, version.text, version.builtin) == ("سعاد", text, False)
    assert version.created_at is not None
    assert version.created_at > dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
    entry = next(e for e in phrase_entries(phrases) if e.key == "closing_purpose_2023")
    assert not entry.is_builtin and entry.changed_by == "سعاد"


def test_revert_and_restore_keep_the_history(demo_store: Store) -> None:
    phrases = demo_store.phrases
    first = save_phrase(phrases, "joint_partnership", "تجسد الشراكة مع {المؤسسات}", author="أ")
    save_phrase(phrases, "joint_partnership", "تعكس الشراكة مع {المؤسسات}", author="ب")
    revert_to(phrases, first, author="ج")
    assert phrases.current()["joint_partnership"].text == "تجسد الشراكة مع {المؤسسات}"
    restore_builtin(phrases, "joint_partnership", author="د")
    history = phrases.history("joint_partnership")
    assert [v.author for v in history] == ["د", "ج", "ب", "أ"]
    assert history[0].builtin and history[0].text == BUILTIN_BY_KEY["joint_partnership"].text
    fez = demo_store.editions.find(2023)
    text = "\n".join(draft_for(demo_store, fez, ReleaseKind.CLOSING, Settings()).paragraphs)
    assert "تترجم عمق الشراكة مع هذه المؤسسات الوطنية" in text


def test_a_refused_phrase_changes_nothing(demo_store: Store) -> None:
    with pytest.raises(BalaghError):
        save_phrase(demo_store.phrases, "blood_drive", "بتسجيل {المتبرعين}", author="س")
    with pytest.raises(BalaghError, match="اكتب اسمك"):
        save_phrase(demo_store.phrases, "blood_drive", "بتسجيل {عدد المتبرعين}", author=" ")
    assert demo_store.phrases.history("blood_drive") == []


def test_a_slot_left_out_drops_its_fact_only(demo_store: Store) -> None:
    save_phrase(demo_store.phrases, "opening_purpose",
                "وتهدف التظاهرة إلى دعم انفتاح المديرية العامة للأمن الوطني على محيطها.",
                author="س")
    marrakech = demo_store.editions.find(2018)
    text = "\n".join(draft_for(demo_store, marrakech, ReleaseKind.OPENING, Settings())
                     .paragraphs)
    assert "وتهدف التظاهرة إلى دعم انفتاح" in text and "الأولى التي نظمت" not in text
    assert NEW  # the phrase with a city slot is refused for a sentence that offers none
    with pytest.raises(BalaghError, match="المدينة"):
        save_phrase(demo_store.phrases, "closing_purpose", NEW, author="س")
