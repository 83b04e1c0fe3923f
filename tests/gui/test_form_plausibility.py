"""The edition form shows the figures' plausibility warnings live, without blocking saving."""

from __future__ import annotations

from typing import Any

from gui_helpers import clear_and_type, fez_number


def _items(window: Any) -> list[str]:
    problems = window.form.problems
    return [problems.item(i).text() for i in range(problems.count())]


def test_an_unusual_figure_is_shown_while_typing_and_saving_stays_possible(window: Any) -> None:
    window.open_edition(fez_number(window))
    form = window.form
    total = form.figure_rows["visitors_total"]
    total.qualifier.setCurrentIndex(total.qualifier.findData("more_than"))
    clear_and_type(form.figure_rows["peak_visitors"].value, "2000000")
    items = _items(window)
    assert any("تنبيه" in t and "زوار أيام الذروة" in t and "2000000" in t for t in items), items
    assert form.save_button.isEnabled() and form.problems.isVisible()
    clear_and_type(form.figure_rows["peak_visitors"].value, "630000")
    assert not any("زوار أيام الذروة" in t for t in _items(window))


def test_an_impossible_figure_blocks_saving(window: Any) -> None:
    window.open_edition(fez_number(window))
    form = window.form
    clear_and_type(form.figure_rows["peak_visitors"].value, "2000000")  # total «about» 1.15 M
    assert not form.save_button.isEnabled()
    assert any("زوار أيام الذروة" in t and "تنبيه" not in t for t in _items(window))
