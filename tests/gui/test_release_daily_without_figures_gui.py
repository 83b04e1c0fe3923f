"""The release tab drafting the bulletin of a day without figures (Fez, 20 May 2023): the
findings list warns (ⓘ) that the day has no figures, naming it; the text opens without
«و»."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from gui_helpers import drafted, fez_release_tab

from balagh.core.model import ReleaseKind


def test_the_tab_warns_that_the_day_has_no_figures(window: Any, qtbot: Any,
                                                   tmp_path: Path) -> None:
    tab = fez_release_tab(window, qtbot)
    tab.kind.setCurrentIndex(tab.kind.findData(ReleaseKind.DAILY.value))
    tab.day.setCurrentIndex(3)
    assert tab.day.itemText(3) == "السبت 20 ماي 2023"
    drafted(tab)
    release = tab.controller.release
    assert release.date == dt.date(2023, 5, 20)
    assert release.paragraphs[0].startswith("أوضحت اللجنة المنظمة")

    def warned() -> bool:
        texts = [tab.checks.item(i).text() for i in range(tab.checks.count())]
        return any(t.startswith("ⓘ ") and "لم تسجل أي أرقام ليوم 20 ماي 2023" in t
                   for t in texts)

    qtbot.waitUntil(warned, timeout=20000)
    for width in (1366, 1024):
        window.resize(width, 768)
        assert window.grab().save(str(tmp_path / f"daily-without-figures-{width}.png"))
