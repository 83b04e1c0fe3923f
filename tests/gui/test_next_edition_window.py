"""File → «إعداد الدورة الموالية» (Ctrl+Shift+N) in the window, and the gap warning."""

from __future__ import annotations

import datetime as dt
from typing import Any

from gui_helpers import PromptLog, clear_and_type
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def test_ctrl_shift_n_prepares_the_next_edition(window: Any, prompt_log: PromptLog) -> None:
    prompt_log.confirm_answer = True  # keep the lists
    QTest.keyClick(window.panel.table, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert any("هل تحتفظ بقوائم الدورة 6" in a for a in prompt_log.asked)
    draft = window.form.draft()
    assert draft.number_text == "7"  # after El Jadida 2025, the latest demo edition
    assert (draft.start_date, draft.end_date) == (dt.date(2026, 5, 17), dt.date(2026, 5, 21))
    assert all(not f.text for f in draft.figures.values())
    assert "التلاميذ" in draft.audiences
    assert window.controller.original_number is None and window.controller.dirty
    clear_and_type(window.form.city_ar, "العيون")
    clear_and_type(window.form.city_fr, "Laâyoune")
    clear_and_type(window.form.number, "10")
    warnings = [w.text_ar() for w in window.controller.warnings]
    assert any("لا توجد الدورات 7 إلى 9" in w for w in warnings), warnings
    window.controller.discard()
