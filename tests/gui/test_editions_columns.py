"""The editions list never cuts a city or a total, in Arabic or in French."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from gui_helpers import window_in_language
from PySide6.QtWidgets import QApplication

from balagh.gui.edition.list_model import Column
from balagh.gui.window.main_window import MainWindow


@pytest.fixture(params=["ar", "fr"])
def language_window(request: Any, qapp: QApplication, qtbot: Any,
                    services: Any) -> Iterator[MainWindow]:
    """The main window in each interface language."""
    window = window_in_language(qapp, qtbot, services, request.param)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.jobs.wait(10000)


def test_every_cell_and_header_fits_its_column(language_window: MainWindow) -> None:
    table = language_window.panel.table
    model = table.model()
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    cities = {model.index(r, Column.CITY).data() for r in range(model.rowCount())}
    expected = {"Marrakech", "Casablanca"} if language_window.language == "fr" else {
        "مراكش", "الدار البيضاء"}
    assert expected <= cities
    for column in Column:
        needed = max(
            metrics.horizontalAdvance(str(model.index(r, column).data()))
            for r in range(model.rowCount())
        )
        heading = header.fontMetrics().horizontalAdvance(
            str(model.headerData(column, header.orientation())))
        assert table.columnWidth(column) >= needed + 4, column
        assert table.columnWidth(column) >= heading, column
    # The columns fit in the visible part of the table: nothing hidden past its edge.
    assert header.length() <= table.viewport().width()


def test_a_narrow_splitter_cannot_cut_the_columns(language_window: MainWindow) -> None:
    language_window.splitter.setSizes([120, 1160])
    QApplication.processEvents()
    table = language_window.panel.table
    assert language_window.panel.width() >= language_window.panel.columns_width()
    assert table.horizontalHeader().length() <= table.viewport().width()


def test_french_interface_shows_no_arabic_outside_the_records(
    language_window: MainWindow,
) -> None:
    """Every label, button, tab, menu and column title is French in the French interface.

    Arabic may appear only in what the staff recorded (cities, release text) and in the
    language choice «العربية».
    """
    import re

    from PySide6.QtWidgets import (
        QAbstractButton,
        QCheckBox,
        QComboBox,
        QGroupBox,
        QLabel,
        QTabWidget,
    )

    if language_window.language != "fr":
        pytest.skip("French interface only")
    window = language_window
    window.open_edition(next(e.number for e in window.panel.model.editions() if e.year == 2023))
    arabic = re.compile("[\u0600-\u06ff]")
    texts: list[str] = [window.windowTitle()]
    texts += [a.text() for a in window.menuBar().actions()]
    for menu_action in window.menuBar().actions():
        texts += [a.text() for a in menu_action.menu().actions()]
    for tabs in window.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    texts += [w.text() for w in window.findChildren(QAbstractButton)]
    texts += [w.title() for w in window.findChildren(QGroupBox)]
    texts += [w.text() for w in window.findChildren(QLabel)
              if w.objectName() not in ("release_status",) and not w.objectName().startswith(
                  "preview_")]
    texts += [w.placeholderText() for w in window.findChildren(QComboBox)
              if not isinstance(w, QCheckBox)]
    model = window.panel.table.model()
    texts += [str(model.headerData(c, window.panel.table.horizontalHeader().orientation()))
              for c in range(model.columnCount())]
    combo_items = [w.itemText(i) for w in window.findChildren(QComboBox)
                   if w.objectName() != "template" for i in range(w.count())]
    leftovers = [t for t in texts + combo_items if arabic.search(t)]
    assert len(texts) > 80, len(texts)
    assert leftovers == []


def test_the_window_fits_a_1024_pixel_screen(language_window: MainWindow) -> None:
    """Every tab (edition form, release, summary) can be shown 1024 pixels wide."""
    widest = {}
    for index in range(language_window.tabs.count()):
        language_window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        widest[language_window.tabs.tabText(index)] = language_window.minimumSizeHint().width()
    assert max(widest.values()) <= 1024, widest
