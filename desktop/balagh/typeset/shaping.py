"""Arabic shaping and visual order for reportlab, with the caches that keep it fast.

reportlab draws glyphs in the order it is given and knows nothing of Arabic joining. So text
is *reshaped* (arabic-reshaper picks the initial, medial, final or isolated presentation
form of every letter, and the lam-alef ligatures) word by word in logical order, measured,
broken into lines, and only then put into visual order (left to right on the page) with the
bidi levels of :mod:`balagh.typeset.bidi_levels`. Characters at an odd (right-to-left) level
are reversed and mirrored: «(» becomes «)», «« » becomes «»».

Everything here works on single words or single lines and caches its results per string:
a press release reuses the same few hundred words, so a second document costs almost nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from configparser import ConfigParser, SectionProxy
from typing import TypeVar

from balagh.platform.deferred_imports import optional_import_refused

with optional_import_refused("fontTools", "arabic_reshaper.reshaper_config"):
    from arabic_reshaper import ArabicReshaper  # without its unused font-file support

from balagh.typeset.bidi_levels import (
    classify,
    line_levels,
    needs_resolution,
    reorder_segments,
    resolve_levels,
)
from balagh.typeset.tounicode import DRAWN_MIRROR, for_readers


class _ResolvedOptions:
    """arabic-reshaper's options, read from their ConfigParser section once, all together.

    ``ArabicReshaper.reshape`` asks for six options per call through
    ``SectionProxy.getboolean`` (string parsing and interpolation each time), and its first
    call asks for the 286 ligature options one by one: about a third of a cold document.
    The answers never change: the section's raw values are read in one pass (none of them
    uses interpolation) and each boolean kept once parsed.
    """

    def __init__(self, section: SectionProxy) -> None:
        self._section = section
        self._raw = dict(section.parser.items(section.name, raw=True))
        self._booleans: dict[str, bool] = {}

    def getboolean(self, key: str) -> bool:
        try:
            return self._booleans[key]
        except KeyError:
            raw = self._raw.get(self._section.parser.optionxform(key))
            state = None if raw is None or "%" in raw else _BOOLEAN_STATES.get(raw.lower())
            if state is None:  # not a plain boolean: ConfigParser decides (or raises)
                state = bool(self._section.getboolean(key))
            value = self._booleans[key] = state
            return value

    def get(self, key: str, fallback: str | None = None) -> str | None:
        return self._section.get(key, fallback)


def _make_reshaper() -> ArabicReshaper:
    # Harakat are kept (they are part of the text and must read back); only the lam-alef
    # ligatures are used: the others (e.g. ALLAH) decompose to different letters under NFKC.
    reshaper = ArabicReshaper(
        configuration={
            "delete_harakat": False,
            "delete_tatweel": False,
            "support_ligatures": True,
            "ARABIC LIGATURE ALLAH": False,
        }
    )
    reshaper.configuration = _ResolvedOptions(reshaper.configuration)
    return reshaper


_BOOLEAN_STATES = ConfigParser.BOOLEAN_STATES
_RESHAPER = _make_reshaper()


# Zero-width format characters: they steer bidi but are never measured or drawn.
_INVISIBLE = dict.fromkeys(
    map(ord, "\u200b\u200c\u200d\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"
        "\u2060\u2066\u2067\u2068\u2069\ufeff"),
    None,
)
_INVISIBLE_CHARS = frozenset(chr(code) for code in _INVISIBLE)
_DRAWN_MIRROR_TABLE = {ord(char): code for char, code in DRAWN_MIRROR.items()}
_MIRRORED_CHARS = frozenset(DRAWN_MIRROR)

_T = TypeVar("_T")
_MAX_CACHE = 50_000


def _cached(function: Callable[[str], _T]) -> Callable[[str], _T]:
    """A plain dict cache for a str -> value function (cleared when it grows too big)."""
    cache: dict[str, _T] = {}

    def wrapper(text: str) -> _T:
        try:
            return cache[text]
        except KeyError:
            if len(cache) > _MAX_CACHE:
                cache.clear()
            value = cache[text] = function(text)
            return value

    wrapper.__doc__ = function.__doc__
    wrapper.__name__ = function.__name__
    return wrapper


_reshaped: dict[str, str] = {}


def reshape(text: str) -> str:
    """Arabic presentation forms of ``text``, still in logical order (cached).

    ``reshape("بلاغ")`` -> «ﺑﻼﻍ» (initial beh, lam-alef ligature, isolated ghain). ASCII
    text (numbers, Latin words) has nothing to shape and is returned as it is.
    """
    try:
        return _reshaped[text]
    except KeyError:
        if text.isascii():
            return text
        if len(_reshaped) > _MAX_CACHE:
            _reshaped.clear()
        value = _reshaped[text] = str(_RESHAPER.reshape(text))
        return value


def reshape_words(words: Iterable[str]) -> None:
    """Shape the words not shaped yet in one reshaper call (into :func:`reshape`'s cache).

    A space never joins letters nor ends up inside a lam-alef ligature, so reshaping words
    joined by spaces gives each word's own shape (``tests/test_typeset_shaping_batch.py``
    checks it), for a quarter less time than a call per word: the first document of a
    process shapes its whole vocabulary. A zero-width joiner, which the reshaper removes
    (shifting its ligature positions), keeps its word out of the batch.
    """
    missing = [word for word in dict.fromkeys(words)
               if word not in _reshaped and " " not in word and "\u200d" not in word]
    if len(missing) < 2:
        return
    shaped = str(_RESHAPER.reshape(" ".join(missing))).split(" ")
    if len(shaped) != len(missing):  # cannot happen (see above); shape them one by one
        return
    if len(_reshaped) + len(missing) > _MAX_CACHE:
        _reshaped.clear()
    _reshaped.update(zip(missing, shaped, strict=True))


def drop_invisible(text: str) -> str:
    """``text`` without the zero-width format characters (isolates, marks, joiners).

    Not cached: for a word's shape, itself cached (:class:`balagh.typeset.words.WordShape`).
    """
    return text if _INVISIBLE_CHARS.isdisjoint(text) else text.translate(_INVISIBLE)


def reversed_mirrored(text: str) -> str:
    """Characters of a right-to-left run in visual order: reversed, mirrored glyphs.

    ``reversed_mirrored("(أ)")`` -> ``"(أ)"`` with the brackets swapped by mirroring: each
    mirrored character is the code of :data:`balagh.typeset.tounicode.DRAWN_MIRROR` that
    shows the mirror image's glyph and reads back as the character written.
    Combining marks (harakat) end up just before their base letter, which is where Amiri's
    zero-width mark glyphs expect to be drawn (they extend over the following glyph).
    Not cached (see :func:`reverse_mirrored`): a run without a mirrored character is only
    reversed.
    """
    backwards = text[::-1]
    if _MIRRORED_CHARS.isdisjoint(text):
        return backwards
    return backwards.translate(_DRAWN_MIRROR_TABLE)


@_cached
def visible(text: str) -> str:
    """:func:`drop_invisible`, cached per string (lines and their pieces)."""
    return drop_invisible(text)


@_cached
def reverse_mirrored(text: str) -> str:
    """:func:`reversed_mirrored`, cached per string (lines and their pieces)."""
    return reversed_mirrored(text)


def shape_line(text: str, *, base_level: int = 1) -> str:
    """One line of logical Arabic text as a visual-order string ready for ``drawString``.

    ``shape_line("زار 630 ألف زائر (DGSN)")`` returns the reshaped glyphs ordered left to
    right as they must appear on the page, with «630» and «DGSN» left to right and the
    brackets mirrored. No line breaking: use it for labels, cells and chart annotations.
    """
    return _shape_line(text) if base_level == 1 else _shape_line_ltr(text)


def _visual_order(text: str, base_level: int) -> str:
    if not text:
        return ""
    logical = reshape(text)
    items = classify(logical)
    if base_level == 1 and not needs_resolution(items):
        return visible(reverse_mirrored(logical))
    levels = line_levels(items, resolve_levels(items, base_level), base_level)
    pieces: list[str] = []
    start = 0
    for _cls, length, _char in items:
        pieces.append(logical[start : start + length])
        start += length
    order = reorder_segments(levels)
    out = [
        reverse_mirrored(pieces[k]) if levels[k] & 1 else pieces[k] for k in order
    ]
    return for_readers(visible("".join(out)))


@_cached
def _shape_line(text: str) -> str:
    return _visual_order(text, 1)


@_cached
def _shape_line_ltr(text: str) -> str:
    return _visual_order(text, 0)
