"""The summary sheet and the all-editions report as Excel workbooks (openpyxl).

Sheets read right to left (``sheet_view.rightToLeft``), headers are Arabic, figures are
stored as numbers with a grouped number format (never as text: ``#,##0``, which Excel and
LibreOffice show with the reader's grouping separator, «1.150.000» in a French or Moroccan
locale), changes with their sign (``+#,##0``), percents as fractions formatted as percents
(``+0.0%``), dates as dates. A qualifier («حوالي», «أكثر من») sits in its own column so the
value stays a number the office can sum.

Example: ``Path("fez.xlsx").write_bytes(summary_xlsx(fez, editions, catalogue, settings))``.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence
from typing import Any

from balagh.core.model import Edition, FigureKind, Qualifier
from balagh.documents.summary.all_model import (
    TOTAL_NOTE,
    AllEditionsView,
    Growth,
    build_all_editions,
)
from balagh.documents.summary.figures import RECORD_AR, qualifier_ar
from balagh.documents.summary.model import SummaryView, build_summary
from balagh.platform.settings import Settings

INTEGER = "#,##0"
PERCENT = "+0.0%;-0.0%;0.0%"
SIGNED = "+#,##0;-#,##0;0"
DATE = "yyyy-mm-dd"
HEADER_FILL = "1F3864"
MAX_FILL = "FFE699"


def qualified_format(qualifier: Qualifier) -> str:
    """A number format that shows the qualifier and keeps the value a number:
    ``qualified_format(Qualifier.ABOUT)`` -> '"حوالي "#,##0' (shows «حوالي 1.150.000»)."""
    word = qualifier_ar(qualifier)
    return f'"{word} "{INTEGER}' if word else INTEGER


def _workbook() -> Any:
    from openpyxl import Workbook

    return Workbook()


def _sheet(workbook: Any, title: str, *, first: bool = False) -> Any:
    sheet = workbook.active if first else workbook.create_sheet()
    sheet.title = title
    sheet.sheet_view.rightToLeft = True
    return sheet


def _header(sheet: Any, row: int, values: Sequence[str]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    fill = PatternFill("solid", fgColor=HEADER_FILL)
    for column, value in enumerate(values, start=1):
        cell = sheet.cell(row=row, column=column, value=value)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _number(
    sheet: Any, row: int, column: int, value: float | None, fmt: str = INTEGER
) -> Any:
    cell = sheet.cell(row=row, column=column, value=value)
    if value is not None:
        cell.number_format = fmt
    return cell


def _widths(sheet: Any, widths: Sequence[float]) -> None:
    from openpyxl.utils import get_column_letter

    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def _save(workbook: Any, title: str, settings: Settings) -> bytes:
    workbook.properties.title = title
    workbook.properties.creator = settings.letterhead_lines[-1] if settings.letterhead_lines else ""
    workbook.properties.language = "ar-MA"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def summary_xlsx(
    edition: Edition,
    all_editions: Sequence[Edition],
    catalogue: Mapping[str, FigureKind],
    settings: Settings,
    *,
    generated_on: dt.date | None = None,
) -> bytes:
    """One edition's figures as a workbook: «الأرقام» (each figure, the previous edition's
    value, the change and percent, «رقم قياسي»), «الزوار اليوميون» when daily figures exist,
    and «القوائم» (audiences, pavilions, seminars, highlights)."""
    view = build_summary(edition, all_editions, catalogue, generated_on=generated_on)
    workbook = _workbook()
    _figures_sheet(workbook, view)
    if view.days:
        _daily_sheet(workbook, view)
    _lists_sheet(workbook, view)
    return _save(workbook, f"بطاقة تلخيصية - الدورة {view.number}", settings)


def _figures_sheet(workbook: Any, view: SummaryView) -> None:
    """«الأرقام»: the edition, then one row per figure with its comparison."""
    from openpyxl.styles import Font

    sheet = _sheet(workbook, "الأرقام", first=True)
    sheet["A1"] = f"بطاقة تلخيصية: الدورة {view.number} ({view.city_ar} {view.year})"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = "من"
    sheet["B2"] = view.start_date
    sheet["B2"].number_format = DATE
    sheet["C2"] = "إلى"
    sheet["D2"] = view.end_date
    sheet["D2"].number_format = DATE
    sheet["A3"] = "تاريخ الإعداد"
    sheet["B3"] = view.generated_on
    sheet["B3"].number_format = DATE
    previous = f"الدورة السابقة ({view.previous_label_ar})" if view.previous_number else (
        "الدورة السابقة"
    )
    headers = [
        "المؤشر", "Indicateur", "الصيغة", "القيمة", previous, "التغير", "نسبة التغير",
        "رقم قياسي", "ملاحظة", "الأيام",
    ]
    _header(sheet, 5, headers)
    row = 6
    for line in view.lines:
        sheet.cell(row=row, column=1, value=line.label_ar)
        sheet.cell(row=row, column=2, value=line.label_fr)
        sheet.cell(row=row, column=3, value=qualifier_ar(line.qualifier) or None)
        _number(sheet, row, 4, line.value, qualified_format(line.qualifier))
        _number(sheet, row, 5, line.previous_value,
                qualified_format(line.previous_qualifier or Qualifier.EXACT))
        _number(sheet, row, 6, line.change, SIGNED)
        _number(sheet, row, 7, None if line.percent is None else line.percent / 100.0, PERCENT)
        sheet.cell(row=row, column=8, value=RECORD_AR if line.is_record else None)
        sheet.cell(row=row, column=9, value=line.note or None)
        if line.days:
            sheet.cell(row=row, column=10, value="، ".join(d.isoformat() for d in line.days))
        row += 1
    _widths(sheet, [34, 30, 10, 18, 24, 14, 13, 12, 40, 24])
    sheet.freeze_panes = "B6"


def _daily_sheet(workbook: Any, view: SummaryView) -> None:
    """«الزوار اليوميون»: the visitors of each day, the peak days marked."""
    daily = _sheet(workbook, "الزوار اليوميون")
    _header(daily, 1, ["اليوم", "الزوار", "يوم ذروة"])
    for index, bar in enumerate(view.days, start=2):
        daily.cell(row=index, column=1, value=bar.day).number_format = DATE
        _number(daily, index, 2, bar.visitors)
        daily.cell(row=index, column=3, value="نعم" if bar.is_peak else None)
    _widths(daily, [14, 14, 10])


def _lists_sheet(workbook: Any, view: SummaryView) -> None:
    """«القوائم»: the city, venue, theme and the edition's lists, one item a row."""
    lists = _sheet(workbook, "القوائم")
    _header(lists, 1, ["القائمة", "البند"])
    entries: list[tuple[str, str]] = [("المدينة", view.city_ar)]
    if view.venue_ar:
        entries.append(("الفضاء", view.venue_ar))
    if view.theme:
        entries.append(("الشعار", view.theme))
    entries += [("الفئات الزائرة", item) for item in view.audiences]
    entries += [
        ("الأروقة المشتركة", " - ".join(filter(None, [p.title, "، ".join(p.partners)])))
        for p in view.joint_pavilions
    ]
    entries += [("الشركاء", item) for item in view.partners]
    entries += [("الندوات", item) for item in view.seminars]
    entries += [("أبرز ما ميز الدورة", item) for item in view.highlights]
    for index, (name, item) in enumerate(entries, start=2):
        lists.cell(row=index, column=1, value=name)
        lists.cell(row=index, column=2, value=item)
    _widths(lists, [20, 90])


