"""The gettext catalogues: one compiled ``balagh.mo`` per language under ``resources/locale``.

Arabic is the source language: the message ids are the Arabic sentences written in the code,
so the Arabic catalogue only adds what an id cannot say by itself (the six plural forms of
CLDR's Arabic rule). Adding a language is adding ``resources/locale/<lang>/LC_MESSAGES/balagh.po``
(and its compiled ``.mo``, see the README's "Languages" section).

The catalogues are read with :mod:`importlib.resources` rather than ``balagh.assets``: this
package sits below the core (errors carry its messages), under every other layer.
"""

from __future__ import annotations

import gettext
import io
import threading
from functools import lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

SOURCE_LANGUAGE = "ar"
DOMAIN = "balagh"
_RESOURCES = "balagh.resources"
_lock = threading.Lock()
_loaded: dict[str, gettext.NullTranslations] = {}
_added: set[str] = set()  # languages given by load_catalogue (a pseudo-language in tests)
_folder: list[Path] = []  # a locale folder chosen by use_locale_folder (none: the shipped one)


class _SourceLanguage(gettext.NullTranslations):
    """The source language without a catalogue: ids are returned as they are written."""

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return msgid1 if n == 1 else msgid2


def available_languages() -> list[str]:
    """The languages that ship a catalogue, the source language first: ``['ar', 'fr']``."""
    found = _shipped_languages()
    with _lock:
        extra = sorted(_added - set(found) - {SOURCE_LANGUAGE})
    return [SOURCE_LANGUAGE, *(name for name in found if name != SOURCE_LANGUAGE), *extra]


def use_locale_folder(folder: Path | None) -> None:
    """Read the catalogues from ``folder`` (``<language>/LC_MESSAGES/balagh.mo``) from now on,
    or from the shipped ``resources/locale`` again with None: a translator tries a catalogue,
    a test adds a language, without touching the installed files."""
    with _lock:
        _folder[:] = [folder] if folder is not None else []
        _loaded.clear()
    _shipped_languages.cache_clear()


def _locale() -> Traversable:
    return _folder[0] if _folder else files(_RESOURCES).joinpath("locale")


@lru_cache(maxsize=1)
def _shipped_languages() -> tuple[str, ...]:
    folder = _locale()
    if not folder.is_dir():
        return ()
    return tuple(sorted(node.name for node in folder.iterdir()
                        if node.joinpath("LC_MESSAGES", f"{DOMAIN}.mo").is_file()))


def catalogue(language: str) -> gettext.NullTranslations:
    """The translations for ``language``, loaded once.

    A language without a catalogue falls back to the source language (Arabic), which is
    what the staff would have read anyway; ``load_catalogue`` replaces one (tests load a
    pseudo-language this way).
    """
    with _lock:
        found = _loaded.get(language)
        if found is None:
            found = _read(language)
            _loaded[language] = found
        return found


def load_catalogue(language: str, mo_bytes: bytes) -> None:
    """Use the compiled catalogue ``mo_bytes`` for ``language`` from now on."""
    translations = gettext.GNUTranslations(io.BytesIO(mo_bytes))
    with _lock:
        _loaded[language] = translations
        _added.add(language)


def forget_catalogue(language: str) -> None:
    """Drop a loaded catalogue; the next look-up reads the shipped one again."""
    with _lock:
        _loaded.pop(language, None)
        _added.discard(language)


def _read(language: str) -> gettext.NullTranslations:
    node = _locale().joinpath(language, "LC_MESSAGES", f"{DOMAIN}.mo")
    if node.is_file():
        return gettext.GNUTranslations(io.BytesIO(node.read_bytes()))
    return _SourceLanguage()
