"""Command-line subcommands for press releases: ``release draft|pdf|issue|verify``.

``balagh release draft 2023`` prints the closing release of the 2023 edition (paragraphs
separated by one blank line); ``release pdf 2023 -o بلاغ.pdf`` sets the stored draft (or a
fresh one) as a PDF; ``release issue 2023 -o بلاغ.pdf`` checks the text against the figures,
issues it (reference ``yyyy/nnn``, PDF and SHA-256 on record) and writes the PDF;
``release verify بلاغ.pdf`` says whether a file is an issued release of this database,
unchanged (exit code 1 when it is not).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from balagh.cli_editions import edition_key
from balagh.core.errors import BalaghError
from balagh.core.model import ReleaseKind, ReleaseStatus

if TYPE_CHECKING:
    from balagh.core.model import Edition, FigureKind, Release
    from balagh.settings import Settings
    from balagh.store import Store

EXIT_NOT_VERIFIED = 1
EXIT_REFUSED = 1


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add ``release`` and its actions to the ``balagh`` command line."""
    release = subparsers.add_parser("release", help="البلاغات / communiqués")
    actions = release.add_subparsers(title="release commands", metavar="ACTION", required=True)

    def edition_args(parser: argparse.ArgumentParser) -> None:
        parser.add_argument(
            "edition", metavar="EDITION", help="رقم الدورة أو سنتها / numéro ou année"
        )
        parser.add_argument(
            "--kind", choices=[k.value for k in ReleaseKind], default=ReleaseKind.CLOSING.value,
            help="نوع البلاغ: closing (الاختتام) أو opening (الإعلان) / type de communiqué",
        )
        parser.add_argument(
            "--date", metavar="YYYY-MM-DD", default=None,
            help="تاريخ البلاغ (افتراضيا اليوم الموالي لنهاية الدورة) / date du communiqué",
        )

    draft = actions.add_parser("draft", help="طباعة مسودة البلاغ / afficher le brouillon")
    edition_args(draft)
    draft.add_argument(
        "--template", metavar="NAME", default=None,
        help="قالب محفوظ في قاعدة البيانات بهذا الاسم / modèle enregistré",
    )
    draft.set_defaults(func=cmd_draft)

    pdf = actions.add_parser("pdf", help="البلاغ بصيغة PDF / communiqué en PDF")
    edition_args(pdf)
    pdf.add_argument("-o", "--output", type=Path, metavar="FILE", required=True)
    pdf.set_defaults(func=cmd_pdf)

    issue = actions.add_parser("issue", help="إصدار البلاغ وحفظه / émettre le communiqué")
    edition_args(issue)
    issue.add_argument("-o", "--output", type=Path, metavar="FILE", required=True)
    issue.add_argument(
        "--override-reason", metavar="TEXT", default=None,
        help="سبب الإصدار رغم الفروق مع الأرقام المسجلة / motif pour passer outre",
    )
    issue.set_defaults(func=cmd_issue)

    verify = actions.add_parser("verify", help="التحقق من ملف PDF / vérifier un PDF")
    verify.add_argument("file", type=Path, metavar="FILE")
    verify.set_defaults(func=cmd_verify)


def _open(args: argparse.Namespace) -> Store:
    from balagh.store import open_store

    return open_store(args.db)


def _settings() -> Settings:
    from balagh.settings import Settings

    return Settings.load()


def _release_date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError as exc:
        raise BalaghError(
            f"تاريخ البلاغ «{text}» غير صحيح (الصيغة: 2023-05-22)",
            f"Date du communiqué « {text} » invalide (format : 2023-05-22).",
        ) from exc


def _template_body(store: Store, name: str | None) -> str | None:
    if name is None:
        return None
    for template in store.releases.templates():
        if template.name == name.strip():
            return template.body
    from balagh.core.errors import NotFoundError

    raise NotFoundError(f"لا يوجد قالب باسم «{name}»", f"Aucun modèle nommé « {name} ».")


def _context(store: Store, args: argparse.Namespace) -> tuple[Edition, list[Edition],
                                                              dict[str, FigureKind]]:
    edition = store.editions.find(edition_key(args.edition))
    catalogue = {kind.key: kind for kind in store.editions.catalogue()}
    return edition, store.editions.list_editions(), catalogue


def _fresh_draft(store: Store, args: argparse.Namespace, settings: Settings,
                 template: str | None = None) -> Release:
    from balagh.documents.release_draft import draft_release

    edition, editions, catalogue = _context(store, args)
    return draft_release(
        edition, editions, catalogue, settings,
        template_body=_template_body(store, template),
        template_name=template or "",
        kind=ReleaseKind(args.kind),
        release_date=_release_date(args.date),
    )


