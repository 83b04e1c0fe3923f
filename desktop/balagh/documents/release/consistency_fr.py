"""The consistency check of the French version: every figure and date of the French text
against the edition's record, as ``consistency.check_release`` does for the Arabic (the
city, venue and ordinal words: ``consistency_places_fr``).

It reads the office's French: dot-grouped digits («2.120.000», «1.242»), digits grouped with
(no-break) spaces («2 120 000»), figures with «million(s)» / «milliard(s)» and a decimal
comma («1,4 million», «2,12 millions»), figures spelled out («deux millions»), qualifiers
(«près de», «quelque», «environ» = about; «plus de» = more than), the counted noun after the
figure (the phrasebook's French nouns: «visiteurs», «donneurs de sang», «stands»), days with
their month («du 17 au 21 mai 2024», «les samedi 18 et dimanche 19 mai», «le week-end des
18 et 19 mai»), ordinals («5e édition» must be the edition's number) and percentages
(«12,5 %», which must be computed from the database). Numbers inside the French renderings
of recorded texts («un pavillon de 750 m²») are facts of the record and are not read.

Findings are :class:`~.consistency_findings.Discrepancy` objects whose sentences name
the French version («النسخة الفرنسية، الفقرة 2: …»).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal

from balagh.core.model import Edition, FigureKind, Qualifier, Release, ReleaseKind
from balagh.documents.release.consistency import figures_checked
from balagh.documents.release.consistency_figures import check_qualifier
from balagh.documents.release.consistency_findings import Discrepancy, DiscrepancyKind
from balagh.documents.release.consistency_fr_words import (
    DAY_WORDS,
    MASK,
    ORDINAL,
    YEAR_WORDS,
    Word,
    qualifier_before,
    read_days,
    read_number,
    words_of,
)
from balagh.french.phrasebook import Phrasebook
from balagh.french.typography import plain_spaces
from balagh.messages import Localizable, PerLanguage, msg


class _FrenchChecker:
    def __init__(self, release: Release, edition: Edition, catalogue: Mapping[str, FigureKind],
                 phrasebook: Phrasebook, all_editions: Sequence[Edition] | None) -> None:
        from balagh.core.comparisons import compare_edition
        from balagh.french.dates import months_fr, weekdays_fr
        from balagh.french.numbers import NUMBER_WORDS_FR

        self.release, self.edition, self.catalogue = release, edition, catalogue
        self.book = phrasebook
        self.months = months_fr()
        self.weekdays = weekdays_fr()
        self.number_words = NUMBER_WORDS_FR
        self.nouns = sorted(
            ((form.lower().split(), key) for key, noun in phrasebook.nouns.items()
             for pair in noun.forms for form in pair),
            key=lambda item: -len(item[0]),
        )
        comparisons = compare_edition(edition, list(all_editions)) if all_editions else {}
        self.percents = [abs(c.percent) for c in comparisons.values() if c.percent is not None]
        self.computed = {abs(v) for c in comparisons.values()
                         for v in (c.change, c.previous_value, c.best_earlier_value)
                         if v is not None}
        self.years = {edition.start_date.year, edition.end_date.year, release.date.year}
        self.figures = figures_checked(release, edition)  # a bulletin's: as of its day
        self.found: list[Discrepancy] = []
        self.stated: list[tuple[str, int]] = []
        self.paragraph = 0

    # -- reporting ----------------------------------------------------------------------
    def add(self, kind: DiscrepancyKind, text: str, finding: Localizable, *,
            value: int | None = None, key: str | None = None,
            recorded: int | None = None) -> None:
        self.found.append(Discrepancy(kind, self.paragraph, text, msg(
            "النسخة الفرنسية، الفقرة {paragraph}: {finding}", paragraph=self.paragraph + 1,
            finding=finding), value, key, recorded))

    def label(self, key: str) -> tuple[str, str]:
        kind = self.catalogue.get(key)
        return (kind.label_ar, kind.label_fr) if kind else (key, key)

    # -- masking ------------------------------------------------------------------------
    def masked(self, paragraph: str) -> str:
        """The paragraph with the numbers of the recorded texts' renderings masked: they
        are facts of the record («un pavillon de 750 m²»), not figures to check."""
        edition = self.edition
        texts = [edition.theme, *edition.audiences, *edition.partners, *edition.seminars,
                 *edition.highlights, *edition.noun_highlights, *edition.home_towns,
                 *edition.demonstration_units,
                 *(p for pav in edition.joint_pavilions for p in pav.partners)]
        quoted = [edition.city_fr, edition.venue_fr]
        quoted += [t for t in (self.book.translate(x) for x in texts if x) if t]
        text = plain_spaces(paragraph)
        for item in sorted((plain_spaces(q) for q in quoted if q), key=len, reverse=True):
            hidden = self.number_hidden(item)
            if hidden != item:
                text = text.replace(item, hidden)
        return text

    def number_hidden(self, item: str) -> str:
        """A recorded text with its digits and number words («trois élèves») masked."""
        def hide(match: re.Match[str]) -> str:
            word = match.group()
            return MASK * len(word) if word.lower() in self.number_words else word

        return re.sub(r"[^\W\d_]+", hide, re.sub(r"\d", MASK, item))

    # -- reading numbers ----------------------------------------------------------------
    def noun_after(self, words: list[Word], i: int) -> tuple[str | None, int]:
        k = i
        if k < len(words) and words[k].bare in ("de",):
            k += 1
        following = [w.bare for w in words[k:k + 4]]
        for form, key in self.nouns:
            if following[: len(form)] == form:
                return key, k - i + len(form)
        return None, 0

    # -- dates --------------------------------------------------------------------------
    def check_days(self, words: list[Word], i: int, days: list[tuple[int, int | None]],
                   month_at: int) -> int:
        month = self.months[words[month_at].bare]
        nxt = month_at + 1
        year = self.release.date.year
        text = " ".join(w.text for w in words[i:nxt])
        if (not words[month_at].stops and nxt < len(words)
                and re.fullmatch(r"\d{4}", words[nxt].text)):
            year = int(words[nxt].text)
            text += " " + words[nxt].text
            nxt += 1
        start, end = self.edition.start_date, self.edition.end_date
        for day, weekday in days:
            try:
                date = dt.date(year, month, day)
            except ValueError:
                self.add(DiscrepancyKind.DATE, text, msg("«{text}»: تاريخ غير موجود", text=text))
                return nxt
            if not start <= date <= end:
                self.add(DiscrepancyKind.DATE, text,
                         msg(
                             "«{text}»: تاريخ خارج فترة الدورة ({start} – {end})",
                             text=text,
                             start=start.isoformat(),
                             end=end.isoformat(),
                         ))
            if weekday is not None and weekday != date.weekday():
                self.add(DiscrepancyKind.DATE, text,
                         msg(
                             "«{text}»: اسم اليوم لا يوافق التاريخ {date}",
                             text=text,
                             date=date.isoformat(),
                         ))
        return nxt

    # -- figures ------------------------------------------------------------------------
    def durations(self) -> set[int]:
        """How many days a text may say: the edition's, the peak's, the first days'."""
        edition = self.edition
        counts = {(edition.end_date - edition.start_date).days + 1}
        counts |= {len(f.days) for f in edition.figures.values() if f.days}
        return counts

    def days_so_far(self) -> int:
        """How many days a bulletin reports («les deux premiers jours»): up to its day."""
        last = self.release.date if self.release.kind is ReleaseKind.DAILY else None
        return ((last or self.edition.end_date) - self.edition.start_date).days + 1

    def check_duration(self, words: list[Word], i: int, value: int, width: int) -> int | None:
        """«en deux jours», «des deux premiers jours»: the end of the phrase, or None."""
        after = [w.bare for w in words[i + width:i + width + 2]]
        first = after[:1] in (["premiers"], ["premières"]) and after[1:] and after[1] in DAY_WORDS
        if not first and not (after and after[0] in DAY_WORDS):
            return None
        end = i + width + (2 if first else 1)
        text = " ".join(w.text for w in words[i:end])
        if first and value != self.days_so_far():
            self.add(DiscrepancyKind.DATE, text,
                     msg(
                         "«{text}»: عدد الأيام لا يوافق تاريخ البلاغ ({days_so_far})",
                         text=text,
                         days_so_far=self.days_so_far(),
                     ))
        elif not first and value not in self.durations():
            self.add(DiscrepancyKind.DATE, text,
                     msg("«{text}»: عدد الأيام لا يوافق الدورة ولا أيام الذروة", text=text))
        return end

    def check_figure(self, words: list[Word], i: int, value: int, width: int) -> int:
        duration_end = self.check_duration(words, i, value, width)
        if duration_end is not None:
            return duration_end
        key, noun_width = self.noun_after(words, i + width)
        end = i + width + noun_width
        text = " ".join(w.text for w in words[i:end])
        written = qualifier_before(words, i)
        figures = self.figures
        if key is None:
            match = next((k for k, f in figures.items() if f.value == value), None)
            if match is not None:
                self.check_qualifier(match, written, text, value)
            elif value not in self.computed:
                self.add(DiscrepancyKind.UNKNOWN, text,
                         msg("الرقم «{text}» لا يوافق أي رقم مسجل لهذه الدورة", text=text),
                         value=value)
            return end
        kin = [k for k in self.book.nouns if self.book.nouns[k].forms[0] ==
               self.book.nouns[key].forms[0]]
        recorded = {k: figures[k] for k in kin if k in figures}
        matches = [k for k, f in recorded.items() if f.value == value]
        agreeing = [k for k in matches if recorded[k].qualifier is (written or Qualifier.EXACT)]
        match = next(iter(agreeing or matches), None)
        if match is not None:
            self.check_qualifier(match, written, text, value)
        elif value in self.computed:
            pass
        elif recorded:
            first, figure = next(iter(recorded.items()))
            label_ar, label_fr = self.label(first)
            self.add(DiscrepancyKind.DIFFERS, text,
                     msg(
                         "«{text}» لا يطابق الرقم المسجل ({label}: {value})",
                         text=text,
                         label=PerLanguage(ar=label_ar, fr=label_fr),
                         value=figure.value,
                     ), value=value, key=first, recorded=figure.value)
        else:
            label_ar, label_fr = self.label(key)
            self.add(DiscrepancyKind.NOT_RECORDED, text,
                     msg(
                         "«{text}»: «{label}» غير مسجل لهذه الدورة في قاعدة البيانات",
                         text=text,
                         label=PerLanguage(ar=label_ar, fr=label_fr),
                     ),
                     value=value, key=key)
        return end

    def check_qualifier(self, key: str, written: Qualifier | None, text: str,
                        value: int) -> None:
        check_qualifier(self, self.figures[key], written, text, value, key)

    def check_percent(self, words: list[Word], i: int, number: Decimal, width: int) -> int:
        text = " ".join(w.text for w in words[i:i + width])
        exponent = number.as_tuple().exponent
        places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        step = Decimal(1).scaleb(-places)
        if number not in {Decimal(str(p)).quantize(step) for p in self.percents}:
            self.add(DiscrepancyKind.DECIMAL, text,
                     msg("النسبة «{text}» لا توافق أي نسبة محسوبة من قاعدة البيانات", text=text))
        return i + width

    def is_year(self, words: list[Word], i: int, value: int) -> bool:
        if not 1900 <= value <= 2100 or self.noun_after(words, i + 1)[0] is not None:
            return False
        before = words[i - 1].bare if i else ""
        return before in YEAR_WORDS or before in self.months or value in self.years

    def check_ordinal(self, words: list[Word], i: int, number: int) -> None:
        following = words[i + 1].bare if i + 1 < len(words) else ""
        if following == "édition" and number != self.edition.number:
            text = f"{words[i].text} {words[i + 1].text}"
            self.add(DiscrepancyKind.DIFFERS, text,
                     msg(
                         "«{text}»: رقم الدورة المسجل هو {number}",
                         text=text,
                         number=self.edition.number,
                     ), value=number, recorded=self.edition.number)

    # -- the scan -----------------------------------------------------------------------
    def scan(self, paragraph: str) -> None:
        words = words_of(self.masked(paragraph))
        i = 0
        while i < len(words):
            days, month_at = read_days(words, i, self.months, self.weekdays)
            if days:
                i = self.check_days(words, i, days, month_at)
                continue
            ordinal = ORDINAL.match(words[i].text)
            if ordinal:
                self.check_ordinal(words, i, int(ordinal.group(1)))
                i += 1
                continue
            value, decimal, width = read_number(words, i, self.number_words)
            if width == 0:
                if re.search(r"\d", words[i].text) and MASK not in words[i].text:
                    self.add(DiscrepancyKind.UNREADABLE, words[i].text,
                             msg("«{text}»: رقم لا يقرأ", text=words[i].text))
                i += 1
                continue
            last = words[i + width - 1]
            percent = (not last.stops and i + width < len(words)
                       and words[i + width].text == "%")
            if percent or decimal is not None:
                number = decimal if decimal is not None else Decimal(value or 0)
                i = self.check_percent(words, i, number, width + (1 if percent else 0))
                continue
            assert value is not None
            if width == 1 and self.is_year(words, i, value):
                i += 1
                continue
            i = self.check_figure(words, i, value, width)

    def run(self) -> list[Discrepancy]:
        version = self.release.french
        for index, paragraph in enumerate(version.paragraphs if version else []):
            self.paragraph = index
            self.scan(paragraph)
        return self.found


