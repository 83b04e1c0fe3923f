"""The French templates' standing sentences in the phrasebook: listed apart from the Arabic
ones, edited through the same workflow (checked slots, history, restoring the built-in
wording), and the next French draft uses the wording in use."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from balagh.app.bilingual import with_french
from balagh.app.phrasebook_edit import phrase_entries, restore_builtin, save_phrase
from balagh.app.release_drafting import draft_for, phrase_texts
from balagh.cli.main import main
from balagh.core.errors import BalaghError
from balagh.core.model import Edition, ReleaseKind
from balagh.documents.release.phrasebook import BUILTIN_BY_KEY, BUILTIN_PHRASES_FR
from balagh.platform.settings import Settings

if TYPE_CHECKING:
    from balagh.store import Store

DONORS = "avec {donneurs} venus des quatre coins de la ville."


def french_paragraphs(store: Store, edition: Edition,
                      kind: ReleaseKind = ReleaseKind.CLOSING) -> list[str]:
    """The French draft of ``edition`` as the window and the command line make it."""
    release = draft_for(store, edition, kind, Settings())
    catalogue = {k.key: k for k in store.editions.catalogue()}
    release, _missing = with_french(release, edition, store.editions.list_editions(),
                                    catalogue, Settings(), phrases=phrase_texts(store))
    assert release.french is not None
    return list(release.french.paragraphs)


def test_the_french_sentences_are_listed_apart_with_french_slots(demo_store: Store) -> None:
    french = phrase_entries(demo_store.phrases, "fr")
    arabic = phrase_entries(demo_store.phrases)
    assert [e.key for e in french] == [p.key for p in BUILTIN_PHRASES_FR]
    assert all(e.key.startswith("fr.") for e in french)
    assert not any(e.key.startswith("fr.") for e in arabic)
    drive = next(e for e in french if e.key == "fr.blood_drive")
    assert drive.slots == ("donneurs",) and drive.label_fr == "Bilan du don de sang"
    assert drive.text.startswith("avec {donneurs} parmi les fonctionnaires de police")


def test_editing_a_french_sentence_changes_the_next_french_draft_and_restoring_undoes_it(
    demo_store: Store,
) -> None:
    fez = demo_store.editions.find(2023)
    arabic_before = draft_for(demo_store, fez, ReleaseKind.CLOSING, Settings()).paragraphs
    before = french_paragraphs(demo_store, fez)
    (index,) = [i for i, p in enumerate(before) if "don de sang" in p]
    assert before[index].endswith("afin de renforcer les réserves nationales de cette "
                                  "matière vitale.")

    save_phrase(demo_store.phrases, "fr.blood_drive", DONORS, author="Souad")
    after = french_paragraphs(demo_store, fez)
    assert after[index].startswith("Un espace dédié au don de sang a également été prévu")
    assert after[index].endswith("donneurs de sang venus des quatre coins de la ville.")
    assert after[:index] + after[index + 1:] == before[:index] + before[index + 1:]
    assert draft_for(demo_store, fez, ReleaseKind.CLOSING, Settings()).paragraphs == (
        arabic_before)  # the Arabic draft keeps its own sentence

    restore_builtin(demo_store.phrases, "fr.blood_drive", author="Souad")
    assert french_paragraphs(demo_store, fez) == before
    history = demo_store.phrases.history("fr.blood_drive")
    assert [(v.author, v.builtin) for v in history] == [("Souad", True), ("Souad", False)]
    assert history[1].text == DONORS


def test_the_opening_and_the_bulletin_use_their_french_sentences(demo_store: Store) -> None:
    fez = demo_store.editions.find(2023)
    save_phrase(demo_store.phrases, "fr.opening_mandate",
                "Cette manifestation est organisée par la DGSN.", author="Souad")
    opening = french_paragraphs(demo_store, fez, ReleaseKind.OPENING)
    assert "Cette manifestation est organisée par la DGSN." in opening
    save_phrase(demo_store.phrases, "fr.daily_turnout",
                "a indiqué que le public reste nombreux", author="Souad")
    release = draft_for(demo_store, fez, ReleaseKind.DAILY, Settings(), day=fez.end_date)
    catalogue = {k.key: k for k in demo_store.editions.catalogue()}
    release, _ = with_french(release, fez, demo_store.editions.list_editions(), catalogue,
                             Settings(), phrases=phrase_texts(demo_store))
    assert release.french is not None
    assert any(p.startswith("Le comité d'organisation de cette manifestation, qui clôture "
                            "ses activités ce jour, a indiqué que le public reste nombreux")
               for p in release.french.paragraphs)


@pytest.mark.parametrize(
    ("text", "problem"),
    [("avec {عدد المتبرعين}.", "غير معروفة"), ("avec {donneur}.", "« donneur » inconnu"),
     ("   ", "est vide")],
)
def test_a_french_sentence_the_drafts_could_not_use_is_refused(
    demo_store: Store, text: str, problem: str,
) -> None:
    with pytest.raises(BalaghError) as refused:
        save_phrase(demo_store.phrases, "fr.blood_drive", text, author="Souad")
    assert problem in refused.value.message_ar + refused.value.message_fr
    assert demo_store.phrases.history("fr.blood_drive") == []


def test_the_command_line_french_draft_uses_the_edited_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    from balagh.store import open_store

    url = f"sqlite:///{(tmp_path / 'balagh.db').as_posix()}"
    assert main(["--db", url, "demo"]) == 0
    with open_store(url) as store:
        save_phrase(store.phrases, "fr.closing_purpose",
                    "La DGSN remercie les visiteurs de cette édition.", author="Souad")
    capsys.readouterr()
    assert main(["--db", url, "release", "draft", "2023", "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert out.rstrip().endswith("La DGSN remercie les visiteurs de cette édition.")
    assert BUILTIN_BY_KEY["fr.closing_purpose"].text[:40] not in out
