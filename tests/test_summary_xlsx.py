"""The summary workbooks open in openpyxl, read right to left and keep numbers as numbers."""

from __future__ import annotations

import copy
import datetime as dt
import io
from typing import Any

import pytest
from openpyxl import load_workbook

from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.interchange import loads_editions
from balagh.core.model import Edition, FigureValue, Qualifier
from balagh.documents.summary.xlsx import all_editions_xlsx, summary_xlsx
from balagh.platform.assets import read_text
from balagh.platform.settings import Settings


@pytest.fixture(scope="module")
def editions() -> list[Edition]:
    # the 2017–2023 demo editions, the four these workbooks' expectations were written for
    demo = loads_editions(read_text("demo", "editions.json"), list(DEFAULT_BY_KEY))
    return [e for e in demo if e.year <= 2023]


def workbook(data: bytes) -> Any:
    return load_workbook(io.BytesIO(data))


def rows(sheet: Any) -> dict[str, tuple[Any, ...]]:
    """Rows keyed by their first cell."""
    return {row[0].value: row for row in sheet.iter_rows() if row[0].value}


def test_summary_workbook(editions: list[Edition]) -> None:
    fez = next(e for e in editions if e.number == 4)
    book = workbook(summary_xlsx(fez, editions, DEFAULT_BY_KEY, Settings(),
                                 generated_on=dt.date(2026, 11, 27)))
    assert book.sheetnames == ["الأرقام", "القوائم"]  # no daily sheet: no daily figures
    assert all(sheet.sheet_view.rightToLeft for sheet in book.worksheets)
    sheet = book["الأرقام"]
    header = [c.value for c in sheet[5]]
    assert header[:4] == ["المؤشر", "Indicateur", "الصيغة", "القيمة"]
    assert header[4] == "الدورة السابقة (طنجة 2019)"
    by_label = rows(sheet)
    visitors = by_label["العدد الإجمالي للزوار"]
    assert visitors[1].value == "Nombre total de visiteurs"
    assert visitors[2].value == "حوالي"
    assert visitors[3].value == 1150000 and isinstance(visitors[3].value, int)
    # Grouped, with the qualifier: shows «حوالي 1.150.000» and stays a number.
    assert visitors[3].number_format == '"حوالي "#,##0'
    assert visitors[5].number_format == "+#,##0;-#,##0;0"  # the change keeps its sign
    assert visitors[6].number_format == "+0.0%;-0.0%;0.0%"  # the percent is a percent
    assert visitors[4].value == 515000 and visitors[5].value == 635000
    assert visitors[6].value == pytest.approx(1.233, abs=0.0005)
    assert "%" in visitors[6].number_format
    assert visitors[7].value == "رقم قياسي"
    peak = by_label["زوار أيام الذروة"]
    assert peak[3].value == 630000 and peak[4].value is None and peak[7].value is None
    assert peak[9].value == "2023-05-19، 2023-05-20"
    assert by_label["المتبرعون بالدم"][3].value == 465
    assert len([r for r in by_label if r in {k.label_ar for k in DEFAULT_BY_KEY.values()}]) == 10
    assert sheet["B2"].value == dt.datetime(2023, 5, 17)
    lists = [(r[0].value, r[1].value) for r in book["القوائم"].iter_rows(min_row=2)]
    assert ("الفئات الزائرة", "التلاميذ") in lists
    assert ("الأروقة المشتركة", "المجلس الوطني لحقوق الإنسان") in lists
    assert sum(1 for name, _ in lists if name == "الندوات") == 4


def test_summary_workbook_daily_sheet(editions: list[Edition]) -> None:
    fez = copy.deepcopy(next(e for e in editions if e.number == 4))
    fez.daily_visitors = {fez.start_date + dt.timedelta(i): v
                          for i, v in enumerate([150000, 194100, 210000, 420000, 175900])}
    book = workbook(summary_xlsx(fez, editions, DEFAULT_BY_KEY, Settings()))
    daily = book["الزوار اليوميون"]
    assert daily.sheet_view.rightToLeft
    values = [(r[0].value.date(), r[1].value, r[2].value) for r in daily.iter_rows(min_row=2)]
    assert values[0] == (dt.date(2023, 5, 17), 150000, None)
    assert [v[2] for v in values] == [None, None, "نعم", "نعم", None]


