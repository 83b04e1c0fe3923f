"""Parts of the edition form on their own: typed drafts, the daily grid, ordered lists."""

from __future__ import annotations

import datetime as dt
from typing import Any

from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.model import Qualifier
from balagh.gui.edition.daily_model import DailyVisitorsModel, cells_from_clipboard, days_between
from balagh.gui.edition.draft import EditionDraft, FigureDraft, build_edition
from balagh.gui.widgets.list_editor import OrderedListEditor

MAY = dt.date(2023, 5, 17)


def _draft(**figures: str) -> EditionDraft:
    return EditionDraft(
        number_text="٤", city_ar="فاس", city_fr="Fès", start_date=MAY,
        end_date=MAY + dt.timedelta(days=4),
        figures={k: FigureDraft(v) for k, v in figures.items()},
    )


def test_build_edition_reads_any_digits() -> None:
    draft = _draft(visitors_total="١٬١٥٠٬٠٠٠", vehicles="150", schools="")
    draft.figures["visitors_total"].qualifier = Qualifier.ABOUT
    edition, problems = build_edition(draft, DEFAULT_BY_KEY)
    assert problems == []
    assert edition.number == 4
    assert edition.figures["visitors_total"].value == 1150000
    assert edition.figures["visitors_total"].qualifier is Qualifier.ABOUT
    assert "schools" not in edition.figures  # empty means not published


def test_build_edition_names_the_bad_field_once() -> None:
    edition, problems = build_edition(_draft(blood_donors="4٦5.5", vehicles="-3"),
                                      DEFAULT_BY_KEY)
    fields = [p.field for p in problems]
    assert fields.count("figures.blood_donors.value") == 1
    assert "figures.vehicles.value" in fields
    donors = next(p for p in problems if p.field == "figures.blood_donors.value")
    assert donors.label_ar == "المتبرعون بالدم"
    assert "blood_donors" not in edition.figures


def test_taken_number_is_refused_but_own_number_is_not() -> None:
    draft = _draft()
    _, problems = build_edition(draft, DEFAULT_BY_KEY, taken_numbers=[1, 4])
    assert [p.field for p in problems] == ["number"]
    draft.original_number = 4  # editing edition 4 itself
    _, problems = build_edition(draft, DEFAULT_BY_KEY, taken_numbers=[1, 4])
    assert problems == []


def test_clipboard_column_from_excel() -> None:
    assert cells_from_clipboard("120000\r\n150 000\r\n\r\n٢٠٠٠\r\n") == [
        "120000", "150 000", "", "٢٠٠٠"]
    assert cells_from_clipboard("17/05\t120000\n18/05\t150000\n") == ["120000", "150000"]
    assert days_between(MAY, MAY - dt.timedelta(days=1)) == []
    assert len(days_between(MAY, MAY + dt.timedelta(days=100))) == 31


def test_daily_model_paste_stops_at_the_last_day(qtbot: Any) -> None:
    model = DailyVisitorsModel()
    model.set_range(MAY, MAY + dt.timedelta(days=2))
    assert model.rowCount() == 3
    assert model.paste_text(1, "10\n20\n30\n40\n") == 2
    assert model.values() == {MAY + dt.timedelta(days=1): "10", MAY + dt.timedelta(days=2): "20"}
    assert model.index(0, 0).data() == "17/05"


def test_ordered_list_add_move_remove(qtbot: Any) -> None:
    editor = OrderedListEditor(["الشريك"])
    qtbot.addWidget(editor)
    changes: list[int] = []
    editor.changed.connect(lambda: changes.append(1))
    editor.set_values(["أ", "ب", "ج"])
    assert changes == []  # loading is quiet
    editor.view.setCurrentIndex(editor.model.index(2, 0))
    editor.move_row(-1)
    assert editor.values() == ["أ", "ج", "ب"]
    editor.remove_row()
    assert editor.values() == ["أ", "ب"]
    editor.add_row(["د"])
    assert editor.values() == ["أ", "ب", "د"]
    assert len(changes) == 3


def test_figures_start_at_the_reading_edge(qtbot: Any) -> None:
    """Digits have no direction: pinned right in the Arabic form, left in the French one."""
    from PySide6.QtCore import Qt

    from balagh.core.catalogue import DEFAULT_CATALOGUE
    from balagh.gui.edition.form import EditionForm

    for language, edge in (("ar", Qt.AlignmentFlag.AlignRight),
                           ("fr", Qt.AlignmentFlag.AlignLeft)):
        form = EditionForm(list(DEFAULT_CATALOGUE), language)
        qtbot.addWidget(form)
        figure = form.findChild(type(form.number), "figure_visitors_total")
        for field in (form.number, figure):
            alignment = field.alignment()
            assert alignment & edge and alignment & Qt.AlignmentFlag.AlignAbsolute, language


def test_a_huge_figure_states_the_limit_instead_of_a_phrase(qtbot: Any) -> None:
    """«999999999999999 مليار» is never shown; the preview says what the limit is."""
    from PySide6.QtWidgets import QWidget

    from balagh.core.catalogue import DEFAULT_BY_KEY
    from balagh.gui.edition.figure_fields import FigureRow

    parent = QWidget()
    qtbot.addWidget(parent)
    row = FigureRow(DEFAULT_BY_KEY["visitors_total"], parent)
    row.value.setText("999999999999999999")
    assert "مليار" in row.preview.text() and "999999999" not in row.preview.text()
    assert "الحد" in row.preview.text()
    row.value.setText("1150000")
    assert row.preview.text().endswith("زائر")
