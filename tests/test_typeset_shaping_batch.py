"""Shaping a paragraph's new words in one reshaper call gives each word its own shape.

``balagh.typeset.shaping.reshape_words`` joins the words not shaped yet with spaces and
reshapes them at once (the first document of a process shapes its whole vocabulary); the
result must be exactly what shaping each word alone gives, whatever the letters: joining
letters, lam-alef ligatures, harakat, tatweel, digits, Latin, punctuation, joiners.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from balagh.typeset import shaping
from balagh.typeset.shaping import reshape, reshape_words

SEED = Path(__file__).parent / "data" / "seed_release.txt"
LETTERS = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"  # letters
    "ءآأؤإئةىﻻ"  # hamza forms, teh marbuta, alef maksura, a presentation form
    "لالألإلآ"  # lam-alef pairs
    "\u064b\u064e\u064f\u0650\u0651\u0652\u0670"  # harakat
    "\u0640\u200c\u200d\u200f\u2066\u2069"  # tatweel, joiners, marks, isolates
    "0123456789٠١٢٣٤٥٦٧٨٩abcDGSN.,،؛:()«»-/%\n"
)
words = st.lists(st.text(alphabet=LETTERS, min_size=1, max_size=9), min_size=2, max_size=12)


def _one_by_one(texts: list[str]) -> list[str]:
    return [str(shaping._RESHAPER.reshape(text)) for text in texts]


@settings(max_examples=300, deadline=None)
@given(words)
def test_words_shaped_together_are_shaped_as_alone(texts: list[str]) -> None:
    shaping._reshaped.clear()
    reshape_words(texts)
    assert [reshape(text) for text in texts] == _one_by_one(texts)


def test_the_release_vocabulary_is_shaped_in_one_call() -> None:
    vocabulary = list(dict.fromkeys(SEED.read_text(encoding="utf-8").split()))
    shaping._reshaped.clear()
    reshape_words(vocabulary)
    assert all(word in shaping._reshaped for word in vocabulary if "\u200d" not in word)
    assert [reshape(word) for word in vocabulary] == _one_by_one(vocabulary)


def test_the_options_read_at_once_are_configparsers_answers() -> None:
    from arabic_reshaper.ligatures import LIGATURES

    options = shaping._make_reshaper().configuration
    section = options._section
    keys = [name for name, _forms in LIGATURES] + [
        "delete_harakat", "delete_tatweel", "support_zwj", "shift_harakat_position",
        "use_unshaped_instead_of_isolated", "support_ligatures",
    ]
    assert [options.getboolean(key) for key in keys] == [section.getboolean(key) for key in keys]
    assert options.getboolean("ARABIC LIGATURE ALLAH") is False
    assert options.getboolean("ARABIC LIGATURE LAM WITH ALEF") is True
