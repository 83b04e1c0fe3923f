"""The report across all editions (حصيلة الدورات) as a right-to-left landscape A4 PDF.

Designed for a series that grows, from one edition to a thousand:

* the editions are the **rows** (most recent first), the figures the columns, so a new
  edition adds a row, never a column: the key figures in a first table, with the growth of
  visitors against the previous edition right after the visitors; the other figures in a
  second table of the same shape; a total row at the foot where adding the editions' values
  means something (:data:`balagh.documents.summary.all_model.SUMMABLE_KEYS`); the largest
  value of each column shaded and bold;
* the rows are laid out in blocks of :data:`ROWS_PER_BLOCK`, each a table with its own
  header, so the time taken grows with the number of editions and nothing more;
* the chart shows the visitors of the most recent :data:`CHART_EDITIONS` editions, and a
  sentence sums up the older ones (how many, which years, their visitors, the record).

Example: ``Path("all.pdf").write_bytes(render_all_editions_pdf(editions, catalogue,
Settings()))``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from balagh.core.model import Edition, FigureKind, NounForms
from balagh.documents.summary import layout
from balagh.documents.summary.all_model import (
    EDITION_NOUN,
    TOTAL_NOTE,
    AllEditionsView,
    FigureRow,
    Growth,
    Selection,
    build_all_editions,
    select_editions,
)
from balagh.documents.summary.figures import WESTERN, NumberStyle
from balagh.documents.summary.model import TILE_KEYS, VISITORS, EditionBar
from balagh.messages import pmsg
from balagh.platform.settings import Settings

#: Rows of editions per table: a longer series is set as several tables (each split over
#: pages with its header repeated), which keeps the layout time linear in the editions.
ROWS_PER_BLOCK = 200
#: Figure columns per table, beside the edition (and growth) columns.
FIGURES_PER_TABLE = 8
#: Editions shown in the visitors chart: the most recent ones.
CHART_EDITIONS = 12
CHART_HEIGHT = 150.0
#: The report's title and headings: catalogue sentences (context "summary sheet"), the French
#: part shown with ``french_labels``.
REPORT_TITLE = pmsg("summary sheet", "حصيلة دورات أيام الأبواب المفتوحة للأمن الوطني")
GROWTH_HEAD = pmsg("summary sheet", "تطور الزوار")
EDITION_HEAD = pmsg("summary sheet", "الدورة")
GROUP_HEADINGS = (pmsg("summary sheet", "أرقام الدورات"), pmsg("summary sheet", "أرقام أخرى"))

__all__ = ["CHART_EDITIONS", "EDITION_NOUN", "all_editions_story", "render_all_editions_pdf"]


def _head(arabic: str, french: str, french_labels: bool) -> str:
    from balagh.typeset.markup import escape

    if not french_labels:
        return escape(arabic)
    return f'{escape(arabic)}<br/><font size="6.5">{escape(french)}</font>'


def _edition_cell(view: AllEditionsView, index: int, french_labels: bool) -> str:
    from balagh.typeset.markup import escape

    column = view.columns[index]
    text = f"<b>الدورة {column.number}</b> - {escape(column.city_ar)} {column.year}"
    if french_labels:
        text += f'<br/><font size="6.5" color="{layout.MUTED}">{escape(column.city_fr)}</font>'
    return text


def _value_cell(row: FigureRow, index: int, numbers: NumberStyle) -> str:
    from balagh.typeset.markup import escape

    cell = row.cells[index]
    if cell is None:
        return ""
    text = escape(numbers.qualified(cell.value, cell.qualifier))
    return f"<b>{text}</b>" if cell.is_max and row.published > 1 else text


def _value_maker(row: FigureRow, numbers: NumberStyle) -> Callable[[int], str]:
    return lambda index: _value_cell(row, index, numbers)


def _growth_cell(step: Growth | None, numbers: NumberStyle) -> str:
    if step is None:
        return ""
    color = layout.UP if step.change > 0 else layout.DOWN if step.change < 0 else layout.MUTED
    return layout.colored(numbers.change(step.change, step.percent), color)


def _total_cell(row: FigureRow, numbers: NumberStyle) -> str:
    """«حوالي 2.005.000»; under a total that leaves editions out, «(2 من أصل 4 دورات)»."""
    from balagh.arabic import count_phrase
    from balagh.typeset.markup import escape

    if row.total is None:
        return ""
    text = f"<b>{escape(numbers.qualified(row.total, row.total_qualifier))}</b>"
    if row.total_is_partial:
        note = f"({row.published} من أصل {count_phrase(len(row.cells), EDITION_NOUN)})"
        text += f'<br/><font size="6" color="{layout.MUTED}">{escape(note)}</font>'
    return text


def figure_groups(view: AllEditionsView) -> list[list[FigureRow]]:
    """The figures split between tables: the key figures (those of the tiles) first, then
    the others, at most :data:`FIGURES_PER_TABLE` to a table."""
    key = [row for row in view.rows if row.key in TILE_KEYS]
    other = [row for row in view.rows if row.key not in TILE_KEYS]
    groups: list[list[FigureRow]] = []
    for rows in (key, other):
        groups += [rows[i:i + FIGURES_PER_TABLE] for i in range(0, len(rows), FIGURES_PER_TABLE)]
    return groups


def _table_block(
    heads: list[str],
    body: list[list[str]],
    widths: list[float],
    shade: list[tuple[int, int]],
    total_row: bool,
) -> Any:
    from balagh.typeset.colors import to_color
    from balagh.typeset.tables import rtl_table

    style: list[tuple[Any, ...]] = [
        ("BACKGROUND", (c, r), (c, r), to_color(layout.MAX_FILL)) for c, r in shade
    ]
    style += [("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.0)]
    if total_row:
        style.append(("LINEABOVE", (0, len(body)), (-1, len(body)), 1.0,
                      to_color(layout.NAVY)))
    return rtl_table([heads, *body], col_widths=widths,
                     numeric_columns=set(range(1, len(widths))),
                     style=layout.cell_style().but(font_size=7.5, leading=10.0),
                     extra_style=style)


def editions_table(
    view: AllEditionsView,
    group: Sequence[FigureRow],
    width: float,
    *,
    french_labels: bool,
    numbers: NumberStyle = WESTERN,
) -> list[Any]:
    """One group of figures as tables of at most :data:`ROWS_PER_BLOCK` editions each:
    edition, then each figure (the visitors followed by their growth), newest first; the
    total row under the last block."""
    growth_by_edition = {step.to_number: step for step in view.growth}
    with_growth = any(row.key == VISITORS for row in group) and bool(view.growth)
    # (head, weight, cell maker for an edition index) in reading order.
    columns: list[tuple[str, float, Callable[[int], str]]] = [
        (_head(EDITION_HEAD.ar, EDITION_HEAD.fr, french_labels), 1.5,
         lambda i: _edition_cell(view, i, french_labels)),
    ]
    for row in group:
        columns.append((_head(row.label_ar, row.label_fr, french_labels), 1.0,
                        _value_maker(row, numbers)))
        if row.key == VISITORS and with_growth:
            columns.append((_head(GROWTH_HEAD.ar, GROWTH_HEAD.fr, french_labels), 1.35,
                            lambda i: _growth_cell(
                                growth_by_edition.get(view.columns[i].number), numbers)))
    total = sum(weight for _, weight, _ in columns)
    widths = [width * weight / total for _, weight, _ in columns]
    heads = [head for head, _, _ in columns]
    figure_at = {}  # column position -> the figure row shown there
    position = 1
    for row in group:
        figure_at[position] = row
        position += 2 if row.key == VISITORS and with_growth else 1
    totals = ["<b>المجموع</b>" + ('<br/><font size="6.5">Total</font>' if french_labels else "")]
    totals += ["" for _ in columns[1:]]
    for position, row in figure_at.items():
        totals[position] = _total_cell(row, numbers)
    has_totals = any(row.total is not None for row in group)
    blocks: list[Any] = []
    count = len(view.columns)
    for start in range(0, count, ROWS_PER_BLOCK):
        indices = range(start, min(start + ROWS_PER_BLOCK, count))
        body = [[make(i) for _, _, make in columns] for i in indices]
        shade = [(position, r) for r, i in enumerate(indices, start=1)
                 for position, row in figure_at.items()
                 if (cell := row.cells[i]) is not None and cell.is_max and row.published > 1]
        last = start + ROWS_PER_BLOCK >= count
        if last and has_totals:
            body.append(totals)
        blocks.append(_table_block(heads, body, widths, shade, last and has_totals))
    return blocks


def chart_bars(view: AllEditionsView) -> list[EditionBar]:
    """The editions the chart shows: the :data:`CHART_EDITIONS` most recent (oldest first)."""
    return list(view.visitors[-CHART_EDITIONS:])


def older_sentence(view: AllEditionsView, numbers: NumberStyle = WESTERN) -> str:
    """The editions left out of the chart, in one sentence: «الدورات الأقدم (88 دورة، من
    1925 إلى 2012، خارج المبيان): مجموع زوارها 45.000.000، بمعدل 511.364 للدورة، وأعلاها
    الدورة 57 (فاس 1981) بـ 1.150.000.» ("" when the chart shows every edition)."""
    from balagh.arabic import count_phrase

    older = view.visitors[:-CHART_EDITIONS] if len(view.visitors) > CHART_EDITIONS else ()
    if not older:
        return ""
    total = sum(bar.visitors for bar in older)
    top = max(older, key=lambda bar: bar.visitors)
    return (f"الدورات الأقدم ({count_phrase(len(older), EDITION_NOUN)}، من {older[0].year} إلى "
            f"{older[-1].year}، خارج المبيان): مجموع زوارها {numbers.plain(total)}، بمعدل "
            f"{numbers.plain(round(total / len(older)))} للدورة، وأعلاها الدورة {top.number} "
            f"({top.city_ar} {top.year}) بـ {numbers.plain(top.visitors)}.")


def visitors_chart(view: AllEditionsView, width: float, numbers: NumberStyle = WESTERN) -> Any:
    """The visitors of the most recent editions, the highest of them dark."""
    from balagh.documents.summary.charts import editions_visitors_chart

    bars = chart_bars(view)
    top = max(bar.visitors for bar in bars)
    legend = "أعلى عدد" if len(bars) == len(view.visitors) else "أعلى عدد في المبيان"
    return editions_visitors_chart(bars, width=width, height=CHART_HEIGHT,
                                   highlight=[b.number for b in bars if b.visitors == top],
                                   legend=legend, numbers=numbers)


def visitors_sentence(
    view: AllEditionsView, noun: NounForms | None, numbers: NumberStyle = WESTERN
) -> str:
    """The total of visitors in press style, digits after it:
    «مجموع زوار الدورات التي نشر عدد زوارها (4): حوالي مليونين و5 آلاف زائر (2.005.000).»"""
    from balagh.arabic import qualified_count

    count = len(view.visitors)
    total, qualifier = view.visitors_total, view.visitors_total_qualifier
    if noun is None:
        phrase = numbers.qualified(total, qualifier)
    else:
        phrase = f"{qualified_count(total, noun, qualifier)} ({numbers.plain(total)})"
    return f"مجموع زوار الدورات التي نشر عدد زوارها ({count}): {phrase}."


def _header(view: AllEditionsView, generated_on: dt.date, french_labels: bool,
            selection: Selection) -> list[Any]:
    story: list[Any] = [layout.para(REPORT_TITLE.ar, layout.title_style())]
    info = layout.info_style()
    if french_labels:
        story.append(layout.french_line(REPORT_TITLE.fr, info))
    if view.columns:
        years = sorted(c.year for c in view.columns)
        span = f"من {years[0]} إلى {years[-1]}" if years[0] != years[-1] else f"سنة {years[0]}"
        # The choice in brackets when it says more than the years shown («آخر دورتين»),
        # not «من 2017 إلى 2019 (من 2017 إلى 2019)» for --years 2017-2019.
        said = selection.is_all or (
            selection.last is None and selection.first_year in (None, years[0])
            and selection.last_year in (None, years[-1]))
        chosen = "" if said else f" ({selection.describe_ar()})"
        story.append(layout.para(f"الدورات المسجلة: {len(view.columns)}، {span}{chosen}", info))
        if french_labels:
            span_fr = f"de {years[0]} à {years[-1]}" if years[0] != years[-1] else str(years[0])
            chosen_fr = "" if said else f" ({selection.describe_fr()})"
            story.append(layout.french_line(
                f"Éditions enregistrées : {len(view.columns)}, {span_fr}{chosen_fr}", info))
    story.append(layout.para(layout.generated_line(generated_on), info))
    return story


def all_editions_story(
    view: AllEditionsView,
    width: float,
    generated_on: dt.date,
    *,
    french_labels: bool = False,
    visitor_noun: NounForms | None = None,
    numbers: NumberStyle = WESTERN,
    selection: Selection | None = None,
) -> list[Any]:
    """The flowables of the report (without the page furniture)."""
    from reportlab.platypus import KeepTogether, Spacer

    story = _header(view, generated_on, french_labels, selection or Selection())
    story.append(Spacer(1, 4))
    if not view.columns:
        story.append(layout.para("لا توجد دورات مسجلة في قاعدة البيانات.", layout.small_style()))
        return story
    for n, group in enumerate(figure_groups(view)):
        heading = GROUP_HEADINGS[min(n, 1)]
        story.append(layout.heading(heading.ar, heading.fr if french_labels else ""))
        story += editions_table(view, group, width, french_labels=french_labels,
                                numbers=numbers)
    notes = []
    if any(row.published > 1 for row in view.rows):
        notes.append("الخانة المظللة: القيمة الأعلى في العمود. «تطور الزوار»: مقارنة بالدورة "
                     "السابقة.")
    if any(row.total is None for row in view.rows):
        notes.append(TOTAL_NOTE)
    for note in notes:
        story.append(layout.para(note, layout.small_style().but(color=layout.MUTED)))
    if len(view.visitors) >= 2:
        parts: list[Any] = [Spacer(1, 8), visitors_chart(view, width, numbers)]
        if older := older_sentence(view, numbers):
            parts.append(layout.para(older, layout.small_style().but(color=layout.MUTED)))
        story.append(KeepTogether(parts))
    if view.visitors:
        story.append(layout.para(visitors_sentence(view, visitor_noun, numbers),
                                 layout.small_style().but(space_before=4.0, bold=True)))
    return story


def render_all_editions_pdf(
    all_editions: Sequence[Edition],
    catalogue: Mapping[str, FigureKind],
    settings: Settings,
    *,
    french_labels: bool = False,
    generated_on: dt.date | None = None,
    selection: Selection | None = None,
) -> bytes:
    """The all-editions report as PDF bytes; ``french_labels`` makes the title, headings,
    column heads and figure labels bilingual, Arabic first (the chart stays Arabic, as on
    the edition sheet); ``selection`` keeps the last N editions and/or a range of years
    (the growth of the first one kept is still measured against the edition before it)."""
    from balagh.typeset.document import build_document

    selection = selection or Selection()
    chosen = select_editions(all_editions, selection)
    view = build_all_editions(chosen, catalogue, history=all_editions)
    visitors = catalogue.get(VISITORS)
    setup = layout.landscape_setup()
    width = setup.size[0] - setup.left - setup.right
    return build_document(
        all_editions_story(view, width, generated_on or dt.date.today(),
                           french_labels=french_labels,
                           visitor_noun=visitors.noun if visitors else None,
                           numbers=layout.number_style(settings), selection=selection),
        title=REPORT_TITLE.ar,
        author=layout.author(settings),
        subject="أيام الأبواب المفتوحة للأمن الوطني",
        keywords=["حصيلة", "كل الدورات"],
        header=layout.letterhead(settings),
        setup=setup,
    )
