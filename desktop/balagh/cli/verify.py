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
    trust_ar = ("وشهادته صادرة عن جهة موثوقة" if report.trusted else
                "وشهادته غير مدرجة في قائمة ثقة على هذا الجهاز (--trust)")
    trust_fr = "certificat de confiance" if report.trusted else "certificat non reconnu ici"
    return (f"التوقيع الإلكتروني سليم: وقعه {report.signer} في {when}، ولم يتغير أي بايت بعد "
            f"التوقيع، {trust_ar} / Signature valide : {report.signer}, {when}, {trust_fr}.")


def _record_lines(result: FileVerification) -> list[str]:
    from balagh.documents.release.verify import matched_language

    found = result.record
    if found is None:
        return []
    issued_at = found.issued_at.isoformat(timespec="seconds") if found.issued_at else "—"
    language = matched_language(found, result.digest)
    french = language is not None and language.value == "fr"
    version_ar, version_fr = (("للنسخة الفرنسية من البلاغ", " (version française)") if french
                              else ("للبلاغ", ""))
    lines = [f"الملف مطابق {version_ar} الصادر {found.reference} للدورة "
             f"{found.edition_number}، المؤرخ في {found.date.isoformat()} (أصدر في {issued_at}"
             f"{'، أصدره ' + found.issued_by if found.issued_by else ''})، دون أي تغيير / "
             f"Fichier conforme au communiqué {found.reference}{version_fr}."]
    later = result.superseded_by
    if later is not None:
        lines.append(f"تنبيه: عوض هذا البلاغ بالبلاغ {later.reference} المؤرخ في "
                     f"{later.date.isoformat()}، فلم يعد ساري المفعول / Attention : ce "
                     f"communiqué a été remplacé par le communiqué {later.reference}.")
    return lines


def cmd_verify(args: argparse.Namespace) -> int:
    """Report the signature (valid, signer, time) and the record of FILE."""
    from balagh.app.verification import trust_roots, verify_release_file

    data = args.file.read_bytes()
    roots = trust_roots(getattr(args, "trust", None))
    if _has_database(args):
        with open_for_reading(args) as store:
            result = verify_release_file(data, store.releases, roots)
    else:
        result = verify_release_file(data, None, roots)
    if result.signature_broken:
        print(f"التوقيع الإلكتروني للملف {args.file} مكسور: غير الملف بعد توقيعه (SHA-256 "
              f"{result.digest}) / Signature invalide : le fichier a été modifié après sa "
              f"signature.", file=sys.stderr)
        return EXIT_NOT_VERIFIED
    stream = sys.stdout if result.verified else sys.stderr  # a negative answer: stderr
    for report in result.signatures:
        print(_signature_line(report))
    if not result.signatures:
        print("الملف غير موقع إلكترونيا / fichier sans signature électronique", file=stream)
    for line in _record_lines(result):
        print(line)
    if result.record is None:
        where = ("ليس بلاغا صادرا مسجلا في قاعدة البيانات هذه، أو غير بعد إصداره"
                 if result.database else "لا توجد قاعدة بيانات على هذا الجهاز للبحث عنه")
        print(f"الملف {args.file} {where} (SHA-256 {result.digest}) / Ce fichier n'est pas "
              f"un communiqué émis de cette base, ou il a été modifié.", file=stream)
    return 0 if result.verified else EXIT_NOT_VERIFIED
