"""How the edition form shows problems: the widget of each field marked (red border, tooltip),
every problem and warning listed, a click on one going to its field. Methods of EditionForm."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from balagh.core.errors import Problem
from balagh.messages import ngettext

if TYPE_CHECKING:
    from balagh.gui.edition.form import EditionForm

PROBLEM_STYLE = "border: 2px solid #b00020; border-radius: 3px;"
FIELD_ROLE = Qt.ItemDataRole.UserRole + 10
#: The problems list holds this many lines of its font, whatever it lists: the first problem
#: moves no field (a click lands in it), and an empty list costs no more than two lines.
PROBLEMS_LINES = 2


def problems_height(problems: QListWidget) -> int:
    """The fixed height of the problems list: ``PROBLEMS_LINES`` lines of its font."""
    return PROBLEMS_LINES * problems.fontMetrics().lineSpacing() + 2 * problems.frameWidth() + 4

# ----- problems -----------------------------------------------------------------------------
def widget_for(form: EditionForm, field: str) -> QWidget | None:
    """The widget showing a problem's field path (daily days map to the grid)."""
    if field in form.field_widgets:
        return form.field_widgets[field]
    if field.startswith("daily_visitors."):
        return form.field_widgets["daily_visitors"]
    parts = field.split(".")
    while parts:
        parts.pop()
        candidate = ".".join(parts)
        if candidate in form.field_widgets:
            return form.field_widgets[candidate]
    return None


def show_problems(form: EditionForm, problems: list[Problem], warnings: list[Problem] | None = None
                  ) -> None:
    """Mark each problem's widget (red border + tooltip) and list them all; ``warnings``
    (unusual figures, which do not block saving) are listed after them."""
    warnings = list(warnings or [])
    by_widget: dict[int, list[Problem]] = {}
    for problem in problems:
        widget = widget_for(form, problem.field)
        if widget is not None:
            by_widget.setdefault(id(widget), []).append(problem)
    for widget in {id(w): w for w in form.field_widgets.values()}.values():
        own = by_widget.get(id(widget), [])
        tip = "\n".join(problem_text(form, p) for p in own)
        if bool(widget.property("hasProblem")) != bool(own):
            widget.setProperty("hasProblem", bool(own))
            widget.setStyleSheet(PROBLEM_STYLE if own else "")
        if widget.toolTip() != tip:
            widget.setToolTip(tip)
    daily_problems = {}
    for problem in problems:
        if problem.field.startswith("daily_visitors."):
            try:
                day = dt.date.fromisoformat(problem.field.split(".", 1)[1])
            except ValueError:
                continue
            daily_problems[day] = problem_text(form, problem)
    form.daily_model.set_problems(daily_problems)
    form.problems.clear()
    for problem in problems:
        item = QListWidgetItem("⚠ " + problem_text(form, problem))
        item.setData(FIELD_ROLE, problem.field)
        form.problems.addItem(item)
    for warning in warnings:
        item = QListWidgetItem("ℹ " + QCoreApplication.translate("EditionForm", "تنبيه: ")
                               + problem_text(form, warning))
        item.setData(FIELD_ROLE, warning.field)
        form.problems.addItem(item)
    if problems:
        form.problems_title.setText(ngettext("مشكلة واحدة يجب تصحيحها قبل الحفظ",
            "{n} مشاكل يجب تصحيحها قبل الحفظ", len(problems)).format(n=len(problems)))
        form.problems_title.setStyleSheet("color: #b00020; font-weight: bold;")
    elif warnings:
        form.problems_title.setText(ngettext(
            "لا شيء يمنع الحفظ، لكن تحقق من نقطة واحدة",
            "لا شيء يمنع الحفظ، لكن تحقق من {n} نقاط", len(warnings)).format(n=len(warnings)))
        form.problems_title.setStyleSheet("color: #8a5a00; font-weight: bold;")
    else:
        form.problems_title.setText(QCoreApplication.translate("EditionForm", "لا توجد مشاكل."))
        form.problems_title.setStyleSheet("color: #1b5e20;")


def problem_text(form: EditionForm, problem: Problem) -> str:
    return problem.text(form.language)


def focus_problem(form: EditionForm, item: QListWidgetItem) -> None:
    widget = widget_for(form, str(item.data(FIELD_ROLE)))
    if widget is not None:
        form.scroll_area.ensureWidgetVisible(widget)
        widget.setFocus()
