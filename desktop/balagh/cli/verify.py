"""``balagh release verify FILE [--trust CA.pem]``: the signature and the record of a PDF.

The signature is checked from the file alone — it works on a machine that has only the PDF
(no database is created for it); the record is looked up when this machine has a database.
Exit code 0 when the file is what the office issued (on record, or signed and intact), 1
otherwise — a changed byte breaks the signature and is said on standard error.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from balagh.cli.opening import open_for_reading
from balagh.cli.terminal import bilingual
from balagh.messages import msg

if TYPE_CHECKING:
    from balagh.app.verification import FileVerification
    from balagh.documents.release.signature import SignatureReport

EXIT_NOT_VERIFIED = 1


def _has_database(args: argparse.Namespace) -> bool:
    """False on a machine that has no database at all (nothing named, no embedded file)."""
    from balagh.app.database import Source, choose_database
    from balagh.platform.paths import app_paths

    choice = choose_database(getattr(args, "db", None))
    return choice.source is not Source.EMBEDDED or app_paths().default_db_file.exists()


def _signature_line(report: SignatureReport) -> str:
    when = report.signed_at.strftime("%Y-%m-%d %H:%M:%S UTC") if report.signed_at else "—"
    trust = (msg("وشهادته صادرة عن جهة موثوقة") if report.trusted else
             msg("وشهادته غير مدرجة في قائمة ثقة على هذا الجهاز (--trust)"))
    return bilingual(msg("التوقيع الإلكتروني سليم: وقعه {signer} في {when}، ولم يتغير أي بايت "
                         "بعد التوقيع، {trust}", signer=report.signer, when=when, trust=trust))


def _record_lines(result: FileVerification) -> list[str]:
    from balagh.documents.release.verify import matched_language

    found = result.record
    if found is None:
        return []
    issued_at = found.issued_at.isoformat(timespec="seconds") if found.issued_at else "—"
    language = matched_language(found, result.digest)
    by = msg("، أصدره {who}", who=found.issued_by) if found.issued_by else ""
    fields = {"reference": found.reference, "edition": found.edition_number,
              "date": found.date.isoformat(), "issued": issued_at, "by": by}
    if language is not None and language.value == "fr":
        matched = msg("الملف مطابق للنسخة الفرنسية من البلاغ الصادر {reference} للدورة {edition}، "
                      "المؤرخ في {date} (أصدر في {issued}{by})، دون أي تغيير", **fields)
    else:
        matched = msg("الملف مطابق للبلاغ الصادر {reference} للدورة {edition}، المؤرخ في {date} "
                      "(أصدر في {issued}{by})، دون أي تغيير", **fields)
    lines = [bilingual(matched)]
    later = result.superseded_by
    if later is not None:
        lines.append(bilingual(msg(
            "تنبيه: عوض هذا البلاغ بالبلاغ {reference} المؤرخ في {date}، فلم يعد ساري المفعول",
            reference=later.reference, date=later.date.isoformat())))
    return lines


def cmd_verify(args: argparse.Namespace) -> int:
    """Report the signature (valid, signer, time) and the record of FILE."""
    from balagh.app.verification import trust_roots, verify_release_file

    data = args.file.read_bytes()
    if b"%PDF-" not in data[:1024]:  # the header PDF readers look for
        print(bilingual(msg("الملف {file} ليس ملف PDF، فلا يمكن أن يكون بلاغا صادرا ولا يتحقق "
                            "منه", file=str(args.file))), file=sys.stderr)
        return EXIT_NOT_VERIFIED
    roots = trust_roots(getattr(args, "trust", None))
    if _has_database(args):
        with open_for_reading(args) as store:
            result = verify_release_file(data, store.releases, roots)
    else:
        result = verify_release_file(data, None, roots)
    if result.signature_broken:
        print(bilingual(msg("التوقيع الإلكتروني للملف {file} مكسور: غير الملف بعد توقيعه "
                            "(SHA-256 {digest})", file=str(args.file), digest=result.digest)),
              file=sys.stderr)
        return EXIT_NOT_VERIFIED
    stream = sys.stdout if result.verified else sys.stderr  # a negative answer: stderr
    for report in result.signatures:
        print(_signature_line(report))
    if not result.signatures:
        print(bilingual(msg("الملف غير موقع إلكترونيا")), file=stream)
    for line in _record_lines(result):
        print(line)
    if result.record is None:
        where = {"file": str(args.file), "digest": result.digest}
        print(bilingual(msg("الملف {file} ليس بلاغا صادرا مسجلا في قاعدة البيانات هذه، أو غير "
                            "بعد إصداره (SHA-256 {digest})", **where) if result.database else
                        msg("الملف {file} لا توجد قاعدة بيانات على هذا الجهاز للبحث عنه "
                            "(SHA-256 {digest})", **where)), file=stream)
    return 0 if result.verified else EXIT_NOT_VERIFIED
