"""In the French interface, Arabic data (list items, cities, the release's wording) starts at
the right edge and reads right to left, as it does in the Arabic interface; French data in
the same lists stays at the left.

The tests look at the painted pixels: the ink of an Arabic cell must lie against the cell's
right edge.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import fez_number, screenshot, window_in_language
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from balagh.core.model import Edition
from balagh.gui.edition.list_model import Column, EditionsTableModel
from balagh.gui.window.main_window import MainWindow


@pytest.fixture
def french_window(qapp: QApplication, qtbot: Any, services: Any,
                  prompt_log: Any) -> Iterator[MainWindow]:
    """The main window in French, 1366×768, on the Fez edition."""
    window = window_in_language(qapp, qtbot, services, "fr")
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.open_edition(fez_number(window))
    yield window
    window.jobs.wait(10000)


def _ink(image: QImage, rect: QRect, ratio: float) -> tuple[int, int] | None:
    """The leftmost and rightmost columns (logical pixels) of dark pixels inside ``rect``."""
    xs = []
    for x in range(int(rect.left() * ratio), int(rect.right() * ratio)):
        for y in range(int(rect.top() * ratio), int(rect.bottom() * ratio), 2):
            colour = image.pixelColor(x, y)
            if colour.lightness() < 110:
                xs.append(x)
                break
    if not xs:
        return None
    return round(min(xs) / ratio), round(max(xs) / ratio)


def _cell_ink(view: QTableView, row: int, column: int) -> tuple[QRect, tuple[int, int]]:
    """Where the text of a cell is painted, with the cell's rectangle."""
    view.scrollTo(view.model().index(row, column))
    QApplication.processEvents()
    rect = view.visualRect(view.model().index(row, column)).adjusted(3, 3, -3, -3)
    picture = view.viewport().grab()
    ink = _ink(picture.toImage(), rect, picture.devicePixelRatio())
    assert ink is not None, f"nothing painted in cell {row},{column}"
    return rect, ink


def _against_right_edge(rect: QRect, ink: tuple[int, int]) -> bool:
    left, right = ink
    return rect.right() - right < 12 and left > rect.left() + 12


def _against_left_edge(rect: QRect, ink: tuple[int, int]) -> bool:
    left, right = ink
    return left - rect.left() < 12 and right < rect.right() - 12


def _show(widget: QWidget) -> None:
    widget.window().show()
    QApplication.processEvents()


def test_arabic_list_items_start_at_the_right_edge(french_window: MainWindow,
                                                   tmp_path: Path) -> None:
    form = french_window.form
    partners = form.partners
    partners.set_values(["وزارة الصحة", "ONCF", "الوقاية المدنية"])
    tabs = partners.parentWidget()
    while tabs is not None and not hasattr(tabs, "setCurrentWidget"):
        tabs = tabs.parentWidget()
    assert tabs is not None
    tabs.setCurrentWidget(partners)  # type: ignore[attr-defined]
    form.scroll_area.ensureWidgetVisible(partners)
    _show(partners)
    view = partners.view
    view.setColumnWidth(0, 300)
    assert view.model().index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) & int(
        Qt.AlignmentFlag.AlignRight)
    rect, ink = _cell_ink(view, 0, 0)
    assert _against_right_edge(rect, ink), (rect, ink)
    rect, ink = _cell_ink(view, 2, 0)
    assert _against_right_edge(rect, ink), (rect, ink)
    rect, ink = _cell_ink(view, 1, 0)  # «ONCF» is French data: the left edge
    assert _against_left_edge(rect, ink), (rect, ink)
    screenshot(french_window, tmp_path / "french-lists.png")


def test_a_city_known_only_in_arabic_is_right_aligned_in_the_french_list(
        qtbot: Any) -> None:
    model = EditionsTableModel(language="fr")
    model.set_editions([
        Edition(8, "وجدة", "", dt.date(2026, 5, 17), dt.date(2026, 5, 21)),
        Edition(4, "فاس", "Fès", dt.date(2023, 5, 17), dt.date(2023, 5, 21)),
    ])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 200)
    view.setColumnWidth(Column.CITY, 220)
    view.show()
    qtbot.waitExposed(view)
    assert model.index(0, Column.CITY).data() == "وجدة"
    rect, ink = _cell_ink(view, 0, Column.CITY)
    assert _against_right_edge(rect, ink), (rect, ink)
    rect, ink = _cell_ink(view, 1, Column.CITY)
    assert _against_left_edge(rect, ink), (rect, ink)


def test_the_release_wording_column_is_arabic_and_right_to_left(
        french_window: MainWindow, tmp_path: Path) -> None:
    """«Forme rédigée» shows what the Arabic release writes, against the column's right
    edge; the French version's wording is on hover."""
    form = french_window.form
    row = form.figure_rows["visitors_total"]
    assert row.preview.text() == "حوالي مليون و150 ألف زائر"
    assert row.preview.toolTip() == "Version française : près de 1.150.000"
    form.scroll_area.ensureWidgetVisible(row.preview)
    _show(form)
    picture = row.preview.grab()
    ink = _ink(picture.toImage(), row.preview.rect(), picture.devicePixelRatio())
    assert ink is not None
    assert _against_right_edge(row.preview.rect().adjusted(0, 0, -2, 0), ink), (
        row.preview.width(), ink)
    screenshot(french_window, tmp_path / "french-form.png")
