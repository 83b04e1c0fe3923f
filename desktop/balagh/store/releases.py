"""The release repository: drafts, issuing (reference, PDF, SHA-256) and user templates.

An issued release is read-only for ever: the repository refuses to change it, and the
database refuses too (a trigger created by migration 0002).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, joinedload, sessionmaker

from balagh.core.errors import (
    BalaghError,
    ConflictError,
    NotFoundError,
    ReadOnlyError,
    ValidationFailed,
)
from balagh.core.history import (
    ACTION_BASELINE,
    ACTION_CREATED,
    ACTION_DELETED,
    ACTION_SAVED,
    TEMPLATES,
    template_changes,
)
from balagh.core.input_policy import release_input_problems, without_embeddings
from balagh.core.model import Language, Release, ReleaseStatus, StoredTemplate
from balagh.messages import msg
from balagh.store.actor import current_actor
from balagh.store.db_errors import database_error
from balagh.store.mapping import (
    aware,
    fill_release_row,
    release_from_row,
    template_from_row,
)
from balagh.store.models import EditionRow
from balagh.store.release_issuing import (
    checked_pdf,
    issuable_row,
    mark_issued,
    not_found,
    reference_for,
    render_versions,
    serialise_issuing,
    superseded_id,
)
from balagh.store.release_messages import (
    already_issued,
    default_actor,
    draft_changed,
)
from balagh.store.release_models import ReleaseRow, ReleaseVersionRow, TemplateRow
from balagh.store.tables import utcnow
from balagh.store.transactions import transaction
from balagh.store.versioning import latest_row, record_version

#: The text the database trigger raises when an issued release is touched.
READ_ONLY_MARKER = "issued release is read-only"


def _read_only(release_id: int | None, reference: str | None = None) -> ReadOnlyError:
    label = reference or str(release_id)
    return ReadOnlyError(
        msg("البلاغ {label} صادر ولا يمكن تعديله؛ أنشئ بلاغا جديدا يحل محله", label=label),
    )


def _policed(release: Release) -> Release:
    """The draft with bidi embeddings removed from its texts (``balagh.core.input_policy``);
    ValidationFailed when a text breaks the input policy (controls, lengths)."""
    texts = [(release.title, release.place, release.paragraphs)]
    texts += [(v.title, v.place, v.paragraphs) for v in release.versions.values()]
    problems = [p for title, place, paragraphs in texts
                for p in release_input_problems(title, place, list(paragraphs))]
    if problems:
        raise ValidationFailed(problems, msg("البلاغ"))
    return dataclasses.replace(
        release,
        title=without_embeddings(release.title),
        place=without_embeddings(release.place),
        paragraphs=[without_embeddings(p) for p in release.paragraphs],
    )


def _template_content(row: TemplateRow) -> dict[str, str]:
    """What a template's version keeps: its kind, language and body."""
    return {"kind": row.kind, "language": row.language, "body": row.body}


