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
    assert any("هل تحتفظ بقوائم الدورة 4" in a for a in prompt_log.asked)
    draft = window.form.draft()
    assert draft.number_text == "5"
    assert (draft.start_date, draft.end_date) == (dt.date(2024, 5, 17), dt.date(2024, 5, 21))
    assert all(not f.text for f in draft.figures.values())
    assert "التلاميذ" in draft.audiences
    assert window.controller.original_number is None and window.controller.dirty
    clear_and_type(window.form.city_ar, "العيون")
    clear_and_type(window.form.city_fr, "Laâyoune")
    clear_and_type(window.form.number, "8")
    warnings = [w.text_ar() for w in window.controller.warnings]
    assert any("لا توجد الدورات 5 إلى 7" in w for w in warnings), warnings
    window.controller.discard()
