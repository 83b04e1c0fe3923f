"""The release repository: drafts, issuing (reference, PDF, SHA-256) and user templates.

An issued release is read-only for ever: the repository refuses to change it, and the
database refuses too (a trigger created by migration 0002). Reads are Core
(:mod:`balagh.store.release_reads`); the writes are in :mod:`balagh.store.release_writes`,
imported — with the ORM — only by the methods that write.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError

from balagh.core.errors import ReadOnlyError
from balagh.core.model import Language, Release, StoredTemplate
from balagh.messages import msg
from balagh.store import release_reads
from balagh.store.actor import default_actor
from balagh.store.connections import read_transaction
from balagh.store.db_errors import database_error
from balagh.store.release_reads import not_found

#: The text the database trigger raises when an issued release is touched.
READ_ONLY_MARKER = "issued release is read-only"


def read_only(release_id: int | None, reference: str | None = None) -> ReadOnlyError:
    """«البلاغ 2026/003 صادر ولا يمكن تعديله…»."""
    label = reference or str(release_id)
    return ReadOnlyError(
        msg("البلاغ {label} صادر ولا يمكن تعديله؛ أنشئ بلاغا جديدا يحل محله", label=label),
    )


@contextmanager
def refusals() -> Iterator[None]:
    """What the database refused about releases, in the staff's words: the trigger that
    guards issued releases, the roles of a shared database."""
    try:
        yield
    except DBAPIError as exc:
        if READ_ONLY_MARKER in str(exc.orig):
            raise read_only(None) from exc
        detail = str(exc.orig).lower()
        if "row-level security" in detail or "permission denied" in detail:
            raise ReadOnlyError(  # the roles of a shared database (balagh db roles)
                msg(
                    "رفضت قاعدة البيانات العملية: دورك فيها لا يسمح بها (إصدار البلاغات "
                    "وتصحيحها لمن له دور balagh_issuer)",
                ),
            ) from exc
        if isinstance(exc, IntegrityError):
            raise
        raise database_error(exc) from exc


class SqlReleaseRepository:
    """:class:`balagh.core.ports.ReleaseRepository` on a SQLAlchemy database."""

    def __init__(self, engine: Engine, actor: str | None = None) -> None:
        self._engine = engine
        #: Who saves through this repository («user@workstation»), kept with each draft.
        self.actor = actor or default_actor()

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        with refusals(), read_transaction(self._engine) as connection:
            yield connection

    # -- releases ----------------------------------------------------------------------

    def releases(self, edition_number: int | None = None) -> list[Release]:
        """Releases, newest first (optionally of one edition)."""
        with self._reading() as connection:
            return release_reads.releases_of(connection, edition_number)

    def get_release(self, release_id: int) -> Release:
        """One release; raises NotFoundError."""
        with self._reading() as connection:
            found = release_reads.release_by_id(connection, release_id)
        if found is None:
            raise not_found(release_id)
        return found

    def find_by_sha256(self, digest: str) -> Release | None:
        """The issued release whose PDF — Arabic or French — has this SHA-256 (hex, any
        case), if any."""
        with self._reading() as connection:
            return release_reads.issued_with_sha256(connection, digest.strip().lower())

    def save_draft(self, release: Release, *, force: bool = False) -> Release:
        """Create or update a draft; returns the stored copy (with its new ``version``).

        ``release.version`` is the version the caller opened: when someone saved the draft
        since, ConflictError names them («عدل amina@poste-2 هذه المسودة…») unless ``force``.
        A draft issued meanwhile raises AlreadyIssuedError with its reference.
        """
        from balagh.store.release_writes import save_draft

        return save_draft(self._engine, self.actor, release, force=force)

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
        """Issue a draft in one transaction.

        Allocates the next ``yyyy/nnn`` reference for the year of the release's date, decides
        which release it supersedes (see
        :func:`~balagh.store.release_issuing.superseded_id`: by default the newest
        issued release of the same edition and kind), calls ``render`` with the release
        carrying both (status issued, ``issued_at`` set), stores the PDF and its SHA-256. All
        of this happens under the issuing lock, so concurrent issuers see each other's
        releases. A release with a French version is issued with it: ``render_version(release,
        Language.FR)`` makes the French PDF, stored with its own SHA-256 under the same
        reference (both verify). If any rendering fails nothing is written.

        ``expected_version`` / ``expected_edition_version`` bind the issue to what was
        checked: if the draft or its edition's figures were saved since, DraftChangedError
        (naming who saved the draft) and nothing is issued. A draft issued meanwhile raises
        AlreadyIssuedError naming its reference.
        """
        from balagh.store.release_writes import issue

        return issue(self._engine, self.actor, release_id, render,
                     override_reason=override_reason, render_version=render_version,
                     expected_version=expected_version,
                     expected_edition_version=expected_edition_version)

    # -- templates ---------------------------------------------------------------------

    def templates(self) -> list[StoredTemplate]:
        """User templates, by name."""
        with self._reading() as connection:
            return release_reads.all_templates(connection)

    def save_template(self, template: StoredTemplate) -> StoredTemplate:
        """Create or replace a user template by name."""
        from balagh.store.release_writes import save_template

        return save_template(self._engine, template)

    def delete_template(self, name: str) -> None:
        """Remove a user template; raises NotFoundError when there is none by that name."""
        from balagh.store.release_writes import delete_template

        delete_template(self._engine, name)
