"""Figures written the way the national police's releases write them.

Moroccan press style mixes Western digits and the words «ألف», «مليون», «مليار», and uses no
thousands separators: «465», «2300», «630 ألف», «مليون و150 ألف», «344 ألف و100»,
«20 مليون». The «و» is written against the next part («و150»).

The rules, decided once here and used by every document:

* Below 10000, a figure is written in digits (0, 1, 2, 465, 1001, 2300, 9999), except the
  round thousands 1000…9000: «ألف», «ألفان»/«ألفين», «3 آلاف» … «9 آلاف».
* From 10000 up, the figure is split at the largest scale (ألف, مليون, مليار) it reaches:
  the count of that scale, then «و» and the rest written by the same rules:
  1150000 → «مليون و150 ألف»; 1002300 → «مليون و2300»; 1000001 → «مليون و1»;
  10001 → «10 آلاف و1»; 999999 → «999 ألف و999».
* The count of a scale follows the counted-noun rule: 1 drops the number («ألف»,
  «مليون»), 2 is the dual and changes with the case («ألفان» nominative, «ألفين» accusative
  and genitive), a count ending in 3…10 takes the plural («3 آلاف», «10 ملايين»,
  «103 آلاف»), any other count the singular («11 ألف», «20 مليون», «100 ألف»).
* Press usage writes «20 مليون», «11 ألف» without the accusative alif (the scale word is
  normally in construct with the counted noun: «20 مليون مشاهدة»), so only the dual shows
  the case.
* The plural of «مليار» is the Moroccan «ملايير». A count of billions of 10000 or more stays
  in digits («10000 مليار»): no figure of the Open Days comes near.

``phrase_to_int`` reads these phrases back exactly: ``phrase_to_int(number_phrase(n, c))
== n`` for every n and case.
"""

from __future__ import annotations

from dataclasses import dataclass

from balagh.arabic.grammar import Case, CaseLike, LanguageError, as_case, check_count
from balagh.core.digits import normalise_digits
from balagh.messages import Message, msg

AND = "و"


@dataclass(frozen=True)
class Scale:
    """A scale word and its forms; ``construct_*`` are the dual before a noun («ألفا زائر»)."""

    value: int
    singular: str
    dual_nominative: str
    dual_oblique: str
    construct_nominative: str
    construct_oblique: str
    plural: str

    def forms(self) -> dict[str, int]:
        """Each written form of the word and how many of the scale it stands for.

        Example: for «ألف», {"ألف": 1, "ألفان": 2, "ألفين": 2, "ألفا": 2, "ألفي": 2, "آلاف": 0};
        0 marks the plural, which needs digits before it («3 آلاف»).
        """
        return {
            self.singular: 1,
            self.dual_nominative: 2,
            self.dual_oblique: 2,
            self.construct_nominative: 2,
            self.construct_oblique: 2,
            self.plural: 0,
        }


THOUSAND = Scale(10**3, "ألف", "ألفان", "ألفين", "ألفا", "ألفي", "آلاف")
MILLION = Scale(10**6, "مليون", "مليونان", "مليونين", "مليونا", "مليوني", "ملايين")
BILLION = Scale(10**9, "مليار", "ملياران", "مليارين", "مليارا", "ملياري", "ملايير")
SCALES: tuple[Scale, ...] = (BILLION, MILLION, THOUSAND)

# Below this, a figure that is not a round thousand is written in digits alone.
DIGITS_BELOW = 10_000


@dataclass(frozen=True)
class Term:
    """One part of a figure: ``count`` of ``scale`` («150 ألف»), or plain digits (scale None)."""

    count: int
    scale: Scale | None = None

    @property
    def value(self) -> int:
        """The part's value: Term(150, THOUSAND).value is 150000 («150 ألف»)."""
        return self.count * (self.scale.value if self.scale else 1)


def terms(n: int) -> tuple[Term, ...]:
    """Split a figure into the parts it is written with, largest first.

    Example: ``terms(1150000)`` is (Term(1, MILLION), Term(150, THOUSAND)) → «مليون و150 ألف».
    """
    check_count(n)
    if n < THOUSAND.value or (n < DIGITS_BELOW and n % THOUSAND.value):
        return (Term(n),)
    scale = next(s for s in SCALES if n >= s.value)
    count, rest = divmod(n, scale.value)
    head = Term(count, scale)
    return (head, *terms(rest)) if rest else (head,)


def plural_count(count: int) -> bool:
    """True when a count takes the plural: it ends in 3…10 («3 آلاف», «105 زوار»).

    Example: ``plural_count(10)`` is True («10 ملايين»), ``plural_count(11)`` False («11 ألف»).
    """
    return 3 <= count % 100 <= 10


