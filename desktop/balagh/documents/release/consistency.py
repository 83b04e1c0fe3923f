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

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal

from balagh.core.model import (
    Edition,
    FigureKind,
    FigureValue,
    Qualifier,
    Release,
    ReleaseKind,
)
from balagh.documents.release.consistency_dates import (
    check_days,
    check_release_date,
)
from balagh.documents.release.consistency_figures import (
    check_decimal,
    check_figure,
    check_named,
    check_small_count,
    hectares_after,
    percent_after,
)
from balagh.documents.release.consistency_findings import (
    Discrepancy,
    DiscrepancyKind,
    paragraph_finding,
)
from balagh.documents.release.consistency_words import (
    ABOUT_WORDS,
    EDITION_WORDS,
    HECTARE,
    MORE_WORDS,
    QUALIFIER_REACH,
    SMALL_WORDS,
    YEAR_WORDS,
    extra_nouns,
    mask_record_texts,
    months,
    noun_index,
    scale_values,
    scale_words,
    weekdays,
)
from balagh.documents.release.written_numbers import DAY_LIST, Token, split_words
from balagh.messages import Localizable, msg


class Checker:
    def __init__(
        self, release: Release, edition: Edition, catalogue: Mapping[str, FigureKind],
        all_editions: Sequence[Edition] | None = None,
    ) -> None:
        from balagh.core.comparisons import compare_edition

        self.release = release
        self.edition = edition
        self.catalogue = catalogue
        self.scales = scale_words()
        self.scale_values = scale_values()
        self.months = months()
        self.weekdays = weekdays()
        self.nouns = noun_index(catalogue) + extra_nouns(catalogue)
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
    def add(self, kind: DiscrepancyKind, text: str, finding: Localizable, *,
            value: int | None = None, key: str | None = None,
            recorded: int | None = None) -> None:
        self.found.append(Discrepancy(kind, self.paragraph, text,
                                      paragraph_finding(self.paragraph, finding), value, key,
                                      recorded))

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
        while (j >= 0 and len(window) < QUALIFIER_REACH and not tokens[j].stops
               and tokens[j].value is None and tokens[j].word not in self.scales):
            window.insert(0, tokens[j].word)
            j -= 1
        found: Qualifier | None = None
        for index, word in enumerate(window):
            if word.startswith("و") and word[1:] in ABOUT_WORDS | MORE_WORDS:
                word = word[1:]  # «وناهز زوارها», «وفاق عددهم»
            if word in ABOUT_WORDS:
                found = Qualifier.ABOUT
            elif word in MORE_WORDS or (
                word == "أكثر" and index + 1 < len(window) and window[index + 1] == "من"
            ):
                found = Qualifier.MORE_THAN
        return found

    # -- the scan --------------------------------------------------------------------------
    def scan(self, paragraph: str) -> None:
        from balagh.arabic import normalise_digits

        tokens = split_words(normalise_digits(mask_record_texts(paragraph, self.edition)))
        i = 0
        while i < len(tokens):
            token = tokens[i]
            word = token.word
            if DAY_LIST.match(word):
                i = self.day_list(tokens, i)
                continue
            if word in SMALL_WORDS:
                check_small_count(self, tokens, i)
                i += 1
                continue
            if word in ("هكتاران", "هكتارين") and (i == 0 or tokens[i - 1].value is None):
                half = hectares_after(self, tokens, i) == 2
                check_named(self, "area_m2", 2 * HECTARE + (HECTARE // 2 if half else 0),
                            word + (" ونصف" if half else ""),
                            self.qualifier_before(tokens, i))
                i += 2 if half else 1
                continue
            if token.decimal is not None:
                i = self.read_decimal(tokens, i, token.decimal)
                continue
            if token.value is not None and token.percent:
                i = check_decimal(self, tokens, i, Decimal(token.value), token.core + "%")
                continue
            if not self.is_number_word(token, first=True):
                if re.search(r"\d", word):
                    self.add(DiscrepancyKind.UNREADABLE, word,
                             msg("«{word}»: رقم لا يقرأ", word=word))
                i += 1
                continue
            i = self.number_run(tokens, i)

    def day_list(self, tokens: list[Token], i: int) -> int:
        """«17و18 ماي»: days of a month, checked against the edition's; the next index."""
        word = tokens[i].word
        days = [int(part) for part in word.split("و")]
        month = self.month_at(tokens, i + 1)
        if month is None:
            self.add(DiscrepancyKind.UNREADABLE, word, msg("«{word}»: أرقام لا تفهم", word=word))
            return i + 1
        text = f"{word} {tokens[i + 1].word}"
        return check_days(self, tokens, days, month, i + 2, text, i)

    def number_run(self, tokens: list[Token], i: int) -> int:
        """A run of number words («مليون و150 ألف», «630 ألف», «2300», «ب2.400») read as one
        number and checked; the index after it."""
        from balagh.arabic import phrase_to_int
        from balagh.arabic.grammar import LanguageError

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
            self.add(DiscrepancyKind.UNREADABLE, text, msg("«{text}»: عدد لا يقرأ", text=text))
            return j + 1
        return self.number(tokens, i, j, value, text, j + 1)

    def read_decimal(self, tokens: list[Token], i: int, number: Decimal) -> int:
        """«1,15 مليون زائر» is a whole figure; «12,5» a decimal to be a percentage."""
        token = tokens[i]
        scale = None if token.stops or i + 1 >= len(tokens) else self.scale_values.get(
            tokens[i + 1].word)
        if scale is not None and not token.percent:
            whole = number * scale
            if whole == whole.to_integral_value():
                text = f"{token.core} {tokens[i + 1].word}"
                return check_figure(self, tokens, i, int(whole), text, i + 2)
        return check_decimal(self, tokens, i, number, token.core + ("%" if token.percent else ""))

    def number(
        self, tokens: list[Token], i: int, j: int, value: int, text: str, after: int
    ) -> int:
        """Check the number read from tokens ``i``…``j``; returns where the scan goes on."""
        month = self.month_at(tokens, after) if not tokens[j].stops else None
        if month is not None and value <= 31:
            return check_days(self, tokens, [value], month, after + 1,
                              f"{text} {tokens[after].word}", i)
        # «من 17 إلى 21 ماي»: the first day takes the second day's month
        if (value <= 31 and not tokens[j].stops and after + 2 < len(tokens)
                and tokens[after].word == "إلى" and tokens[after + 1].value is not None
                and not tokens[after + 1].stops
                and (second := self.month_at(tokens, after + 2)) is not None):
            check_days(self, tokens, [value], second, after + 3,
                   f"{text} {tokens[after + 2].word}", i, report_current=False)
            return after + 1
        if not tokens[j].stops and percent_after(self, tokens, after):
            return check_decimal(self, tokens, j, Decimal(value), text)
        if self.is_year(tokens, i, value, after):
            return after
        return check_figure(self, tokens, i, value, text, after)

    def is_year(self, tokens: list[Token], i: int, value: int, after: int) -> bool:
        """A year used as a year: «ماي 2023», «سنة 2023», «دورة 2023» — never «2023 موظف»."""
        if not 1900 <= value <= 2100 or after != i + 1:
            return False
        if self.noun_after(tokens, after)[0] is not None:
            return False
        before = tokens[i - 1].word if i > 0 else ""
        if before.startswith("و") and len(before) > 2:  # «ومنذ 2017», «وسنة 2023»
            before = before if before in YEAR_WORDS | EDITION_WORDS else before[1:]
        if before in YEAR_WORDS or before in self.months:
            return True
        return value in self.years and (
            before in EDITION_WORDS or tokens[i].prefix in ("ب", "ل", "في")
        )

    def run(self) -> list[Discrepancy]:
        self.paragraph = 0
        check_release_date(self)
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

    found = check_day_has_figures(release, edition)
    found += Checker(release, edition, catalogue, all_editions).run()
    found += check_places(release, edition, all_editions or ())
    if release.french is not None:
        from balagh.documents.release.consistency_fr import check_french

        found += check_french(release, edition, catalogue, all_editions=all_editions)
    return found


def check_day_has_figures(release: Release, edition: Edition) -> list[Discrepancy]:
    """A warning for a daily bulletin whose day has no figure recorded (neither that day's
    visitors nor a running total): its text can only say that the days go on. «لم تسجل
    أي أرقام ليوم 20 ماي 2023 …» / «Aucun chiffre n'est enregistré pour le 20 mai 2023 …»."""
    from balagh.arabic import date_phrase
    from balagh.documents.release.daily_facts import day_has_figures
    from balagh.french import date_fr
    from balagh.messages import PerLanguage

    day = release.date
    if release.kind is not ReleaseKind.DAILY or not edition.start_date <= day <= edition.end_date:
        return []
    if day_has_figures(edition, day):
        return []
    return [Discrepancy(
        DiscrepancyKind.NO_FIGURES, 0, day.isoformat(),
        msg("لم تسجل أي أرقام ليوم {day} (لا عدد زوار اليوم ولا مجموع متراكم)، فالنشرة اليومية "
            "لهذا اليوم بلا أرقام؛ أدخل أرقام اليوم في بيانات الدورة ثم أعد إنشاء المسودة",
            day=PerLanguage(ar=date_phrase(day), fr=date_fr(day))),
    )]


def figures_stated(
    release: Release, edition: Edition, catalogue: Mapping[str, FigureKind]
) -> list[tuple[str, int]]:
    """The recorded figures the Arabic text states, as (key, value) in reading order.

    Example: the Fez 2023 draft gives ``[("visitors_total", 1150000), ("peak_visitors",
    630000), …]``; ``consistency_fr.figures_stated_fr`` reads the French version alike.
    """
    checker = Checker(release, edition, catalogue)
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


