"""French figures in the office's style, counted nouns with their agreement, number words.

The rule (observed in the French version of the Agadir 2024 closing release, «avec
2.120.000 visiteurs», «plus de 1,4 million de visiteurs», «plus de 29 millions de vues»):

* digits are grouped by threes with a dot: «465», «1.242», «58.000», «2.120.000»;
* a figure of one million or more that is a whole number of **tenths** of a million (or of
  a billion) is written with the word and at most one decimal: «1 million», «1,4 million»,
  «2 millions», «12,5 millions», «29 millions», «1 milliard»; any other figure keeps its
  digits («2.120.000», «1.150.000», «1.118.600»): a figure is never rounded by the text;
* «million», «milliard» take an «s» from 2 («2 millions», «1,4 million») and are followed by
  «de» / «d'» before the noun («1,4 million de visiteurs», «29 millions d'abonnés»);
* a noun agrees with the figure: singular for 0 and 1 («1 donneur», «0 visiteur»), plural
  from 2 («230 donneurs»).

``number_words_fr("deux millions")`` reads spelled-out figures back (the consistency check).
"""

from __future__ import annotations

from balagh.arabic.grammar import LanguageError, check_count
from balagh.messages import msg

THOUSANDS_SEPARATOR = "."
DECIMAL_SIGN = ","
VOWELS = frozenset("aeiouyhàâäéèêëîïôöûùüœæAEIOUYHÀÂÉÈÊÎÔÛ")
SCALES_FR = {"million": 10**6, "millions": 10**6, "milliard": 10**9, "milliards": 10**9}


def group_digits_fr(n: int) -> str:
    """Digits grouped by threes with a dot: "2.300" where Arabic writes «2300 موظف شرطة».

    Example: ``group_digits_fr(1118600)`` is "1.118.600".
    """
    return f"{check_count(n):,}".replace(",", THOUSANDS_SEPARATOR)


def _in_words(n: int) -> str | None:
    """The figure with "million"/"milliard" (whole tenths only), or None for digits."""
    for unit, word in ((10**9, "milliard"), (10**6, "million")):
        if n >= unit and n % (unit // 10) == 0:
            whole, tenth = divmod(n // (unit // 10), 10)
            figure = group_digits_fr(whole) + (f"{DECIMAL_SIGN}{tenth}" if tenth else "")
            return f"{figure} {word}{'s' if n >= 2 * unit else ''}"
    return None


def number_fr(n: int) -> str:
    """A figure in the office's French style; the Arabic text writes «مليون و400 ألف».

    Examples: 465 → "465"; 2300 → "2.300"; 1400000 → "1,4 million"; 2120000 →
    "2.120.000"; 29000000 → "29 millions".
    """
    words = _in_words(check_count(n))
    return words or group_digits_fr(n)


def de(noun: str) -> str:
    """«de» or «d'» before ``noun``: ``de("visiteurs")`` → "de visiteurs", "d'abonnés"."""
    return f"d'{noun}" if noun[:1] in VOWELS else f"de {noun}"


def count_fr(n: int, singular: str, plural: str) -> str:
    """A figure and its noun in agreement; Arabic counterpart «230 متبرعا للدم».

    Examples: (1, "donneur", "donneurs") → "1 donneur"; (230, …) → "230 donneurs";
    (1400000, "visiteur", "visiteurs") → "1,4 million de visiteurs"; (2000000, "abonné",
    "abonnés") → "2 millions d'abonnés".
    """
    words = _in_words(check_count(n))
    if words:
        return f"{words} {de(plural)}"
    return f"{group_digits_fr(n)} {singular if n <= 1 else plural}"


_UNITS = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
    "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100,
    "mille": 1000,
}
NUMBER_WORDS_FR = frozenset(_UNITS) | frozenset(SCALES_FR) | {"et"}


def number_words_fr(text: str) -> int:
    """The value of a figure spelled out in French: "deux millions" → 2000000,
    "trois cent mille" → 300000, "dix-sept" → 17, "un million deux cent mille" → 1200000.

    Raises LanguageError for words that are not a number.
    """
    words = text.lower().replace("-", " ").split()
    if not words or words[0] == "et" or words[-1] == "et":
        raise _not_a_number(text)
    total = 0  # completed millions / billions
    current = 0  # below the current scale
    previous = ""
    for word in words:
        quatre_vingt = word in ("vingt", "vingts") and previous == "quatre"
        previous = word
        if word == "et":
            continue
        if quatre_vingt:  # «quatre-vingt(s)»: 80
            current += 80 - 4
            continue
        if word in SCALES_FR:
            total += max(current, 1) * SCALES_FR[word]
            current = 0
        elif word == "mille":
            current = max(current, 1) * 1000
        elif word in ("cent", "cents"):
            hundreds, rest = divmod(current, 1000)
            current = hundreds * 1000 + max(rest, 1) * 100
        elif word in _UNITS:
            current += _UNITS[word]
        else:
            raise _not_a_number(text)
    return total + current


def _not_a_number(text: str) -> LanguageError:
    return LanguageError(msg("ليس عددا بالفرنسية: «{text}»", text=text))
