"""A release in Arabic and French: the French version drafted from the same figures,
checked with the Arabic one and issued with it under one reference.

Design: one release, one reference («2024/001»), two PDFs. The French version is a
:class:`~balagh.core.model.ReleaseVersion` of the release (``release.versions[FR]``, table
``release_versions``): it has its own title, place and paragraphs, and once issued its own
PDF and SHA-256, so each language verifies on its own (``balagh release verify`` names the
language) and one changed byte in either file is caught. Both are read-only from the moment
the release is issued (the database triggers cover both tables); a correction supersedes
both. The command line (``--lang fr|both``) and the window call these functions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from balagh.core.model import Edition, FigureKind, Language, Release
from balagh.core.ports import EditionRepository, ReleaseRepository
from balagh.documents.release.consistency import check_release
from balagh.documents.release.consistency_findings import Discrepancy
from balagh.platform.settings import Settings


def with_french(
    release: Release,
    edition: Edition,
    all_editions: Sequence[Edition],
    catalogue: Mapping[str, FigureKind],
    settings: Settings,
    *,
    template_body: str | None = None,
    template_name: str = "",
    phrases: Mapping[str, str] | None = None,
) -> tuple[Release, list[str]]:
    """``release`` with a French version drafted from the figures (replacing any), and the
    recorded texts the phrasebook has no French for (left out of the French text);
    ``phrases`` the standing sentences the staff changed (``release_drafting.phrase_texts``)."""
    from balagh.documents.release.french import draft_french

    draft = draft_french(edition, all_editions, catalogue, settings, release_date=release.date,
                         kind=release.kind, template_body=template_body,
                         template_name=template_name, phrases=phrases)
    release.versions[Language.FR] = draft.version
    return release, draft.untranslated


def check_bilingual(
    release: Release,
    edition: Edition,
    catalogue: Mapping[str, FigureKind],
    all_editions: Sequence[Edition] | None = None,
) -> list[Discrepancy]:
    """The consistency check of both languages: the Arabic findings, then those of the
    French version (``check_release`` reads both)."""
    return check_release(release, edition, catalogue, all_editions=all_editions)


def render_pdf(release: Release, settings: Settings, language: Language = Language.AR) -> bytes:
    """The PDF of ``release`` in ``language`` (BalaghError when it has no such version)."""
    if Language(language) is Language.FR:
        from balagh.documents.release.pdf_fr import render_release_pdf_fr

        return render_release_pdf_fr(release, settings)
    from balagh.documents.release.pdf import render_release_pdf

    return render_release_pdf(release, settings)


def issue_release(
    editions: EditionRepository,
    releases: ReleaseRepository,
    release: Release,
    settings: Settings,
    *,
    override_reason: str | None = None,
    again: bool = False,
) -> Release:
    """Store, check (both languages) and issue ``release`` with its French version, if any,
    through the issuing workflow (``balagh.app.issuing``), each PDF signed when the settings
    name a certificate (``balagh.app.signing``): one reference, an Arabic PDF and a French
    PDF, each with its SHA-256. Raises IssueRefused when the check finds problems and no
    ``override_reason`` is given, SameAsInForce when the text is the release in force's
    (``again`` issues it all the same)."""
    from balagh.app.issuing import Issuing, documents_check
    from balagh.app.signing import release_signer

    sign = release_signer(settings)
    workflow = Issuing(editions, releases, documents_check,
                       lambda r: sign(render_pdf(r, settings, Language.AR), r),
                       render_version=lambda r, language: sign(
                           render_pdf(r, settings, language), r))
    checked = workflow.check(workflow.store_draft(release))
    return workflow.issue(checked, override_reason, again=again)


def pdf_of_issued(release: Release, language: Language = Language.AR) -> bytes | None:
    """The stored PDF of an issued release in ``language`` (None when there is none)."""
    if Language(language) is Language.AR:
        return release.pdf
    version = release.versions.get(Language(language))
    return version.pdf if version is not None else None
