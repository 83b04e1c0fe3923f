"""What the all-editions report shows: one row per figure, one column per edition.

Columns are the editions, most recent first (the first column of a right-to-left table is
the rightmost); rows the figures any edition has, in catalogue order; a blank where an
edition did not publish the figure; the largest value of each row marked; a total only
where adding the editions' values means something (:data:`SUMMABLE_KEYS`). Then the growth
of total visitors between consecutive editions and the totals.

Example (demo data): the visitors row reads «فاس 2023: حوالي 1150000 (الأعلى)»,
«طنجة 2019: حوالي 515000», «مراكش 2018: أكثر من 260000», «الدار البيضاء 2017: حوالي 80000»;
growth Tangier -> Fez +635000 (+123,3%).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from balagh.core.comparisons import by_date, rank_editions
from balagh.core.errors import BalaghError
from balagh.core.model import Edition, FigureKind, Gender, NounForms, Qualifier
from balagh.documents.summary.model import VISITORS, EditionBar, edition_bars
from balagh.messages import PerLanguage, msg

#: Figures whose values add up across editions into a figure management can use: each
#: edition's value counts things that happened during that edition only, so the sum is the
#: count over all of them. The rule, key by key (a key not listed, such as one added to the
#: catalogue later or imported, gets no total until it is judged here):
#:
#: * summed — ``visitors_total`` (visits over all editions), ``police_staff`` and
#:   ``vehicles`` (mobilisations: an officer or a vehicle serving two editions counts twice,
#:   as in the office's own reckoning of effort), ``thematic_pavilions``,
#:   ``demonstrations``, ``conferences``, ``blood_donors`` (donations),
#:   ``media_activities``, ``press_statements`` (events held at each edition);
#: * not summed — ``peak_visitors`` and ``first_days_visitors`` (visitors of some days of
#:   an edition, already inside its total: their sum is a part of nothing),
#:   ``social_media_views`` (the same people watch several editions; the sum is neither
#:   an audience nor a reach), ``schools``, ``associations``, ``media_outlets`` (the same
#:   institutions come back edition after edition: the sum would read as a count of
#:   different institutions, which it is not), ``area_m2`` (areas of different venues).
SUMMABLE_KEYS: frozenset[str] = frozenset({
    "visitors_total",
    "police_staff",
    "vehicles",
    "thematic_pavilions",
    "demonstrations",
    "conferences",
    "blood_donors",
    "media_activities",
    "press_statements",
})

#: The caption that explains the blank totals (PDF and XLSX).
TOTAL_NOTE = ("خانة المجموع فارغة حين لا يفيد الجمع عبر الدورات (زوار أيام الذروة، "
              "المشاهدات، المؤسسات المشاركة...) أو حين لم تنشر الرقم إلا دورة واحدة.")


def is_summable(key: str) -> bool:
    """True when the figure ``key`` gets a total across editions (see :data:`SUMMABLE_KEYS`):
    ``is_summable("blood_donors")`` -> True («المتبرعون بالدم»), ``is_summable(
    "peak_visitors")`` -> False («زوار أيام الذروة»)."""
    return key in SUMMABLE_KEYS


@dataclass(frozen=True)
class EditionColumn:
    """An edition as a column head: «الدورة 4» / «فاس 2023»."""

    number: int
    year: int
    city_ar: str
    city_fr: str


@dataclass(frozen=True)
class Cell:
    """One edition's value of one figure; ``is_max`` marks the row's largest value."""

    value: int
    qualifier: Qualifier
    is_max: bool


@dataclass(frozen=True)
class FigureRow:
    """A figure across the editions; ``cells`` line up with the report's columns."""

    key: str
    label_ar: str
    label_fr: str
    cells: tuple[Cell | None, ...]

    @property
    def total(self) -> int | None:
        """The sum over the editions that published the figure, or None (a blank cell) when
        the figure does not add up (:func:`is_summable`) or fewer than two editions
        published it (a single value is not a total; the row already shows it)."""
        if not is_summable(self.key) or self.published < 2:
            return None
        return sum(cell.value for cell in self.cells if cell is not None)

    @property
    def total_is_partial(self) -> bool:
        """True when the total leaves out editions that did not publish the figure."""
        return self.total is not None and self.published < len(self.cells)

    @property
    def total_qualifier(self) -> Qualifier:
        """How exact the sum is: «حوالي» if any value is «حوالي», else «أكثر من» if any value
        is «أكثر من» (the sum is then more than the total too), else exact."""
        qualifiers = {c.qualifier for c in self.cells if c is not None}
        if Qualifier.ABOUT in qualifiers:
            return Qualifier.ABOUT
        if Qualifier.MORE_THAN in qualifiers:
            return Qualifier.MORE_THAN
        return Qualifier.EXACT

    @property
    def published(self) -> int:
        """How many editions published the figure."""
        return sum(1 for cell in self.cells if cell is not None)


