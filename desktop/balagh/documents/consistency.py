"""The check before issuing: every number written in a release against the edition's record.

The staff edit the draft freely; before a release is issued, ``check_release`` reads every
number in its body — digits («2300»), press-style phrases («مليون و150 ألف», «630 ألف»,
«20 مليون») and Arabic-Indic digits — and lists those that do not agree with the database:

* a figure whose counted noun names a catalogue figure («2400 موظف شرطة») but whose value
  differs from the recorded one (2300), or which the edition has not recorded at all;
* a figure written with a qualifier («ناهز», «أكثر من») that is not the recorded one;
* a number that matches no recorded figure of the edition;
* dates: days written with a month («19و20 ماي», «من 17 إلى 21 ماي الجاري») must fall within
  the edition, named weekdays must be those days' weekdays, and «الجاري» must be the month
  of the release's date.

Years («2023», «سنة 2023») are not figures. Numbers inside texts taken whole from the
edition's record (its theme, seminar titles, highlights…) are facts of the record already and
are not read. Each finding is a :class:`Discrepancy` with an Arabic and a French sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from balagh.core.model import Edition, FigureKind, FigureValue, Qualifier, Release

_WORD = re.compile(r"\S+")
_EDGE_PUNCT = "،,.؛;:!?؟()[]«»“”\"'…-–—"
_DAY_LIST = re.compile(r"^\d{1,2}(?:و\d{1,2})+$")
_NUMBER = re.compile(r"^و?\d+$")
_MASK = "■"

_ABOUT_WORDS = {"ناهز", "ناهزت", "حوالي", "زهاء", "قرابة", "نحو", "يناهز", "تناهز"}
_MORE_WORDS = {"فاق", "فاقت", "يفوق", "تفوق", "تجاوز", "تجاوزت", "يتجاوز", "يتعدى"}
_YEAR_WORDS = {"سنة", "عام", "لسنة", "لعام", "وسنة", "بسنة"}
_CURRENT = "الجاري"

QUALIFIER_AR = {
    Qualifier.EXACT: "مضبوط",
    Qualifier.ABOUT: "ناهز/حوالي",
    Qualifier.MORE_THAN: "أكثر من",
}


class DiscrepancyKind(StrEnum):
    """What is wrong with a number of the text."""

    DIFFERS = "differs"  # the noun names a recorded figure with another value
    NOT_RECORDED = "not_recorded"  # the noun names a figure the edition has not recorded
    UNKNOWN = "unknown"  # a number that matches no figure of the edition
    QUALIFIER = "qualifier"  # «ناهز»/«أكثر من» not the recorded qualifier
    DATE = "date"  # a date outside the edition, a wrong weekday or a wrong «الجاري»
    UNREADABLE = "unreadable"  # digits and number words that do not make a number


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

    def text_ar(self) -> str:
        """The sentence shown to the staff: «الفقرة 4: «2400 موظف شرطة» لا يطابق …»."""
        return self.message_ar

    def text_fr(self) -> str:
        """The French counterpart of ``text_ar``."""
        return self.message_fr


@dataclass
class _Token:
    word: str  # without edge punctuation
    raw: str
    stops: bool  # punctuation after the word ends a number phrase


def _tokens(text: str) -> list[_Token]:
    out: list[_Token] = []
    for match in _WORD.finditer(text):
        raw = match.group(0)
        word = raw.strip(_EDGE_PUNCT)
        stops = raw.rstrip() != raw.rstrip(_EDGE_PUNCT) or not word
        out.append(_Token(word, raw, stops))
    return out


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
              *edition.partners, *edition.seminars, *edition.highlights]
    quoted += [p for pav in edition.joint_pavilions for p in [*pav.partners, pav.title]]
    for item in sorted((q for q in quoted if q and re.search(r"\d", q)), key=len, reverse=True):
        text = text.replace(item, re.sub(r"\d", _MASK, item))
    return text


class _Checker:
    def __init__(
        self, release: Release, edition: Edition, catalogue: Mapping[str, FigureKind]
    ) -> None:
        self.release = release
        self.edition = edition
        self.catalogue = catalogue
        self.scales = _scale_words()
        self.months = _months()
        self.weekdays = _weekdays()
        self.nouns = _noun_index(catalogue)
        self.found: list[Discrepancy] = []
        self.paragraph = 0

    # -- helpers ---------------------------------------------------------------------------
    def add(self, kind: DiscrepancyKind, text: str, ar: str, fr: str, *, value: int | None = None,
            key: str | None = None, recorded: int | None = None) -> None:
        ar = f"الفقرة {self.paragraph + 1}: {ar}"
        fr = f"Paragraphe {self.paragraph + 1} : {fr}"
        self.found.append(Discrepancy(kind, self.paragraph, text, ar, fr, value, key, recorded))

    def is_number_word(self, word: str, first: bool) -> bool:
        if _NUMBER.match(word):
            return first or word.startswith("و")
        if word in self.scales:
            return True
        return not first and word.startswith("و") and word[1:] in self.scales

    def month_at(self, tokens: list[_Token], i: int) -> int | None:
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
    def check_days(
        self, tokens: list[_Token], days: list[int], month: int, after_month: int, text: str,
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
        self, tokens: list[_Token], first_index: int, dates: list[dt.date], text: str
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
    def noun_after(self, tokens: list[_Token], i: int) -> tuple[str | None, int]:
        words = [t.word for t in tokens[i:i + 4]]
        for form, key in self.nouns:
            if words[: len(form)] == form:
                return key, len(form)
        return None, 0

    def qualifier_before(self, tokens: list[_Token], i: int) -> Qualifier | None:
        window: list[str] = []
        j = i - 1
        while j >= 0 and len(window) < 4 and not tokens[j].stops:
            window.insert(0, tokens[j].word)
            j -= 1
        found: Qualifier | None = None
        for index, word in enumerate(window):
            if word in _ABOUT_WORDS:
                found = Qualifier.ABOUT
            elif word in _MORE_WORDS or (
                word == "أكثر" and index + 1 < len(window) and window[index + 1] == "من"
            ):
                found = Qualifier.MORE_THAN
        return found

    def check_figure(
        self, tokens: list[_Token], start: int, value: int, text: str, after: int
    ) -> int:
        key, width = self.noun_after(tokens, after)
        if width:
            text += " " + " ".join(t.word for t in tokens[after:after + width])
        qualifier = self.qualifier_before(tokens, start)
        figures = self.edition.figures
        if key is not None:
            kin = [k for k, kind in self.catalogue.items() if kind.noun == self.catalogue[key].noun]
            recorded = {k: figures[k] for k in kin if k in figures}
            match = next((k for k, f in recorded.items() if f.value == value), None)
            if match is not None:
                self.check_qualifier(recorded[match], qualifier, text, value, match)
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
            return after + width
        match = next((k for k, f in figures.items() if f.value == value), None)
        if match is not None:
            self.check_qualifier(figures[match], qualifier, text, value, match)
        else:
            self.add(DiscrepancyKind.UNKNOWN, text,
                     f"الرقم «{text}» لا يوافق أي رقم مسجل لهذه الدورة",
                     f"le nombre « {text} » ne correspond à aucun chiffre enregistré",
                     value=value)
        return after

    def check_qualifier(
        self, figure: FigureValue, written: Qualifier | None, text: str, value: int, key: str
    ) -> None:
        if written is None or written is figure.qualifier:
            return
        self.add(DiscrepancyKind.QUALIFIER, text,
                 f"«{text}»: الرقم مسجل بوصف «{QUALIFIER_AR[figure.qualifier]}» وكتب بوصف "
                 f"«{QUALIFIER_AR[written]}»",
                 f"« {text} » : le chiffre est enregistré « {figure.qualifier.value} », le texte "
                 f"dit « {written.value} »", value=value, key=key, recorded=figure.value)

    # -- the scan --------------------------------------------------------------------------
    def scan(self, paragraph: str) -> None:
        from balagh.arabic import normalise_digits, phrase_to_int
        from balagh.arabic.grammar import LanguageError

        tokens = _tokens(normalise_digits(_mask_record_texts(paragraph, self.edition)))
        i = 0
        while i < len(tokens):
            word = tokens[i].word
            if _DAY_LIST.match(word):
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
            if not self.is_number_word(word, first=True):
                i += 1
                continue
            # a run of number words: «مليون و150 ألف», «630 ألف», «2300»
            j = i
            while not tokens[j].stops and j + 1 < len(tokens) and self.is_number_word(
                tokens[j + 1].word, first=False
            ):
                j += 1
            words = [t.word for t in tokens[i:j + 1]]
            words[0] = words[0][1:] if words[0].startswith("و") else words[0]
            text = " ".join(words)
            try:
                value = phrase_to_int(text)
            except LanguageError:
                self.add(DiscrepancyKind.UNREADABLE, text, f"«{text}»: عدد لا يقرأ",
                         f"« {text} » : nombre illisible")
                i = j + 1
                continue
            after = j + 1
            month = self.month_at(tokens, after) if not tokens[j].stops else None
            if month is not None and value <= 31:
                i = self.check_days(tokens, [value], month, after + 1,
                                    f"{text} {tokens[after].word}", i)
                continue
            # «من 17 إلى 21 ماي»: the first day takes the second day's month
            if (value <= 31 and not tokens[j].stops and after + 2 < len(tokens)
                    and tokens[after].word == "إلى" and _NUMBER.match(tokens[after + 1].word)
                    and not tokens[after + 1].stops
                    and (second := self.month_at(tokens, after + 2)) is not None):
                self.check_days(tokens, [value], second, after + 3,
                                f"{text} {tokens[after + 2].word}", i, report_current=False)
                i = after + 1
                continue
            if self.is_year(tokens, i, value):
                i = after
                continue
            i = self.check_figure(tokens, i, value, text, after)

    def is_year(self, tokens: list[_Token], i: int, value: int) -> bool:
        if not 1900 <= value <= 2100:
            return False
        before = tokens[i - 1].word if i > 0 else ""
        after = tokens[i + 1].word if i + 1 < len(tokens) else ""
        years = {self.edition.start_date.year, self.edition.end_date.year, self.release.date.year}
        return before in _YEAR_WORDS or before in self.months or (
            value in years and not after
        ) or (value in years and after not in self.months and value not in {
            f.value for f in self.edition.figures.values()})

    def run(self) -> list[Discrepancy]:
        for index, paragraph in enumerate(self.release.paragraphs):
            self.paragraph = index
            self.scan(paragraph)
        return self.found


def check_release(
    release: Release, edition: Edition, catalogue: Mapping[str, FigureKind]
) -> list[Discrepancy]:
    """The numbers and dates of ``release``'s body that the record of ``edition`` does not
    support, in reading order (an empty list means the text agrees with the database).

    Example: a Fez 2023 draft edited to say «وقد جندت المديرية العامة للأمن الوطني 2400 موظف
    شرطة» gives one Discrepancy «2400 موظف شرطة» (recorded 2300).
    """
    return _Checker(release, edition, catalogue).run()