def check_french(
    release: Release,
    edition: Edition,
    catalogue: Mapping[str, FigureKind],
    *,
    all_editions: Sequence[Edition] | None = None,
    phrasebook: Phrasebook | None = None,
) -> list[Discrepancy]:
    """The numbers and dates of ``release``'s French version that the record of ``edition``
    does not support (empty when it agrees, or when the release has no French version).

    Example: a French Agadir 2024 draft edited to say «avec près de 2.210.000 visiteurs»
    gives one Discrepancy «2.210.000 visiteurs» (recorded 2120000). The city, venue and
    ordinal words are checked too (``consistency_places_fr``), after the figures.
    """
    from balagh.documents.release.consistency_places_fr import check_places_fr

    book = phrasebook or Phrasebook.load()
    found = _FrenchChecker(release, edition, catalogue, book, all_editions).run()
    return found + check_places_fr(release, edition, all_editions or (), book)


def figures_stated_fr(
    release: Release, edition: Edition, catalogue: Mapping[str, FigureKind],
    *, phrasebook: Phrasebook | None = None,
) -> list[tuple[str, int]]:
    """The recorded figures the French version states, as (key, value) in reading order."""
    checker = _FrenchChecker(release, edition, catalogue, phrasebook or Phrasebook.load(), None)
    checker.run()
    return checker.stated

