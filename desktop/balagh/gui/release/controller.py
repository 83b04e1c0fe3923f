"""Behaviour of the release tab: draft, edit, debounced preview in a worker, check, issue.

The renderer is the documents layer handed in through ``Services`` (tests may hand another);
rendering runs in the thread pool and only the newest result is shown.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from balagh.core.errors import BalaghError
from balagh.core.model import Edition, Release, ReleaseKind, ReleaseStatus, StoredTemplate
from balagh.gui.release import controller_french, controller_issuing
from balagh.gui.release.shown_release import NOT_READ, NotRead, release_to_show
from balagh.gui.services import Services
from balagh.gui.workers import JobRunner

log = logging.getLogger(__name__)

PREVIEW_DELAY_MS = 450


class ReleaseController(QObject):
    """Holds the release being edited for the current edition and talks to the services."""

    release_changed = Signal(object)  # Release | None
    preview_ready = Signal(bytes)
    preview_failed = Signal(str)
    checked = Signal(list)
    issued = Signal(object)  # the issued Release
    drafting_changed = Signal(bool)  # a draft is being written in the background (or not)
    message = Signal(str)
    #: Typed text not stored yet (True), or stored / dropped (False).
    unsaved_changed = Signal(bool)
    draft_saved = Signal(object)  # the stored draft Release

    def __init__(self, services: Services, jobs: JobRunner, parent: QObject | None = None):
        super().__init__(parent)
        self.services = services
        self.jobs = jobs
        self.edition: Edition | None = None
        self.all_editions: list[Edition] = []
        #: Where every edition comes from before ``set_editions`` was called (the window's
        #: background reader); None: read from the repository.
        self.editions_source: Callable[[], list[Edition]] | None = None
        self._editions_given = False
        self._check_generation = 0
        self.checks_started = 0
        self.release: Release | None = None
        self.discrepancies: list[Any] = []
        self._generation = 0
        #: True while a draft is being written in the background.
        self.drafting = False
        self._unsaved_flag = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self._typing_paused)
        self.last_pdf: bytes = b""
        self.renders_started = 0
        #: Which version the preview shows: "ar" or "fr" (the French version, if any).
        self.preview_language = "ar"
        #: Recorded texts the phrasebook had no French for at the last French draft.
        self.untranslated: list[str] = []

    # ----- which release ---------------------------------------------------------------------
    def set_editions(self, editions: list[Edition]) -> None:
        """Every edition (comparisons and records need them all)."""
        self.all_editions = list(editions)
        self._editions_given = True

    def every_edition(self) -> list[Edition]:
        """Every edition in full: those given, or else read once from the source."""
        if not self._editions_given:
            source = self.editions_source or self.services.editions.list_editions
            self.set_editions(source())
        return self.all_editions

    def set_edition(self, edition: Edition | None,
                    shown: Release | NotRead | None = NOT_READ) -> None:
        """The edition whose releases are worked on: its release to show
        (``shown_release``: read now unless ``shown``, read beforehand, is given). A pending
        edit of the previous draft is stored first.
        """
        changed = (
            self.edition is None or edition is None or edition.number != self.edition.number
        )
        if changed:
            self.flush()
        self.edition = edition
        if not changed:
            return
        self.discrepancies = []
        if edition is None:
            self.release = None
        elif isinstance(shown, NotRead):
            self.release = release_to_show(self.services.releases, edition.number)
        else:
            self.release = shown
        self._announce()

    def flush(self, refresh: bool = False) -> bool:
        """Store a pending edit now (closing, switching edition or tab, exporting).

        The preview waits for a pause in typing; what was typed must not wait with it.
        ``refresh`` also renders the preview at once (the release stays on screen).
        Returns False only when storing failed (the error was reported).
        """
        if not self._unsaved:
            return True
        self.timer.stop()
        saved = self.save_draft()
        if refresh:
            self.render_preview()
            self.check_quietly()
        return saved

    def start_correction(self) -> Release | None:
        """Start a correction of the issued release shown: a new draft that supersedes it.

        The issued release is never changed; the correction gets its own reference when it
        is issued (e.g. «2025/002» superseding «2025/001»).
        """
        release = self.release
        if release is None or release.status is not ReleaseStatus.ISSUED:
            return None
        from balagh.documents.release.draft import correction_draft

        try:
            draft = correction_draft(release)
            draft = self.services.releases.save_draft(draft)
        except BalaghError as err:
            self.message.emit(self.services.message(err))
            return None
        log.info("correction draft %s started for release %s", draft.id, release.reference)
        self.release = draft
        self.discrepancies = []
        self._announce()
        self.check_quietly()
        return draft

    def draft_correction(self, issued: Release) -> Release | None:
        """A correction of ``issued`` drafted from the current figures (it supersedes
        ``issued`` when issued), stored and shown."""
        from balagh.app.after_save import draft_correction

        self.flush()
        try:
            draft = draft_correction(self.services.editions, self.services.releases, issued,
                                     self.services.settings)
        except BalaghError as err:
            self.message.emit(self.services.message(err))
            return None
        self.release = draft
        self.discrepancies = []
        self._announce()
        self.check_quietly()
        return draft

    def open_release(self, release: Release) -> None:
        """Show a release from the archive (issued ones are read-only)."""
        self.flush()
        if self.edition is None or self.edition.number != release.edition_number:
            try:  # checks compare the text with the release's own edition
                self.edition = self.services.editions.get(release.edition_number)
            except BalaghError:
                self.edition = None
        self.release = release
        self.discrepancies = []
        self._announce()

    def _announce(self) -> None:
        self._unsaved = False
        self.release_changed.emit(self.release)
        if self.release is not None:
            self.render_preview()

    @property
    def editable(self) -> bool:
        """A draft can be edited; an issued release never."""
        return self.release is not None and self.release.status is ReleaseStatus.DRAFT

    # ----- drafting --------------------------------------------------------------------------
    def templates(self) -> list[StoredTemplate]:
        """The stored user templates offered beside the built-in one, by name."""
        return self.templates_in("ar")

    def templates_in(self, language: str) -> list[StoredTemplate]:
        """The stored user templates that write ``language`` ("ar" or "fr"), by name."""
        return sorted((t for t in self.services.releases.templates()
                       if t.language.value == language), key=lambda t: t.name)

    def generate(self, kind: ReleaseKind = ReleaseKind.CLOSING,
                 template_body: str | None = None, template_name: str = "",
                 day: dt.date | None = None) -> bool:
        """Draft a release for the current edition from a template and keep it as a draft,
        in the thread pool (``balagh.gui.release.drafting``); the stored draft is shown when
        it comes (``release_changed``). Returns True when drafting started.

        ``day`` is the day a daily bulletin reports. A stored template that fails gives way
        to the built-in one and ``message`` says which template failed, on which line and
        why; any other failure is reported and the current draft stays as it was.
        """
        from balagh.gui.release.drafting import draft_and_store

        if self.edition is None or self.drafting:
            return False
        edition, editions, services = self.edition, list(self.every_edition()), self.services
        self.drafting = True
        self.drafting_changed.emit(True)
        self.jobs.submit(
            lambda: draft_and_store(services, edition, editions, kind, template_body,
                                    template_name, day),
            lambda result: self._drafted(edition, *result), self._draft_failed)
        return True

    def _drafted(self, edition: Edition, release: Release, fallback: BalaghError | None) -> None:
        self.drafting = False
        self.drafting_changed.emit(False)
        if self.edition is None or self.edition.number != edition.number:
            return  # the staff moved to another edition meanwhile: the draft waits there
        self.release = release
        self.discrepancies = []
        self._announce()
        self.check_quietly()
        if fallback is not None:
            self.message.emit(self.services.message(fallback))

    def _draft_failed(self, err: BaseException, _tb: str) -> None:
        self.drafting = False
        self.drafting_changed.emit(False)
        if isinstance(err, BalaghError):
            self.message.emit(self.services.message(err))
        else:
            log.error("drafting failed: %r", err)
            self.message.emit(f"{type(err).__name__}: {err}")

    def update_text(self, title: str, place: str, day: dt.date, paragraphs: list[str]) -> None:
        """The user edited the draft: remember it and refresh the preview shortly after."""
        if not self.editable or self.release is None:
            return
        cleaned = [p.strip() for p in paragraphs if p.strip()]
        new = dataclasses.replace(self.release, title=title.strip(), place=place.strip(),
                                  date=day, paragraphs=cleaned)
        if new == self.release:
            return
        self.release = new
        self._unsaved = True
        self.timer.start()

    @property
    def unsaved(self) -> bool:
        """True when the draft text differs from the stored draft."""
        return self._unsaved

    @property
    def _unsaved(self) -> bool:
        return self._unsaved_flag

    @_unsaved.setter
    def _unsaved(self, unsaved: bool) -> None:
        """Every change is announced: the tab's «*» and the window's modified mark."""
        if unsaved != self._unsaved_flag:
            self._unsaved_flag = unsaved
            self.unsaved_changed.emit(unsaved)

    def discard_edits(self) -> None:
        """Drop what was typed since the last store: show the stored draft again."""
        self.timer.stop()
        self._unsaved = False
        release = self.release
        if release is None or release.id is None:
            return
        try:
            self.release = self.services.releases.get_release(release.id)
        except BalaghError:
            log.exception("cannot reload release %s", release.id)
            self.release = None
        self._announce()

    def save_draft(self) -> bool:
        """Store the draft text."""
        if not self.editable or self.release is None:
            return False
        try:
            self.release = self.services.releases.save_draft(self.release)
        except BalaghError as err:
            self.message.emit(self.services.message(err))
            return False
        self._unsaved = False
        self.draft_saved.emit(self.release)
        return True

    # ----- preview ---------------------------------------------------------------------------
    def _typing_paused(self) -> None:
        """The user stopped typing: keep the draft (nothing typed is lost) and re-render."""
        if self._unsaved:
            self.save_draft()
        self.render_preview()
        self.check_quietly()

    def render_preview(self) -> None:
        """Render the current release in the thread pool; only the newest result is shown.

        While typed text waits for its pause, the pause stores it and renders: a render asked
        meanwhile (the documents layer ready, the other language chosen) waits for it rather
        than cancelling the store.
        """
        if self._unsaved and self.timer.isActive():
            return
        self.timer.stop()
        release = self.release
        if release is None:
            return
        language = self.preview_language if release.french is not None else "ar"
        stored = release.pdf if language == "ar" else release.french.pdf  # type: ignore[union-attr]
        if release.status is ReleaseStatus.ISSUED and stored:
            self.last_pdf = stored
            self.preview_ready.emit(stored)
            return
        self._generation += 1
        generation = self._generation
        snapshot = copy.deepcopy(release)
        settings = copy.deepcopy(self.services.settings)
        documents = self.services.documents
        self.renders_started += 1

        def work() -> bytes:
            if language == "fr":
                return documents.render_release_pdf_in(snapshot, settings, "fr")
            return documents.render_release_pdf(snapshot, settings)

        def done(data: bytes) -> None:
            if generation == self._generation:
                self.last_pdf = data
                self.preview_ready.emit(data)

        def failed(err: BaseException, _tb: str) -> None:
            if generation == self._generation:
                text = self.services.message(err) if isinstance(err, BalaghError) else str(err)
                self.preview_failed.emit(text)

        self.jobs.submit(work, done, failed)

    generate_french = controller_french.generate_french
    remove_french = controller_french.remove_french
    update_french = controller_french.update_french
    show_language = controller_french.show_language
    check_quietly = controller_issuing.check_quietly
    check = controller_issuing.check
    check_for_issue = controller_issuing.check_for_issue
    issue = controller_issuing.issue
    current_pdf = controller_issuing.current_pdf
    verify = controller_issuing.verify
