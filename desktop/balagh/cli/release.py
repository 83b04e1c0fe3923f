"""Command-line subcommands for press releases: ``release draft|pdf|issue|export|verify``.

``balagh release draft 2023`` prints the stored draft of the 2023 edition's closing release
(or, when there is none or with ``--fresh``, a new draft from the figures; standard error says
which), paragraphs separated by one blank line; ``release pdf 2023 -o بلاغ.pdf`` sets the
stored draft (or a fresh one) as a PDF; ``release issue 2023 -o بلاغ.pdf`` checks that the
file can be written and the text agrees with the figures, issues it (reference ``yyyy/nnn``,
PDF and SHA-256 on record) and writes the PDF; ``release correct 2023/001`` stores a draft
from the current figures that supersedes an issued release; ``release export 2023/001 -o
نسخة.pdf``
writes the stored PDF of an issued release again; ``release verify بلاغ.pdf`` says whether a
file is an issued release of this database, unchanged, and whether a later release
superseded it (exit code 1, on standard error, when it is not). Files are written whole or
not at all.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from balagh.cli.opening import open_for_reading, open_for_writing
from balagh.cli.release_lang import LANGS, output_targets, with_french_if_needed
from balagh.cli.release_sources import (
    current_draft,
    fresh_draft,
    fresh_with_default,
    issued_by_reference,
    load_settings,
    redated,
    stored_and_issued,
)
from balagh.core.errors import BalaghError
from balagh.core.model import Release, ReleaseKind
from balagh.messages import PerLanguage, msg
from balagh.platform.files import FileWriteError, check_output_path, write_file_atomically

EXIT_NOT_VERIFIED = 1
EXIT_REFUSED = 1


def edition_args(parser: argparse.ArgumentParser) -> None:
    """EDITION, --kind, --date, --lang, --template-fr: what names the release to work on."""
    parser.add_argument(
        "edition", metavar="EDITION", help="رقم الدورة أو سنتها / numéro ou année"
    )
    parser.add_argument(
        "--kind", choices=[k.value for k in ReleaseKind], default=ReleaseKind.CLOSING.value,
        help="نوع البلاغ: closing (الاختتام) أو opening (الإعلان) أو daily (النشرة اليومية)"
             " / type de communiqué",
    )
    parser.add_argument(
        "--date", metavar="YYYY-MM-DD", default=None,
        help="تاريخ البلاغ (افتراضيا اليوم الموالي لنهاية الدورة)؛ للنشرة اليومية: اليوم"
             " الذي تخصه / date du communiqué ; bulletin : le jour rapporté",
    )
    parser.add_argument(
        "--lang", choices=LANGS, default="ar",
        help="اللغة: ar (العربية)، fr (الفرنسية) أو both (النسختان) / langue du communiqué",
    )
    parser.add_argument(
        "--template-fr", metavar="NAME", default=None,
        help="قالب فرنسي محفوظ للنسخة الفرنسية / modèle français enregistré",
    )


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add ``release`` and its actions to the ``balagh`` command line."""
    release = subparsers.add_parser("release", help="البلاغات / communiqués")
    actions = release.add_subparsers(title="release commands", metavar="ACTION", required=True)

    draft = actions.add_parser("draft", help="طباعة مسودة البلاغ / afficher le brouillon")
    edition_args(draft)
    draft.add_argument(
        "--template", metavar="NAME", default=None,
        help="قالب محفوظ في قاعدة البيانات بهذا الاسم (مسودة جديدة) / modèle enregistré",
    )
    draft.add_argument(
        "--fresh", action="store_true",
        help="مسودة جديدة من الأرقام بدل المسودة المحفوظة / nouveau brouillon",
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
    _register_issued(actions)


def _register_issued(actions: argparse._SubParsersAction[Any]) -> None:
    """``export``, ``correct``, ``docx``/``text`` and ``verify``: working on issued releases."""
    export = actions.add_parser(
        "export", help="تصدير PDF بلاغ صادر من قاعدة البيانات / exporter un communiqué émis"
    )
    export.add_argument("reference", metavar="REFERENCE", help="مرجع البلاغ، مثلا 2023/001")
    export.add_argument("-o", "--output", type=Path, metavar="FILE", required=True)
    export.add_argument("--lang", choices=("ar", "fr"), default="ar",
                        help="نسخة البلاغ المصدرة / version exportée (ar, fr)")
    export.set_defaults(func=cmd_export)

    correct = actions.add_parser(
        "correct", help="مسودة تصحيحية من الأرقام الحالية لبلاغ صادر / brouillon correctif"
    )
    correct.add_argument("reference", metavar="REFERENCE", help="مرجع البلاغ، مثلا 2026/001")
    correct.set_defaults(func=cmd_correct)

    from balagh.cli.release_export import register_exports

    register_exports(actions, edition_args)
    from balagh.cli.verify import cmd_verify

    verify = actions.add_parser("verify", help="التحقق من ملف PDF / vérifier un PDF")
    verify.add_argument("file", type=Path, metavar="FILE")
    verify.add_argument("--trust", type=Path, metavar="CA.pem", default=None,
                        help="شهادة الجهة الموثوقة (PEM) / certificat de confiance")
    verify.set_defaults(func=cmd_verify)


def cmd_draft(args: argparse.Namespace) -> int:
    """Print the draft text (paragraphs separated by one blank line): the stored draft, the
    one ``release pdf``/``issue`` would use, unless ``--fresh`` or ``--template`` asks for a
    new one from the figures. Standard error says which one is printed."""
    import sys

    from balagh.documents.release.draft import release_text

    settings = load_settings()
    with open_for_reading(args) as store:
        stored = None
        if not args.fresh and args.template is None:
            stored, _issued = stored_and_issued(store, args)
        if stored is not None:
            release = redated(store, args, stored)
            changed = stored.updated_at.isoformat(timespec="minutes") if stored.updated_at else "—"
            note = (f"المسودة المحفوظة في قاعدة البيانات (رقم {stored.id}، آخر تعديل {changed})؛ "
                    f"لمسودة جديدة من الأرقام: --fresh / brouillon enregistré (--fresh pour un "
                    f"nouveau)")
        else:
            if args.template is not None:
                release = fresh_draft(store, args, settings, args.template)
            else:
                release = fresh_with_default(store, args, settings)
            note = "مسودة جديدة من أرقام الدورة، غير محفوظة / nouveau brouillon, non enregistré"
        if args.lang != "ar":
            release = with_french_if_needed(store, args, settings, release)
    print(f"[{note}]", file=sys.stderr)
    texts = []
    if args.lang in ("ar", "both"):
        texts.append(release_text(release))
    if args.lang in ("fr", "both") and release.french is not None:
        texts.append("\n\n".join(release.french.paragraphs))
    print("\n\n".join(texts))
    return 0


def cmd_pdf(args: argparse.Namespace) -> int:
    """Write the current draft (or a fresh one) as a PDF, without issuing it."""
    from balagh.app.bilingual import render_pdf
    from balagh.core.model import Language

    targets = output_targets(args)
    for _language, path in targets:
        check_output_path(path)
    settings = load_settings()
    with open_for_reading(args) as store:
        release = current_draft(store, args, settings)
        if args.lang != "ar":
            release = with_french_if_needed(store, args, settings, release)
    files = [(path, render_pdf(release, settings, Language(language)))
             for language, path in targets]
    for path, data in files:
        write_file_atomically(path, data)
        print(f"كتبت مسودة البلاغ في {path} ({len(data)} بايت)")
    return 0


def _write_issued(issued: Release, targets: list[tuple[str, Path]]) -> None:
    """Write the issued PDFs (one per language asked); if a file cannot be written, the error
    says the release is on record and how to write it again."""
    from balagh.app.bilingual import pdf_of_issued
    from balagh.core.model import Language

    assert issued.pdf is not None
    try:
        for language, path in targets:
            data = pdf_of_issued(issued, Language(language))
            assert data is not None
            write_file_atomically(path, data)
    except FileWriteError as exc:
        raise BalaghError(
            msg(
                "صدر البلاغ {reference} وسجل في قاعدة البيانات مع ملف PDF الخاص به، لكن تعذر "
                "كتابة الملف {path}: {reason}. لكتابته من جديد: balagh release export {reference} "
                "-o FILE",
                reference=issued.reference,
                path=exc.path,
                reason=PerLanguage(ar=exc.reason_ar, fr=exc.reason_fr),
            ),
        ) from exc


def cmd_issue(args: argparse.Namespace) -> int:
    """Check the file can be written, store the draft, check that stored version against the
    figures and issue exactly it (``balagh.app.issuing``), record it and write its PDF.

    If the draft or the figures were saved by someone else after the check, nothing is issued
    and the message names who changed the draft; if another issuer issued it first, the
    message gives the reference it received. If the file still cannot be written, the PDF is
    on record: the error names the reference and the ``release export`` command."""
    import sys

    from balagh.app.bilingual import render_pdf
    from balagh.app.issuing import IssueRefused, Issuing, documents_check
    from balagh.core.model import Language

    targets = output_targets(args)
    for _language, path in targets:
        check_output_path(path)  # before anything is issued
    settings = load_settings()
    reason = (args.override_reason or "").strip() or None
    from balagh.app.signing import release_signer

    sign = release_signer(settings)  # the certificate is opened before anything is issued
    with open_for_writing(args) as store:
        workflow = Issuing(store.editions, store.releases, documents_check,
                           lambda r: sign(render_pdf(r, settings, Language.AR), r),
                           render_version=lambda r, language: sign(
                               render_pdf(r, settings, language), r))
        release = current_draft(store, args, settings)
        if args.lang != "ar":
            release = with_french_if_needed(store, args, settings, release)
        checked = workflow.check(workflow.store_draft(release))
        for warning in checked.warnings:
            print(f"تنبيه: {warning.text_ar()}", file=sys.stderr)
        try:
            issued = workflow.issue(checked, reason)
        except IssueRefused as refused:
            print("لم يصدر البلاغ: نص البلاغ أو أرقام الدورة لا تطابق السجل / "
                  "Communiqué non émis : le texte ou les chiffres ne concordent pas",
                  file=sys.stderr)
            for problem in refused.problems:
                print(f"  - {problem.text_ar()}", file=sys.stderr)
            print("لإصداره رغم ذلك: --override-reason \"السبب\"", file=sys.stderr)
            return EXIT_REFUSED
    problems = checked.problems
    _write_issued(issued, targets)
    print(f"صدر البلاغ {issued.reference} للدورة {issued.edition_number} "
          f"(SHA-256 {issued.sha256})")
    if issued.french is not None:
        print(f"ومعه النسخة الفرنسية بالمرجع نفسه (SHA-256 {issued.french.sha256}) / "
              f"version française, même référence")
    if problems:
        print(f"رغم {len(problems)} فرق مع الأرقام المسجلة، بسبب: {reason}")
    for _language, path in targets:
        print(f"كتب الملف: {path}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write the stored PDF of an issued release (byte for byte: it still verifies)."""

    check_output_path(args.output)
    from balagh.app.bilingual import pdf_of_issued
    from balagh.core.model import Language
    from balagh.documents.release.verify import pdf_digest

    with open_for_reading(args) as store:
        release = issued_by_reference(store, args.reference)
    data = pdf_of_issued(release, Language(args.lang))
    if not data:
        if args.lang == "fr":
            raise BalaghError(msg(
                "البلاغ {reference} ليست له نسخة فرنسية صادرة",
                reference=release.reference,
            ))
        raise BalaghError(msg(
            "البلاغ {reference} لا يحمل ملف PDF في قاعدة البيانات",
            reference=release.reference,
        ))
    write_file_atomically(args.output, data)
    print(f"كتب ملف البلاغ الصادر {release.reference} في {args.output} (SHA-256 "
          f"{pdf_digest(data)})")
    return 0


def cmd_correct(args: argparse.Namespace) -> int:
    """Store a new draft from the current figures that supersedes the issued REFERENCE."""
    from balagh.app.after_save import draft_correction

    settings = load_settings()
    with open_for_writing(args) as store:
        issued = issued_by_reference(store, args.reference)
        draft = draft_correction(store.editions, store.releases, issued, settings)
    print(f"حفظت مسودة تصحيحية (رقم {draft.id}) تحل محل البلاغ {issued.reference} عند إصدارها؛ "
          f"راجعها: balagh release draft {draft.edition_number}، ثم أصدرها: balagh release "
          f"issue {draft.edition_number} -o FILE / brouillon correctif enregistré")
    return 0
