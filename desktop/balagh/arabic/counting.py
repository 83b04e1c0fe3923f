"""Counted nouns (تمييز العدد): the figure followed by its noun in the right form.

The noun's form is decided by how the figure ends, as the releases write it:

* 1 and 2 on their own: the number word is dropped and the noun carries the count —
  «زائر» (1; accusative «زائرا»), «زائران» (2, nominative) / «زائرين» (2, oblique).
* a figure ending in a scale word: that word is in construct with the noun, which is a
  genitive singular — «630 ألف زائر», «20 مليون مشاهدة», «مليون زائر», «3 آلاف زائر»;
  a dual scale word loses its «ن»: «ألفا زائر» (nominative), «ألفي زائر» (oblique).
* otherwise the last digits decide: ending in 3…10 → plural genitive («3 زوار»,
  «105 زوار»); ending in 11…99 → singular accusative («465 متبرعا للدم», «31 رواقا
  موضوعاتيا», «150 مركبة»: a ta marbuta shows no alif); ending in 00 → singular genitive
  («2300 موظف شرطة», «100 زائر»); a larger figure ending in 01 or 02 → singular genitive
  («101 زائر», «مليون و1 زائر»); 0 → singular genitive («0 زائر»).

Multi-word nouns agree as a whole because the catalogue gives each form whole
(«187 منبرا إعلاميا», «3 منابر إعلامية»).
"""

from __future__ import annotations

from balagh.arabic.grammar import Case, CaseLike, as_case, check_count
from balagh.arabic.numbers import join_terms, plural_count, terms
from balagh.core.model import NounForms


def noun_form(n: int, noun: NounForms, case: CaseLike = Case.NOMINATIVE) -> str:
    """The form of ``noun`` that follows the figure ``n`` (without the figure).

    Example: 465 → «متبرعا للدم»; 2300 → «موظف شرطة»; 2 (genitive) → «متبرعين للدم».
    """
    check_count(n)
    grammatical = as_case(case)
    parts = terms(n)
    if parts[-1].scale is not None:
        return noun.singular
    if n == 1:
        return noun.accusative if grammatical is Case.ACCUSATIVE else noun.singular
    if n == 2:
        return noun.dual_oblique if grammatical.oblique else noun.dual_nominative
    last = parts[-1].count
    if plural_count(last):
        return noun.plural
    if last % 100 > 10:
        return noun.accusative
    return noun.singular


def count_phrase(n: int, noun: NounForms, case: CaseLike = Case.NOMINATIVE) -> str:
    """The figure and its counted noun, as a release writes them.

    Examples: 465 → «465 متبرعا للدم»; 630000 → «630 ألف زائر»; 1150000 → «مليون و150 ألف
    زائر»; 1 → «زائر»; 2 → «زائران» / «زائرين»; 2000 (genitive) → «ألفي زائر».
    """
    check_count(n)
    grammatical = as_case(case)
    form = noun_form(n, noun, grammatical)
    if n in (1, 2):
        return form
    parts = terms(n)
    construct = parts[-1].scale is not None
    return f"{join_terms(parts, grammatical, construct=construct)} {form}"