@dataclass(frozen=True)
class Growth:
    """Total visitors from one edition to the next one held (by date)."""

    from_number: int
    from_label_ar: str
    to_number: int
    to_label_ar: str
    previous: int
    value: int
    change: int
    percent: float | None
    previous_qualifier: Qualifier = Qualifier.EXACT
    qualifier: Qualifier = Qualifier.EXACT


@dataclass(frozen=True)
class AllEditionsView:
    """Everything the all-editions report shows."""

    columns: tuple[EditionColumn, ...]
    rows: tuple[FigureRow, ...]
    growth: tuple[Growth, ...]
    visitors: tuple[EditionBar, ...]

    @property
    def visitors_total(self) -> int:
        """Total visitors over every edition that published the figure."""
        return sum(bar.visitors for bar in self.visitors)

    @property
    def visitors_total_qualifier(self) -> Qualifier:
        """How exact :attr:`visitors_total` is (see :attr:`FigureRow.total_qualifier`)."""
        qualifiers = {bar.qualifier for bar in self.visitors}
        for candidate in (Qualifier.ABOUT, Qualifier.MORE_THAN):
            if candidate in qualifiers:
                return candidate
        return Qualifier.EXACT


def _label(edition: Edition) -> str:
    return f"{edition.city_ar} {edition.year}"


def visitors_growth(editions: Sequence[Edition]) -> list[Growth]:
    """Growth of total visitors between consecutive editions (by date) that both have it.

    An edition without the figure breaks the chain: no growth is claimed across it.
    """
    ordered = by_date(editions)
    result: list[Growth] = []
    for before, after in itertools.pairwise(ordered):
        a, b = before.figure(VISITORS), after.figure(VISITORS)
        if a is None or b is None:
            continue
        change = b.value - a.value
        result.append(
            Growth(
                from_number=before.number,
                from_label_ar=_label(before),
                to_number=after.number,
                to_label_ar=_label(after),
                previous=a.value,
                value=b.value,
                change=change,
                percent=change * 100.0 / a.value if a.value else None,
                previous_qualifier=a.qualifier,
                qualifier=b.qualifier,
            )
        )
    return result


@dataclass(frozen=True)
class Selection:
    """Which editions a report covers: the ``last`` N held, and/or those whose year lies
    between ``first_year`` and ``last_year`` (both included); nothing set means all."""

    last: int | None = None
    first_year: int | None = None
    last_year: int | None = None

    @property
    def is_all(self) -> bool:
        """True when the selection keeps every edition."""
        return self.last is None and self.first_year is None and self.last_year is None

    def describe_ar(self) -> str:
        """«آخر 10 دورات»، «من 2017 إلى 2019»، «آخر 5 دورات، من 2017 إلى 2019»; ""."""
        from balagh.arabic import count_phrase

        parts = []
        if self.last is not None:
            parts.append(f"آخر {count_phrase(self.last, EDITION_NOUN, 'genitive')}")
        if self.first_year is not None or self.last_year is not None:
            parts.append(f"من {self.first_year or '…'} إلى {self.last_year or '…'}")
        return "، ".join(parts)

    def describe_fr(self) -> str:
        """"10 dernières éditions", "de 2017 à 2019"; ""."""
        parts = []
        if self.last is not None:
            parts.append(f"{self.last} dernière{'s' if self.last > 1 else ''} édition"
                         f"{'s' if self.last > 1 else ''}")
        if self.first_year is not None or self.last_year is not None:
            parts.append(f"de {self.first_year or '…'} à {self.last_year or '…'}")
        return ", ".join(parts)


