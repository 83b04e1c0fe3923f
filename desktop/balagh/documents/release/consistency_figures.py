"""The figure checks of the Arabic release check: a number with its noun against the record,
hectares, small counts written as words, percentages and decimals, dropped qualifiers.

Functions of the checker (``consistency.Checker``) that ``Checker.scan`` calls."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Protocol

from balagh.core.model import FigureValue, Qualifier
from balagh.documents.release.consistency_findings import QUALIFIER_AR, DiscrepancyKind
from balagh.documents.release.consistency_words import HECTARE, HECTARES, PERCENT_WORDS, SMALL_WORDS
from balagh.documents.release.written_numbers import Token
from balagh.messages import Localizable, PerLanguage, msg

if TYPE_CHECKING:
    from balagh.documents.release.consistency import Checker


def check_figure(
    checker: Checker, tokens: list[Token], start: int, value: int, text: str, after: int
) -> int:
    key, width = checker.noun_after(tokens, after)
    if width:
        text += " " + " ".join(t.word for t in tokens[after:after + width])
    qualifier = checker.qualifier_before(tokens, start)
    figures = checker.figures
    hectares = hectares_after(checker, tokens, after)
    if hectares:
        value, width = value * HECTARE + (hectares - 1) * HECTARE // 2, hectares
        text += " " + " ".join(t.word for t in tokens[after:after + width])
        key = "area_m2"
    if key is not None:
        check_named(checker, key, value, text, qualifier)
        return after + width
    match = next((k for k, f in figures.items() if f.value == value), None)
    if match is not None:
        check_qualifier(checker, figures[match], qualifier, text, value, match)
    elif not any(value in values for values in checker.computed.values()):
        checker.add(DiscrepancyKind.UNKNOWN, text,
                    msg("الرقم «{text}» لا يوافق أي رقم مسجل لهذه الدورة", text=text),
                    value=value)
    return after


def hectares_after(checker: Checker, tokens: list[Token], i: int) -> int:
    """1 when a hectare noun follows, 2 when «ونصف» follows it too, else 0."""
    if i >= len(tokens) or tokens[i].word not in HECTARES:
        return 0
    half = not tokens[i].stops and i + 1 < len(tokens) and tokens[i + 1].word == "ونصف"
    return 2 if half else 1


def check_named(
    checker: Checker, key: str, value: int, text: str, qualifier: Qualifier | None
) -> None:
    """A figure whose counted noun names catalogue figure ``key`` (or one of the same
    noun: «زائر» names the total and the peak)."""
    figures = checker.figures
    kin = [k for k, kind in checker.catalogue.items() if kind.noun == checker.catalogue[key].noun]
    recorded = {k: figures[k] for k in kin if k in figures}
    matches = [k for k, f in recorded.items() if f.value == value]
    # two figures of one noun with the same value: the one whose qualifier is written
    agreeing = [k for k in matches if recorded[k].qualifier is (qualifier or Qualifier.EXACT)]
    match = next(iter(agreeing or matches), None)
    if match is not None:
        check_qualifier(checker, recorded[match], qualifier, text, value, match)
    elif any(value in checker.computed.get(k, ()) for k in kin):
        pass  # a change or an earlier edition's value the comparison computes
    elif recorded:
        k, f = next(iter(recorded.items()))
        shown = "، ".join(f"{checker.label(k2)}: {f2.value}" for k2, f2 in recorded.items())
        checker.add(DiscrepancyKind.DIFFERS, text,
                    msg("«{text}» لا يطابق الرقم المسجل ({recorded})", text=text,
                        recorded=PerLanguage(ar=shown, fr=f"{checker.label_fr(k)} : {f.value}")),
                    value=value, key=k, recorded=f.value)
    else:
        checker.add(DiscrepancyKind.NOT_RECORDED, text,
                    msg(
                        "«{text}»: «{label}» غير مسجل لهذه الدورة في قاعدة البيانات",
                        text=text,
                        label=PerLanguage(ar=checker.label(key), fr=checker.label_fr(key)),
                    ), value=value, key=key)


def check_small_count(checker: Checker, tokens: list[Token], i: int) -> None:
    """«زائرا واحدا», «موظفي شرطة اثنين», «متبرعين اثنين للدم»: 1 and 2 in words after
    their noun."""
    value = SMALL_WORDS[tokens[i].word]
    words = [t.word for t in tokens]
    if i > 0 and words[i - 1] in HECTARES:  # «هكتارا واحدا»
        check_named(checker, "area_m2", HECTARE, f"{words[i - 1]} {words[i]}",
                    checker.qualifier_before(tokens, i - 1))
        return
    for form, key in checker.nouns:
        width = len(form)
        before = words[max(0, i - width):i] == form
        split = width > 1 and words[i - 1:i] == form[:1] and (
            words[i + 1:i + width] == form[1:])
        if before or split:
            start = i - (width if before else 1)
            shown = " ".join(words[start:i + (1 if before else width)])
            check_named(checker, key, value, shown, checker.qualifier_before(tokens, start))
            return


class Findings(Protocol):
    """Where a check records what it read: the Arabic checker and the French one."""

    stated: list[tuple[str, int]]

    def add(self, kind: DiscrepancyKind, text: str, finding: Localizable, *,
            value: int | None = None, key: str | None = None,
            recorded: int | None = None) -> None: ...


def check_qualifier(
    checker: Findings, figure: FigureValue, written: Qualifier | None, text: str, value: int,
    key: str,
) -> None:
    checker.stated.append((key, value))
    if written is figure.qualifier:
        return
    if written is None:
        if figure.qualifier is not Qualifier.EXACT:
            checker.add(DiscrepancyKind.QUALIFIER_DROPPED, text,
                        msg("«{text}»: الرقم مسجل بوصف «{recorded}» وكتب دون هذا الوصف (تنبيه)",
                            text=text, recorded=_qualifier(figure.qualifier)),
                        value=value, key=key, recorded=figure.value)
        return
    checker.add(DiscrepancyKind.QUALIFIER, text,
                msg("«{text}»: الرقم مسجل بوصف «{recorded}» وكتب بوصف «{written}»", text=text,
                    recorded=_qualifier(figure.qualifier), written=_qualifier(written)),
                value=value, key=key, recorded=figure.value)


def _qualifier(qualifier: Qualifier) -> PerLanguage:
    """A qualifier as the finding names it: its Arabic word, its code in French."""
    return PerLanguage(ar=QUALIFIER_AR[qualifier], fr=qualifier.value)


def percent_after(checker: Checker, tokens: list[Token], i: int) -> int:
    """How many words after ``i`` say «في المائة» (0 when none)."""
    words = [t.word for t in tokens[i:i + 2]]
    for form in PERCENT_WORDS:
        if words[: len(form)] == form:
            return len(form)
    return 0


def check_decimal(checker: Checker, tokens: list[Token], i: int, number: Decimal, text: str) -> int:
    """A decimal or a percentage: it must be a percentage the comparison computes.

    Returns the index after the number (and «في المائة»).
    """
    token = tokens[i]
    width = 0 if token.stops else percent_after(checker, tokens, i + 1)
    percent = token.percent or width > 0
    if width:
        text += " " + " ".join(t.word for t in tokens[i + 1:i + 1 + width])
    exponent = number.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    step = Decimal(1).scaleb(-places)
    computed = {Decimal(str(p)).quantize(step) for p in checker.percents}
    if number not in computed:
        what_ar = "النسبة" if percent else "العدد العشري"
        what_fr = "le pourcentage" if percent else "le nombre décimal"
        checker.add(DiscrepancyKind.DECIMAL, text,
                    msg(
                        "{what} «{text}» غير موجود في قاعدة البيانات ولا يوافق أي نسبة "
                        "محسوبة من أرقامها",
                        what=PerLanguage(ar=what_ar, fr=what_fr),
                        text=text,
                    ))
    return i + 1 + width
