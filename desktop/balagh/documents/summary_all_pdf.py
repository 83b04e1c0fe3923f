"""The report across all editions (حصيلة الدورات) as a right-to-left A4 PDF.

One table with the figures as rows and the editions as columns, the most recent first (the
rightmost after the labels), a blank where an edition published nothing, the largest value
of each row shaded and bold, and a total column (only for the figures that add up across
editions, see :data:`balagh.documents.summary_all_model.SUMMABLE_KEYS`); the chart of total
visitors by edition (the highest dark); the growth of visitors between consecutive editions
and their total. More than :data:`EDITIONS_PER_TABLE` editions are split over several tables
of the same shape, so columns never get too narrow to read.

Example: ``Path("all.pdf").write_bytes(render_all_editions_pdf(editions, catalogue,
Settings()))``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from balagh.core.model import Edition, FigureKind, Gender, NounForms
from balagh.documents import summary_layout as layout
from balagh.documents.summary_all_model import (
    TOTAL_NOTE,
    AllEditionsView,
    EditionColumn,
    FigureRow,
    build_all_editions,
)
from balagh.documents.summary_format import change_text, plain, qualified
from balagh.documents.summary_model import VISITORS
from balagh.settings import Settings

EDITIONS_PER_TABLE = 6
CHART_HEIGHT = 150.0
REPORT_TITLE = "حصيلة دورات أيام الأبواب المفتوحة للأمن الوطني"
REPORT_TITLE_FR = "Bilan des éditions des Journées portes ouvertes de la DGSN"


def _column_head(column: EditionColumn, french_labels: bool) -> str:
    from balagh.typeset import escape

    head = f"الدورة {column.number}<br/>{escape(column.city_ar)} {column.year}"
    if french_labels:
        head += f"<br/>{escape(column.city_fr)}"
    return head


def _cell_text(row: FigureRow, index: int) -> str:
    from balagh.typeset import escape

    cell = row.cells[index]
    if cell is None:
        return ""
    text = escape(qualified(cell.value, cell.qualifier))
    return f"<b>{text}</b>" if cell.is_max and row.published > 1 else text


#: Counted noun of «من أصل 4 دورات» under a total that leaves editions out.
EDITION_NOUN = NounForms("دورة", "دورتان", "دورتين", "دورات", "دورة", Gender.FEMININE)



def _total_text(row: FigureRow) -> str:
    """The total cell: «حوالي 2005000»; under a total that leaves editions out, how many
    published the figure: «64» / «(2 من أصل 4 دورات)»; "" when the row has no total."""
    from balagh.arabic import count_phrase
    from balagh.typeset import escape

    if row.total is None:
        return ""
    text = escape(qualified(row.total, row.total_qualifier))
    if row.total_is_partial:
        note = f"({row.published} من أصل {count_phrase(len(row.cells), EDITION_NOUN)})"
        text += f'<br/><font size="6.5" color="{layout.MUTED}">{escape(note)}</font>'
    return text


def _label(row: FigureRow, french_labels: bool) -> str:
    from balagh.typeset import escape

    label = f"<b>{escape(row.label_ar)}</b>"
    if french_labels:
        label += f'<br/><font size="7.5">{escape(row.label_fr)}</font>'
    return label


def editions_tables(view: AllEditionsView, width: float, *, french_labels: bool) -> list[Any]:
    """The figures × editions table(s): at most :data:`EDITIONS_PER_TABLE` editions each,
    the total column on the last one."""
    from reportlab.platypus import Spacer

    from balagh.typeset import rtl_table
    from balagh.typeset.paragraph import to_color

    tables: list[Any] = []
    count = len(view.columns)
    for start in range(0, count, EDITIONS_PER_TABLE):
        indices = list(range(start, min(start + EDITIONS_PER_TABLE, count)))
        last = indices[-1] == count - 1
        fr = '<br/><font size="7">{}</font>' if french_labels else ""
        head = ["المؤشر" + fr.format("Indicateur"),
                *(_column_head(view.columns[i], french_labels) for i in indices)]
        if last:
            head.append("المجموع" + fr.format("Total"))
        rows: list[list[str]] = [head]
        shade: list[tuple[Any, ...]] = []
        for r, row in enumerate(view.rows, start=1):
            cells = [_label(row, french_labels), *(_cell_text(row, i) for i in indices)]
            if last:
                cells.append(_total_text(row))
            rows.append(cells)
            for c, i in enumerate(indices, start=1):
                cell = row.cells[i]
                if cell is not None and cell.is_max and row.published > 1:
                    shade.append(("BACKGROUND", (c, r), (c, r), layout.MAX_FILL))
        label_share = 0.28 if len(indices) <= 4 else 0.22
        total_share = 0.14 if last else 0.0
        edition_width = width * (1 - label_share - total_share) / len(indices)
        widths = [width * label_share, *([edition_width] * len(indices))]
        if last:
            widths.append(width * total_share)
        tables.append(rtl_table(
            rows,
            col_widths=widths,
            numeric_columns=set(range(1, len(widths))),
            style=layout.cell_style(),
            extra_style=[(name, a, b, to_color(color)) for name, a, b, color in shade],
        ))
        tables.append(Spacer(1, 6))
    return tables


def growth_table(view: AllEditionsView, width: float, *, french_labels: bool = False) -> Any:
    """Visitors between consecutive editions: from, to, before, after, change."""
    from balagh.typeset import escape, rtl_table

    rows: list[list[str]] = [["من الدورة", "إلى الدورة", "زوار الدورة السابقة", "زوار الدورة",
                              "التغير"]]
    if french_labels:
        french = ["De l'édition", "À l'édition", "Visiteurs avant", "Visiteurs", "Variation"]
        rows[0] = [f'{ar}<br/><font size="7">{fr}</font>' for ar, fr in zip(rows[0], french,
                                                                             strict=True)]
    for step in view.growth:
        color = layout.UP if step.change > 0 else layout.DOWN if step.change < 0 else layout.MUTED
        rows.append([
            escape(f"{step.from_label_ar} (الدورة {step.from_number})"),
            escape(f"{step.to_label_ar} (الدورة {step.to_number})"),
            escape(qualified(step.previous, step.previous_qualifier)),
            escape(qualified(step.value, step.qualifier)),
            layout.colored(change_text(step.change, step.percent), color),
        ])
    fractions = [0.24, 0.24, 0.16, 0.14, 0.22]
    return rtl_table(rows, col_widths=[width * f for f in fractions],
                     numeric_columns={2, 3, 4}, style=layout.cell_style())


def visitors_sentence(view: AllEditionsView, noun: NounForms | None) -> str:
    """The total of visitors in press style, digits after it:
    «مجموع زوار الدورات التي نشر عدد زوارها (4): حوالي مليونين و5 آلاف زائر (2005000).»"""
    from balagh.arabic import qualified_count

    count = len(view.visitors)
    total, qualifier = view.visitors_total, view.visitors_total_qualifier
    if noun is None:
        phrase = qualified(total, qualifier)
    else:
        phrase = f"{qualified_count(total, noun, qualifier)} ({plain(total)})"
    return f"مجموع زوار الدورات التي نشر عدد زوارها ({count}): {phrase}."


def all_editions_story(
    view: AllEditionsView,
    width: float,
    generated_on: dt.date,
    *,
    french_labels: bool = False,
    visitor_noun: NounForms | None = None,
) -> list[Any]:
    """The flowables of the report (without the page furniture)."""
    from reportlab.platypus import KeepTogether, Spacer

    from balagh.documents.summary_charts import editions_visitors_chart

    story: list[Any] = [layout.para(REPORT_TITLE, layout.title_style())]
    info = layout.info_style()
    if french_labels:
        story.append(layout.french_line(REPORT_TITLE_FR, info))
    if view.columns:
        years = sorted(c.year for c in view.columns)
        span = f"من {years[0]} إلى {years[-1]}" if years[0] != years[-1] else f"سنة {years[0]}"
        story.append(layout.para(f"الدورات المسجلة: {len(view.columns)}، {span}", info))
        if french_labels:
            span_fr = f"de {years[0]} à {years[-1]}" if years[0] != years[-1] else str(years[0])
            story.append(layout.french_line(
                f"Éditions enregistrées : {len(view.columns)}, {span_fr}", info))
    story.append(layout.para(layout.generated_line(generated_on), info))
    story.append(Spacer(1, 6))
    if not view.columns:
        story.append(layout.para("لا توجد دورات مسجلة في قاعدة البيانات.", layout.small_style()))
        return story
    story.append(layout.heading("أرقام الدورات",
                                "Chiffres des éditions" if french_labels else ""))
    story += editions_tables(view, width, french_labels=french_labels)
    notes = []
    if any(row.published > 1 for row in view.rows):
        notes.append("الخانة المظللة: القيمة الأعلى في الصف.")
    if any(row.total is None for row in view.rows):
        notes.append(TOTAL_NOTE)
    for note in notes:
        story.append(layout.para(note, layout.small_style().but(color=layout.MUTED)))
    if len(view.visitors) >= 2:
        top = max(bar.visitors for bar in view.visitors)
        chart = editions_visitors_chart(
            view.visitors, width=width, height=CHART_HEIGHT,
            highlight=[bar.number for bar in view.visitors if bar.visitors == top],
            legend="أعلى عدد",
        )
        story.append(KeepTogether([Spacer(1, 8), chart]))
    if view.growth:
        story.append(KeepTogether([
            layout.heading("تطور عدد الزوار بين الدورات المتتالية",
                           "Évolution des visiteurs d'une édition à l'autre" if french_labels
                           else ""),
            growth_table(view, width, french_labels=french_labels),
        ]))
    if view.visitors:
        story.append(layout.para(visitors_sentence(view, visitor_noun),
                                 layout.small_style().but(space_before=4.0, bold=True)))
    return story


def render_all_editions_pdf(
    all_editions: Sequence[Edition],
    catalogue: Mapping[str, FigureKind],
    settings: Settings,
    *,
    french_labels: bool = False,
    generated_on: dt.date | None = None,
) -> bytes:
    """The all-editions report as PDF bytes; ``french_labels`` makes the title, headings,
    column heads and figure labels bilingual, Arabic first (the chart stays Arabic, as on
    the edition sheet: see :func:`balagh.documents.summary_pdf.summary_story`)."""
    from balagh.typeset import build_document

    view = build_all_editions(all_editions, catalogue)
    visitors = catalogue.get(VISITORS)
    setup = layout.page_setup()
    width = setup.size[0] - setup.left - setup.right
    return build_document(
        all_editions_story(view, width, generated_on or dt.date.today(),
                           french_labels=french_labels, visitor_noun=visitors.noun if visitors
                           else None),
        title=REPORT_TITLE,
        author=layout.author(settings),
        subject="أيام الأبواب المفتوحة للأمن الوطني",
        keywords=["حصيلة", "كل الدورات"],
        header=layout.letterhead(settings),
        setup=setup,
    )
