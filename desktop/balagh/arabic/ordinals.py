"""Ordinal adjectives for editions: «الدورة الأولى», «النسخة الرابعة», «الدورة المائة».

Written in words from 1 to 999, feminine (for «الدورة», «النسخة») or masculine (for
«المعرض»). 11–19 are compound and do not change with the case («الحادية عشرة»,
«الحادي عشر»); the tens do: «العشرون» (nominative), «العشرين» (accusative, genitive:
«خلال الدورة العشرين»); 21–99 join the unit to the tens with «و»: «الحادية والعشرون».

The hundreds are the same for both genders: «الدورة المائة», «المعرض المائة»; 200 is a
dual and changes with the case («المائتان», «المائتين»); 300–900 are written in one word,
as the office writes «المائة» («في المائة»): «الثلاثمائة» … «التسعمائة». Above a round
hundred the ordinal of the rest comes first and «بعد» joins the hundred, always genitive:
101 «الأولى بعد المائة» (masculine «الأول بعد المائة»), 111 «الحادية عشرة بعد المائة»,
225 «الخامسة والعشرون بعد المائتين» (the usual Modern Standard Arabic forms, spelled
«مائة» like the office's releases).
"""

from __future__ import annotations

from balagh.arabic.grammar import Case, CaseLike, LanguageError, as_case
from balagh.core.model import Gender
from balagh.messages import msg

GenderLike = Gender | str

_FEMININE = ("الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة",
             "الثامنة", "التاسعة", "العاشرة")
_MASCULINE = ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
              "الثامن", "التاسع", "العاشر")
# Units inside compounds: 1 becomes «الحادي»/«الحادية» (11, 21, 31 …).
_COMPOUND_ONE = {Gender.FEMININE: "الحادية", Gender.MASCULINE: "الحادي"}
_TEEN = {Gender.FEMININE: "عشرة", Gender.MASCULINE: "عشر"}
# Tens stem: «ال» + stem + «ون» (nominative) / «ين» (oblique).
_TENS_STEMS = ("عشر", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع")

MAX_ORDINAL = 999
#: 300–900 in one word, with the article: «الثلاثمائة» … «التسعمائة».
_HUNDREDS = ("الثلاثمائة", "الأربعمائة", "الخمسمائة", "الستمائة", "السبعمائة", "الثمانمائة",
             "التسعمائة")


def as_gender(value: GenderLike) -> Gender:
    """Turn "f"/"feminine"/"m"/"masculine" (or a Gender) into a Gender.

    Example: ``as_gender("f")`` gives the feminine «الأولى».
    """
    text = str(value).strip().lower()
    if text in ("f", "feminine", "fem"):
        return Gender.FEMININE
    if text in ("m", "masculine", "masc"):
        return Gender.MASCULINE
    raise LanguageError(
        msg("جنس نحوي غير معروف: «{value}» (المقبول: f أو m)", value=value),
    )


def _unit(n: int, gender: Gender, compound: bool) -> str:
    if n == 1 and compound:
        return _COMPOUND_ONE[gender]
    forms = _FEMININE if gender is Gender.FEMININE else _MASCULINE
    return forms[n - 1]


def hundred_word(hundreds: int, *, oblique: bool) -> str:
    """The round hundred with its article: 1 → «المائة», 2 → «المائتان» (oblique
    «المائتين»), 3 → «الثلاثمائة» … 9 → «التسعمائة»."""
    if hundreds == 1:
        return "المائة"
    if hundreds == 2:
        return "المائتين" if oblique else "المائتان"
    return _HUNDREDS[hundreds - 3]


def ordinal_word(
    n: int, gender: GenderLike = Gender.FEMININE, case: CaseLike = Case.NOMINATIVE
) -> str:
    """The ordinal adjective of ``n`` (1–999), with its article.

    Examples: 1 → «الأولى» (masculine «الأول»); 11 → «الحادية عشرة»; 20 → «العشرون»
    (oblique «العشرين»); 24 → «الرابعة والعشرون»; 100 → «المائة»; 101 → «الأولى بعد
    المائة»; 200 → «المائتان» (oblique «المائتين»); 999 → «التاسعة والتسعون بعد
    التسعمائة».
    """
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= MAX_ORDINAL:
        raise LanguageError(
            msg(
                "لا يكتب الترتيب بالحروف إلا من 1 إلى {MAX_ORDINAL}، وليس {n!r}",
                MAX_ORDINAL=MAX_ORDINAL,
                n=n,
            ),
        )
    sex = as_gender(gender)
    oblique = as_case(case).oblique
    hundreds, rest = divmod(n, 100)
    if hundreds:
        if rest == 0:
            return hundred_word(hundreds, oblique=oblique)
        # The hundred after «بعد» is genitive: «الأولى بعد المائتين».
        return f"{_below_hundred(rest, sex, oblique)} بعد {hundred_word(hundreds, oblique=True)}"
    return _below_hundred(n, sex, oblique)


def _below_hundred(n: int, sex: Gender, oblique: bool) -> str:
    if n <= 10:
        return _unit(n, sex, compound=False)
    if n < 20:
        return f"{_unit(n - 10, sex, compound=True)} {_TEEN[sex]}"
    tens, unit = divmod(n, 10)
    tens_word = f"ال{_TENS_STEMS[tens - 2]}{'ين' if oblique else 'ون'}"
    if unit == 0:
        return tens_word
    return f"{_unit(unit, sex, compound=True)} و{tens_word}"


def ordinal_phrase(
    n: int,
    noun: str = "الدورة",
    gender: GenderLike = Gender.FEMININE,
    case: CaseLike = Case.NOMINATIVE,
) -> str:
    """A noun with its ordinal: «الدورة الأولى», «النسخة الرابعة», «الدورة العشرون».

    ``gender`` is the noun's gender (feminine for «الدورة» and «النسخة»).
    Example: ``ordinal_phrase(11)`` is «الدورة الحادية عشرة».
    """
    return f"{noun.strip()} {ordinal_word(n, gender, case)}"
