"""The release repository's writes (ORM, imported only to write): saving drafts, issuing,
saving and deleting templates. What a write returns is read back with Core
(:mod:`balagh.store.release_reads`) on the transaction's own connection."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from balagh.core.errors import BalaghError, ConflictError, NotFoundError, ValidationFailed
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
from balagh.store import release_reads
from balagh.store.actor import current_actor
from balagh.store.filling import fill_release_row
from balagh.store.mapping import aware
from balagh.store.models import EditionRow
from balagh.store.release_issuing import (
    checked_pdf,
    issuable_row,
    mark_issued,
    reference_for,
    render_versions,
    serialise_issuing,
    superseded_id,
)
from balagh.store.release_messages import already_issued, draft_changed
from balagh.store.release_models import ReleaseRow, TemplateRow
from balagh.store.release_reads import no_template, not_found
from balagh.store.releases import read_only, refusals
from balagh.store.tables import utcnow
from balagh.store.transactions import transaction
from balagh.store.versioning import has_versions, record_version


@contextmanager
def _writing(engine: Engine) -> Iterator[Session]:
    with refusals(), transaction(engine, conflict=ConflictError(
            msg("عدل شخص آخر هذا البلاغ منذ فتحه؛ أعد فتحه"))) as session:
        yield session


def _stored(session: Session, row: ReleaseRow) -> Release:
    """The release as ``row`` now is in the database (flushed first), read with Core."""
    session.flush()
    found = release_reads.release_by_id(session.connection(), row.id)
    assert found is not None
    return found


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


def save_draft(engine: Engine, actor: str, release: Release, *, force: bool = False) -> Release:
    """See ``SqlReleaseRepository.save_draft``; ``actor`` is who saves («user@workstation»)."""
    if release.status == ReleaseStatus.ISSUED:
        raise read_only(release.id, release.reference)
    release = _policed(release)
    with _writing(engine) as session:
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
        row.updated_by = actor
        return _stored(session, row)


def issue(
    engine: Engine,
    actor: str,
    release_id: int,
    render: Callable[[Release], bytes],
    *,
    override_reason: str | None = None,
    render_version: Callable[[Release, Language], bytes] | None = None,
    expected_version: int | None = None,
    expected_edition_version: int | None = None,
) -> Release:
    """See ``SqlReleaseRepository.issue``; ``actor`` is who issues («user@workstation»)."""
    try:
        with _writing(engine) as session:
            serialise_issuing(session)
            row = issuable_row(session, release_id, expected_version,
                               expected_edition_version)
            issued_at = utcnow()
            reason = override_reason if override_reason is not None else row.override_reason
            # The issuing commands check the text against the figures just before
            # issuing: the issuer is the checker (and gives the override reason).
            role = current_actor(session.connection()).db_role
            who = f"{actor} ({role})" if role else actor
            to_render = dataclasses.replace(
                _stored(session, row),
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
            return _stored(session, row)
    except IntegrityError as exc:
        raise ConflictError(
            msg("صدر بلاغ آخر بالمرجع نفسه في اللحظة ذاتها؛ أعد المحاولة"),
        ) from exc


def _template_content(row: TemplateRow) -> dict[str, str]:
    """What a template's version keeps: its kind, language and body."""
    return {"kind": row.kind, "language": row.language, "body": row.body}


def save_template(engine: Engine, template: StoredTemplate) -> StoredTemplate:
    """See ``SqlReleaseRepository.save_template``."""
    name = template.name.strip()
    if not name:
        raise BalaghError(msg("اسم القالب فارغ"))
    with _writing(engine) as session:
        row = session.scalars(select(TemplateRow).where(TemplateRow.name == name)).first()
        first = not has_versions(session, TEMPLATES, name)
        if row is None:
            row = TemplateRow(name=name, created_at=utcnow())
            session.add(row)
        elif (row.kind, row.body, row.language) == (
                template.kind.value, template.body, Language(template.language).value):
            return release_reads.template_named(session.connection(), name)  # no new version
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
        return release_reads.template_named(session.connection(), name)


def delete_template(engine: Engine, name: str) -> None:
    """See ``SqlReleaseRepository.delete_template``."""
    with _writing(engine) as session:
        row = session.scalars(select(TemplateRow).where(TemplateRow.name == name)).first()
        if row is None:
            raise no_template(name)
        record_version(session, TEMPLATES, row.name, label=row.name,
                       content=_template_content(row),
                       action=ACTION_DELETED, changes_of=lambda _old, _new: [])
        session.delete(row)