def _current_draft(store: Store, args: argparse.Namespace, settings: Settings) -> Release:
    """The newest stored draft of the edition and kind, else a fresh draft (not stored).

    A fresh draft made after a release of the same kind was issued supersedes it.
    """
    edition = store.editions.find(edition_key(args.edition))
    issued: Release | None = None
    for release in store.releases.releases(edition.number):  # newest first
        if release.kind.value != args.kind:
            continue
        if release.status is ReleaseStatus.DRAFT:
            if args.date is not None:
                release.date = _release_date(args.date) or release.date
            return release
        issued = issued or release
    fresh = _fresh_draft(store, args, settings, _default_template(store, settings, args.kind))
    if issued is not None:
        fresh.supersedes_id = issued.id
    return fresh


def _default_template(store: Store, settings: Settings, kind: str) -> str | None:
    """The stored template named in the settings (``default_template``), if it fits ``kind``."""
    name = settings.default_template.strip()
    for template in store.releases.templates():
        if template.name == name and template.kind.value == kind:
            return name
    return None


def cmd_draft(args: argparse.Namespace) -> int:
    """Print the draft text: paragraphs separated by one blank line."""
    from balagh.documents.release_draft import release_text

    settings = _settings()
    with _open(args) as store:
        template = args.template or _default_template(store, settings, args.kind)
        release = _fresh_draft(store, args, settings, template)
    print(release_text(release))
    return 0


def cmd_pdf(args: argparse.Namespace) -> int:
    """Write the current draft (or a fresh one) as a PDF, without issuing it."""
    from balagh.documents.release_pdf import render_release_pdf

    settings = _settings()
    with _open(args) as store:
        release = _current_draft(store, args, settings)
    data = render_release_pdf(release, settings)
    args.output.write_bytes(data)
    print(f"كتبت مسودة البلاغ في {args.output} ({len(data)} بايت)")
    return 0


def cmd_issue(args: argparse.Namespace) -> int:
    """Check the draft against the figures, issue it, record it and write its PDF."""
    import sys

    from balagh.documents.consistency import check_release
    from balagh.documents.release_pdf import render_release_pdf

    settings = _settings()
    reason = (args.override_reason or "").strip() or None
    with _open(args) as store:
        release = _current_draft(store, args, settings)
        edition, _editions, catalogue = _context(store, args)
        problems = check_release(release, edition, catalogue)
        if problems and reason is None:
            print("لم يصدر البلاغ: نص البلاغ لا يطابق الأرقام المسجلة / "
                  "Communiqué non émis : le texte ne correspond pas aux chiffres enregistrés",
                  file=sys.stderr)
            for problem in problems:
                print(f"  - {problem.text_ar()}", file=sys.stderr)
            print("لإصداره رغم ذلك: --override-reason \"السبب\"", file=sys.stderr)
            return EXIT_REFUSED
        stored = store.releases.save_draft(release)
        assert stored.id is not None
        issued = store.releases.issue(
            stored.id,
            lambda r: render_release_pdf(r, settings),
            override_reason=reason if problems else None,
        )
    assert issued.pdf is not None
    args.output.write_bytes(issued.pdf)
    print(f"صدر البلاغ {issued.reference} للدورة {issued.edition_number} "
          f"(SHA-256 {issued.sha256})")
    if problems:
        print(f"رغم {len(problems)} فرق مع الأرقام المسجلة، بسبب: {reason}")
    print(f"كتب الملف: {args.output}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    """Say whether FILE is an issued release of this database, unchanged, and which one."""
    from balagh.documents.verify import pdf_digest, verify_pdf

    data = args.file.read_bytes()
    with _open(args) as store:
        found = verify_pdf(data, store.releases)
    if found is None:
        print(f"الملف {args.file} ليس بلاغا صادرا مسجلا في قاعدة البيانات هذه، أو غير بعد "
              f"إصداره (SHA-256 {pdf_digest(data)}) / Ce fichier n'est pas un communiqué émis "
              f"de cette base, ou il a été modifié.")
        return EXIT_NOT_VERIFIED
    issued_at = found.issued_at.isoformat(timespec="seconds") if found.issued_at else "—"
    print(f"الملف مطابق للبلاغ الصادر {found.reference} للدورة {found.edition_number}، "
          f"المؤرخ في {found.date.isoformat()} (أصدر في {issued_at})، دون أي تغيير / "
          f"Fichier conforme au communiqué {found.reference}.")
    return 0