def term_text(term: Term, case: CaseLike = Case.NOMINATIVE, *, construct: bool = False) -> str:
    """Write one part; ``construct`` gives the dual as it stands before a noun.

    Example: Term(2, THOUSAND) → «ألفان» (nominative), «ألفين» (oblique), «ألفي» (oblique,
    construct, as in «ألفي زائر»); Term(3, MILLION) → «3 ملايين».
    """
    scale = term.scale
    if scale is None:
        return str(term.count)
    oblique = as_case(case).oblique
    if term.count == 1:
        return scale.singular
    if term.count == 2:
        if construct:
            return scale.construct_oblique if oblique else scale.construct_nominative
        return scale.dual_oblique if oblique else scale.dual_nominative
    word = scale.plural if plural_count(term.count) else scale.singular
    return f"{term.count} {word}"


def join_terms(
    parts: tuple[Term, ...], case: CaseLike = Case.NOMINATIVE, *, construct: bool = False
) -> str:
    """Write the parts joined by «و» against the next part; ``construct`` applies to the last.

    Example: (Term(344, THOUSAND), Term(100)) → «344 ألف و100».
    """
    texts = [
        term_text(t, case, construct=construct and i == len(parts) - 1)
        for i, t in enumerate(parts)
    ]
    return " ".join([texts[0], *(AND + t for t in texts[1:])])


def number_phrase(n: int, case: CaseLike = Case.NOMINATIVE) -> str:
    """A figure in press style; ``case`` only shows in a dual.

    Examples: 465 → «465»; 630000 → «630 ألف»; 1150000 → «مليون و150 ألف»;
    2000 → «ألفان» (nominative) / «ألفين» (accusative, genitive); 3500000 → «3 ملايين و500 ألف».
    """
    return join_terms(terms(n), as_case(case))


def is_digits_only(n: int) -> bool:
    """True when ``number_phrase(n)`` is plain digits (465, 2300), False for «630 ألف».

    Example: ``is_digits_only(2300)`` is True: «2300».
    """
    parts = terms(n)
    return len(parts) == 1 and parts[0].scale is None


def _scale_words() -> dict[str, tuple[Scale, int]]:
    table: dict[str, tuple[Scale, int]] = {}
    for scale in SCALES:
        for word, count in scale.forms().items():
            table[word] = (scale, count)
    return table


_SCALE_WORDS = _scale_words()


def _phrase_error(text: str, detail: Message) -> LanguageError:
    return LanguageError(msg("لا يمكن قراءة العدد «{text}»: {detail}", text=text, detail=detail))


def phrase_to_int(text: str) -> int:
    """Read a press-style figure back to an integer (the inverse of ``number_phrase``).

    Accepts Arabic-Indic digits too. Example: «مليون و150 ألف» → 1150000, «ألفين» → 2000.
    Raises LanguageError naming what could not be read.
    """
    tokens = normalise_digits(text).split()
    if not tokens:
        raise _phrase_error(text, msg("النص فارغ"))
    total = 0
    limit: int | None = None  # each part must be smaller than the scale before it
    i = 0
    first = True
    while i < len(tokens):
        token = tokens[i]
        if not first:
            if not token.startswith(AND) or len(token) == 1:
                raise _phrase_error(text, msg("كان منتظرا «و» قبل «{token}»", token=token))
            token = token[1:]
        first = False
        if token.isascii() and token.isdigit():
            count = int(token)
            scale_entry = _SCALE_WORDS.get(tokens[i + 1]) if i + 1 < len(tokens) else None
            if scale_entry is not None:
                scale, form_count = scale_entry
                if form_count == 2:
                    raise _phrase_error(text, msg(
                        "المثنى «{tokens}» لا يسبقه رقم",
                        tokens=tokens[i + 1],
                    ))
                value, unit = count * scale.value, scale.value
                i += 2
            else:
                value, unit = count, 1
                i += 1
        elif token in _SCALE_WORDS:
            scale, form_count = _SCALE_WORDS[token]
            if form_count == 0:
                raise _phrase_error(text, msg("الجمع «{token}» يحتاج رقما قبله", token=token))
            value, unit = form_count * scale.value, scale.value
            i += 1
        else:
            raise _phrase_error(text, msg("كلمة غير معروفة «{token}»", token=token))
        if limit is not None and value >= limit:
            raise _phrase_error(text, msg("الأجزاء ليست مرتبة من الأكبر إلى الأصغر"))
        limit = unit
        total += value
    return total
