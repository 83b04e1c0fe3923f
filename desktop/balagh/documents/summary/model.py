"""What an edition's summary sheet shows, computed from the editions (no reportlab, no Qt).

:func:`build_summary` turns an edition, every edition and the catalogue into a
:class:`SummaryView`: header facts, key-figure tiles (only the figures the edition has), the
table of every figure against the previous edition, the daily-visitors and all-editions
chart series, and the lists. The PDF and XLSX renderers only lay this out.

Example (demo data): ``build_summary(fez, editions, catalogue).tiles[0]`` is the visitors
tile: «حوالي 1150000», +635000 against Tangier 2019 (+123,3%), a record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from balagh.core.comparisons import by_date, compare_edition
from balagh.core.model import Edition, FigureKind, Qualifier

VISITORS = "visitors_total"
PEAK = "peak_visitors"

#: The figures shown as tiles, in this order, when the edition has them.
TILE_KEYS: tuple[str, ...] = (
    VISITORS,
    PEAK,
    "social_media_views",
    "police_staff",
    "vehicles",
    "thematic_pavilions",
    "blood_donors",
)
#: Tiles used when an edition has none of :data:`TILE_KEYS` (its first figures instead).
FALLBACK_TILES = 4


@dataclass(frozen=True)
class FigureLine:
    """One figure of the edition with the previous edition's value and the change.

    Fez 2023 visitors: ``value=1150000``, ``qualifier_ar="حوالي"``,
    ``previous_value=515000``, ``change=635000``, ``percent≈123.3``, ``is_record=True``.
    """

    key: str
    label_ar: str
    label_fr: str
    value: int
    qualifier: Qualifier
    days: tuple[dt.date, ...]
    previous_value: int | None
    previous_qualifier: Qualifier | None
    previous_edition_number: int | None
    change: int | None
    percent: float | None
    is_record: bool
    note: str = ""

    @property
    def trend(self) -> int:
        """+1 up, -1 down, 0 unchanged or nothing to compare with."""
        if self.change is None or self.change == 0:
            return 0
        return 1 if self.change > 0 else -1


@dataclass(frozen=True)
class DayBar:
    """One day of the daily-visitors chart; ``is_peak`` days are highlighted."""

    day: dt.date
    visitors: int
    is_peak: bool


@dataclass(frozen=True)
class EditionBar:
    """One edition in the visitors-across-editions chart (oldest first)."""

    number: int
    year: int
    city_ar: str
    city_fr: str
    visitors: int
    qualifier: Qualifier
    is_current: bool


@dataclass(frozen=True)
class PavilionLine:
    """A joint pavilion: its title (may be empty) and its partners."""

    title: str
    partners: tuple[str, ...]


@dataclass(frozen=True)
class SummaryView:
    """Everything the summary sheet of one edition shows."""

    number: int
    year: int
    city_ar: str
    city_fr: str
    venue_ar: str
    venue_fr: str
    start_date: dt.date
    end_date: dt.date
    theme: str
    generated_on: dt.date
    previous_number: int | None
    previous_label_ar: str
    tiles: tuple[FigureLine, ...]
    lines: tuple[FigureLine, ...]
    days: tuple[DayBar, ...]
    editions: tuple[EditionBar, ...]
    audiences: tuple[str, ...]
    partners: tuple[str, ...]
    joint_pavilions: tuple[PavilionLine, ...]
    seminars: tuple[str, ...]
    highlights: tuple[str, ...]

    @property
    def has_lists(self) -> bool:
        """True when any of the lists (audiences, pavilions, seminars...) has an entry."""
        return any(
            (self.audiences, self.joint_pavilions, self.seminars, self.highlights, self.partners)
        )


def edition_label_ar(edition: Edition) -> str:
    """How an edition is named in a table or chart: «طنجة 2019»."""
    return f"{edition.city_ar} {edition.year}"


def _order(catalogue: Mapping[str, FigureKind], key: str) -> tuple[int, str]:
    kind = catalogue.get(key)
    return (kind.order if kind is not None else 10**6, key)


def figure_lines(
    edition: Edition, all_editions: Sequence[Edition], catalogue: Mapping[str, FigureKind]
) -> list[FigureLine]:
    """Every figure of ``edition`` in catalogue order, compared with the previous edition.

    A figure missing from the catalogue (an old or imported key) comes last, labelled by
    its key, rather than being dropped.
    """
    comparisons = compare_edition(edition, all_editions)
    lines: list[FigureLine] = []
    for key in sorted(edition.figures, key=lambda k: _order(catalogue, k)):
        figure = edition.figures[key]
        comparison = comparisons[key]
        kind = catalogue.get(key)
        lines.append(
            FigureLine(
                key=key,
                label_ar=kind.label_ar if kind is not None else key,
                label_fr=kind.label_fr if kind is not None else key,
                value=figure.value,
                qualifier=figure.qualifier,
                days=tuple(sorted(figure.days)),
                previous_value=comparison.previous_value,
                previous_qualifier=comparison.previous_qualifier,
                previous_edition_number=comparison.previous_edition_number,
                change=comparison.change,
                percent=comparison.percent,
                is_record=comparison.is_record,
                note=figure.note,
            )
        )
    return lines


def choose_tiles(lines: Sequence[FigureLine]) -> list[FigureLine]:
    """The key figures the edition has, in :data:`TILE_KEYS` order (never an empty tile).

    An edition with none of them gets its first :data:`FALLBACK_TILES` figures instead.
    """
    by_key = {line.key: line for line in lines}
    tiles = [by_key[key] for key in TILE_KEYS if key in by_key]
    return tiles or list(lines[:FALLBACK_TILES])


def day_bars(edition: Edition) -> list[DayBar]:
    """The daily visitors in date order, peak days marked.

    Peak days are the days of the ``peak_visitors`` figure when it names days inside the
    daily figures; otherwise the day(s) with the most visitors.
    """
    if not edition.daily_visitors:
        return []
    days = sorted(edition.daily_visitors)
    peak = edition.figure(PEAK)
    peak_days = {d for d in peak.days if d in edition.daily_visitors} if peak else set()
    if not peak_days:
        top = max(edition.daily_visitors.values())
        if top > 0:
            peak_days = {d for d in days if edition.daily_visitors[d] == top}
    return [DayBar(d, edition.daily_visitors[d], d in peak_days) for d in days]


def edition_bars(edition: Edition, all_editions: Sequence[Edition]) -> list[EditionBar]:
    """Total visitors of every edition that published them, oldest first.

    ``edition`` is included (and marked current) even when ``all_editions`` lacks it.
    """
    pool = {e.number: e for e in all_editions}
    pool[edition.number] = edition
    bars: list[EditionBar] = []
    for other in by_date(pool.values()):
        figure = other.figure(VISITORS)
        if figure is None:
            continue
        bars.append(
            EditionBar(
                number=other.number,
                year=other.year,
                city_ar=other.city_ar,
                city_fr=other.city_fr,
                visitors=figure.value,
                qualifier=figure.qualifier,
                is_current=other.number == edition.number,
            )
        )
    return bars


def _clean(items: Sequence[str]) -> tuple[str, ...]:
    return tuple(item.strip() for item in items if item.strip())


def build_summary(
    edition: Edition,
    all_editions: Sequence[Edition],
    catalogue: Mapping[str, FigureKind],
    *,
    generated_on: dt.date | None = None,
) -> SummaryView:
    """The summary sheet's content for ``edition``.

    ``all_editions`` may or may not include ``edition``; the previous edition is the one
    held just before it (by start date).
    """
    lines = figure_lines(edition, all_editions, catalogue)
    previous = [
        e for e in by_date(all_editions)
        if e.number != edition.number and e.start_date < edition.start_date
    ]
    previous_edition = previous[-1] if previous else None
    return SummaryView(
        number=edition.number,
        year=edition.year,
        city_ar=edition.city_ar,
        city_fr=edition.city_fr,
        venue_ar=edition.venue_ar.strip(),
        venue_fr=edition.venue_fr.strip(),
        start_date=edition.start_date,
        end_date=edition.end_date,
        theme=edition.theme.strip(),
        generated_on=generated_on or dt.date.today(),
        previous_number=previous_edition.number if previous_edition else None,
        previous_label_ar=edition_label_ar(previous_edition) if previous_edition else "",
        tiles=tuple(choose_tiles(lines)),
        lines=tuple(lines),
        days=tuple(day_bars(edition)),
        editions=tuple(edition_bars(edition, all_editions)),
        audiences=_clean(edition.audiences),
        partners=_clean(edition.partners),
        joint_pavilions=tuple(
            PavilionLine(p.title.strip(), _clean(p.partners))
            for p in edition.joint_pavilions
            if p.title.strip() or _clean(p.partners)
        ),
        seminars=_clean(edition.seminars),
        highlights=_clean(edition.highlights),
    )
