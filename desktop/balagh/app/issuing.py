"""Issuing a release: the check is bound to the stored version that is issued.

The workflow, the same for ``balagh release issue`` and the window's «إصدار البلاغ»:

1. :meth:`Issuing.store_draft` stores the draft being issued when it is new or differs from
   the stored one (a draft saved by someone else since it was opened is refused, naming them);
2. :meth:`Issuing.check` checks that stored version — the text against the edition's figures,
   and the figures against each other (``balagh.core.plausibility``) — and returns a
   :class:`CheckedDraft` carrying the draft's version and the edition's version;
3. :meth:`Issuing.issue` issues the draft only if neither changed since the check
   (DraftChangedError names who changed the draft), refuses when the check found problems
   and no override reason is given (IssueRefused), and says truly when another issuer got
   there first (AlreadyIssuedError, with the reference it received).

An edition has one release in force of each kind (a bulletin: of each day): issuing another
one replaces it. The draft then supersedes the release in force (:func:`in_force`; set by
:meth:`Issuing.check` when the draft does not say it already), both faces say which
reference it replaces (:attr:`CheckedDraft.replaces`), and a draft whose text is the same as
the release in force is not issued again under a new reference unless asked (``again``:
``--again``, or the window's confirmation), since it is almost always a mistake — a copy of
the issued release is what ``release export`` gives (SameAsInForce).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from balagh.core.errors import BalaghError, Problem
from balagh.core.model import Edition, FigureKind, Language, Release, ReleaseKind, ReleaseStatus
from balagh.core.plausibility import Finding as PlausibilityFinding
from balagh.core.plausibility import check_figures
from balagh.core.ports import EditionRepository, Finding, ReleaseRepository, finding_text
from balagh.messages import PerLanguage, msg

#: ``check(release, edition, catalogue, all_editions) -> findings`` (the documents layer's
#: ``check_release``).
CheckFunction = Callable[[Release, Edition, Mapping[str, FigureKind], Sequence[Edition]],
                         Sequence[Finding]]
RenderFunction = Callable[[Release], bytes]


class IssueRefused(BalaghError):
    """The check found problems and no reason was given to issue anyway."""

    def __init__(self, problems: Sequence[Finding]) -> None:
        listed = PerLanguage(ar="؛ ".join(finding_text(p, "ar") for p in problems),
                             fr="; ".join(finding_text(p, "fr") for p in problems))
        super().__init__(msg(
            "لم يصدر البلاغ: نص البلاغ أو أرقام الدورة فيها مشاكل: {problems}. لإصداره رغم ذلك "
            "اذكر السبب", problems=listed))
        self.problems = list(problems)


class SameAsInForce(BalaghError):
    """The draft says word for word what the release in force says; not issued again."""

    def __init__(self, in_force: Release) -> None:
        super().__init__(msg(
            "لم يصدر البلاغ: نصه مطابق للبلاغ الصادر {reference} الساري المفعول، وإصداره من جديد "
            "يعطيه مرجعا جديدا يحل محل {reference}؛ لم يتغير شيء. لنسخة من البلاغ الصادر صدره "
            "كما هو، ولإصداره من جديد أكد ذلك", reference=in_force.reference))
        self.in_force = in_force


def in_force(releases: ReleaseRepository, draft: Release) -> Release | None:
    """The issued release that issuing ``draft`` replaces: the one it says it supersedes,
    else the newest issued release of its edition and kind (a bulletin: of its day) that no
    issued release superseded."""
    if draft.supersedes_id is not None:
        return releases.get_release(draft.supersedes_id)
    issued = [r for r in releases.releases(draft.edition_number)  # newest first
              if r.status is ReleaseStatus.ISSUED and r.kind is draft.kind
              and (draft.kind is not ReleaseKind.DAILY or r.date == draft.date)]
    superseded = {r.supersedes_id for r in issued}
    return next((r for r in issued if r.id not in superseded and r.id != draft.id), None)


def same_content(a: Release, b: Release) -> bool:
    """What the reader reads is the same: title, place, date, paragraphs, French version."""
    if (a.title, a.place, a.date, a.paragraphs) != (b.title, b.place, b.date, b.paragraphs):
        return False
    french_a = a.french.paragraphs if a.french is not None else None
    french_b = b.french.paragraphs if b.french is not None else None
    return french_a == french_b


@dataclass(frozen=True)
class CheckedDraft:
    """The result of checking one stored version of a draft.

    ``findings`` are the text's discrepancies and the figures' plausibility findings;
    ``problems`` block issuing without a reason, ``warnings`` do not.
    """

    release: Release
    edition_version: int
    findings: tuple[Finding, ...] = field(default_factory=tuple)
    #: The issued release in force that issuing this draft replaces (None: the first one).
    replaces: Release | None = None

    @property
    def identical(self) -> bool:
        """The draft says what the release it replaces already says."""
        return self.replaces is not None and same_content(self.release, self.replaces)

    @property
    def problems(self) -> list[Any]:
        """Findings that need an override reason."""
        return [f for f in self.findings if not f.is_warning]

    @property
    def warnings(self) -> list[Any]:
        """Findings that only warn."""
        return [f for f in self.findings if f.is_warning]


def _same_text(a: Release, b: Release) -> bool:
    fields = ("edition_number", "kind", "title", "place", "date", "paragraphs",
              "template_name", "supersedes_id", "override_reason", "versions")
    return all(getattr(a, name) == getattr(b, name) for name in fields)


class Issuing:
    """The issuing workflow on a pair of repositories, with the check and the renderer."""

    def __init__(self, editions: EditionRepository, releases: ReleaseRepository,
                 check: CheckFunction, render: RenderFunction, *,
                 render_version: Callable[[Release, Language], bytes] | None = None) -> None:
        self.editions = editions
        self.releases = releases
        self._check = check
        self._render = render
        self._render_version = render_version

    def store_draft(self, release: Release) -> Release:
        """The stored copy of ``release``: saved first when new or different from the stored
        draft (ConflictError when someone else saved it since it was opened)."""
        if release.id is not None:
            stored = self.releases.get_release(release.id)
            if stored.version == release.version and _same_text(stored, release):
                return stored
        return self.releases.save_draft(release)

    def check(self, release: Release) -> CheckedDraft:
        """Check a stored draft (``release.id`` set) as it is in the database now."""
        if release.id is None:
            release = self.store_draft(release)
        assert release.id is not None
        stored = self.releases.get_release(release.id)
        replaces = in_force(self.releases, stored)
        if replaces is not None and stored.supersedes_id is None:
            stored.supersedes_id = replaces.id  # one release in force of its kind
            stored = self.releases.save_draft(stored)
        edition = self.editions.get(stored.edition_number)
        editions = self.editions.list_editions()
        catalogue = {kind.key: kind for kind in self.editions.catalogue()}
        findings: list[Finding] = list(self._check(stored, edition, catalogue, editions))
        findings += figure_findings(edition, editions, catalogue)
        return CheckedDraft(stored, edition.version, tuple(findings), replaces)

    def issue(self, checked: CheckedDraft, override_reason: str | None = None, *,
              again: bool = False) -> Release:
        """Issue exactly the checked version; see the module's docstring for the refusals
        (``again``: issue a text identical to the release in force all the same)."""
        if checked.identical and not again:
            assert checked.replaces is not None
            raise SameAsInForce(checked.replaces)
        reason = (override_reason or "").strip() or None
        if checked.problems and reason is None:
            raise IssueRefused(checked.problems)
        assert checked.release.id is not None
        return self.releases.issue(
            checked.release.id,
            self._render,
            override_reason=reason if checked.problems else None,
            render_version=self._render_version,
            expected_version=checked.release.version,
            expected_edition_version=checked.edition_version,
        )


@dataclass(frozen=True)
class FigureFinding:
    """A plausibility finding about the edition's figures, shown with the text's findings."""

    finding: PlausibilityFinding

    @property
    def is_warning(self) -> bool:
        """Unusual (a warning) rather than impossible."""
        return self.finding.is_warning

    @property
    def paragraph(self) -> None:
        """About the figures, no paragraph of the release."""
        return None

    def text(self, language: str) -> str:
        """«أرقام الدورة — …» in ``language``."""
        return msg("أرقام الدورة — {finding}", finding=self.finding.problem).text(language)

    def text_ar(self) -> str:
        """The sentence in Arabic."""
        return self.text("ar")

    def text_fr(self) -> str:
        """The French counterpart."""
        return self.text("fr")

    @property
    def problem(self) -> Problem:
        """The underlying problem (naming the field)."""
        return self.finding.problem


def figure_findings(edition: Edition, editions: Sequence[Edition],
                    catalogue: Mapping[str, FigureKind]) -> list[FigureFinding]:
    """The plausibility findings of an edition's figures, as issuing findings."""
    return [FigureFinding(f) for f in check_figures(edition, editions, catalogue)]


def documents_check(release: Release, edition: Edition, catalogue: Mapping[str, FigureKind],
                    editions: Sequence[Edition]) -> list[Any]:
    """The documents layer's consistency check (the Arabic text, then the French version if
    there is one), as a :data:`CheckFunction`."""
    from balagh.app.bilingual import check_bilingual

    return list(check_bilingual(release, edition, catalogue, list(editions)))
