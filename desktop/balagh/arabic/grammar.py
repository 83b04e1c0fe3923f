"""Grammatical case, and the error the language layer raises on bad input.

Arabic number phrases change with the case the sentence gives them: after «ناهز» the figure
is an object (accusative, «ناهز ألفين»), after «أكثر من» it is genitive («أكثر من ألفي
زائر»), as a subject it is nominative («سجل ألفان»). The dual and the sound plurals share
one form for the accusative and the genitive (the "oblique" forms).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import TypeVar

from balagh.core.errors import BalaghError
from balagh.messages import Message, msg

Choice = TypeVar("Choice", bound=StrEnum)


class LanguageError(BalaghError, ValueError):
    """A value the language layer cannot write, with an Arabic then a French message.

    Example: a negative figure gives «لا يمكن كتابة عدد سالب: -5».
    """


class Case(StrEnum):
    """The three grammatical cases: «مرفوع», «منصوب», «مجرور»."""

    NOMINATIVE = "nominative"
    ACCUSATIVE = "accusative"
    GENITIVE = "genitive"

    @property
    def oblique(self) -> bool:
        """True for the accusative and the genitive (dual «زائرين», not «زائران»)."""
        return self is not Case.NOMINATIVE


CaseLike = Case | str


def as_choice(kind: type[Choice], value: Choice | str,
              refusal: Callable[[str, str], Message]) -> Choice:
    """``value`` as a member of the enumeration ``kind`` (its value, any case, spaces around
    it ignored); LanguageError ``refusal(value, allowed values)`` when it is none of them.
    The one parser of the language layer's choices (case, qualifier, qualifier style).

    Example: ``as_choice(Case, " Accusative", refusal)`` is the case of «ناهز ألفين».
    """
    if isinstance(value, kind):
        return value
    try:
        return kind(str(value).strip().lower())
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise LanguageError(refusal(str(value), allowed)) from None


def as_case(value: CaseLike) -> Case:
    """Turn "nominative" / "accusative" / "genitive" (or a Case) into a Case.

    Example: ``as_case("accusative")`` is the case of «ناهز ألفين».
    """
    return as_choice(Case, value, lambda shown, allowed: msg(
        "حالة إعرابية غير معروفة: «{value}» (المقبول: {allowed})", value=shown, allowed=allowed))


def check_count(n: int) -> int:
    """Refuse what is not a whole non-negative number; return it unchanged.

    Example: ``check_count(465)`` is 465, as in «465 متبرعا للدم».
    """
    if isinstance(n, bool) or not isinstance(n, int):
        raise LanguageError(
            msg("العدد يجب أن يكون عددا صحيحا، وليس «{n!r}»", n=n),
        )
    if n < 0:
        raise LanguageError(
            msg("لا يمكن كتابة عدد سالب: {n}", n=n),
        )
    return n