def _edition_row(sheet: Any, view: AllEditionsView, index: int, growth: dict[int, Growth]
                 ) -> None:
    """Row ``index + 2``: the edition, its figures, its growth beside the visitors."""
    from openpyxl.styles import Font, PatternFill

    column, row = view.columns[index], index + 2
    sheet.cell(row=row, column=1, value=column.number)
    sheet.cell(row=row, column=2, value=column.city_ar)
    sheet.cell(row=row, column=3, value=column.year)
    position = 4
    for figure_row in view.rows:
        cell = figure_row.cells[index]
        if cell is not None:
            target = _number(sheet, row, position, cell.value, qualified_format(cell.qualifier))
            if cell.is_max and figure_row.published > 1:
                target.fill = PatternFill("solid", fgColor=MAX_FILL)
                target.font = Font(bold=True)
        position += 1
        if figure_row.key == "visitors_total":
            step = growth.get(column.number)
            if step is not None:
                _number(sheet, row, position, step.change, SIGNED)
                _number(sheet, row, position + 1,
                        None if step.percent is None else step.percent / 100, PERCENT)
            position += 2


def all_editions_xlsx(
    all_editions: Sequence[Edition],
    catalogue: Mapping[str, FigureKind],
    settings: Settings,
    *,
    history: Sequence[Edition] = (),
) -> bytes:
    """Every edition as a workbook, one row per edition as in the PDF report: «كل الدورات»
    (the edition, then each figure, the growth of visitors and its percent right after the
    visitors, the largest value of each column highlighted, a total row at the foot).

    ``history`` (every edition, when ``all_editions`` is a selection) gives the first
    edition kept its growth against the one before it."""
    from openpyxl.styles import Font

    view = build_all_editions(all_editions, catalogue, history=history)
    growth = {step.to_number: step for step in view.growth}
    workbook = _workbook()
    sheet = _sheet(workbook, "كل الدورات", first=True)
    heads = ["الدورة", "المدينة", "السنة"]
    for figure_row in view.rows:
        heads.append(figure_row.label_ar)
        if figure_row.key == "visitors_total":
            heads += ["تطور الزوار", "نسبة التطور"]
    _header(sheet, 1, heads)
    for index in range(len(view.columns)):
        _edition_row(sheet, view, index, growth)
    total_row = len(view.columns) + 2
    sheet.cell(row=total_row, column=1, value="المجموع").font = Font(bold=True)
    position = 4
    for figure_row in view.rows:
        # A blank where a sum means nothing (peak-day visitors, views...): see SUMMABLE_KEYS.
        _number(sheet, total_row, position, figure_row.total,
                qualified_format(figure_row.total_qualifier))
        position += 3 if figure_row.key == "visitors_total" else 1
    _widths(sheet, [8, 16, 8, *([18] * (len(heads) - 3))])
    sheet.freeze_panes = "D2"
    note_row = total_row + 2
    sheet.cell(row=note_row, column=1, value="الخانة المظللة: القيمة الأعلى في العمود")
    sheet.cell(row=note_row + 1, column=1, value=TOTAL_NOTE)
    return _save(workbook, "كل الدورات", settings)
