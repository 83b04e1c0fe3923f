"""Reading integers as the staff type them: any digits, any thousands separator.

Figures reach the application from keyboards set to French or Arabic and from copied press
copy, so «1150000», «1,150,000», «1.150.000», «1 150 000», «١٬١٥٠٬٠٠٠» and «۱۱۵۰۰۰۰» must all
read as the same number. What cannot be read with certainty is refused with a message that
says why, Arabic first and French second:

* nothing typed, a minus sign (figures are never negative), letters or other symbols;
* a decimal part: «12.5» or «1.15» — after a separator every group must have exactly three
  digits, otherwise the text is read as a decimal and refused rather than guessed at;
* separators of two kinds in one number («1.150,000», as a French decimal could read).

Direction marks (RLM, LRM, ALM) that Arabic keyboards and copied text carry at either end are
ignored; any other invisible character (an override «\u202e», a mark between digits) is refused
(``balagh.core.input_policy``): it would make the number display otherwise than it reads.
"""

from __future__ import annotations

from balagh.core.errors import BalaghError
from balagh.messages import msg

ARABIC_INDIC_ZERO = 0x0660  # ٠
EASTERN_ARABIC_INDIC_ZERO = 0x06F0  # ۰

_DIGIT_MAP: dict[int, str] = {}
for _i in range(10):
    _DIGIT_MAP[ARABIC_INDIC_ZERO + _i] = str(_i)
    _DIGIT_MAP[EASTERN_ARABIC_INDIC_ZERO + _i] = str(_i)

# Thousands separators, by family: two families in one number are refused.
_COMMAS = frozenset({",", "\u066c", "\u060c"})  # comma, Arabic thousands sep ٬, Arabic comma ،
_DOTS = frozenset({"."})
_SPACES = frozenset({" ", "\u00a0", "\u202f", "\u2009"})  # space, NBSP, narrow NBSP, thin
_SEPARATORS = _COMMAS | _DOTS | _SPACES
_MINUS_SIGNS = frozenset({"-", "\u2212", "\u2013", "\u2010", "\u2011", "\ufe63", "\uff0d"})
_DECIMAL_SIGNS = frozenset({"\u066b"})  # Arabic decimal separator ٫
_BIDI_MARKS = frozenset({"\u200e", "\u200f", "\u061c", "\u202a", "\u202b", "\u202c",
                         "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"})


class DigitsError(BalaghError, ValueError):
    """Text that cannot be read as a non-negative integer; says why in Arabic and French.

    Example: ``parse_integer("1.15")`` raises with ``message_ar`` «"1.15" ليس عددا صحيحا: …».
    """


def normalise_digits(text: str) -> str:
    """Return ``text`` with Arabic-Indic and Eastern Arabic-Indic digits made Western.

    Everything else is left as it is: ``normalise_digits("٢٠٢٣-٠٥-١٧")`` gives
    ``"2023-05-17"`` and ``normalise_digits("۱۱۵۰ زائر")`` gives ``"1150 زائر"``.
    """
    return text.translate(_DIGIT_MAP)


def _family(separator: str) -> str:
    if separator in _COMMAS:
        return "comma"
    if separator in _DOTS:
        return "dot"
    return "space"


def _shown(text: str) -> str:
    """The text as it appears inside a message (bidi marks removed, trimmed)."""
    return "".join(ch for ch in text if ch not in _BIDI_MARKS).strip()


def parse_integer(text: str) -> int:
    """Read a non-negative integer typed with any digits and thousands separators.

    ``parse_integer("١٬١٥٠٬٠٠٠") == parse_integer("1 150 000") == 1150000``.
    Raises :class:`DigitsError` (a ``ValueError``) naming the problem, e.g. for «-5»:
    «لا يمكن أن يكون الرقم سالبا».
    """
    from balagh.core.input_policy import number_text_problem

    shown = _shown(text)
    invisible = number_text_problem(text)
    if invisible is not None:
        raise DigitsError(msg("«{shown}»: {problem}", shown=shown, problem=invisible))
    cleaned = normalise_digits(shown)
    if not cleaned:
        raise DigitsError(msg("لم يكتب أي رقم"))
    if cleaned[0] in _MINUS_SIGNS:
        raise DigitsError(
            msg(
                "«{shown}»: لا يمكن أن يكون الرقم سالبا، فالأرقام المسجلة أعداد موجبة أو صفر",
                shown=shown,
            ),
        )
    _check_characters(cleaned, shown)
    groups, separators = _groups(cleaned, shown)
    if len({_family(s) for s in separators}) > 1:
        raise DigitsError(
            msg(
                "«{shown}»: يخلط بين نوعين من الفواصل، فلا يعرف أهو عدد عشري أم فاصل للآلاف. يكتب "
                "الرقم بنوع واحد من الفواصل أو بدونها",
                shown=shown,
            ),
        )
    if separators:
        if len(groups[0]) > 3:
            raise DigitsError(
                msg(
                    "«{shown}»: المجموعة الأولى قبل فاصل الآلاف تتجاوز ثلاثة أرقام",
                    shown=shown,
                ),
            )
        for group in groups[1:]:
            if len(group) != 3:
                raise DigitsError(
                    msg(
                        "«{shown}»: ليس عددا صحيحا، فبعد فاصل الآلاف يجب أن تأتي ثلاثة أرقام "
                        "بالضبط، و«{group}» ليست كذلك. لا تقبل الأعداد العشرية",
                        shown=shown,
                        group=group,
                    ),
                )
    return int("".join(groups))


def _check_characters(cleaned: str, shown: str) -> None:
    """Only ASCII digits and thousands separators: no decimal sign, no other character."""
    for ch in cleaned:
        if ch in _DECIMAL_SIGNS:
            raise DigitsError(
                msg("«{shown}»: لا تقبل الأعداد العشرية، يجب كتابة عدد صحيح", shown=shown),
            )
        if not (ch.isascii() and ch.isdigit()) and ch not in _SEPARATORS:
            raise DigitsError(
                msg(
                    "«{shown}»: يحتوي على «{ch}»، والرقم لا يقبل إلا الأرقام وفواصل الآلاف",
                    shown=shown,
                    ch=ch,
                ),
            )


def _groups(cleaned: str, shown: str) -> tuple[list[str], list[str]]:
    """The digit groups and the separators between them (a run of spaces is one)."""
    groups: list[str] = []
    separators: list[str] = []
    current = ""
    previous_was_space = False
    for ch in cleaned:
        if ch in _SEPARATORS:
            if ch in _SPACES and previous_was_space:
                continue  # a run of spaces counts as one separator
            if not current:
                raise DigitsError(
                    msg(
                        "«{shown}»: فاصل الآلاف في غير موضعه (فاصلان متتاليان أو فاصل في البداية)",
                        shown=shown,
                    ),
                )
            groups.append(current)
            separators.append(ch)
            current = ""
            previous_was_space = ch in _SPACES
        else:
            current += ch
            previous_was_space = False
    if not current:
        raise DigitsError(
            msg("«{shown}»: ينتهي بفاصل، ويجب أن ينتهي الرقم بأرقام", shown=shown),
        )
    groups.append(current)
    return groups, separators
