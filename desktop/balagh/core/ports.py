"""What the upper layers need from storage, as protocols (implemented in ``balagh.store``).

The GUI and the documents layer are handed objects of these shapes; tests may hand them
their own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from balagh.core.history import AuditEvent, TrashedEdition, Version
from balagh.core.model import (
    Edition,
    FigureKind,
    Language,
    PhraseVersion,
    Release,
    StoredTemplate,
)


class Finding(Protocol):
    """A finding of a check: a release text against the figures (``Discrepancy``) or a
    figure's plausibility (``core.plausibility.Finding``); a warning does not block issuing."""

    @property
    def is_warning(self) -> bool: ...

    @property
    def paragraph(self) -> int | None:
        """The index of the release paragraph it is about (0 = first), None for the figures."""
        ...

    def text_ar(self) -> str:
        """The sentence in Arabic."""
        ...

    def text_fr(self) -> str:
        """The sentence in French."""
        ...


def finding_text(finding: Finding, language: str = "ar") -> str:
    """A finding's sentence in ``language`` ("ar" or "fr")."""
    return finding.text_fr() if language == "fr" else finding.text_ar()


class EditionRepository(Protocol):
    """Editions and the figure catalogue."""

    def catalogue(self) -> list[FigureKind]:
        """Every figure kind, in display order."""
        ...

    def list_editions(self) -> list[Edition]:
        """Every edition, ordered by start date (oldest first)."""
        ...

    def list_editions_brief(self) -> list[Edition]:
        """Every edition with only number, cities, venues, dates and total visitors
        (what a list of editions shows), ordered like ``list_editions``."""
        ...

    def get(self, number: int) -> Edition:
        """The edition with this number; raises NotFoundError."""
        ...

    def find(self, number_or_year: int) -> Edition:
        """An edition by number, or else by year; raises NotFoundError."""
        ...

    def save(self, edition: Edition, *, force: bool = False) -> Edition:
        """Validate and write an edition in one transaction; returns the stored copy.

        Raises ValidationFailed (nothing written) or ConflictError when ``edition.version``
        is stale (someone else saved meanwhile) unless ``force`` is set.
        """
        ...

    def replace_all(self, editions: Sequence[Edition], *, replace: bool) -> list[Edition]:
        """Import several editions all-or-nothing (existing numbers only with ``replace``)."""
        ...

    def delete(self, number: int) -> None:
        """Delete an edition; raises ReadOnlyError when it has issued releases."""
        ...


class ReleaseRepository(Protocol):
    """Press releases on record and user templates."""

    def releases(self, edition_number: int | None = None) -> list[Release]:
        """Releases, newest first (optionally of one edition)."""
        ...

    def get_release(self, release_id: int) -> Release:
        """One release; raises NotFoundError."""
        ...

    def save_draft(self, release: Release, *, force: bool = False) -> Release:
        """Create or update a draft; raises ReadOnlyError for an issued release and
        ConflictError when someone saved it since ``release.version`` (unless ``force``)."""
        ...

    def issue(
        self,
        release_id: int,
        render: Callable[[Release], bytes],
        *,
        override_reason: str | None = None,
        render_version: Callable[[Release, Language], bytes] | None = None,
        expected_version: int | None = None,
        expected_edition_version: int | None = None,
    ) -> Release:
        """Issue a draft in one transaction: allocate the next ``yyyy/nnn`` reference,
        call ``render`` with the release carrying it, store the PDF bytes and SHA-256;
        a French version gets its own PDF from ``render_version`` under the same reference.
        The expected versions bind the issue to what was checked (DraftChangedError)."""
        ...

    def find_by_sha256(self, digest: str) -> Release | None:
        """The issued release whose PDF has this SHA-256, if any."""
        ...

    def templates(self) -> list[StoredTemplate]:
        """User templates, by name."""
        ...

    def save_template(self, template: StoredTemplate) -> StoredTemplate:
        """Create or replace a user template by name."""
        ...

    def delete_template(self, name: str) -> None:
        """Remove a user template."""
        ...


class PhraseRepository(Protocol):
    """The phrasebook's saved wordings: every version kept, the newest in use."""

    def current(self) -> dict[str, PhraseVersion]:
        """The newest version of every phrase that was ever saved, by key."""
        ...

    def history(self, key: str) -> list[PhraseVersion]:
        """Every version of ``key``, newest first."""
        ...

    def add_version(self, version: PhraseVersion) -> PhraseVersion:
        """Record a new wording (never changes an earlier one)."""
        ...


class HistoryRepository(Protocol):
    """The record of changes: versions of editions and templates, the trash, audit events."""

    def edition_history(self, number: int) -> list[Version]:
        """Every version of edition ``number`` (live or in the trash), oldest first."""
        ...

    def edition_version(self, number: int, number_of_version: int) -> Version:
        """One version of an edition; NotFoundError names how many there are."""
        ...

    def restore_edition_version(self, number: int, number_of_version: int) -> Edition:
        """Make an earlier version the current state again, as a new version."""
        ...

    def trash(self) -> list[TrashedEdition]:
        """The editions in the trash, most recently deleted first."""
        ...

    def restore_from_trash(self, number: int) -> Edition:
        """Bring an edition back from the trash, with its drafts and history."""
        ...

    def empty_trash(self) -> list[int]:
        """Delete for good the editions in the trash; returns their numbers."""
        ...

    def template_history(self, name: str) -> list[Version]:
        """Every version of a stored template (kept after it is deleted)."""
        ...

    def restore_template_version(self, name: str, number_of_version: int) -> StoredTemplate:
        """Store an earlier version of a template again, as a new version."""
        ...

    def events(self) -> list[AuditEvent]:
        """Audit events, newest first."""
        ...

    def record(self, action: str, subject: str = "", **details: object) -> None:
        """Add an audit event (e.g. a database restored from a backup)."""
        ...
