"""After figures are saved: which issued releases of the edition no longer agree with them.

:func:`issued_disagreements` checks every issued release of an edition that no later issued
release superseded against the figures as they are now; the window and the CLI call it
after each save (``balagh editions import``, the form's «حفظ») and say which release
disagrees, on which numbers, and offer a correction: :func:`draft_correction` stores a new
draft from the current figures that supersedes the release when it is issued.

Example: police staff 2500 → 2600 on an edition whose release 2026/001 says 2500 gives one
:class:`Disagreement` for 2026/001 with the finding «2500 موظف شرطة» (recorded 2600).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from balagh.app.issuing import CheckFunction
from balagh.core.model import Release, ReleaseStatus
from balagh.core.ports import EditionRepository, Finding, ReleaseRepository, finding_text
from balagh.platform.settings import Settings


@dataclass(frozen=True)
class Disagreement:
    """An issued release and the numbers of its text the saved figures contradict."""

    release: Release
    findings: tuple[Finding, ...]

    def text_ar(self) -> str:
        """«البلاغ 2026/001 الصادر لم يعد يطابق الأرقام المسجلة: …»."""
        items = "؛ ".join(finding_text(f, "ar") for f in self.findings)
        return (f"البلاغ {self.release.reference} الصادر لم يعد يطابق الأرقام المسجلة: {items}")

    def text_fr(self) -> str:
        """The French counterpart."""
        items = "; ".join(finding_text(f, "fr") for f in self.findings)
        return (f"Le communiqué émis {self.release.reference} ne correspond plus aux chiffres "
                f"enregistrés : {items}")


def current_issued(releases: Sequence[Release]) -> list[Release]:
    """The issued releases that no issued release supersedes, oldest first."""
    issued = [r for r in releases if r.status is ReleaseStatus.ISSUED]
    superseded = {r.supersedes_id for r in issued if r.supersedes_id is not None}
    return sorted((r for r in issued if r.id not in superseded),
                  key=lambda r: (r.reference or "", r.id or 0))


def issued_disagreements(editions: EditionRepository, releases: ReleaseRepository,
                         edition_number: int, check: CheckFunction) -> list[Disagreement]:
    """Issued, still-current releases of the edition whose text contradicts its figures."""
    issued = current_issued(releases.releases(edition_number))
    if not issued:  # the usual case: nothing issued, nothing else to read
        return []
    edition = editions.get(edition_number)
    everything = editions.list_editions()
    catalogue = {kind.key: kind for kind in editions.catalogue()}
    found: list[Disagreement] = []
    for release in issued:
        errors = [f for f in check(release, edition, catalogue, everything)
                  if not f.is_warning]
        if errors:
            found.append(Disagreement(release, tuple(errors)))
    return found


def correction_command(disagreement: Disagreement) -> str:
    """The command that drafts the correction: ``balagh release correct 2026/001``."""
    return f"balagh release correct {disagreement.release.reference}"


def draft_correction(editions: EditionRepository, releases: ReleaseRepository,
                     issued: Release, settings: Settings) -> Release:
    """Store a new draft of ``issued``'s kind from the current figures, superseding it.

    The issued release is never changed; the correction gets its own reference when issued.
    """
    from balagh.documents.release.draft import draft_release

    edition = editions.get(issued.edition_number)
    catalogue = {kind.key: kind for kind in editions.catalogue()}
    draft = draft_release(edition, editions.list_editions(), catalogue, settings,
                          kind=issued.kind)
    draft.supersedes_id = issued.id
    return releases.save_draft(draft)
