"""The filters release templates call beyond balagh.arabic's: verbs, series, sides, counted
nouns and figures with their qualifier, both genders (``EXTRA_FILTERS``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from balagh.core.model import FigureKind, FigureValue, Gender, NounForms, Qualifier


def ar_verb(
    figure: FigureValue | Qualifier | str | None,
    exact: str = "بلغ",
    feminine: bool = False,
) -> str:
    """The verb that introduces a figure, following its qualifier.

    «ناهز» (about), «فاق» (more than), else ``exact`` («بلغ»); ``feminine`` for a feminine
    subject: «ناهزت», «فاقت», «بلغت». Example: ``figures.visitors_total | ar_verb`` → «ناهز».
    """
    from balagh.arabic import qualifier_word

    qualifier: Qualifier | str
    if isinstance(figure, FigureValue):
        qualifier = figure.qualifier
    elif figure is None:
        qualifier = Qualifier.EXACT
    else:
        qualifier = figure
    word = qualifier_word(qualifier, "verb", feminine=feminine)
    if word:
        return word
    return exact + "ت" if feminine and not exact.endswith("ت") else exact


def ar_series(items: Iterable[str]) -> str:
    """Join with «، و» as long enumerations do: «أ، وب، وج».

    Example: ``["تدعيم البعد الحقوقي", "توطيد الإنتاج المشترك للأمن"] | ar_series`` →
    «تدعيم البعد الحقوقي، وتوطيد الإنتاج المشترك للأمن».
    """
    parts = [str(item).strip() for item in items if str(item).strip()]
    return "، و".join(parts)


def ar_side(n: int) -> str:
    """«جهة ثانية», «جهة ثالثة»… for the n-th partner of a shared pavilion (n ≥ 2).

    Example: ``2 | ar_side`` → «جهة ثانية»; beyond the tenth «جهة أخرى».
    """
    words = ["ثانية", "ثالثة", "رابعة", "خامسة", "سادسة", "سابعة", "ثامنة", "تاسعة", "عاشرة"]
    return "جهة " + (words[n - 2] if 2 <= n <= 10 else "أخرى")


# «واحد» and «اثنان» after the noun, by gender and case (nominative, oblique).
_ONE = {Gender.MASCULINE: ("واحد", "واحدا", "واحد"), Gender.FEMININE: ("واحدة",) * 3}


_TWO = {Gender.MASCULINE: ("اثنان", "اثنين"), Gender.FEMININE: ("اثنتان", "اثنتين")}


def ar_count(n: int, noun: NounForms | FigureKind, case: str = "nominative") -> str:
    """A figure with its counted noun, keeping the count in words for 1 and 2.

    ``balagh.arabic.count_phrase`` drops the number word for 1 and 2 («زائرا», «زائرين»),
    which leaves a sentence like «بحصيلة إجمالية بلغت زائرا» reading as no figure at all;
    in a release the count is written out: ``1 | ar_count(kind, "accusative")`` → «زائرا
    واحدا», ``2 | ar_count(kind)`` → «زائران اثنان», ``2 | ar_count(staff, "accusative")``
    → «موظفي شرطة اثنين», ``1 | ar_count(views, "genitive")`` → «مشاهدة واحدة». Other
    figures as ``count_phrase``: ``465 | ar_count(donors)`` → «465 متبرعا للدم».
    """
    from balagh.arabic import as_case, count_phrase

    forms = noun.noun if isinstance(noun, FigureKind) else noun
    grammatical = as_case(case)
    phrase = count_phrase(n, forms, grammatical)
    if n == 1:
        index = ("nominative", "accusative", "genitive").index(grammatical.value)
        return _with_number_word(phrase, _ONE[forms.gender][index])
    if n == 2:
        return _with_number_word(phrase, _TWO[forms.gender][1 if grammatical.oblique else 0])
    return phrase


def _with_number_word(noun: str, word: str) -> str:
    """«واحد»/«اثنين» after the noun and its adjective, before a complement with «ل»:
    «رواق موضوعاتي واحد», «موظف شرطة واحدا», but «متبرعين اثنين للدم»."""
    head, _, rest = noun.partition(" ")
    if rest.startswith("ل"):
        return f"{head} {word} {rest}"
    return f"{noun} {word}"


def ar_figure(
    figure: FigureValue | int,
    noun: NounForms | FigureKind,
    style: str = "adverb",
    exact_case: str = "nominative",
    feminine: bool = False,
) -> str:
    """A recorded figure with its qualifier and counted noun (1 and 2 written out).

    Example: ``FigureValue(630000, Qualifier.MORE_THAN) | ar_figure(kind, "adverb",
    "genitive")`` → «أكثر من 630 ألف زائر»; ``FigureValue(1) | ar_figure(staff, "adverb",
    "accusative")`` → «موظف شرطة واحدا»; ``2 | ar_figure(views, "adverb", "genitive")`` →
    «مشاهدتين اثنتين».
    """
    from balagh.arabic import qualifier_case, qualifier_phrase

    if isinstance(figure, FigureValue):
        value, qualifier = figure.value, figure.qualifier.value
    else:
        value, qualifier = figure, "exact"
    case = qualifier_case(qualifier, style, exact_case)
    return qualifier_phrase(qualifier, ar_count(value, noun, case.value), style,
                            feminine=feminine)


def ar_both_genders(phrase: str, both: bool = True) -> str:
    """«زائر» → «زائر وزائرة» when ``both`` (the edition's choice), else unchanged."""
    from balagh.documents.release.facts import both_genders

    return both_genders(phrase) if both else phrase


EXTRA_FILTERS: dict[str, Callable[..., str]] = {
    "ar_both_genders": ar_both_genders,
    "ar_count": ar_count,
    "ar_figure": ar_figure,
    "ar_verb": ar_verb,
    "ar_series": ar_series,
    "ar_side": ar_side,
}
