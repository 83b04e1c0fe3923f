"""The summary sheet of one edition (fiche récapitulative) as a right-to-left A4 PDF.

Top to bottom: the letterhead; the title «بطاقة تلخيصية: الدورة الرابعة لأيام الأبواب
المفتوحة للأمن الوطني»; city, venue, dates, theme and the date it was prepared; the key
figures as tiles; the table of every figure against the previous edition; the charts (daily
visitors when recorded, total visitors across the editions); the lists (audiences, joint
pavilions, seminars, highlights). The Fez 2023 demo edition fits on one page; long lists
flow on to a second page.

Example: ``Path("fez.pdf").write_bytes(render_summary_pdf(fez, editions, catalogue,
Settings()))``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from balagh.arabic import (
    date_fr,
    date_range_fr,
    date_range_phrase,
    days_phrase,
    edition_fr,
    ordinal_phrase,
)
from balagh.core.isolates import ltr
from balagh.core.model import Edition, FigureKind
from balagh.documents.summary import layout
from balagh.documents.summary.figures import (
    NOT_PUBLISHED_AR,
    RECORD_AR,
    WESTERN,
    NumberStyle,
)
from balagh.documents.summary.model import FigureLine, SummaryView, build_summary
from balagh.messages import Message, pmsg
from balagh.platform.settings import Settings

#: Lists taller than this (points) are set in one column that can flow to the next page.
TWO_COLUMN_LIMIT = 230.0
CHART_HEIGHT = 104.0
BULLET_INDENT = 7.0


def sheet_title(view: SummaryView) -> str:
    """«بطاقة تلخيصية: الدورة الرابعة لأيام الأبواب المفتوحة للأمن الوطني»."""
    return f"بطاقة تلخيصية: {ordinal_phrase(view.number)} لأيام الأبواب المفتوحة للأمن الوطني"


def sheet_title_fr(view: SummaryView) -> str:
    """"Fiche récapitulative : 4e édition des Journées portes ouvertes de la DGSN"."""
    return (f"Fiche récapitulative : {edition_fr(view.number)} des Journées portes ouvertes "
            "de la DGSN")


def header_lines_fr(view: SummaryView) -> list[str]:
    """The French counterparts of :func:`header_lines` (the theme is only known in Arabic):
    "Fès, du 17 au 21 mai 2023" and "Établie le 27 novembre 2026"."""
    place = ", ".join(filter(None, [view.city_fr.strip(), view.venue_fr]))
    dates = date_range_fr(view.start_date, view.end_date)
    return [f"{place}, {dates}" if place else dates, f"Établie le {date_fr(view.generated_on)}"]


#: Section headings: catalogue sentences (context "summary sheet"), the French part shown with
#: ``french_labels``.
HEADINGS: dict[str, Message] = {
    "compared": pmsg("summary sheet", "أرقام الدورة ومقارنتها بالدورة السابقة"),
    "figures": pmsg("summary sheet", "أرقام الدورة"),
    "audiences": pmsg("summary sheet", "الفئات الزائرة"),
    "pavilions": pmsg("summary sheet", "الأروقة المشتركة"),
    "partners": pmsg("summary sheet", "شركاء آخرون"),
    "seminars": pmsg("summary sheet", "مواضيع الندوات واللقاءات العلمية"),
    "highlights": pmsg("summary sheet", "أبرز ما ميز الدورة"),
}


def section_heading(name: str, french_labels: bool) -> Any:
    """The heading :data:`HEADINGS` [name], with its French part when asked."""
    heading = HEADINGS[name]
    return layout.heading(heading.ar, heading.fr if french_labels else "")


def header_lines(view: SummaryView) -> list[str]:
    """City, venue and dates; the theme; the date the sheet was prepared."""
    place = f"مدينة {view.city_ar}"
    if view.venue_ar:
        place += f"، {view.venue_ar}"
    lines = [f"{place}، {date_range_phrase(view.start_date, view.end_date)}"]
    if view.theme:
        lines[0] += f" - الشعار: «{view.theme}»"
    lines.append(layout.generated_line(view.generated_on))
    return lines


def _label_cell(line: FigureLine, french: bool = False) -> str:
    from balagh.typeset.markup import escape

    text = f"<b>{escape(line.label_ar)}</b>"
    if line.days:
        text += f' <font size="7.5">({escape(days_phrase(line.days))})</font>'
    if french:
        text += f'<br/><font size="7" color="{layout.MUTED}">{escape(line.label_fr)}</font>'
    if line.note:
        note = escape(latin_quotes_apart(line.note))
        text += f'<br/><font size="7.5" color="{layout.MUTED}">{note}</font>'
    return text


# A quotation in Latin letters, with the source named just before it: «MAP: «Quelque …»».
_LATIN_QUOTE = re.compile(r"(?:[A-Za-z][\w./-]*: )?«[^«»]*»")


def latin_quotes_apart(note: str) -> str:
    """A source note with each quotation in Latin letters (and the source named before it)
    kept left to right as written: in a right-to-left paragraph the closing «»» after Latin
    text otherwise stands at the far left of the line («MAP: «Quelque 2.400.000 for
    «MAP: «Quelque 2.400.000»»). Arabic quotations are left as they are."""

    def keep(match: re.Match[str]) -> str:
        quoted = match.group(0)
        inside = quoted[quoted.index("«") + 1 : -1]
        first = next((c for c in inside if unicodedata.bidirectional(c) in ("L", "R", "AL")),
                     "")
        return ltr(quoted) if first and unicodedata.bidirectional(first) == "L" else quoted

    return _LATIN_QUOTE.sub(keep, note)


def _previous_cell(line: FigureLine, numbers: NumberStyle = WESTERN) -> str:
    if line.previous_value is not None:
        return numbers.qualified(line.previous_value, line.previous_qualifier or line.qualifier)
    return NOT_PUBLISHED_AR if line.previous_edition_number is not None else ""


def _change_cell(line: FigureLine, numbers: NumberStyle = WESTERN) -> str:
    text = numbers.change(line.change, line.percent)
    if not text:
        return ""
    color = layout.UP if line.trend > 0 else layout.DOWN if line.trend < 0 else layout.MUTED
    return layout.colored(text, color)


def figures_table(
    view: SummaryView, width: float, *, french_labels: bool, numbers: NumberStyle = WESTERN
) -> Any:
    """Every figure in catalogue order: label (days beside it, French label and note below
    it), value, previous edition's value and change (when there is a previous edition),
    and «رقم قياسي» (when a figure is a record). Columns without content are left out."""
    from balagh.typeset.markup import escape
    from balagh.typeset.tables import rtl_table

    has_previous = view.previous_number is not None
    has_record = any(line.is_record for line in view.lines)

    def head(label: Message) -> str:
        # Arabic heading, and its French under it when asked.
        return f'{label.ar}<br/><font size="7">{label.fr}</font>' if french_labels else label.ar

    previous = head(pmsg("summary sheet", "الدورة السابقة"))
    if view.previous_number:
        previous += f"<br/>{escape(view.previous_label_ar)}"
    # (heading, weight, numeric, cell maker) in reading order.
    columns: list[tuple[str, float, bool, Callable[[FigureLine], str]]] = [
        (head(pmsg("summary sheet", "المؤشر")), 36, False,
         lambda line: _label_cell(line, french_labels))
    ]
    columns.append((head(pmsg("summary sheet", "القيمة")), 15, True,
                    lambda line: escape(numbers.qualified(line.value, line.qualifier))))
    if has_previous:
        columns.append((previous, 15, True,
                        lambda line: escape(_previous_cell(line, numbers))))
        columns.append((head(pmsg("summary sheet", "التغير")), 19, True,
                        lambda line: _change_cell(line, numbers)))
    if has_record:
        columns.append((head(pmsg("summary sheet", "ملاحظة")), 10, True, _record_cell))
    total = sum(weight for _, weight, _, _ in columns)
    rows: list[list[str]] = [[head for head, _, _, _ in columns]]
    rows += [[make(line) for _, _, _, make in columns] for line in view.lines]
    return rtl_table(
        rows,
        col_widths=[width * weight / total for _, weight, _, _ in columns],
        numeric_columns={i for i, (_, _, numeric, _) in enumerate(columns) if numeric},
        style=layout.cell_style(),
        extra_style=[
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ],
    )


def _record_cell(line: FigureLine) -> str:
    return layout.colored(RECORD_AR, layout.RECORD, bold=True) if line.is_record else ""


def charts(view: SummaryView, width: float, numbers: NumberStyle = WESTERN) -> list[Any]:
    """The chart row: daily visitors (when recorded) and total visitors by edition.

    The editions chart needs at least two editions with a total: one bar compares nothing.
    """
    from balagh.documents.summary.charts import (
        daily_visitors_chart,
        editions_visitors_chart,
        recent_bars,
    )

    drawings: list[Any] = []
    has_editions = len(view.editions) >= 2
    share = width / 2 - 8 if (view.days and has_editions) else width
    if view.days:
        drawings.append(daily_visitors_chart(view.days, width=share, height=CHART_HEIGHT,
                                             numbers=numbers))
    if has_editions:
        drawings.append(editions_visitors_chart(recent_bars(view.editions), width=share,
                                                height=CHART_HEIGHT, numbers=numbers))
    return drawings


def _list_section(name: str, items: Sequence[str], french_labels: bool) -> list[Any]:
    # A hanging bullet: wrapped lines start under the text, not under the «•».
    style = layout.small_style().but(right_indent=BULLET_INDENT, first_line_indent=-BULLET_INDENT)
    flowables: list[Any] = [section_heading(name, french_labels)]
    flowables += [layout.para(f"• {item}", style) for item in items]
    return flowables


def _pavilion_text(title: str, partners: Sequence[str]) -> str:
    from balagh.arabic import and_list

    with_partners = f"رواق مشترك مع {and_list(partners)}" if partners else "رواق مشترك"
    return f"{title}: {with_partners}" if title else with_partners


def list_sections(view: SummaryView, *, french_labels: bool = False) -> list[list[Any]]:
    """The lists that have entries, each as [heading, items...] (items stay in Arabic; the
    headings get their French part with ``french_labels``)."""
    sections: list[list[Any]] = []
    if view.audiences:
        sections.append(_list_section("audiences", view.audiences, french_labels))
    if view.joint_pavilions:
        sections.append(_list_section(
            "pavilions",
            [_pavilion_text(p.title, p.partners) for p in view.joint_pavilions],
            french_labels,
        ))
    named = {name for p in view.joint_pavilions for name in p.partners}
    other_partners = [p for p in view.partners if p not in named]
    if other_partners:
        sections.append(_list_section("partners", other_partners, french_labels))
    if view.seminars:
        sections.append(_list_section("seminars", view.seminars, french_labels))
    if view.highlights:
        sections.append(_list_section("highlights", view.highlights, french_labels))
    return sections


def lists_block(view: SummaryView, width: float, *, french_labels: bool = False) -> list[Any]:
    """The lists in two columns (right column first) when short, else in one flowing column."""
    from reportlab.platypus import Table, TableStyle

    sections = list_sections(view, french_labels=french_labels)
    if not sections:
        return []
    flat = [flowable for section in sections for flowable in section]
    # Split the sections between two columns, keeping the order (right column first).
    sizes = [sum(f.wrap(width / 2 - 8, 10_000)[1] for f in s) for s in sections]
    total = sum(sizes)
    right: list[Any] = []
    left: list[Any] = []
    running = 0.0
    for section, size in zip(sections, sizes, strict=True):
        (right if running + size / 2 <= total / 2 or not right else left).extend(section)
        running += size
    column_height = max(
        sum(f.wrap(width / 2 - 8, 10_000)[1] for f in right),
        sum(f.wrap(width / 2 - 8, 10_000)[1] for f in left),
    )
    if not left or column_height > TWO_COLUMN_LIMIT:
        return flat
    table = Table([[left, right]], colWidths=[width / 2, width / 2], hAlign="RIGHT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return [table]


def summary_story(
    view: SummaryView,
    width: float,
    *,
    french_labels: bool = False,
    numbers: NumberStyle = WESTERN,
) -> list[Any]:
    """The flowables of the sheet (without the page furniture).

    With ``french_labels`` the sheet is bilingual, Arabic first: a French line under the
    title and under the place and dates, French headings after the Arabic ones, a French
    label on every tile and a French column in the table. The charts stay Arabic only: their
    labels are city and day names that sit in narrow slots (they already shrink to fit), and
    a French title would collide with the legend in a half-width chart.
    """
    from reportlab.platypus import KeepTogether, Spacer

    from balagh.documents.summary.tiles import FigureTiles

    story: list[Any] = [layout.para(sheet_title(view), layout.title_style())]
    info = layout.info_style()
    arabic_lines = header_lines(view)
    if french_labels:
        story.append(layout.french_line(sheet_title_fr(view), info))
        place_fr, generated_fr = header_lines_fr(view)
        story += [layout.para(arabic_lines[0], info), layout.french_line(place_fr, info),
                  layout.para(arabic_lines[1], info), layout.french_line(generated_fr, info)]
    else:
        story += [layout.para(line, info) for line in arabic_lines]
    story.append(Spacer(1, 6))
    if view.tiles:
        story.append(FigureTiles(view.tiles, french_labels=french_labels, numbers=numbers))
        if view.previous_number is not None and any(t.change is not None for t in view.tiles):
            caption = f"التغير محسوب مقارنة بالدورة السابقة ({view.previous_label_ar})"
            if any(t.is_record for t in view.tiles):
                caption += "؛ «رقم قياسي»: أعلى من كل الدورات السابقة"
            caption += "."
            story.append(layout.para(caption, layout.small_style().but(
                color=layout.MUTED, space_before=3.0)))
    if view.lines:
        story.append(section_heading(
            "compared" if view.previous_number is not None else "figures", french_labels))
        story.append(figures_table(view, width, french_labels=french_labels, numbers=numbers))
    drawings = charts(view, width, numbers)
    if drawings:
        story.append(KeepTogether([Spacer(1, 8), layout.side_by_side(drawings, width)]))
    lists = lists_block(view, width, french_labels=french_labels)
    if lists:
        story += [Spacer(1, 4), *lists]
    return story


def render_summary_pdf(
    edition: Edition,
    all_editions: Sequence[Edition],
    catalogue: Mapping[str, FigureKind],
    settings: Settings,
    *,
    french_labels: bool = False,
    generated_on: dt.date | None = None,
) -> bytes:
    """The summary sheet of ``edition`` as PDF bytes.

    ``french_labels`` makes the sheet bilingual, Arabic first (see :func:`summary_story`);
    ``generated_on`` (default today) is printed as «تاريخ الإعداد: …».
    """
    from balagh.typeset.document import build_document

    view = build_summary(edition, all_editions, catalogue, generated_on=generated_on)
    setup = layout.page_setup()
    width = setup.size[0] - setup.left - setup.right
    title = f"بطاقة تلخيصية - {ordinal_phrase(view.number)} ({view.city_ar} {view.year})"
    return build_document(
        summary_story(view, width, french_labels=french_labels,
                      numbers=layout.number_style(settings)),
        title=title,
        author=layout.author(settings),
        subject="أيام الأبواب المفتوحة للأمن الوطني",
        keywords=["بطاقة تلخيصية", view.city_ar, str(view.year)],
        header=layout.letterhead(settings),
        setup=setup,
    )
