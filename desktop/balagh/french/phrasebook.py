"""The French phrasebook: French nouns of the catalogue figures, French renderings of the
texts the staff record in Arabic.

The built-in phrasebook is ``resources/phrasebook/fr.json``; a user phrasebook of the same
shape (``phrasebook.fr.json`` in the data folder, or a path given) adds entries or replaces
them, so the staff extend it without touching the application. Example::

    book = Phrasebook.load()
    book.noun("blood_donors").count(230)        → "230 donneurs de sang"
    book.translate("تدبير الكوارث")             → "la gestion des catastrophes"
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from balagh.core.errors import BalaghError
from balagh.french.numbers import count_fr
from balagh.messages import msg

USER_FILE = "phrasebook.fr.json"


@dataclass(frozen=True)
class FrenchNoun:
    """A figure's French noun: ``forms[0]`` is written, every form is read back."""

    key: str
    gender: str
    forms: tuple[tuple[str, str], ...]

    @property
    def singular(self) -> str:
        """The written singular: "donneur de sang"."""
        return self.forms[0][0]

    @property
    def plural(self) -> str:
        """The written plural: "donneurs de sang"."""
        return self.forms[0][1]

    def count(self, n: int) -> str:
        """The figure with its noun in agreement: ``count(1)`` → "1 donneur de sang"."""
        return count_fr(n, self.singular, self.plural)


@dataclass(frozen=True)
class Phrasebook:
    """Nouns by figure key, and the glossary from recorded Arabic text to French."""

    nouns: dict[str, FrenchNoun] = field(default_factory=dict)
    glossary: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, user_path: Path | None = None) -> Phrasebook:
        """The built-in phrasebook merged with the user's (the data folder's by default)."""
        raw = dict(_builtin())
        path = user_path if user_path is not None else _user_path()
        if path is not None and path.is_file():
            raw = _merge(raw, _read(path))
        return cls._from(raw)

    @classmethod
    def builtin(cls) -> Phrasebook:
        """The phrasebook shipped with Balagh."""
        return cls._from(_builtin())

    @classmethod
    def _from(cls, raw: dict[str, Any]) -> Phrasebook:
        nouns = {
            key: FrenchNoun(key, str(entry.get("gender", "m")),
                            tuple((str(s), str(p)) for s, p in entry["forms"]))
            for key, entry in raw.get("nouns", {}).items()
        }
        glossary = {str(k).strip(): str(v).strip() for k, v in raw.get("glossary", {}).items()}
        return cls(nouns, glossary)

    def noun(self, key: str) -> FrenchNoun:
        """The noun of figure ``key``; BalaghError naming the key when there is none."""
        try:
            return self.nouns[key]
        except KeyError:
            raise BalaghError(
                msg("لا يوجد اسم فرنسي للرقم «{key}» في المعجم الفرنسي", key=key),
            ) from None

    def translate(self, text: str) -> str | None:
        """The French rendering of a recorded Arabic text, or None when there is none."""
        return self.glossary.get(text.strip())


def _user_path() -> Path:
    from balagh.platform.paths import app_paths

    return Path(app_paths().data_dir) / USER_FILE


@cache
def _builtin() -> dict[str, Any]:
    from balagh.platform.assets import read_text

    data = json.loads(read_text("phrasebook", "fr.json"))
    return data if isinstance(data, dict) else {}


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BalaghError(
            msg("تعذرت قراءة المعجم الفرنسي {path}: {exc}", path=path, exc=exc),
        ) from exc
    if not isinstance(data, dict):
        raise BalaghError(msg("المعجم الفرنسي {path} ليس كائنا JSON", path=path))
    return data


def _merge(base: dict[str, Any], user: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for section in ("nouns", "glossary"):
        merged[section] = {**base.get(section, {}), **user.get(section, {})}
    return merged
