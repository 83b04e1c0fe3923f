"""French ordinals in figures, as the office writes them: «1re édition», «5e édition».

The abbreviations follow the French typographic rule (Imprimerie nationale): «1er» / «1re»,
then «2e», «3e» … «999e»; never «2ème» or «5ème».
"""

from __future__ import annotations

from balagh.arabic.grammar import LanguageError
from balagh.messages import msg

MAX_ORDINAL = 999


def ordinal_fr(n: int, *, feminine: bool = True) -> str:
    """A French ordinal in figures: "1re" (masculine "1er"), "2e", "5e", "999e".

    Arabic counterpart «الخامسة». Raises LanguageError outside 1–999.
    """
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= MAX_ORDINAL:
        raise LanguageError(
            msg(
                "الترتيب يجب أن يكون عددا صحيحا بين 1 و{MAX_ORDINAL}، وليس {n!r}",
                MAX_ORDINAL=MAX_ORDINAL,
                n=n,
            ),
        )
    if n == 1:
        return "1re" if feminine else "1er"
    return f"{n}e"


def edition_fr(n: int) -> str:
    """An edition's ordinal: "5e édition", "1re édition" (Arabic «الدورة الخامسة»)."""
    return f"{ordinal_fr(n, feminine=True)} édition"


#: Ordinal and cardinal words for the days of an edition (an edition lasts a few days).
_ORDINAL_WORDS = ("première", "deuxième", "troisième", "quatrième", "cinquième", "sixième",
                  "septième", "huitième", "neuvième", "dixième")
_CARDINAL_WORDS = ("une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
                   "dix")


def _check_day_index(n: int) -> None:
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= MAX_ORDINAL:
        raise LanguageError(
            msg(
                "الترتيب يجب أن يكون عددا صحيحا بين 1 و{MAX_ORDINAL}، وليس {n!r}",
                MAX_ORDINAL=MAX_ORDINAL,
                n=n,
            ),
        )


def ordinal_word_fr(n: int) -> str:
    """A feminine ordinal in words up to the tenth, else in figures: "deuxième", "11e"
    ("première" for 1; the Arabic «الثانية»)."""
    _check_day_index(n)
    return _ORDINAL_WORDS[n - 1] if n <= len(_ORDINAL_WORDS) else ordinal_fr(n)


def day_ordinal_fr(n: int) -> str:
    """The ``n``-th day of an edition: "la première journée", "la deuxième journée" (Arabic
    «اليوم الثاني»); from the eleventh, "la 11e journée"."""
    return f"la {ordinal_word_fr(n)} journée"


def first_days_fr(n: int) -> str:
    """The days so far: "la première journée", "les deux premiers jours", "les cinq premiers
    jours" (Arabic «اليوم الأول», «اليومين الأولين», «الأيام الخمسة الأولى»)."""
    _check_day_index(n)
    if n == 1:
        return day_ordinal_fr(1)
    count = _CARDINAL_WORDS[n - 1] if n <= len(_CARDINAL_WORDS) else str(n)
    return f"les {count} premiers jours"
