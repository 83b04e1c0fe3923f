"""The editions table model and its search proxy, on their own (no window)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from balagh.core.model import Edition, FigureValue, Qualifier
from balagh.gui.edition.list_model import (
    SORT_ROLE,
    Column,
    EditionsFilterProxy,
    EditionsTableModel,
)


def _edition(number: int, year: int, city_ar: str, city_fr: str,
             visitors: int | None) -> Edition:
    figures = {"visitors_total": FigureValue(visitors, Qualifier.ABOUT)} if visitors else {}
    return Edition(number, city_ar, city_fr, dt.date(year, 5, 17), dt.date(year, 5, 21),
                   figures=figures)


EDITIONS = [
    _edition(1, 2017, "الدار البيضاء", "Casablanca", 80000),
    _edition(3, 2019, "طنجة", "Tanger", 515000),
    _edition(4, 2023, "فاس", "Fès", 1150000),
    _edition(5, 2024, "أكادير", "Agadir", None),
]


def _model(qtbot: Any, language: str = "ar") -> tuple[EditionsTableModel, EditionsFilterProxy]:
    model = EditionsTableModel(language=language)
    model.set_editions(EDITIONS)
    proxy = EditionsFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def _column(proxy: EditionsFilterProxy, column: Column) -> list[str]:
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_columns_are_named_and_show_office_style(qtbot: Any) -> None:
    model, _ = _model(qtbot)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["الدورة", "السنة", "المدينة", "مجموع الزوار"]
    assert model.rowCount() == 4 and model.columnCount() == 4
    fez = model.index(2, Column.VISITORS)
    assert fez.data() == "مليون و150 ألف"
    assert fez.data(SORT_ROLE) == 1150000
    assert model.index(0, Column.VISITORS).data() == "80 ألف"
    assert model.index(3, Column.VISITORS).data() == ""  # not published
    assert model.index(2, Column.CITY).data() == "فاس"
    assert model.index(2, Column.YEAR).data() == "2023"


def test_french_interface_shows_french_city(qtbot: Any) -> None:
    model, _ = _model(qtbot, "fr")
    assert model.index(2, Column.CITY).data() == "Fès"
    assert model.index(2, Column.VISITORS).data() == "1\u202f150\u202f000"


def test_sorting_uses_raw_values(qtbot: Any) -> None:
    _, proxy = _model(qtbot)
    proxy.sort(Column.VISITORS, Qt.SortOrder.DescendingOrder)
    assert _column(proxy, Column.NUMBER) == ["4", "3", "1", "5"]
    proxy.sort(Column.YEAR, Qt.SortOrder.AscendingOrder)
    assert _column(proxy, Column.YEAR) == ["2017", "2019", "2023", "2024"]


def test_search_matches_cities_years_and_arabic_digits(qtbot: Any) -> None:
    _, proxy = _model(qtbot)
    proxy.set_search("فاس")
    assert _column(proxy, Column.NUMBER) == ["4"]
    proxy.set_search("٢٠١٩")  # Arabic-Indic digits find 2019
    assert _column(proxy, Column.CITY) == ["طنجة"]
    proxy.set_search("casa")
    assert _column(proxy, Column.NUMBER) == ["1"]
    proxy.set_search("لا شيء")
    assert proxy.rowCount() == 0
    proxy.set_search("")
    assert proxy.rowCount() == 4


def test_row_lookup(qtbot: Any) -> None:
    model, _ = _model(qtbot)
    assert model.row_of(4) == 2
    assert model.row_of(99) == -1
    assert model.edition_at(1).city_fr == "Tanger"
