"""Qualifiers of a figure: «ناهز» / «حوالي» (about), «فاق» / «أكثر من» (more than), exact.

Two styles: ``"verb"`` puts a verb before the figure («ناهز مليون و150 ألف زائر»,
«فاق 630 ألف زائر»), which makes the figure its object (accusative); ``"adverb"`` puts
«حوالي» or «أكثر من» before it («حوالي 515 ألف زائر», «أكثر من 20 مليون مشاهدة»), after
which the figure is genitive. The templates choose the style; this layer writes the words
and, through ``qualified_count``, the case the figure then takes.
"""

from __future__ import annotations

from enum import StrEnum

from balagh.arabic.counting import count_phrase
from balagh.arabic.grammar import Case, CaseLike, as_case, as_choice
from balagh.core.model import NounForms, Qualifier
from balagh.messages import msg


class QualifierStyle(StrEnum):
    """``verb``: «ناهز», «فاق»; ``adverb``: «حوالي», «أكثر من»."""

    VERB = "verb"
    ADVERB = "adverb"


QualifierLike = Qualifier | str
StyleLike = QualifierStyle | str

# (masculine verb, feminine verb, adverb) for each inexact qualifier.
_WORDS: dict[Qualifier, tuple[str, str, str]] = {
    Qualifier.ABOUT: ("ناهز", "ناهزت", "حوالي"),
    Qualifier.MORE_THAN: ("فاق", "فاقت", "أكثر من"),
}


def as_qualifier(value: QualifierLike) -> Qualifier:
    """Turn "exact" / "about" / "more_than" (or a Qualifier) into a Qualifier.

    Example: ``as_qualifier("about")`` is the qualifier written «ناهز».
    """
    return as_choice(Qualifier, value, lambda shown, allowed: msg(
        "وصف غير معروف للرقم: «{value}» (المقبول: {allowed})", value=shown, allowed=allowed))


def as_style(value: StyleLike) -> QualifierStyle:
    """Turn "verb" / "adverb" into a QualifierStyle.

    Example: ``as_style("verb")`` writes «ناهز», ``as_style("adverb")`` writes «حوالي».
    """
    return as_choice(QualifierStyle, value, lambda shown, allowed: msg(
        "أسلوب غير معروف: «{value}» (المقبول: {allowed})", value=shown, allowed=allowed))


def qualifier_word(
    qualifier: QualifierLike, style: StyleLike = QualifierStyle.ADVERB, *, feminine: bool = False
) -> str:
    """The word(s) put before the figure; empty for an exact figure.

    Example: about + verb → «ناهز» (feminine subject: «ناهزت»); more_than + adverb → «أكثر من».
    """
    q = as_qualifier(qualifier)
    chosen = as_style(style)
    if q is Qualifier.EXACT:
        return ""
    masculine_verb, feminine_verb, adverb = _WORDS[q]
    if chosen is QualifierStyle.ADVERB:
        return adverb
    return feminine_verb if feminine else masculine_verb


def qualifier_case(
    qualifier: QualifierLike,
    style: StyleLike = QualifierStyle.ADVERB,
    exact_case: CaseLike = Case.NOMINATIVE,
) -> Case:
    """The case a figure takes after the qualifier; ``exact_case`` when there is none.

    Example: after «ناهز» accusative («ناهز ألفين»), after «أكثر من» genitive («أكثر من
    ألفي زائر»).
    """
    q = as_qualifier(qualifier)
    if q is Qualifier.EXACT:
        return as_case(exact_case)
    return Case.ACCUSATIVE if as_style(style) is QualifierStyle.VERB else Case.GENITIVE


def qualifier_phrase(
    qualifier: QualifierLike,
    phrase: str,
    style: StyleLike = QualifierStyle.ADVERB,
    *,
    feminine: bool = False,
) -> str:
    """Put the qualifier's word(s) before an already written figure phrase.

    Example: (about, «مليون و150 ألف زائر», "verb") → «ناهز مليون و150 ألف زائر»;
    (more_than, «20 مليون مشاهدة») → «أكثر من 20 مليون مشاهدة»; exact → the phrase alone.
    """
    word = qualifier_word(qualifier, style, feminine=feminine)
    return f"{word} {phrase}" if word else phrase


def qualified_count(
    n: int,
    noun: NounForms,
    qualifier: QualifierLike,
    style: StyleLike = QualifierStyle.ADVERB,
    *,
    exact_case: CaseLike = Case.NOMINATIVE,
    feminine: bool = False,
) -> str:
    """The qualifier and the counted figure in the case the qualifier gives it.

    Example: (2000, visitor, about, "verb") → «ناهز ألفي زائر»; (630000, visitor, more_than)
    → «أكثر من 630 ألف زائر»; (465, donor, exact) → «465 متبرعا للدم».
    """
    case = qualifier_case(qualifier, style, exact_case)
    return qualifier_phrase(qualifier, count_phrase(n, noun, case), style, feminine=feminine)
