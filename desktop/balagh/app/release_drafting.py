"""Drafting a release of any kind — closing, opening, a daily bulletin for one day — from
the database, the same way for the command line and the window.

``draft_for(store, edition, ReleaseKind.DAILY, settings, day=date(2023, 5, 18))`` is the
Fez 2023 bulletin of 18 May, written with the phrasebook's current wording;
``stored_draft(store, 4, ReleaseKind.DAILY, date(2023, 5, 18))`` the newest stored draft of
that bulletin and the newest issued one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from balagh.core.errors import BalaghError, NotFoundError
from balagh.core.model import Edition, Release, ReleaseKind, ReleaseStatus
from balagh.core.ports import EditionRepository, PhraseRepository, ReleaseRepository
from balagh.messages import PerLanguage, msg

if TYPE_CHECKING:
    from balagh.platform.settings import Settings


class Store(Protocol):
    """Where a draft's facts come from: an open store, or the window's services."""

    @property
    def editions(self) -> EditionRepository: ...

    @property
    def releases(self) -> ReleaseRepository: ...

    @property
    def phrases(self) -> PhraseRepository: ...

def builtin_fallback_notice(err: BalaghError) -> BalaghError:
    """Why a draft was written with the built-in template: the chosen one failed (``err``
    names it, its line and the problem)."""
    return BalaghError(
        msg(
            "تعذر استعمال القالب المختار ({message})؛ أنشئت المسودة بالقالب المدمج بدلا منه. صحح "
            "القالب ثم أعد إنشاء المسودة.",
            message=PerLanguage(ar=err.message_ar, fr=err.message_fr),
        ),
    )


def draft_or_builtin(chosen: Callable[[], Release], builtin: Callable[[], Release]
                     ) -> tuple[Release, BalaghError | None]:
    """The draft ``chosen`` writes with a stored template; when that template fails (a syntax
    error, a limit reached), the draft ``builtin`` writes with the built-in template and the
    notice saying which template failed, on which line, why and what was done instead —
    the same sentence on the command line and in the window. A broken stored template, even
    the settings' default, never stops a release."""
    from balagh.documents.release.templating import TemplateError

    try:
        return chosen(), None
    except TemplateError as err:
        return builtin(), builtin_fallback_notice(err)


def phrase_texts(store: Store) -> dict[str, str]:
    """The phrasebook's current wording of every phrase the staff changed, by key."""
    return {key: version.text for key, version in store.phrases.current().items()}


def release_day(edition: Edition, kind: ReleaseKind, day: dt.date | None) -> dt.date | None:
    """The date a release is drafted for: a daily bulletin needs its day (BalaghError)."""
    if kind is ReleaseKind.DAILY and day is None:
        raise BalaghError(
            msg(
                "النشرة اليومية تخص يوما من أيام الدورة {number}: حدد اليوم (مثلا --date "
                "{start_date})",
                number=edition.number,
                start_date=edition.start_date.isoformat(),
            ),
        )
    return day


def template_body(store: Store, name: str | None) -> str | None:
    """The body of the stored template ``name`` (None for the built-in one)."""
    if name is None:
        return None
    for template in store.releases.templates():
        if template.name == name.strip():
            if template.language.value != "ar":
                raise BalaghError(
                    msg(
                        "القالب «{name}» مكتوب بلغة أخرى ({value})؛ استعمل --template-fr",
                        name=name,
                        value=template.language.value,
                    ),
                )
            return template.body
    raise NotFoundError(msg("لا يوجد قالب باسم «{name}»", name=name))


def draft_for(
    store: Store,
    edition: Edition,
    kind: ReleaseKind,
    settings: Settings,
    *,
    day: dt.date | None = None,
    template: str | None = None,
) -> Release:
    """A fresh draft (not stored) of ``edition``'s release of ``kind`` from the database:
    its figures, the editions before it, the phrasebook; ``day`` is the release's date (the
    reported day for a daily bulletin, required then)."""
    from balagh.documents.release.draft import draft_release

    release_day(edition, kind, day)
    catalogue = {k.key: k for k in store.editions.catalogue()}
    return draft_release(
        edition, store.editions.list_editions(), catalogue, settings,
        template_body=template_body(store, template), template_name=template or "",
        kind=kind, release_date=day, phrases=phrase_texts(store),
    )


def same_release(release: Release, kind: ReleaseKind, day: dt.date | None) -> bool:
    """Whether ``release`` is of ``kind`` and, for a bulletin, of ``day``."""
    if release.kind is not kind:
        return False
    return kind is not ReleaseKind.DAILY or day is None or release.date == day


def stored_draft(store: Store, edition_number: int, kind: ReleaseKind,
                 day: dt.date | None = None) -> tuple[Release | None, Release | None]:
    """The newest stored draft of the edition's release of ``kind`` (for a daily bulletin,
    of ``day``), and the newest issued one."""
    issued: Release | None = None
    for release in store.releases.releases(edition_number):  # newest first
        if not same_release(release, kind, day):
            continue
        if release.status is ReleaseStatus.DRAFT:
            return release, issued
        issued = issued or release
    return None, issued
