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
from balagh.cli.outputs import add_output, output_path, planned, written_line
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
from balagh.cli.terminal import COMMANDS_TITLE
from balagh.core.errors import BalaghError
from balagh.core.model import ReleaseKind
from balagh.messages import msg
from balagh.platform.files import write_file_atomically

#: The extension of every PDF ``-o`` names.
PDF = (".pdf",)

EXIT_NOT_VERIFIED = 1
EXIT_REFUSED = 1


def edition_args(parser: argparse.ArgumentParser) -> None:
    """EDITION, --kind, --date, --lang, --template-fr: what names the release to work on."""
    parser.add_argument(
        "edition", metavar="EDITION", help="رقم الدورة أو سنتها / numéro ou année"
    )
    parser.add_argument(
        "--kind", choices=[k.value for k in ReleaseKind], default=None,
        help="نوع البلاغ: closing (الاختتام، افتراضيا) أو opening (الإعلان) أو daily (النشرة"
             " اليومية) / type de communiqué",
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
    actions = release.add_subparsers(title=COMMANDS_TITLE, metavar="ACTION", required=True)

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
    add_output(pdf)
    pdf.set_defaults(func=cmd_pdf)

    issue = actions.add_parser("issue", help="إصدار البلاغ وحفظه / émettre le communiqué")
    edition_args(issue)
    add_output(issue)
    issue.add_argument(
        "--override-reason", metavar="TEXT", default=None,
        help="سبب الإصدار رغم الفروق مع الأرقام المسجلة / motif pour passer outre",
    )
    issue.add_argument(
        "--again", action="store_true",
        help="إصدار نص مطابق للبلاغ الساري المفعول من جديد بمرجع جديد يحل محله / réémettre"
             " un texte identique au communiqué en vigueur sous une nouvelle référence",
    )
    from balagh.cli.release_issue import cmd_issue

    issue.set_defaults(func=cmd_issue)
    _register_issued(actions)


def _register_issued(actions: argparse._SubParsersAction[Any]) -> None:
    """``export``, ``correct``, ``docx``/``text`` and ``verify``: working on issued releases."""
    export = actions.add_parser(
        "export", help="تصدير PDF بلاغ صادر من قاعدة البيانات / exporter un communiqué émis"
    )
    export.add_argument("reference", metavar="REFERENCE", help="مرجع البلاغ، مثلا 2023/001")
    add_output(export)
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
    """Write the current draft (or a fresh one) as a PDF, without issuing it (never over a
    copy of an issued release)."""
    from balagh.app.bilingual import render_pdf
    from balagh.app.output_files import refuse_over_issued
    from balagh.core.model import Language

    args.output = output_path(args.output, PDF)
    plans = [(language, planned(path)) for language, path in output_targets(args)]
    settings = load_settings()
    with open_for_reading(args) as store:
        for _language, plan in plans:
            refuse_over_issued(plan, store.releases)
        release = current_draft(store, args, settings)
        if args.lang != "ar":
            release = with_french_if_needed(store, args, settings, release)
    files = [(plan, render_pdf(release, settings, Language(language)))
             for language, plan in plans]
    for plan, data in files:
        write_file_atomically(plan.asked, data)
        print(written_line(msg("كتبت مسودة البلاغ في {path} ({size} بايت)", path=plan.asked,
                               size=len(data)), plan))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write the stored PDF of an issued release (byte for byte: it still verifies)."""
    from balagh.app.bilingual import pdf_of_issued
    from balagh.app.output_files import issued_copy_at
    from balagh.core.model import Language
    from balagh.documents.release.verify import pdf_digest

    plan = planned(output_path(args.output, PDF))
    with open_for_reading(args) as store:
        release = issued_by_reference(store, args.reference)
        replaced = issued_copy_at(plan, store.releases)
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
    write_file_atomically(plan.asked, data)
    print(written_line(msg("كتب ملف البلاغ الصادر {reference} في {path} (SHA-256 {digest})",
                           reference=release.reference, path=plan.asked,
                           digest=pdf_digest(data)),
                       plan, replaced.reference if replaced is not None else None))
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