#: Counted noun of «آخر 10 دورات», «من أصل 4 دورات».
EDITION_NOUN = NounForms("دورة", "دورتان", "دورتين", "دورات", "دورة", Gender.FEMININE)


def select_editions(editions: Sequence[Edition], selection: Selection) -> list[Edition]:
    """The editions ``selection`` keeps, oldest first; a bad selection or one that keeps
    nothing raises :class:`BalaghError` naming it (in Arabic and French)."""
    if selection.last is not None and selection.last < 1:
        raise BalaghError(
            msg("عدد الدورات الأخيرة يجب أن يكون 1 على الأقل، وليس {last}", last=selection.last),
        )
    low, high = selection.first_year, selection.last_year
    if low is not None and high is not None and low > high:
        raise BalaghError(
            msg("سنة البداية ({low}) بعد سنة النهاية ({high})", low=low, high=high),
        )
    chosen = [e for e in by_date(editions)
              if (low is None or e.year >= low) and (high is None or e.year <= high)]
    if selection.last is not None:
        chosen = chosen[-selection.last:]
    if not chosen and editions:
        raise BalaghError(
            msg(
                "لا توجد دورات في الاختيار «{describe}»",
                describe=PerLanguage(ar=selection.describe_ar(), fr=selection.describe_fr()),
            ),
        )
    return chosen


def _growth_within(chosen: Sequence[Edition], history: Sequence[Edition]) -> list[Growth]:
    if not history:
        return visitors_growth(chosen)
    numbers = {e.number for e in chosen}
    return [g for g in visitors_growth(history) if g.to_number in numbers]


def build_all_editions(
    all_editions: Sequence[Edition],
    catalogue: Mapping[str, FigureKind],
    *,
    history: Sequence[Edition] = (),
) -> AllEditionsView:
    """The all-editions report's content (editions most recent first).

    ``history`` (every edition, when ``all_editions`` is a selection) gives the first
    selected edition its growth against the edition held before it.
    """
    newest_first = list(reversed(by_date(all_editions)))
    columns = tuple(
        EditionColumn(e.number, e.year, e.city_ar, e.city_fr) for e in newest_first
    )
    keys = {key for e in newest_first for key in e.figures}

    def order(key: str) -> tuple[int, str]:
        kind = catalogue.get(key)
        return (kind.order if kind is not None else 10**6, key)

    rows: list[FigureRow] = []
    for key in sorted(keys, key=order):
        ranked = {r.edition_number: r for r in rank_editions(newest_first, key)}
        cells = tuple(
            Cell(r.value, r.qualifier, r.is_max) if (r := ranked.get(e.number)) else None
            for e in newest_first
        )
        kind = catalogue.get(key)
        rows.append(
            FigureRow(
                key=key,
                label_ar=kind.label_ar if kind is not None else key,
                label_fr=kind.label_fr if kind is not None else key,
                cells=cells,
            )
        )
    visitors: list[EditionBar] = []
    if newest_first:
        visitors = edition_bars(newest_first[0], newest_first)
    return AllEditionsView(
        columns=columns,
        rows=tuple(rows),
        growth=tuple(_growth_within(newest_first, history)),
        visitors=tuple(visitors),
    )
