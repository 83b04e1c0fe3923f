"""``balagh release issue EDITION -o FILE``: issue the release and write its PDF.

The workflow is ``balagh.app.issuing``'s, as in the window: the draft is stored, that stored
version is checked against the figures and issued exactly. Issuing replaces the edition's
release in force of the same kind (a bulletin: of the same day), and the output says so
(«يحل البلاغ 2023/003 محل البلاغ 2023/001»); a draft word for word the same as the release
in force is not issued again unless ``--again`` is given (nothing is stored or written).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from balagh.cli.opening import open_for_writing
from balagh.cli.outputs import output_path, planned, written_line
from balagh.cli.release_lang import output_targets, with_french_if_needed
from balagh.cli.release_sources import current_draft, load_settings
from balagh.cli.terminal import bilingual
from balagh.core.errors import BalaghError
from balagh.messages import PerLanguage, msg
from balagh.platform.files import FileWriteError, write_file_atomically

if TYPE_CHECKING:
    from balagh.app.issuing import CheckedDraft, Issuing
    from balagh.core.model import Release
    from balagh.platform.files import OutputFile
    from balagh.platform.settings import Settings
    from balagh.store import Store

EXIT_REFUSED = 1


def _write_issued(issued: Release, plans: list[tuple[str, OutputFile]]) -> None:
    """Write the issued PDFs (one per language asked); if a file cannot be written, the error
    says the release is on record and how to write it again."""
    from balagh.app.bilingual import pdf_of_issued
    from balagh.core.model import Language

    assert issued.pdf is not None
    try:
        for language, plan in plans:
            data = pdf_of_issued(issued, Language(language))
            assert data is not None
            write_file_atomically(plan.asked, data)
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


def _workflow(store: Store, settings: Settings) -> Issuing:
    """The issuing workflow, each PDF signed when the settings name a certificate (opened
    before anything is issued)."""
    from balagh.app.bilingual import render_pdf
    from balagh.app.issuing import Issuing, documents_check
    from balagh.app.signing import release_signer
    from balagh.core.model import Language

    sign = release_signer(settings)
    return Issuing(store.editions, store.releases, documents_check,
                   lambda r: sign(render_pdf(r, settings, Language.AR), r),
                   render_version=lambda r, language: sign(render_pdf(r, settings, language), r))


def _refuse_the_same_again(store: Store, release: Release) -> None:
    """Before anything is stored: a draft that says what the release in force says is not
    issued again without ``--again``."""
    from balagh.app.issuing import in_force, same_content

    current = in_force(store.releases, release)
    if current is not None and same_content(release, current):
        raise BalaghError(msg(
            "لم يصدر البلاغ: نصه مطابق للبلاغ الصادر {reference} الساري المفعول؛ لم يحفظ شيء "
            "ولم يكتب أي ملف. لنسخة منه: balagh release export {reference} -o FILE؛ ولإصداره من "
            "جديد بمرجع جديد يحل محله: --again", reference=current.reference))


def _check_and_issue(args: argparse.Namespace, store: Store, settings: Settings,
                     reason: str | None) -> tuple[Release, CheckedDraft] | None:
    """Store, check and issue the draft; None when the check refused it (said on stderr)."""
    from balagh.app.issuing import IssueRefused

    workflow = _workflow(store, settings)
    release = current_draft(store, args, settings)
    if args.lang != "ar":
        release = with_french_if_needed(store, args, settings, release)
    if not args.again:
        _refuse_the_same_again(store, release)
    checked = workflow.check(workflow.store_draft(release))
    for warning in checked.warnings:
        print(f"تنبيه: {warning.text_ar()}", file=sys.stderr)
    try:
        return workflow.issue(checked, reason, again=args.again), checked
    except IssueRefused as refused:
        print("لم يصدر البلاغ: نص البلاغ أو أرقام الدورة لا تطابق السجل / "
              "Communiqué non émis : le texte ou les chiffres ne concordent pas",
              file=sys.stderr)
        for problem in refused.problems:
            print(f"  - {problem.text_ar()}", file=sys.stderr)
        print("لإصداره رغم ذلك: --override-reason \"السبب\"", file=sys.stderr)
        return None


def cmd_issue(args: argparse.Namespace) -> int:
    """Check the file can be written, store the draft, check that stored version against the
    figures and issue exactly it (``balagh.app.issuing``), record it and write its PDF.

    If the draft or the figures were saved by someone else after the check, nothing is issued
    and the message names who changed the draft; if another issuer issued it first, the
    message gives the reference it received. If the file still cannot be written, the PDF is
    on record: the error names the reference and the ``release export`` command."""
    from balagh.app.output_files import issued_copy_at

    args.output = output_path(args.output, (".pdf",))
    plans = [(language, planned(path)) for language, path in output_targets(args)]
    settings = load_settings()
    reason = (args.override_reason or "").strip() or None
    with open_for_writing(args) as store:
        replaced = {plan.asked: issued_copy_at(plan, store.releases) for _l, plan in plans}
        done = _check_and_issue(args, store, settings, reason)
    if done is None:
        return EXIT_REFUSED
    issued, checked = done
    _write_issued(issued, plans)
    _report(issued, checked, reason)
    for _language, plan in plans:
        copy = replaced.get(plan.asked)
        print(written_line(msg("كتب الملف: {path}", path=plan.asked), plan,
                           copy.reference if copy is not None else None))
    return 0


def _report(issued: Release, checked: CheckedDraft, reason: str | None) -> None:
    """What was issued: the reference, the release it replaces, the French version."""
    print(bilingual(msg("صدر البلاغ {reference} للدورة {edition} (SHA-256 {digest})",
                        reference=issued.reference, edition=issued.edition_number,
                        digest=issued.sha256)))
    if checked.replaces is not None:
        print(bilingual(msg(
            "يحل البلاغ {reference} محل البلاغ {replaced} (المؤرخ في {date})، الذي لم يعد ساري "
            "المفعول", reference=issued.reference, replaced=checked.replaces.reference,
            date=checked.replaces.date.isoformat())))
    if issued.french is not None:
        print(bilingual(msg("ومعه النسخة الفرنسية بالمرجع نفسه (SHA-256 {digest})",
                            digest=issued.french.sha256)))
    if checked.problems:
        print(f"رغم {len(checked.problems)} فرق مع الأرقام المسجلة، بسبب: {reason}")

