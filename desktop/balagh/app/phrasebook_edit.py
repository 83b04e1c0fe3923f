"""Editing the phrasebook: the standing sentences, their history, restoring the built-in
wording — one workflow for the window's editor and anything else that edits it.

``save_phrase(store.phrases, "closing_purpose", text, author="سعاد")`` checks the text
(known slots only) and records a new version; ``restore_builtin(…)`` records the built-in
wording again, so the history shows who restored it and when. The French standing sentences
are edited the same way under their stored keys («fr.blood_drive»);
``phrase_entries(store.phrases, "fr")`` lists them.
"""

from __future__ import annotations

from dataclasses import dataclass

from balagh.core.errors import BalaghError
from balagh.core.model import PhraseVersion
from balagh.core.ports import PhraseRepository
from balagh.documents.release.phrasebook import (
    BUILTIN_BY_KEY,
    BUILTIN_PHRASES,
    BUILTIN_PHRASES_FR,
    check_phrase,
)
from balagh.messages import msg


@dataclass(frozen=True)
class PhraseEntry:
    """One phrase as the editor lists it: what it is, its slots, its wording in use."""

    key: str
    label_ar: str
    label_fr: str
    slots: tuple[str, ...]
    builtin_text: str
    text: str
    changed_by: str | None  # None: the built-in wording, never changed
    changed: PhraseVersion | None

    @property
    def is_builtin(self) -> bool:
        """Whether the wording in use is the built-in one."""
        return self.text == self.builtin_text


def phrase_entries(phrases: PhraseRepository, language: str = "ar") -> list[PhraseEntry]:
    """Every phrase of the phrasebook in ``language`` ("ar" or "fr": the French templates'
    sentences) with its current wording, in the built-in order."""
    current = phrases.current()
    entries: list[PhraseEntry] = []
    for builtin in BUILTIN_PHRASES_FR if language == "fr" else BUILTIN_PHRASES:
        version = current.get(builtin.key)
        entries.append(PhraseEntry(
            builtin.key, builtin.label_ar, builtin.label_fr, builtin.slots, builtin.text,
            version.text if version is not None else builtin.text,
            version.author if version is not None else None, version))
    return entries


def _author(author: str) -> str:
    name = " ".join(author.split())
    if not name:
        raise BalaghError(msg("اكتب اسمك: كل تعديل لعبارة ثابتة يسجل باسم صاحبه"))
    return name


def save_phrase(phrases: PhraseRepository, key: str, text: str, *, author: str) -> PhraseVersion:
    """Record a new wording of ``key`` by ``author`` (refused, nothing written, when the text
    uses an unknown slot or is empty). Saving the wording in use again records nothing."""
    name = _author(author)
    cleaned = " ".join(text.split())
    check_phrase(key, cleaned)
    current = phrases.current().get(key)
    in_use = current.text if current is not None else BUILTIN_BY_KEY[key].text
    if cleaned == in_use and current is not None:
        return current
    builtin = cleaned == BUILTIN_BY_KEY[key].text
    return phrases.add_version(PhraseVersion(key, cleaned, name, builtin=builtin))


def restore_builtin(phrases: PhraseRepository, key: str, *, author: str) -> PhraseVersion:
    """Record the built-in wording of ``key`` again, by ``author``."""
    name = _author(author)
    if key not in BUILTIN_BY_KEY:
        check_phrase(key, "x")  # raises the unknown-key error
    return phrases.add_version(PhraseVersion(key, BUILTIN_BY_KEY[key].text, name, builtin=True))


def revert_to(phrases: PhraseRepository, version: PhraseVersion, *, author: str) -> PhraseVersion:
    """Record an earlier wording again (from the history), by ``author``."""
    return save_phrase(phrases, version.key, version.text, author=author)
