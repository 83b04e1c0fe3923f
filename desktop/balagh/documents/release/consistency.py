"""The check before issuing: every number written in a release against the edition's record.

The staff edit the draft freely; before a release is issued, ``check_release`` reads every
number in its body — digits («2300»), digits with thousands separators («2.400», «2,400»,
«2 400», «٢٬٤٠٠»), a letter stuck before them («ب2300»), press-style phrases («مليون و150
ألف», «630 ألف», «1,15 مليون») and decimals («12,5 في المائة») — and lists those that do
not agree with the database:

* a figure whose counted noun names a catalogue figure («2400 موظف شرطة») but whose value
  differs from the recorded one (2300), or which the edition has not recorded at all;
* a figure written with a qualifier («ناهز», «أكثر من») that is not the recorded one, and —
  as a warning — a figure recorded «أكثر من»/«حوالي» written without its qualifier
  («بلغت 630 ألف زائر» for «أكثر من 630 ألف»);
* a number that matches no recorded figure of the edition (nor, when the editions are
  given, a change or an earlier value the comparison computes);
* a decimal or a percentage that is no percentage computed from the database;
* dates: days written with a month («19و20 ماي», «من 17 إلى 21 ماي الجاري») must fall within
  the edition, named weekdays must be those days' weekdays, «الجاري» must be the month of
  the release's date, and a closing release may not be dated before the edition ends.

A year is skipped only when it is used as a year: after a month («21 ماي 2023»), after
«سنة»/«عام»/«منذ», or the edition's year after «دورة»/«في» («دورة 2023»); a year-like number
followed by a counted noun («2023 موظف شرطة») is a figure. Numbers inside texts taken whole
from the edition's record (its theme, seminar titles, highlights…) are facts of the record
already and are not read. Each finding is a :class:`Discrepancy` with an Arabic and a French
sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from balagh.core.model import (
    QUALIFIER_NAMES,
    Edition,
    FigureKind,
    FigureValue,
    Qualifier,
    Release,
    ReleaseKind,
)
from balagh.documents.release.written_numbers import DAY_LIST, Token, split_words

_MASK = "■"

_ABOUT_WORDS = {"ناهز", "ناهزت", "حوالي", "زهاء", "قرابة", "نحو", "يناهز", "تناهز"}
_MORE_WORDS = {"فاق", "فاقت", "يفوق", "تفوق", "تجاوز", "تجاوزت", "يتجاوز", "تتجاوز", "يتعدى",
               "أزيد", "يزيد", "تزيد"}
# «هكتارين ونصف»: an area in hectares is read in square metres.
_HECTARES = {"هكتار": 1, "هكتارا": 1, "هكتارات": 1, "هكتاران": 1, "هكتارين": 1}
_HECTARE = 10_000
# How many words before a number its qualifier may stand: «إذ ناهز عدد الوافدين على الفضاء في
# اليوم الثاني 200 ألف زائر» (the daily bulletin) puts six words between them.
_QUALIFIER_REACH = 8
_YEAR_WORDS = {"سنة", "عام", "لسنة", "لعام", "وسنة", "بسنة", "برسم", "منذ"}
# Before the edition's own year these make it a year: «دورة 2023», «في 2023».
_EDITION_WORDS = {"دورة", "الدورة", "لدورة", "بدورة", "نسخة", "النسخة", "لنسخة", "في",
                  "خلال"}
# 1 and 2 written in words after their noun («زائرا واحدا», «مركبتين اثنتين»).
_SMALL_WORDS = {"واحد": 1, "واحدا": 1, "واحدة": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2,
                "اثنتين": 2}
_PERCENT_WORDS = (["في", "المائة"], ["في", "المئة"], ["بالمائة"], ["بالمئة"], ["%"])
_CURRENT = "الجاري"

QUALIFIER_AR = {qualifier: names[0] for qualifier, names in QUALIFIER_NAMES.items()}


class DiscrepancyKind(StrEnum):
    """What is wrong with a number of the text."""

    DIFFERS = "differs"  # the noun names a recorded figure with another value
    NOT_RECORDED = "not_recorded"  # the noun names a figure the edition has not recorded
    UNKNOWN = "unknown"  # a number that matches no figure of the edition
    QUALIFIER = "qualifier"  # «ناهز»/«أكثر من» not the recorded qualifier
    QUALIFIER_DROPPED = "qualifier_dropped"  # warning: recorded «أكثر من», written bare
    DECIMAL = "decimal"  # a decimal or percentage that is no computed percentage
    DATE = "date"  # a date outside the edition, a wrong weekday or a wrong «الجاري»
    UNREADABLE = "unreadable"  # digits and number words that do not make a number
    PLACE = "place"  # another city or venue than the edition's (consistency_places)
    ORDINAL = "ordinal"  # «الدورة الرابعة» for another edition number


#: Kinds that only warn: the text is not wrong, only less precise than the record.
WARNING_KINDS = frozenset({DiscrepancyKind.QUALIFIER_DROPPED})


@dataclass(frozen=True)
class Discrepancy:
    """One number of the release text that the database does not support.

    ``paragraph`` is the paragraph's index (0 = first), ``text`` the words as written
    («2400 موظف شرطة»), ``value`` what they say (2400), ``key`` the catalogue figure they
    name, ``recorded`` the recorded value (2300); ``message_ar``/``message_fr`` are whole
    sentences naming the paragraph («الفقرة 4: …»).
    """

    kind: DiscrepancyKind
    paragraph: int
    text: str
    message_ar: str
    message_fr: str
    value: int | None = None
    key: str | None = None
    recorded: int | None = None

    @property
    def is_warning(self) -> bool:
        """True for a finding that only warns («بلغت 630 ألف» for a figure recorded «أكثر
        من 630 ألف»); the others are errors that need a reason to issue anyway."""
        return self.kind in WARNING_KINDS

    def text_ar(self) -> str:
        """The sentence shown to the staff: «الفقرة 4: «2400 موظف شرطة» لا يطابق …»."""
        return self.message_ar

    def text_fr(self) -> str:
        """The French counterpart of ``text_ar``."""
        return self.message_fr


def _scale_words() -> set[str]:
    from balagh.arabic.numbers import SCALES

    return {word for scale in SCALES for word in scale.forms()}


def _months() -> dict[str, int]:
    from balagh.arabic import month_name

    return {month_name(m): m for m in range(1, 13)}


def _weekdays() -> dict[str, int]:
    from balagh.arabic import weekday_name

    return {weekday_name(d): d for d in range(7)}


def _noun_index(catalogue: Mapping[str, FigureKind]) -> list[tuple[list[str], str]]:
    """Every written form of every counted noun (as word lists), longest first."""
    forms: list[tuple[list[str], str]] = []
    for key, kind in catalogue.items():
        noun = kind.noun
        for form in {noun.singular, noun.dual_nominative, noun.dual_oblique, noun.plural,
                     noun.accusative}:
            forms.append((form.split(), key))
    forms.sort(key=lambda item: -len(item[0]))
    return forms


def _mask_record_texts(text: str, edition: Edition) -> str:
    """Hide numbers inside texts quoted whole from the record (theme, seminars …)."""
    quoted = [edition.theme, edition.venue_ar, edition.city_ar, *edition.audiences,
              *edition.partners, *edition.seminars, *edition.highlights,
              *edition.noun_highlights, *edition.home_towns, *edition.demonstration_units]
    quoted += [p for pav in edition.joint_pavilions for p in [*pav.partners, pav.title]]
    for item in sorted((q for q in quoted if q and re.search(r"\d", q)), key=len, reverse=True):
        text = text.replace(item, re.sub(r"\d", _MASK, item))
    return text


def _scale_values() -> dict[str, int]:
    from balagh.arabic.numbers import SCALES

    return {word: scale.value for scale in SCALES for word in scale.forms()}


class _Checker:
    def __init__(
        self, release: Release, edition: Edition, catalogue: Mapping[str, FigureKind],
        all_editions: Sequence[Edition] | None = None,
    ) -> None:
        from balagh.core.comparisons import compare_edition

        self.release = release
        self.edition = edition
        self.catalogue = catalogue
        self.scales = _scale_words()
        self.scale_values = _scale_values()
        self.months = _months()
        self.weekdays = _weekdays()
        self.nouns = _noun_index(catalogue) + _extra_nouns(catalogue)
        self.figures = figures_checked(release, edition)
        self.found: list[Discrepancy] = []
        self.stated: list[tuple[str, int]] = []  # the recorded figures the text states
        self.paragraph = 0
        self.years = {edition.start_date.year, edition.end_date.year, release.date.year}
        # what the comparison with earlier editions computes: percentages, changes, values
        comparisons = compare_edition(edition, list(all_editions)) if all_editions else {}
        self.percents = [abs(c.percent) for c in comparisons.values() if c.percent is not None]
        self.computed: dict[str, set[int]] = {
            key: {abs(v) for v in (c.change, c.previous_value, c.best_earlier_value)
                  if v is not None}
            for key, c in comparisons.items()
        }

    # -- helpers ---------------------------------------------------------------------------
    def add(self, kind: DiscrepancyKind, text: str, ar: str, fr: str, *, value: int | None = None,
            key: str | None = None, recorded: int | None = None) -> None:
        ar = f"الفقرة {self.paragraph + 1}: {ar}"
        fr = f"Paragraphe {self.paragraph + 1} : {fr}"
        self.found.append(Discrepancy(kind, self.paragraph, text, ar, fr, value, key, recorded))

    def is_number_word(self, token: Token, first: bool) -> bool:
        """«2300», «ب2.400» (first word of a phrase), «و150», «ألف», «وألفين»."""
        if token.value is not None and not token.percent:
            return first or token.prefix == "و"
        word = token.word
        if word in self.scales:
            return True
        return not first and word.startswith("و") and word[1:] in self.scales

    def month_at(self, tokens: list[Token], i: int) -> int | None:
        if i < len(tokens):
            return self.months.get(tokens[i].word)
        return None

    def label(self, key: str) -> str:
        kind = self.catalogue.get(key)
        return kind.label_ar if kind else key

    def label_fr(self, key: str) -> str:
        kind = self.catalogue.get(key)
        return kind.label_fr if kind else key

    # -- dates -----------------------------------------------------------------------------
    def check_release_date(self) -> None:
        """A closing release dated before the edition's last day is refused («الجاري»…)."""
        end = self.edition.end_date
        if self.release.kind is ReleaseKind.CLOSING and self.release.date < end:
            day = self.release.date.isoformat()
            self.add(DiscrepancyKind.DATE, day,
                     f"بلاغ الاختتام مؤرخ في {day} قبل نهاية الدورة ({end.isoformat()})",
                     f"le communiqué de clôture est daté du {day}, avant la fin de "
                     f"l'édition ({end.isoformat()})")

    def check_days(
        self, tokens: list[Token], days: list[int], month: int, after_month: int, text: str,
        first_index: int, *, report_current: bool = True,
    ) -> int:
        """Check days of ``month``; returns the index after the month (and year) words."""
        year = self.edition.start_date.year
        nxt = after_month
        if nxt < len(tokens) and re.fullmatch(r"\d{4}", tokens[nxt].word):
            year = int(tokens[nxt].word)
            text += " " + tokens[nxt].word
            nxt += 1
        elif nxt < len(tokens) and tokens[nxt].word == _CURRENT:
            text += " " + _CURRENT
            year = self.release.date.year
            if report_current and (self.release.date.year, self.release.date.month) != (
                year, month
            ):
                self.add(DiscrepancyKind.DATE, text,
                         f"«{text}»: كلمة «الجاري» لا تصح لأن البلاغ مؤرخ في "
                         f"{self.release.date.isoformat()}",
                         f"« {text} » : « courant » est faux, le communiqué est daté du "
                         f"{self.release.date.isoformat()}")
            nxt += 1
        start, end = self.edition.start_date, self.edition.end_date
        dates: list[dt.date] = []
        for day in days:
            try:
                dates.append(dt.date(year, month, day))
            except ValueError:
                self.add(DiscrepancyKind.DATE, text, f"«{text}»: تاريخ غير موجود",
                         f"« {text} » : date inexistante")
                return nxt
        outside = [d for d in dates if not start <= d <= end]
        if outside:
            self.add(DiscrepancyKind.DATE, text,
                     f"«{text}»: تاريخ خارج فترة الدورة ({start.isoformat()} – {end.isoformat()})",
                     f"« {text} » : date hors de l'édition ({start.isoformat()} – "
                     f"{end.isoformat()})")
        self.check_weekdays(tokens, first_index, dates, text)
        return nxt

    def check_weekdays(
        self, tokens: list[Token], first_index: int, dates: list[dt.date], text: str
    ) -> None:
        names: list[int] = []
        j = first_index - 1
        while j >= 0:
            word = tokens[j].word
            bare = word[1:] if word.startswith("و") and word[1:] in self.weekdays else word
            if bare not in self.weekdays:
                break
            names.insert(0, self.weekdays[bare])
            j -= 1
        if names and len(names) == len(dates) and names != [d.weekday() for d in dates]:
            from balagh.arabic import weekday_name

            right = " و".join(weekday_name(d) for d in dates)
            self.add(DiscrepancyKind.DATE, text,
                     f"«{text}»: أسماء الأيام لا توافق التواريخ (الصحيح: {right})",
                     f"« {text} » : les jours de la semaine ne correspondent pas aux dates")

    # -- figures ---------------------------------------------------------------------------
    def noun_after(self, tokens: list[Token], i: int) -> tuple[str | None, int]:
        words = [t.word for t in tokens[i:i + 4]]
        for form, key in self.nouns:
            if words[: len(form)] == form:
                return key, len(form)
        # «2.900 رواق»: the head word of a noun of several words («رواق موضوعاتي»)
        for form, key in self.nouns:
            if len(form) > 1 and words[:1] == form[:1]:
                return key, 1
        return None, 0

    def qualifier_before(self, tokens: list[Token], i: int) -> Qualifier | None:
        window: list[str] = []
        j = i - 1
        while (j >= 0 and len(window) < _QUALIFIER_REACH and not tokens[j].stops
               and tokens[j].value is None and tokens[j].word not in self.scales):
            window.insert(0, tokens[j].word)
            j -= 1
        found: Qualifier | None = None
        for index, word in enumerate(window):
            if word.startswith("و") and word[1:] in _ABOUT_WORDS | _MORE_WORDS:
                word = word[1:]  # «وناهز زوارها», «وفاق عددهم»
            if word in _ABOUT_WORDS:
                found = Qualifier.ABOUT
            elif word in _MORE_WORDS or (
                word == "أكثر" and index + 1 < len(window) and window[index + 1] == "من"
            ):
                found = Qualifier.MORE_THAN
        return found

    def check_figure(
        self, tokens: list[Token], start: int, value: int, text: str, after: int
    ) -> int:
        key, width = self.noun_after(tokens, after)
        if width:
            text += " " + " ".join(t.word for t in tokens[after:after + width])
        qualifier = self.qualifier_before(tokens, start)
        figures = self.figures
        hectares = self.hectares_after(tokens, after)
        if hectares:
            value, width = value * _HECTARE + (hectares - 1) * _HECTARE // 2, hectares
            text += " " + " ".join(t.word for t in tokens[after:after + width])
            key = "area_m2"
        if key is not None:
            self.check_named(key, value, text, qualifier)
            return after + width
        match = next((k for k, f in figures.items() if f.value == value), None)
        if match is not None:
            self.check_qualifier(figures[match], qualifier, text, value, match)
        elif not any(value in values for values in self.computed.values()):
            self.add(DiscrepancyKind.UNKNOWN, text,
                     f"الرقم «{text}» لا يوافق أي رقم مسجل لهذه الدورة",
                     f"le nombre « {text} » ne correspond à aucun chiffre enregistré",
                     value=value)
        return after

    def hectares_after(self, tokens: list[Token], i: int) -> int:
        """1 when a hectare noun follows, 2 when «ونصف» follows it too, else 0."""
        if i >= len(tokens) or tokens[i].word not in _HECTARES:
            return 0
        half = not tokens[i].stops and i + 1 < len(tokens) and tokens[i + 1].word == "ونصف"
        return 2 if half else 1

    def check_named(self, key: str, value: int, text: str, qualifier: Qualifier | None) -> None:
        """A figure whose counted noun names catalogue figure ``key`` (or one of the same
        noun: «زائر» names the total and the peak)."""
        figures = self.figures
        kin = [k for k, kind in self.catalogue.items() if kind.noun == self.catalogue[key].noun]
        recorded = {k: figures[k] for k in kin if k in figures}
        matches = [k for k, f in recorded.items() if f.value == value]
        # two figures of one noun with the same value: the one whose qualifier is written
        agreeing = [k for k in matches if recorded[k].qualifier is (qualifier or Qualifier.EXACT)]
        match = next(iter(agreeing or matches), None)
        if match is not None:
            self.check_qualifier(recorded[match], qualifier, text, value, match)
        elif any(value in self.computed.get(k, ()) for k in kin):
            pass  # a change or an earlier edition's value the comparison computes
        elif recorded:
            k, f = next(iter(recorded.items()))
            shown = "، ".join(f"{self.label(k2)}: {f2.value}" for k2, f2 in recorded.items())
            self.add(DiscrepancyKind.DIFFERS, text,
                     f"«{text}» لا يطابق الرقم المسجل ({shown})",
                     f"« {text} » ne correspond pas au chiffre enregistré "
                     f"({self.label_fr(k)} : {f.value})",
                     value=value, key=k, recorded=f.value)
        else:
            self.add(DiscrepancyKind.NOT_RECORDED, text,
                     f"«{text}»: «{self.label(key)}» غير مسجل لهذه الدورة في قاعدة البيانات",
                     f"« {text} » : « {self.label_fr(key)} » n'est pas enregistré pour "
                     f"cette édition", value=value, key=key)

    def check_small_count(self, tokens: list[Token], i: int) -> None:
        """«زائرا واحدا», «موظفي شرطة اثنين», «متبرعين اثنين للدم»: 1 and 2 in words after
        their noun."""
        value = _SMALL_WORDS[tokens[i].word]
        words = [t.word for t in tokens]
        if i > 0 and words[i - 1] in _HECTARES:  # «هكتارا واحدا»
            self.check_named("area_m2", _HECTARE, f"{words[i - 1]} {words[i]}",
                             self.qualifier_before(tokens, i - 1))
            return
        for form, key in self.nouns:
            width = len(form)
            before = words[max(0, i - width):i] == form
            split = width > 1 and words[i - 1:i] == form[:1] and (
                words[i + 1:i + width] == form[1:])
            if before or split:
                start = i - (width if before else 1)
                shown = " ".join(words[start:i + (1 if before else width)])
                self.check_named(key, value, shown, self.qualifier_before(tokens, start))
                return

    def check_qualifier(
        self, figure: FigureValue, written: Qualifier | None, text: str, value: int, key: str
    ) -> None:
        self.stated.append((key, value))
        if written is figure.qualifier:
            return
        if written is None:
            if figure.qualifier is not Qualifier.EXACT:
                self.add(DiscrepancyKind.QUALIFIER_DROPPED, text,
                         f"«{text}»: الرقم مسجل بوصف «{QUALIFIER_AR[figure.qualifier]}» وكتب "
                         f"دون هذا الوصف (تنبيه)",
                         f"« {text} » : le chiffre est enregistré « {figure.qualifier.value} »,"
                         f" le texte l'écrit sans ce qualificatif (avertissement)",
                         value=value, key=key, recorded=figure.value)
            return
        self.add(DiscrepancyKind.QUALIFIER, text,
                 f"«{text}»: الرقم مسجل بوصف «{QUALIFIER_AR[figure.qualifier]}» وكتب بوصف "
                 f"«{QUALIFIER_AR[written]}»",
                 f"« {text} » : le chiffre est enregistré « {figure.qualifier.value} », le texte "
                 f"dit « {written.value} »", value=value, key=key, recorded=figure.value)

    def percent_after(self, tokens: list[Token], i: int) -> int:
        """How many words after ``i`` say «في المائة» (0 when none)."""
        words = [t.word for t in tokens[i:i + 2]]
        for form in _PERCENT_WORDS:
            if words[: len(form)] == form:
                return len(form)
        return 0

    def check_decimal(self, tokens: list[Token], i: int, number: Decimal, text: str) -> int:
        """A decimal or a percentage: it must be a percentage the comparison computes.

        Returns the index after the number (and «في المائة»).
        """
        token = tokens[i]
        width = 0 if token.stops else self.percent_after(tokens, i + 1)
        percent = token.percent or width > 0
        if width:
            text += " " + " ".join(t.word for t in tokens[i + 1:i + 1 + width])
        exponent = number.as_tuple().exponent
        places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        step = Decimal(1).scaleb(-places)
        computed = {Decimal(str(p)).quantize(step) for p in self.percents}
        if number not in computed:
            what_ar = "النسبة" if percent else "العدد العشري"
            what_fr = "le pourcentage" if percent else "le nombre décimal"
            self.add(DiscrepancyKind.DECIMAL, text,
                     f"{what_ar} «{text}» غير موجود في قاعدة البيانات ولا يوافق أي نسبة "
                     f"محسوبة من أرقامها",
                     f"{what_fr} « {text} » n'est pas dans la base et ne correspond à aucun "
                     f"pourcentage calculé")
        return i + 1 + width

    # -- the scan --------------------------------------------------------------------------
    def scan(self, paragraph: str) -> None:
        from balagh.arabic import normalise_digits, phrase_to_int
        from balagh.arabic.grammar import LanguageError

        tokens = split_words(normalise_digits(_mask_record_texts(paragraph, self.edition)))
        i = 0
        while i < len(tokens):
            token = tokens[i]
            word = token.word
            if DAY_LIST.match(word):
                days = [int(part) for part in word.split("و")]
                month = self.month_at(tokens, i + 1)
                if month is None:
                    self.add(DiscrepancyKind.UNREADABLE, word, f"«{word}»: أرقام لا تفهم",
                             f"« {word} » : nombres incompréhensibles")
                    i += 1
                    continue
                text = f"{word} {tokens[i + 1].word}"
                i = self.check_days(tokens, days, month, i + 2, text, i)
                continue
            if word in _SMALL_WORDS:
                self.check_small_count(tokens, i)
                i += 1
                continue
            if word in ("هكتاران", "هكتارين") and (i == 0 or tokens[i - 1].value is None):
                half = self.hectares_after(tokens, i) == 2
                self.check_named("area_m2", 2 * _HECTARE + (_HECTARE // 2 if half else 0),
                                 word + (" ونصف" if half else ""),
                                 self.qualifier_before(tokens, i))
                i += 2 if half else 1
                continue
            if token.decimal is not None:
                i = self.read_decimal(tokens, i, token.decimal)
                continue
            if token.value is not None and token.percent:
                i = self.check_decimal(tokens, i, Decimal(token.value), token.core + "%")
                continue
            if not self.is_number_word(token, first=True):
                if re.search(r"\d", word):
                    self.add(DiscrepancyKind.UNREADABLE, word, f"«{word}»: رقم لا يقرأ",
                             f"« {word} » : nombre illisible")
                i += 1
                continue
            # a run of number words: «مليون و150 ألف», «630 ألف», «2300», «ب2.400»
            j = i
            while not tokens[j].stops and j + 1 < len(tokens) and self.is_number_word(
                tokens[j + 1], first=False
            ):
                j += 1
            run = tokens[i:j + 1]
            shown = [run[0].core or run[0].word, *(t.word for t in run[1:])]
            text = " ".join(shown)
            spoken = [str(run[0].value) if run[0].value is not None else run[0].word]
            spoken += [f"و{t.value}" if t.value is not None else t.word for t in run[1:]]
            try:
                value = phrase_to_int(" ".join(spoken))
            except LanguageError:
                self.add(DiscrepancyKind.UNREADABLE, text, f"«{text}»: عدد لا يقرأ",
                         f"« {text} » : nombre illisible")
                i = j + 1
                continue
            after = j + 1
            i = self.number(tokens, i, j, value, text, after)

    def read_decimal(self, tokens: list[Token], i: int, number: Decimal) -> int:
        """«1,15 مليون زائر» is a whole figure; «12,5» a decimal to be a percentage."""
        token = tokens[i]
        scale = None if token.stops or i + 1 >= len(tokens) else self.scale_values.get(
            tokens[i + 1].word)
        if scale is not None and not token.percent:
            whole = number * scale
            if whole == whole.to_integral_value():
                text = f"{token.core} {tokens[i + 1].word}"
                return self.check_figure(tokens, i, int(whole), text, i + 2)
        return self.check_decimal(tokens, i, number, token.core + ("%" if token.percent else ""))

    def number(
        self, tokens: list[Token], i: int, j: int, value: int, text: str, after: int
    ) -> int:
        """Check the number read from tokens ``i``…``j``; returns where the scan goes on."""
        month = self.month_at(tokens, after) if not tokens[j].stops else None
        if month is not None and value <= 31:
            return self.check_days(tokens, [value], month, after + 1,
                                   f"{text} {tokens[after].word}", i)
        # «من 17 إلى 21 ماي»: the first day takes the second day's month
        if (value <= 31 and not tokens[j].stops and after + 2 < len(tokens)
                and tokens[after].word == "إلى" and tokens[after + 1].value is not None
                and not tokens[after + 1].stops
                and (second := self.month_at(tokens, after + 2)) is not None):
            self.check_days(tokens, [value], second, after + 3,
                            f"{text} {tokens[after + 2].word}", i, report_current=False)
            return after + 1
        if not tokens[j].stops and self.percent_after(tokens, after):
            return self.check_decimal(tokens, j, Decimal(value), text)
        if self.is_year(tokens, i, value, after):
            return after
        return self.check_figure(tokens, i, value, text, after)

    def is_year(self, tokens: list[Token], i: int, value: int, after: int) -> bool:
        """A year used as a year: «ماي 2023», «سنة 2023», «دورة 2023» — never «2023 موظف»."""
        if not 1900 <= value <= 2100 or after != i + 1:
            return False
        if self.noun_after(tokens, after)[0] is not None:
            return False
        before = tokens[i - 1].word if i > 0 else ""
        if before.startswith("و") and len(before) > 2:  # «ومنذ 2017», «وسنة 2023»
            before = before if before in _YEAR_WORDS | _EDITION_WORDS else before[1:]
        if before in _YEAR_WORDS or before in self.months:
            return True
        return value in self.years and (
            before in _EDITION_WORDS or tokens[i].prefix in ("ب", "ل", "في")
        )

    def run(self) -> list[Discrepancy]:
        self.paragraph = 0
        self.check_release_date()
        for index, paragraph in enumerate(self.release.paragraphs):
            self.paragraph = index
            self.scan(paragraph)
        return self.found


def check_release(
    release: Release,
    edition: Edition,
    catalogue: Mapping[str, FigureKind],
    *,
    all_editions: Sequence[Edition] | None = None,
) -> list[Discrepancy]:
    """The numbers and dates of ``release``'s body that the record of ``edition`` does not
    support, in reading order (an empty list means the text agrees with the database).

    With ``all_editions`` the numbers the comparison computes (percentages «123,3 في
    المائة», changes, earlier editions' values) are accepted too. Findings with
    ``is_warning`` (a dropped qualifier) do not block issuing.

    Example: a Fez 2023 draft edited to say «وقد جندت المديرية العامة للأمن الوطني 2.400 موظف
    شرطة» gives one Discrepancy «2.400 موظف شرطة» (recorded 2300).

    A release with a French version is checked in both languages: the French findings
    follow the Arabic ones, their sentences naming «النسخة الفرنسية»
    (``balagh.documents.release.consistency_fr``).
    """
    from balagh.documents.release.consistency_places import check_places

    found = _Checker(release, edition, catalogue, all_editions).run()
    found += check_places(release, edition, all_editions or ())
    if release.french is not None:
        from balagh.documents.release.consistency_fr import check_french

        found += check_french(release, edition, catalogue, all_editions=all_editions)
    return found


def figures_stated(
    release: Release, edition: Edition, catalogue: Mapping[str, FigureKind]
) -> list[tuple[str, int]]:
    """The recorded figures the Arabic text states, as (key, value) in reading order.

    Example: the Fez 2023 draft gives ``[("visitors_total", 1150000), ("peak_visitors",
    630000), …]``; ``consistency_fr.figures_stated_fr`` reads the French version alike.
    """
    checker = _Checker(release, edition, catalogue)
    checker.run()
    return checker.stated


def figures_checked(release: Release, edition: Edition) -> dict[str, FigureValue]:
    """The figures a release's numbers are read against: the edition's, and for a daily
    bulletin also those recorded as of its day (running totals, that day's visitors)."""
    figures = dict(edition.figures)
    if release.kind is ReleaseKind.DAILY:
        from balagh.documents.release.daily_facts import day_visitors

        day = release.date
        figures.update(edition.as_of.get(day, {}))
        own = day_visitors(edition, day)
        if own is not None:
            figures["day_visitors"] = own
    return figures


def _extra_nouns(catalogue: Mapping[str, FigureKind]) -> list[tuple[list[str], str]]:
    """The bulletins' own nouns («72 وسيلة إعلامية», «216 تصريحا صحافيا») as the figures
    they count."""
    from balagh.documents.release.facts import EXTRA_NOUNS

    targets = {"media_means": "media_outlets", "press_statements": "press_statements"}
    forms: list[tuple[list[str], str]] = []
    for name, key in targets.items():
        if key not in catalogue:
            continue
        noun = EXTRA_NOUNS[name]
        for form in {noun.singular, noun.dual_nominative, noun.dual_oblique, noun.plural,
                     noun.accusative}:
            forms.append((form.split(), key))
    return forms
