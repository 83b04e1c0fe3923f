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
from balagh.documents.release.phrasebook import BUILTIN_BY_KEY, check_phrase, fill, slots_of
from balagh.platform.settings import Settings

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


def test_a_database_of_revision_0007_keeps_its_phrasebook_history(db_url: str) -> None:
    # Revision 0007 kept the wordings in a table of their own; the upgrade carries every one
    # onto the generic history, in order, with its author and built-in mark, and back.
    from alembic import command
    from sqlalchemy import text

    from balagh.store import open_store
    from balagh.store.engine import make_engine
    from balagh.store.migrate import alembic_config
    from store_tools import build_at

    build_at(db_url, "0007")
    saved = [("blood_drive", "بتسجيل {عدد المتبرعين} متبرعا", "سعاد", False, 9),
             ("opening_purpose", NEW, "أحمد", False, 10),
             ("blood_drive", BUILTIN_BY_KEY["blood_drive"].text, "كريم", True, 11)]
    engine = make_engine(db_url)
    with engine.begin() as connection:
        for key, wording, author, builtin, hour in saved:
            connection.execute(text(
                "INSERT INTO phrase_versions (phrase_key, text, author, builtin, created_at)"
                " VALUES (:k, :t, :a, :b, :c)"),
                {"k": key, "t": wording, "a": author, "b": builtin,
                 "c": dt.datetime(2026, 5, 20, hour, 0)})
    engine.dispose()
    with open_store(db_url) as store:
        history = store.phrases.history("blood_drive")
        assert [(v.text, v.author, v.builtin) for v in history] == [
            (saved[2][1], "كريم", True), (saved[0][1], "سعاد", False)]
        assert history[1].created_at == dt.datetime(2026, 5, 20, 9, 0, tzinfo=dt.UTC)
        assert store.phrases.current()["opening_purpose"].text == NEW
        save_phrase(store.phrases, "opening_purpose", "تعزيز شرطة القرب", author="ليلى")
        assert [v.author for v in store.phrases.history("opening_purpose")] == ["ليلى", "أحمد"]
    engine = make_engine(db_url)
    try:
        config = alembic_config(engine)
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0007")
        with engine.connect() as connection:
            rows = connection.execute(text(
                "SELECT phrase_key, author, builtin FROM phrase_versions ORDER BY id")).all()
            left = connection.execute(text("SELECT COUNT(*) FROM versions")).scalar_one()
    finally:
        engine.dispose()
    assert [(key, author, bool(builtin)) for key, author, builtin in rows] == [
        ("blood_drive", "سعاد", False), ("opening_purpose", "أحمد", False),
        ("blood_drive", "كريم", True), ("opening_purpose", "ليلى", False)]
    assert left == 0
