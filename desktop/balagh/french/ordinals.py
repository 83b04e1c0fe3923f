"""French ordinals in figures, as the office writes them: «1re édition», «5e édition».

The abbreviations follow the French typographic rule (Imprimerie nationale): «1er» / «1re»,
then «2e», «3e» … «999e»; never «2ème» or «5ème».
"""

from __future__ import annotations

from balagh.arabic.grammar import LanguageError

MAX_ORDINAL = 999


def ordinal_fr(n: int, *, feminine: bool = True) -> str:
    """A French ordinal in figures: "1re" (masculine "1er"), "2e", "5e", "999e".

    Arabic counterpart «الخامسة». Raises LanguageError outside 1–999.
    """
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= MAX_ORDINAL:
        raise LanguageError(
            f"الترتيب يجب أن يكون عددا صحيحا بين 1 و{MAX_ORDINAL}، وليس {n!r}",
            f"Un ordinal doit être un entier de 1 à {MAX_ORDINAL}, pas {n!r}",
        )
    if n == 1:
        return "1re" if feminine else "1er"
    return f"{n}e"


def edition_fr(n: int) -> str:
    """An edition's ordinal: "5e édition", "1re édition" (Arabic «الدورة الخامسة»)."""
    return f"{ordinal_fr(n, feminine=True)} édition"
