"""Behaviour of the edition form: undo/redo of field edits, live validation, dirty state, save.

The controller keeps the form's last known draft; every change becomes an undo command holding
the draft before and after (consecutive typing in one field merges into one command).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from balagh.app.next_edition import numbering_warnings
from balagh.core.errors import BalaghError, ConflictError, Problem, ValidationFailed
from balagh.core.input_policy import embedding_notices
from balagh.core.model import Edition, FigureKind
from balagh.core.plausibility import figure_warnings
from balagh.gui import prompts
from balagh.gui.edition.draft import EditionDraft, build_edition, draft_from_edition
from balagh.gui.edition.form import EditionForm
from balagh.gui.edition.undo import FieldEdit
from balagh.gui.services import Services
from balagh.gui.workers import Job, JobRunner

log = logging.getLogger(__name__)


def _comparable(draft: EditionDraft) -> EditionDraft:
    """The draft without empty figure rows nor locking data (for the dirty check)."""
    figures = {
        key: fig for key, fig in draft.figures.items()
        if fig.text.strip() or fig.days or fig.qualifier.value != "exact"
    }
    return dataclasses.replace(draft, figures=figures, version=0, original_number=None)


class EditionFormController(QObject):
    """Drives an ``EditionForm`` over an edition repository."""

    problems_changed = Signal(list)
    dirty_changed = Signal(bool)
    can_save_changed = Signal(bool)
    saved = Signal(object)  # the stored Edition
    loaded = Signal()
    saving_changed = Signal(bool)  # a background save started (True) or ended (False)

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
        #: The window's thread pool: «حفظ» then writes there (None: on the calling thread).
        self.jobs: JobRunner | None = None
        self._saving: Job | None = None
        form.changed.connect(self._on_changed)
        form.save_button.clicked.connect(self.save_in_background)
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
    def stored_edition(self) -> Edition | None:
        """The stored edition the form shows (as loaded or last saved); None for a new one."""
        return self._edition

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
        """Saving is allowed only with an edition open, something changed, no problem left
        and no save under way."""
        return self.is_open and self._dirty and not self._problems and self._saving is None

    @property
    def saving(self) -> bool:
        """True while a background save is under way."""
        return self._saving is not None

    # ----- saving ----------------------------------------------------------------------------
    def save_in_background(self, force: bool = False) -> bool:
        """«حفظ» and Ctrl+S: validate now, write in the thread pool while the form stays
        usable (the save button waits). Returns True when the write started; what follows
        is ``saved``, or the database's refusal shown and nothing changed."""
        if self.jobs is None:
            return self.save(force)
        if not self.is_open or self._saving is not None:
            return False
        edition, problems = build_edition(
            self._current, self.catalogue, taken_numbers=self.taken_numbers
        )
        if problems or edition is None:
            self._revalidate()
            return False
        repository = self.services.editions
        sent = self._current.copy()
        self._saving = self.jobs.submit(
            lambda: repository.save(edition, force=force),
            lambda stored: self._saved_in_background(stored, sent),
            self._save_failed)
        self._update_save_state()
        self.saving_changed.emit(True)
        return True

    def _end_saving(self) -> None:
        self._saving = None
        self.saving_changed.emit(False)
        self._update_save_state()

    def _saved_in_background(self, stored: Edition, sent: EditionDraft) -> None:
        self._end_saving()
        log.info("edition %s saved (version %s)", stored.number, stored.version)
        if self._current == sent:
            self._after_save(stored)
            return
        # Typed while the save ran: the form keeps it (unsaved), over the stored version.
        self._editions_cache = None
        self._version = stored.version
        self._original_number = stored.number
        self._edition = stored
        self.form.number.setReadOnly(True)
        self.taken_numbers = sorted(set(self.taken_numbers) | {stored.number})
        self._saved = draft_from_edition(stored)
        self._current = self._read()
        self._revalidate()
        self._update_dirty()
        self.saved.emit(stored)

    def _save_failed(self, err: BaseException, _tb: str) -> None:
        self._end_saving()
        if isinstance(err, ConflictError):
            self._resolve_conflict(err)
        elif isinstance(err, ValidationFailed):
            self.form.show_problems(err.problems)
            self.form.save_button.setEnabled(False)
        else:
            self._report_refusal(err)

    def _report_refusal(self, err: BaseException) -> None:
        """The database refused (read-only, busy, unreachable): say so; the form keeps
        what was typed."""
        if isinstance(err, BalaghError):
            log.warning("edition not saved: %s", err.message_fr)
            text = self.services.message(err)
        else:
            log.error("edition not saved: %r", err)
            text = f"{type(err).__name__}: {err}"
        prompts.show_error(self.form.window(), self.tr("لم تحفظ الدورة"), text)

    def wait_for_save(self, msecs: int = 30000) -> None:
        """Let a background save finish and take effect now (before leaving the edition)."""
        job = self._saving
        if job is not None and job.ended.wait(msecs / 1000):
            QCoreApplication.sendPostedEvents()  # its outcome, queued for the GUI thread

    def save(self, force: bool = False) -> bool:
        """Validate and save on this thread (leaving or closing with unsaved changes; a
        conflict's «overwrite»); returns True when stored. A conflict asks reload or
        overwrite."""
        self.wait_for_save()
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
            self._report_refusal(err)
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
