"""Which release a command works on: the edition and its figures, the stored or a fresh
draft (with the default template of the settings), an issued release by its reference."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from balagh.cli.arguments import edition_key, release_date
from balagh.core.errors import BalaghError
from balagh.core.model import ReleaseKind, ReleaseStatus
from balagh.messages import msg

if TYPE_CHECKING:
    from balagh.core.model import Edition, FigureKind, Release
    from balagh.platform.settings import Settings
    from balagh.store import Store


def kind_of(args: argparse.Namespace) -> ReleaseKind:
    """``--kind`` (a closing release when not given)."""
    return ReleaseKind(getattr(args, "kind", None) or ReleaseKind.CLOSING.value)


def load_settings() -> Settings:
    """The office's settings (defaults if the file is missing or broken)."""
    from balagh.platform.settings import Settings

    return Settings.load()


def template_body(store: Store, name: str | None, language: str = "ar") -> str | None:
    """The body of the stored template ``name``, which must write ``language``."""
    if name is None:
        return None
    for template in store.releases.templates():
        if template.name == name.strip():
            if template.language.value != language:
                option = "--template-fr" if language == "ar" else "--template"
                raise BalaghError(msg(
                    "القالب «{name}» مكتوب بلغة أخرى ({language})؛ استعمل {option}",
                    name=name,
                    language=template.language.value,
                    option=option,
                ))
            return template.body
    from balagh.core.errors import NotFoundError

    raise NotFoundError(msg("لا يوجد قالب باسم «{name}»", name=name))


def edition_context(store: Store, args: argparse.Namespace) -> tuple[Edition, list[Edition],
                                                              dict[str, FigureKind]]:
    edition = store.editions.find(edition_key(args.edition))
    catalogue = {kind.key: kind for kind in store.editions.catalogue()}
    return edition, store.editions.list_editions(), catalogue


def the_edition(store: Store, args: argparse.Namespace) -> Edition:
    """The edition the command names (``args.edition``: a number or a year)."""
    return store.editions.find(edition_key(args.edition))


def fresh_draft(store: Store, args: argparse.Namespace, settings: Settings,
                 template: str | None = None, edition: Edition | None = None) -> Release:
    """A fresh draft of the command's edition (``edition``, if already read)."""
    from balagh.app.release_drafting import draft_for

    edition = edition or the_edition(store, args)
    return draft_for(store, edition, kind_of(args), settings,
                     day=release_date(args.date), template=template)


def stored_and_issued(store: Store, args: argparse.Namespace, edition: Edition | None = None,
                      ) -> tuple[Release | None, Release | None]:
    """The newest stored draft of the edition and kind (a bulletin: of its day), and the
    newest issued release."""
    from balagh.app.release_drafting import release_day, stored_draft

    edition = edition or the_edition(store, args)
    kind = kind_of(args)
    day = release_day(edition, kind, release_date(args.date))
    return stored_draft(store, edition.number, kind, day)


def redated(store: Store, args: argparse.Namespace, stored: Release,
            edition: Edition | None = None) -> Release:
    """``--date`` applied to a stored draft (a closing release before the end is refused)."""
    from balagh.documents.release.draft import check_release_date

    day = release_date(args.date)
    if day is not None:
        edition = edition or the_edition(store, args)
        check_release_date(edition, stored.kind, day)
        stored.date = day
    return stored


def current_draft(store: Store, args: argparse.Namespace, settings: Settings) -> Release:
    """The newest stored draft of the edition and kind, else a fresh draft (not stored).

    A fresh draft made after a release of the same kind was issued supersedes it. ``--date``
    redates a stored draft (a closing release before the edition's end is refused).
    """
    edition = the_edition(store, args)
    stored, issued = stored_and_issued(store, args, edition)
    if stored is not None:
        return redated(store, args, stored, edition)
    fresh = fresh_with_default(store, args, settings, edition)
    if issued is not None:
        fresh.supersedes_id = issued.id
    return fresh


def fresh_with_default(store: Store, args: argparse.Namespace, settings: Settings,
                       edition: Edition | None = None) -> Release:
    """A fresh draft with the default template of the settings; if that template fails (a
    syntax error, a limit reached), the built-in template is used and standard error says
    why, in the window's words — a broken shared default must not stop every release
    command."""
    import sys

    from balagh.app.release_drafting import draft_or_builtin
    from balagh.cli.terminal import bilingual

    name = _default_template(store, settings, kind_of(args).value)
    if name is None:
        return fresh_draft(store, args, settings, edition=edition)
    release, fallback = draft_or_builtin(
        lambda: fresh_draft(store, args, settings, name, edition),
        lambda: fresh_draft(store, args, settings, edition=edition))
    if fallback is not None:
        print(bilingual(msg("تنبيه: {message}", message=fallback.message)), file=sys.stderr)
    return release


def _default_template(store: Store, settings: Settings, kind: str) -> str | None:
    """The stored template named in the settings (``default_template``), if it fits ``kind``."""
    name = settings.default_template.strip()
    for template in store.releases.templates():
        if (template.name == name and template.kind.value == kind
                and template.language.value == "ar"):
            return name
    return None


def issued_by_reference(store: Store, reference: str) -> Release:
    """The issued release with ``reference`` («2023/001», Arabic-Indic digits accepted)."""
    from balagh.core.digits import normalise_digits
    from balagh.core.errors import NotFoundError

    wanted = normalise_digits(reference).strip()
    for release in store.releases.releases():
        if release.reference == wanted and release.status is ReleaseStatus.ISSUED:
            return release
    raise NotFoundError(msg("لا يوجد بلاغ صادر بالمرجع «{reference}»", reference=reference))