def test_all_editions_workbook(editions: list[Edition]) -> None:
    """One row per edition, newest first, growth beside the visitors, a total row."""
    book = workbook(all_editions_xlsx(editions, DEFAULT_BY_KEY, Settings()))
    assert book.sheetnames == ["كل الدورات"]
    sheet = book["كل الدورات"]
    assert sheet.sheet_view.rightToLeft
    heads = [c.value for c in sheet[1]]
    assert heads[:7] == ["الدورة", "المدينة", "السنة", "العدد الإجمالي للزوار", "تطور الزوار",
                         "نسبة التطور", "زوار أيام الذروة"]
    by_edition = {row[0].value: row for row in sheet.iter_rows(min_row=2) if row[0].value}
    assert [row[0].value for row in sheet.iter_rows(min_row=2, max_row=5)] == [4, 3, 2, 1]
    fez = by_edition[4]
    assert [c.value for c in fez[:5]] == [4, "فاس", 2023, 1150000, 635000]
    assert fez[3].number_format == '"حوالي "#,##0'  # grouped, the qualifier shown
    assert fez[4].number_format == "+#,##0;-#,##0;0"  # the change keeps its sign
    assert fez[5].value == pytest.approx(1.2330, abs=0.0001)
    assert fez[5].number_format == "+0.0%;-0.0%;0.0%"  # a percent, stored as a fraction
    assert fez[3].fill.fgColor.rgb.endswith("FFE699")  # the column's largest value
    assert by_edition[2][3].number_format == '"أكثر من "#,##0'
    assert by_edition[1][4].value is None  # the first edition has nothing to grow from
    demos = heads.index("العروض الحية")
    assert [by_edition[n][demos].value for n in (4, 3, 2, 1)] == [None, 50, 56, None]
    total = by_edition["المجموع"]
    assert total[3].value == 2005000 and total[demos].value == 106
    # No total where a sum means nothing (peak-day visitors) or only one edition has it.
    assert total[heads.index("زوار أيام الذروة")].value is None
    assert total[heads.index("موظفو الشرطة المجندون")].value is None
    assert any(str(row[0].value).startswith("خانة المجموع فارغة")
               for row in sheet.iter_rows(min_row=2))


def test_all_editions_workbook_of_a_selection_keeps_the_first_growth(
    editions: list[Edition],
) -> None:
    book = workbook(all_editions_xlsx(editions[2:], DEFAULT_BY_KEY, Settings(),
                                      history=editions))
    rows_ = list(book["كل الدورات"].iter_rows(min_row=2, max_row=3))
    assert [row[0].value for row in rows_] == [4, 3]
    assert rows_[1][4].value == 255000  # Tangier against Marrakech, left out of the sheet


def test_workbooks_for_a_lone_edition_and_no_edition() -> None:
    lone = Edition(number=1, city_ar="الرباط", city_fr="Rabat",
                   start_date=dt.date(2025, 5, 1), end_date=dt.date(2025, 5, 4),
                   figures={"visitors_total": FigureValue(900000, Qualifier.MORE_THAN)})
    book = workbook(summary_xlsx(lone, [lone], DEFAULT_BY_KEY, Settings()))
    assert book["الأرقام"]["E5"].value == "الدورة السابقة"
    row = rows(book["الأرقام"])["العدد الإجمالي للزوار"]
    assert row[3].value == 900000 and row[4].value is None and row[5].value is None
    empty = workbook(all_editions_xlsx([], DEFAULT_BY_KEY, Settings()))
    assert [c.value for c in empty["كل الدورات"][1]] == ["الدورة", "المدينة", "السنة"]