class SqlReleaseRepository:
    """:class:`balagh.core.ports.ReleaseRepository` on a SQLAlchemy database."""

    def __init__(self, sessions: sessionmaker[Session], actor: str | None = None) -> None:
        self._sessions = sessions
        #: Who saves through this repository («user@workstation»), kept with each draft.
        self.actor = actor or default_actor()

    @contextmanager
    def _transaction(self, *, write: bool = False) -> Iterator[Session]:
        try:
            with transaction(self._sessions, write=write, conflict=ConflictError(
                msg("عدل شخص آخر هذا البلاغ منذ فتحه؛ أعد فتحه"))) as session:
                yield session
        except DBAPIError as exc:
            if READ_ONLY_MARKER in str(exc.orig):
                raise _read_only(None) from exc
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

    # -- releases ----------------------------------------------------------------------

    def releases(self, edition_number: int | None = None) -> list[Release]:
        """Releases, newest first (optionally of one edition)."""
        with self._transaction() as session:
            query = (select(ReleaseRow).options(joinedload(ReleaseRow.edition))
                     .join(ReleaseRow.edition).where(EditionRow.deleted_at.is_(None)))
            if edition_number is not None:
                query = query.where(EditionRow.number == edition_number)
            query = query.order_by(ReleaseRow.created_at.desc(), ReleaseRow.id.desc())
            return [release_from_row(row) for row in session.scalars(query)]

    def get_release(self, release_id: int) -> Release:
        """One release; raises NotFoundError."""
        with self._transaction() as session:
            row = session.get(ReleaseRow, release_id)
            if row is None:
                raise not_found(release_id)
            return release_from_row(row)

    def save_draft(self, release: Release, *, force: bool = False) -> Release:
        """Create or update a draft; returns the stored copy (with its new ``version``).

        ``release.version`` is the version the caller opened: when someone saved the draft
        since, ConflictError names them («عدل amina@poste-2 هذه المسودة…») unless ``force``.
        A draft issued meanwhile raises AlreadyIssuedError with its reference.
        """
        if release.status == ReleaseStatus.ISSUED:
            raise _read_only(release.id, release.reference)
        release = _policed(release)
        with self._transaction(write=True) as session:
            edition = session.scalars(
                select(EditionRow).where(EditionRow.number == release.edition_number)
                .where(EditionRow.deleted_at.is_(None))
            ).first()
            if edition is None:
                raise NotFoundError(
                    msg(
                        "لا توجد دورة بالرقم {edition_number} لهذا البلاغ",
                        edition_number=release.edition_number,
                    ),
                )
            if release.id is None:
                row = ReleaseRow(status="draft", created_at=utcnow())
                session.add(row)
            else:
                found = session.get(ReleaseRow, release.id, with_for_update=True)
                if found is None:
                    raise not_found(release.id)
                if found.status != "draft":
                    raise already_issued(found, saving=True)
                if found.version != release.version and not force:
                    raise draft_changed(found, since="opened")
                row = found
            row.edition = edition
            fill_release_row(row, release)
            row.updated_at = utcnow()
            row.updated_by = self.actor
            session.flush()
            return release_from_row(row)

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
        which release it supersedes (see :func:`superseded_id`: by default the newest issued
        release of the same edition and kind), calls ``render`` with the release carrying
        both (status issued, ``issued_at`` set), stores the PDF and its SHA-256. All of this
        happens under the issuing lock, so concurrent issuers see each other's releases.
        A release with a French version is issued with it: ``render_version(release,
        Language.FR)`` makes the French PDF, stored with its own SHA-256 under the same
        reference (both verify). If any rendering fails nothing is written.

        ``expected_version`` / ``expected_edition_version`` bind the issue to what was
        checked: if the draft or its edition's figures were saved since, DraftChangedError
        (naming who saved the draft) and nothing is issued. A draft issued meanwhile raises
        AlreadyIssuedError naming its reference.
        """
        try:
            with self._transaction(write=True) as session:
                serialise_issuing(session)
                row = issuable_row(session, release_id, expected_version,
                                   expected_edition_version)
                issued_at = utcnow()
                reason = override_reason if override_reason is not None else row.override_reason
                # The issuing commands check the text against the figures just before
                # issuing: the issuer is the checker (and gives the override reason).
                role = current_actor(session).db_role
                who = f"{self.actor} ({role})" if role else self.actor
                to_render = dataclasses.replace(
                    release_from_row(row),
                    status=ReleaseStatus.ISSUED,
                    reference=reference_for(session, row.date.year),
                    issued_at=aware(issued_at),
                    override_reason=reason,
                    supersedes_id=superseded_id(session, row),
                    checked_by=who,
                    checked_at=aware(issued_at),
                    issued_by=who,
                )
                pdf = checked_pdf(render(to_render))
                render_versions(row, to_render, render_version)
                session.flush()  # the versions before the release turns issued (triggers)
                mark_issued(row, to_render, pdf, issued_at)
                session.flush()
                return release_from_row(row)
        except IntegrityError as exc:
            raise ConflictError(
                msg("صدر بلاغ آخر بالمرجع نفسه في اللحظة ذاتها؛ أعد المحاولة"),
            ) from exc

    def find_by_sha256(self, digest: str) -> Release | None:
        """The issued release whose PDF — Arabic or French — has this SHA-256 (hex, any
        case), if any."""
        wanted = digest.strip().lower()
        with self._transaction() as session:
            row = session.scalars(
                select(ReleaseRow)
                .where(ReleaseRow.sha256 == wanted)
                .where(ReleaseRow.status == "issued")
            ).first()
            if row is None:
                row = session.scalars(
                    select(ReleaseRow)
                    .join(ReleaseVersionRow, ReleaseVersionRow.release_id == ReleaseRow.id)
                    .where(ReleaseVersionRow.sha256 == wanted)
                    .where(ReleaseRow.status == "issued")
                ).first()
            return None if row is None else release_from_row(row)

    # -- templates ---------------------------------------------------------------------

    def templates(self) -> list[StoredTemplate]:
        """User templates, by name."""
        with self._transaction() as session:
            rows = session.scalars(select(TemplateRow).order_by(TemplateRow.name))
            return [template_from_row(row) for row in rows]

    def save_template(self, template: StoredTemplate) -> StoredTemplate:
        """Create or replace a user template by name."""
        name = template.name.strip()
        if not name:
            raise BalaghError(msg("اسم القالب فارغ"))
        with self._transaction(write=True) as session:
            row = session.scalars(select(TemplateRow).where(TemplateRow.name == name)).first()
            first = latest_row(session, TEMPLATES, name) is None
            if row is None:
                row = TemplateRow(name=name, created_at=utcnow())
                session.add(row)
            elif (row.kind, row.body, row.language) == (
                    template.kind.value, template.body, Language(template.language).value):
                return template_from_row(row)  # nothing changed: no new version
            elif first:  # stored before the history began: keep what it was
                record_version(session, TEMPLATES, name, label=name,
                               content=_template_content(row),
                               action=ACTION_BASELINE, changes_of=lambda _old, _new: [])
                first = False
            row.kind = template.kind.value
            row.body = template.body
            row.language = Language(template.language).value
            row.updated_at = utcnow()
            session.flush()
            record_version(session, TEMPLATES, name, label=name,
                           content=_template_content(row),
                           action=ACTION_CREATED if first else ACTION_SAVED,
                           changes_of=template_changes)
            return template_from_row(row)

    def delete_template(self, name: str) -> None:
        """Remove a user template; raises NotFoundError when there is none by that name."""
        with self._transaction(write=True) as session:
            row = session.scalars(select(TemplateRow).where(TemplateRow.name == name)).first()
            if row is None:
                raise NotFoundError(
                    msg("لا يوجد قالب باسم «{name}»", name=name)
                )
            record_version(session, TEMPLATES, row.name, label=row.name,
                           content=_template_content(row),
                           action=ACTION_DELETED, changes_of=lambda _old, _new: [])
            session.delete(row)
