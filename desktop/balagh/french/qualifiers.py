"""French qualifiers before a figure: «près de», «quelque», «environ» (about), «plus de»
(more than); the Arabic «ناهز», «حوالي», «أكثر من», «فاق».

Styles for "about": ``"pres"`` «près de 1.500 organisations» (the default), ``"quelque"``
«quelque 2.300 policiers» (no «de»: «quelque» is an adverb there), ``"environ"``
«environ 145.000 visiteurs». "More than" is always «plus de». An exact figure has none.
"""

from __future__ import annotations

from balagh.arabic.grammar import LanguageError
from balagh.arabic.qualifiers import QualifierLike, as_qualifier
from balagh.core.model import Qualifier
from balagh.french.numbers import de
from balagh.messages import msg

ABOUT_STYLES = ("pres", "quelque", "environ")
def qualifier_fr(qualifier: QualifierLike, phrase: str, style: str = "pres") -> str:
    """The qualifier before ``phrase``: (about, "1.500 organisations") → "près de 1.500
    organisations"; style "quelque" → "quelque 1.500 organisations"; (more_than, "1,4 million
    de visiteurs") → "plus de 1,4 million de visiteurs"; exact → the phrase alone."""
    q = as_qualifier(qualifier)
    if q is Qualifier.EXACT:
        return phrase
    if q is Qualifier.MORE_THAN:
        return f"plus {de(phrase)}"
    if style not in ABOUT_STYLES:
        raise LanguageError(msg("أسلوب غير معروف للتقريب بالفرنسية: «{style}» ({allowed})",
                                style=style, allowed=", ".join(ABOUT_STYLES)))
    if style == "pres":
        return f"près {de(phrase)}"
    return f"{style} {phrase}"
