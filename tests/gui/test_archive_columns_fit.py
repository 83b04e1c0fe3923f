"""The archive of releases shows every column inside its width, in Arabic and in French, on
a 1024×768 screen, a 1366×768 one and the latter at 150 %: no horizontal scrolling, every
title whole, the references whole; long names are elided with the whole name on hover."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import PromptLog, drafted, fez_number, screenshot
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from balagh.gui.release.archive_dialog import ArchiveDialog, ReleaseColumn
from balagh.gui.widgets.column_fit import shared_widths
from balagh.gui.window import app as gui_app
from balagh.gui.window.main_window import MainWindow
from balagh.platform.settings import Settings

#: A workstation name as long as the office's («user@host» of the person who saved).
LONG_ACTOR = "fatima-zahra.benali@dgsn-communication-poste-accueil-12"
#: The dialog's width on each screen: the screen less the window frame and a margin.
WIDTHS = {"1024x768": 984, "1366x768": 1326, "1366x768@150%": 871}


@pytest.fixture(params=["ar", "fr"])
def archive(request: Any, qapp: QApplication, qtbot: Any, services: Any,
            fake_documents: Any, prompt_log: PromptLog) -> Iterator[ArchiveDialog]:
    """The archive, in each interface language, with an issued release and a draft."""
    font, direction = qapp.font(), qapp.layoutDirection()
    language = gui_app.configure_application(qapp, Settings(language=request.param))
    services.settings = Settings(language=language)
    services.releases.actor = LONG_ACTOR
    window = MainWindow(language)
    qtbot.addWidget(window)
    window.attach(services)
    window.show()
    qtbot.waitExposed(window)
    window.open_edition(fez_number(window))
    window.tabs.setCurrentWidget(window.release_tab)
    tab = window.release_tab
    drafted(tab)
    tab.issue()
    assert tab.controller.release.status.value == "issued", prompt_log
    other = next(e.number for e in window.panel.model.editions() if e.year == 2019)
    window.open_edition(other)
    drafted(tab)
    dialog = ArchiveDialog(services, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    window.jobs.wait(10000)
    for translator in qapp.findChildren(gui_app.QTranslator):
        qapp.removeTranslator(translator)
    qapp.setFont(font)
    qapp.setLayoutDirection(direction)


@pytest.mark.parametrize("screen", list(WIDTHS))
def test_every_archive_column_fits_without_scrolling(archive: ArchiveDialog, screen: str,
                                                     tmp_path: Path) -> None:
    archive.resize(WIDTHS[screen], 420)
    QApplication.processEvents()
    table = archive.table
    header = table.horizontalHeader()
    model = archive.model
    assert model.rowCount() >= 2
    sections = [header.sectionSize(c) for c in range(header.count())]
    assert sum(sections) <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
    for column in range(header.count()):  # every title whole
        assert sections[column] >= header.sectionSizeHint(column) - 1, column
    metrics = table.fontMetrics()
    for row in range(model.rowCount()):
        reference = model.index(row, ReleaseColumn.REFERENCE).data()
        assert metrics.horizontalAdvance(reference) < sections[ReleaseColumn.REFERENCE]
        drafted = model.index(row, ReleaseColumn.DRAFTED_BY)
        assert LONG_ACTOR in drafted.data(Qt.ItemDataRole.ToolTipRole)
    screenshot(archive, tmp_path / f"archive-{screen}.png")


def test_columns_give_way_widest_first_down_to_their_titles() -> None:
    # Four columns want 100, 300, 80, 50; the two elastic ones (1 and 2) must give 130.
    assert shared_widths([100, 300, 80, 50], [40, 60, 70, 40], {1, 2}, 400) == [100, 170, 80, 50]
    # Never below a title: 60 + 70 of elastic room is the least they take.
    assert shared_widths([100, 300, 80, 50], [40, 60, 70, 40], {1, 2}, 200) == [100, 60, 70, 50]
    # Room to spare: everyone gets what they want.
    assert shared_widths([100, 300, 80, 50], [40, 60, 70, 40], {1, 2}, 900) == [100, 300, 80, 50]
