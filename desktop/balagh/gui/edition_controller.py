"""Behaviour of the edition form: undo/redo of field edits, live validation, dirty state, save.

The controller keeps the form's last known draft; every change becomes an undo command holding
the draft before and after (consecutive typing in one field merges into one command).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from balagh.app.next_edition import numbering_warnings
from balagh.core.errors import BalaghError, ConflictError, Problem, ValidationFailed
from balagh.core.input_policy import embedding_notices
from balagh.core.model import Edition, FigureKind
from balagh.core.plausibility import figure_warnings
from balagh.gui import prompts
from balagh.gui.edition_draft import EditionDraft, build_edition, draft_from_edition
from balagh.gui.edition_form import EditionForm
from balagh.gui.services import Services

log = logging.getLogger(__name__)

_MERGE_ID = 4711
_TYPING_FIELDS = ("number", "city_", "venue_", "theme", "notes", "figures.")


def _comparable(draft: EditionDraft) -> EditionDraft:
    """The draft without empty figure rows nor locking data (for the dirty check)."""
    figures = {
        key: fig for key, fig in draft.figures.items()
        if fig.text.strip() or fig.days or fig.qualifier.value != "exact"
    }
    return dataclasses.replace(draft, figures=figures, version=0, original_number=None)


_PART_LABELS = {
    "qualifier": ("الصيغة", "formulation"),
    "days": ("أيام الذروة", "jours de pointe"),
}


def field_label(field: str, catalogue: Mapping[str, FigureKind], language: str = "ar") -> str:
    """The name the staff know a form field by: ``"figures.area_m2.value"`` -> «مساحة الفضاء
    (متر مربع)», ``"theme"`` -> «شعار الدورة» (French labels with ``language="fr"``)."""
    from balagh.core.validation import label_ar, label_fr

    french = language == "fr"
    parts = field.split(".")
    if parts[0] == "figures" and len(parts) > 1:
        kind = catalogue.get(parts[1])
        name = (kind.label_fr if french else kind.label_ar) if kind else parts[1]
        if len(parts) > 2 and parts[2] in _PART_LABELS:
            part_ar, part_fr = _PART_LABELS[parts[2]]
            name += f" ({part_fr if french else part_ar})"
        return name
    return label_fr(parts[0]) if french else label_ar(parts[0])


def undo_text(field: str, catalogue: Mapping[str, FigureKind], language: str = "ar") -> str:
    """What the Edit menu shows after «تراجع»/«إعادة»: «تعديل «شعار الدورة»» (French: «la
    modification « Thème »» after «Annuler»/«Rétablir»)."""
    label = field_label(field, catalogue, language)
    return f"la modification « {label} »" if language == "fr" else f"تعديل «{label}»"


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


class EditionFormController(QObject):
    """Drives an ``EditionForm`` over an edition repository."""

    problems_changed = Signal(list)
    dirty_changed = Signal(bool)
    can_save_changed = Signal(bool)
    saved = Signal(object)  # the stored Edition
    loaded = Signal()

    def __init__(self, form: EditionForm, services: Services, parent: QObject | None = None):
        super().__init__(parent)
        self.form = form
        self.services = services
        self.catalogue: dict[str, FigureKind] = services.catalogue_map()
        self.undo_stack = QUndoStack(self)
        self.taken_numbers: list[int] = []
        self._version = 0
        self._original_number: int | None = None
        self._current = EditionDraft()
        self._saved = EditionDraft()
        self._problems: list[Problem] = []
        self._dirty = False
        self._edition: Edition | None = None
        self._editions_cache: list[Edition] | None = None
        #: Every edition, kept by the window's background reader (None: read here).
        self.editions_source: Callable[[], list[Edition]] | None = None
        #: Plausibility warnings of what the form shows (``balagh.core.plausibility``).
        self.warnings: list[Problem] = []
        form.changed.connect(self._on_changed)
        form.save_button.clicked.connect(self.save)
        self.form.setEnabled(False)

    def _other_editions(self) -> list[Edition]:
        """The recorded editions (the previous edition's figures are compared), read once
        per load and save, not per keystroke; the window's background reader when given."""
        if self.editions_source is not None:
            return self.editions_source()
        if self._editions_cache is None:
            try:
                self._editions_cache = self.services.editions.list_editions()
            except BalaghError:
                log.exception("cannot list the editions for the plausibility warnings")
                self._editions_cache = []
        return self._editions_cache

    # ----- loading -------------------------------------------------------------------------
    @property
    def original_number(self) -> int | None:
        """The number of the stored edition being edited (None for a new one)."""
        return self._original_number

    @property
    def is_open(self) -> bool:
        """True once an edition (new or stored) is in the form."""
        return self.form.isEnabled()

    def load(self, edition: Edition | None, *, as_new: bool = False,
             taken_numbers: list[int] | None = None) -> None:
        """Show an edition (or a blank new one; ``as_new`` duplicates it as a starting point)."""
        if taken_numbers is not None:
            self.taken_numbers = list(taken_numbers)
        if edition is None:
            today = dt.date.today()
            draft = EditionDraft(start_date=today, end_date=today + dt.timedelta(days=4))
            draft.number_text = str(max(self.taken_numbers, default=0) + 1)
        else:
            draft = draft_from_edition(edition, as_new=as_new)
            if as_new:
                draft.number_text = str(max(self.taken_numbers, default=0) + 1)
        self._version = draft.version
        self._original_number = draft.original_number
        self._edition = None if as_new else edition
        self._editions_cache = None
        self.form.setEnabled(True)
        self.form.set_draft(draft)
        # A stored edition keeps its number (releases refer to it); new ones choose theirs.
        self.form.number.setReadOnly(self._original_number is not None)
        self._current = self._read()
        # A new or duplicated edition is unsaved work from the start.
        self._saved = self._current.copy() if edition is not None and not as_new else EditionDraft()
        self.undo_stack.clear()
        self._revalidate()
        self._update_dirty()
        self.loaded.emit()

    def _read(self) -> EditionDraft:
        draft = self.form.draft()
        draft.version = self._version
        draft.original_number = self._original_number
        return draft

    # ----- editing ---------------------------------------------------------------------------
    def _on_changed(self, field: str) -> None:
        before = self._current
        after = self._read()
        if after == before:
            return
        self._current = after
        self.undo_stack.push(FieldEdit(self, before.copy(), after.copy(), field))
        self._revalidate()
        self._update_dirty()

    def apply(self, draft: EditionDraft) -> None:
        """Show a draft from the undo history."""
        self.form.set_draft(draft)
        self._current = self._read()
        self._revalidate()
        self._update_dirty()

    def refresh_warnings(self) -> None:
        """Work the problems and warnings out again (the other editions were read)."""
        self._revalidate()

    def _revalidate(self) -> None:
        edition, problems = build_edition(
            self._current, self.catalogue, taken_numbers=self.taken_numbers
        )
        self._problems = problems
        self.warnings = [] if edition is None or problems else (
            embedding_notices(edition)
            + figure_warnings(edition, self._other_editions(), self.catalogue)
            + numbering_warnings(edition, self._other_editions()))
        self.form.show_problems(problems, self.warnings)
        self.problems_changed.emit(problems)
        self._update_save_state()

    def _update_save_state(self) -> None:
        self.form.save_button.setEnabled(self.can_save)
        self.can_save_changed.emit(self.can_save)

    def _update_dirty(self) -> None:
        dirty = _comparable(self._current) != _comparable(self._saved)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
        self._update_save_state()

    @property
    def problems(self) -> list[Problem]:
        """The problems of what the form shows now."""
        return list(self._problems)

    @property
    def dirty(self) -> bool:
        """True when the form differs from what is stored."""
        return self._dirty

    @property
    def can_save(self) -> bool:
        """Saving is allowed only with an edition open, something changed and no problem left."""
        return self.is_open and self._dirty and not self._problems

    # ----- saving ----------------------------------------------------------------------------
    def save(self, force: bool = False) -> bool:
        """Validate and save; returns True when stored. A conflict asks reload or overwrite."""
        if not self.is_open:
            return False
        edition, problems = build_edition(
            self._current, self.catalogue, taken_numbers=self.taken_numbers
        )
        if problems:
            self._revalidate()
            return False
        try:
            stored = self.services.editions.save(edition, force=force)
        except ConflictError as err:
            return self._resolve_conflict(err)
        except ValidationFailed as err:
            self.form.show_problems(err.problems)
            self.form.save_button.setEnabled(False)
            return False
        except BalaghError as err:  # the database refused: read-only, busy, unreachable
            log.warning("edition not saved: %s", err.message_fr)
            prompts.show_error(self.form.window(), self.tr("لم تحفظ الدورة"),
                               self.services.message(err))
            return False
        log.info("edition %s saved (version %s)", stored.number, stored.version)
        self._after_save(stored)
        return True

    def _after_save(self, stored: Edition) -> None:
        self._editions_cache = None
        self._version = stored.version
        self._original_number = stored.number
        self._edition = stored
        self.form.number.setReadOnly(True)
        self.form.set_draft(draft_from_edition(stored))  # figures as stored: «750000»
        self.taken_numbers = sorted(set(self.taken_numbers) | {stored.number})
        self._current = self._read()
        self._saved = self._current.copy()
        self._revalidate()
        self._update_dirty()
        self.undo_stack.setClean()
        self.saved.emit(stored)

    def _resolve_conflict(self, err: ConflictError) -> bool:
        answer = prompts.ask_conflict(self.form.window(), self.services.message(err))
        if answer is prompts.Answer.OVERWRITE:
            return self.save(force=True)
        if answer is prompts.Answer.RELOAD:
            self.reload()
        return False

    def reload(self) -> None:
        """Show the stored copy again, dropping unsaved changes."""
        if self._original_number is None:
            return
        edition = self.services.editions.get(self._original_number)
        self.load(edition)

    def discard(self) -> None:
        """Forget unsaved changes (reload a stored edition; clear a new one)."""
        if self._original_number is not None:
            self.reload()
        else:
            self.close()

    def close(self) -> None:
        """Empty the form (no edition open)."""
        self._original_number = None
        self._version = 0
        self._edition = None
        self.form.set_draft(EditionDraft())
        self._current = self._read()
        self._saved = self._current.copy()
        self.undo_stack.clear()
        self.form.setEnabled(False)
        self._problems = []
        self.form.show_problems([])
        self._update_dirty()
