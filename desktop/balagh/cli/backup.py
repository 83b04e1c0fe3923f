"""Command-line subcommands for backups: ``db backup -o FILE``, ``db restore FILE``, ``db verify``.

``balagh db backup -o نسخة.db`` copies the SQLite database while it may be in use and
verifies the copy; on PostgreSQL (or with ``--format archive``) it writes the portable
archive. ``balagh db restore نسخة.db`` verifies the backup, saves the current database aside
in the backup folder, then replaces it (asked first, or ``--yes``). ``balagh db verify FILE``
checks a backup without restoring it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from balagh.cli.opening import open_for_reading
from balagh.cli.outputs import add_output, output_path, planned
from balagh.cli.terminal import confirmed
from balagh.messages import msg


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add ``backup``, ``restore`` and ``verify`` to ``balagh db``."""
    db = subparsers.choices["db"]
    actions = next(a for a in db._actions if isinstance(a, argparse._SubParsersAction))
    backup = actions.add_parser("backup", help="نسخة احتياطية متحقق منها / sauvegarde vérifiée")
    add_output(backup, help_text="ملف النسخة الاحتياطية (‎.db أو ‎.zip للأرشيف)؛ يستبدل إن وجد"
                                 " / fichier de sauvegarde (.db, ou .zip pour l'archive) ;"
                                 " remplacé s'il existe")
    backup.add_argument("--format", choices=["sqlite", "archive"], default=None,
                        help="sqlite (نسخة من الملف) أو archive (أرشيف قابل للنقل) / format")
    backup.set_defaults(func=cmd_backup)
    restore = actions.add_parser(
        "restore", help="استرجاع نسخة احتياطية بعد حفظ الحالية / restaurer une sauvegarde")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="دون سؤال / sans confirmation")
    restore.set_defaults(func=cmd_restore)
    verify = actions.add_parser("verify", help="فحص نسخة احتياطية / vérifier une sauvegarde")
    verify.add_argument("file", type=Path, metavar="FILE")
    verify.set_defaults(func=cmd_verify)
    register_roles(actions)


def cmd_backup(args: argparse.Namespace) -> int:
    """Write a verified backup of the database to FILE."""
    from balagh.app.backups import backup
    from balagh.app.office import office_settings
    from balagh.platform.settings import Settings

    accepted = (".db", ".sqlite", ".sqlite3", ".bak", ".backup", ".zip")
    if args.format == "archive":
        accepted = (".zip", *accepted[:-1])
    plan = planned(output_path(args.output, accepted))
    office, logo = office_settings(Settings.load())
    with open_for_reading(args) as store:
        report = backup(store, plan.asked, fmt=args.format, office=office, logo=logo)
    kind = "نسخة SQLite" if report.kind == "sqlite" else "أرشيف قابل للنقل"
    replaced = msg("استبدل الملف الموجود")
    print(f"كتبت النسخة الاحتياطية ({kind}) في {report.path} وتحقق منها: {report.summary()}"
          + (f" ({replaced.ar} / {replaced.fr})" if plan.replaces else ""))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    """Check a backup file (integrity, revision, counts, issued releases' hashes)."""
    from balagh.app.backups import verify_backup

    report = verify_backup(args.file)
    print(f"النسخة الاحتياطية {report.path} سليمة: {report.summary()} / "
          f"sauvegarde intacte : {report.summary('fr')}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Verify FILE, save the current database aside, replace it, apply the office settings."""
    from balagh.app.backups import verify_backup
    from balagh.app.database import choose_database
    from balagh.app.office import apply_office_settings, backup_folder
    from balagh.app.restore import restore_database
    from balagh.platform.settings import Settings

    report = verify_backup(args.file)
    url = choose_database(getattr(args, "db", None)).url
    if not args.yes and not confirmed(
        f"ستستبدل قاعدة البيانات الحالية بالنسخة {args.file} ({report.summary()})، بعد حفظها "
        f"جانبا. اكتب «نعم» للتأكيد / tapez « oui » pour confirmer: ",
        msg("الاسترجاع يحتاج إلى تأكيد: أضف --yes"),
    ):
        print("لم يتم الاسترجاع / restauration annulée", file=sys.stderr)
        return 1
    settings = Settings.load()
    done = restore_database(url, args.file, backup_folder(settings))
    if done.aside is not None:
        print(f"حفظت قاعدة البيانات السابقة في {done.aside.path}")
    print(f"استرجعت قاعدة البيانات من {args.file}: {report.summary()}؛ كل البلاغات الصادرة "
          f"({done.issued}) تطابق بصماتها")
    changed = apply_office_settings(settings, done.office, done.logo)
    if changed:
        settings.save()
        print(f"أخذت إعدادات المكتب من النسخة: {', '.join(changed)}")
    return 0


def register_roles(actions: argparse._SubParsersAction[Any]) -> None:
    """``balagh db roles [--schema NAME]``: the SQL that sets up editors and issuers."""
    roles = actions.add_parser(
        "roles", help="SQL أدوار المحررين والمصدرين (PostgreSQL) / rôles PostgreSQL")
    roles.add_argument("--schema", default="public", metavar="NAME",
                       help="مخطط جداول «بلاغ» / schéma des tables (public)")
    roles.set_defaults(func=cmd_roles)


def cmd_roles(args: argparse.Namespace) -> int:
    """Print the SQL of the two roles (to run with psql as the owner of the tables)."""
    from balagh.app.roles import roles_sql

    sys.stdout.write(roles_sql(args.schema))
    return 0
