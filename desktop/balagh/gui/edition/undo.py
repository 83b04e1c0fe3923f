"""Undo of the edition form: one command per change, holding the drafts before and after
(consecutive typing in one field merges into one command), named the way the staff know the
field («تعديل «شعار الدورة»»).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence, QUndoCommand

from balagh.core.model import FigureKind
from balagh.gui.edition.draft import EditionDraft
from balagh.messages import pmsg

if TYPE_CHECKING:
    from balagh.gui.edition.controller import EditionFormController

_MERGE_ID = 4711
_TYPING_FIELDS = ("number", "city_", "venue_", "theme", "notes", "figures.")


_PART_LABELS = {
    "qualifier": pmsg("figure part", "الصيغة"),
    "days": pmsg("figure part", "أيام الذروة"),
}


def field_label(field: str, catalogue: Mapping[str, FigureKind], language: str = "ar") -> str:
    """The name the staff know a form field by: ``"figures.area_m2.value"`` -> «مساحة الفضاء
    (متر مربع)», ``"theme"`` -> «شعار الدورة» (French labels with ``language="fr"``)."""
    from balagh.core.validation import field_label as edition_field_label

    parts = field.split(".")
    if parts[0] == "figures" and len(parts) > 1:
        kind = catalogue.get(parts[1])
        name = kind.label(language) if kind else parts[1]
        if len(parts) > 2 and parts[2] in _PART_LABELS:
            name += f" ({_PART_LABELS[parts[2]].text(language)})"
        return name
    return edition_field_label(parts[0]).text(language)


def undo_text(field: str, catalogue: Mapping[str, FigureKind], language: str = "ar") -> str:
    """What the Edit menu shows after «تراجع»/«إعادة»: «تعديل «شعار الدورة»» (French: «la
    modification « Thème »» after «Annuler»/«Rétablir»)."""
    label = field_label(field, catalogue, language)
    return pmsg("undo", "تعديل «{label}»", label=label).text(language)


class FieldEdit(QUndoCommand):
    """One change of the form, stored as the drafts before and after it."""

    def __init__(
        self, controller: EditionFormController, before: EditionDraft, after: EditionDraft,
        field: str,
    ) -> None:
        super().__init__(undo_text(field, controller.catalogue, controller.form.language))
        self.controller = controller
        self.before = before
        self.after = after
        self.field = field
        self._first = True

    def id(self) -> int:
        return _MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FieldEdit) or other.field != self.field:
            return False
        if not self.field.startswith(_TYPING_FIELDS) or self.field.endswith(
            (".qualifier", ".days")
        ):
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if self._first:  # the form already shows the change
            self._first = False
            return
        self.controller.apply(self.after)

    def undo(self) -> None:
        self.controller.apply(self.before)


class UndoKeysToWindow(QObject):
    """Lets Ctrl+Z / Ctrl+Shift+Z reach the form's undo stack instead of a line edit's own."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            key_event = event
            if key_event.matches(QKeySequence.StandardKey.Undo) or key_event.matches(  # type: ignore[attr-defined]
                QKeySequence.StandardKey.Redo
            ) or key_event.matches(QKeySequence.StandardKey.Save):  # type: ignore[attr-defined]
                event.ignore()
                return True
        return False
