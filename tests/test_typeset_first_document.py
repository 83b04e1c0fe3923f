"""The first document of a process takes short cuts that must give what the long way gives.

A word is seen for the first time only once per process, so the first document pays for
everything about its vocabulary: its shapes, bidi runs, widths, the glyphs of its font
subset. These short cuts keep that cheaper (``tests/benchmarks/bench_typeset.py``, the
``cold_release_vs_latin_floor`` line); each is checked here against the general code it
skips, on the release's own words and on random text:

* a word of Arabic letters only, or followed by a comma or a full stop, is one AL run (and
  a CS one), found without reading each character's bidi class
  (``bidi_levels.arabic_letters_only``, ``bidi_levels.word_items``);
* a run without a mirrored character is only reversed, a word without a format character
  is drawn as it is (``shaping.reversed_mirrored``, ``shaping.drop_invisible``);
* "#RRGGBB" is the ``HexColor`` reportlab's ``toColor`` ends at (``colors.to_color``);
* ASCII text is not given to the reshaper (``shaping.reshape``).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.colors import toColor

from balagh.typeset import bidi_levels, shaping
from balagh.typeset.bidi_levels import arabic_letters_only, classify, word_items
from balagh.typeset.colors import to_color
from balagh.typeset.tounicode import DRAWN_MIRROR
from balagh.typeset.words import WordShape

SEED = Path(__file__).parent / "data" / "seed_release.txt"
_MIRROR_TABLE = {ord(char): code for char, code in DRAWN_MIRROR.items()}


def _every_short_cut_character() -> list[str]:
    """Every character the short cut accepts, in the Arabic blocks."""
    blocks = [range(0x0600, 0x0700), range(0xFB50, 0xFE00), range(0xFE70, 0xFF00)]
    return [chr(code) for block in blocks for code in block if arabic_letters_only(chr(code))]


def _classified_one_by_one(text: str) -> list[tuple[str, int, str]]:
    """classify's general path: the bidi class of each character, runs of equal classes."""
    items: list[tuple[str, int, str]] = []
    for char in text:
        cls = unicodedata.bidirectional(char) or "L"
        if items and items[-1][0] == cls:
            items[-1] = (cls, items[-1][1] + 1, "")
        else:
            items.append((cls, 1, ""))
    return items


def test_every_character_of_the_short_cut_is_an_arabic_letter_for_unicode() -> None:
    accepted = _every_short_cut_character()
    assert len(accepted) == 0xFEFC - 0xFE76 + 1  # presentation forms B, hamza to lam-alef
    assert all(unicodedata.bidirectional(char) == "AL" for char in accepted)
    for char in accepted:  # no bracket, isolate or other single item among them
        assert classify(char) == [("AL", 1, "")]
    # What the release's words are made of is covered: its letters, once shaped.
    letters = {char for char in shaping.reshape(SEED.read_text(encoding="utf-8"))
               if unicodedata.bidirectional(char) == "AL"}
    assert letters <= set(accepted)


def test_the_release_words_get_the_runs_of_the_general_path() -> None:
    words = dict.fromkeys(SEED.read_text(encoding="utf-8").split())
    short = 0
    for word in words:
        shaped = shaping.reshape(word)
        if word_items(shaped) is not None:
            short += 1
            assert list(word_items(shaped) or ()) == _classified_one_by_one(shaped)
        assert list(WordShape(shaped).items) == classify(shaped)
    assert short > 0.9 * len(words)  # nearly every word takes the short cut


_ARABIC_TEXT = st.text(alphabet=st.sampled_from(
    [chr(c) for c in range(0x0600, 0x0700)] + [chr(c) for c in range(0xFE70, 0xFF00)]
    + list("()«»[]{}<> .,:،0123456789abc\u200d\u2066\u2069\u202b\u202c")
), max_size=12)


@settings(max_examples=400, deadline=None)
@given(_ARABIC_TEXT)
def test_classify_takes_the_short_cut_only_where_it_gives_the_same_runs(text: str) -> None:
    bidi_levels._class_cache.clear()
    if arabic_letters_only(text):
        assert classify(text) == _classified_one_by_one(text) == [("AL", len(text), "")]
    items = word_items(text)
    if items is not None:
        assert list(items) == _classified_one_by_one(text) == classify(text)
    assert list(WordShape(text).items) == classify(text)


def test_the_separators_after_a_word_are_common_separators() -> None:
    for separator in ",.:\u060c":
        assert unicodedata.bidirectional(separator) == "CS"
        assert word_items("\ufe91\ufefc\ufe8d" + separator) == (("AL", 3, ""), ("CS", 1, ""))
    assert word_items("\ufe91\ufefc\ufe8d)") is None  # a bracket: classify's own path
    assert word_items("630") is None


@settings(max_examples=400, deadline=None)
@given(_ARABIC_TEXT)
def test_runs_are_reversed_mirrored_and_cleaned_as_by_the_full_tables(text: str) -> None:
    assert shaping.reversed_mirrored(text) == text[::-1].translate(_MIRROR_TABLE)
    assert shaping.drop_invisible(text) == text.translate(shaping._INVISIBLE)
    shape = WordShape(text)
    assert shape.rtl == shape.draw[::-1].translate(_MIRROR_TABLE)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789abcdefABCDEF", min_size=6, max_size=6))
def test_hex_colours_are_the_colours_reportlab_parses(digits: str) -> None:
    value = "#" + digits
    assert to_color(value) == toColor(value)
    assert to_color(value).rgb() == toColor(value).rgb()


def test_other_colour_values_still_go_through_reportlab() -> None:
    for value in ("black", "navy", "#ABC", "#1f4e7", "rgb(10,20,30)"):
        assert to_color(value) == toColor(value)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=10))
def test_ascii_text_is_what_the_reshaper_returns_for_it(text: str) -> None:
    shaping._reshaped.clear()
    assert shaping.reshape(text) == str(shaping._RESHAPER.reshape(text)) == text
