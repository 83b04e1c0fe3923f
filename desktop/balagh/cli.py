"""The ``balagh`` command line (also ``python -m balagh``).

``balagh`` alone (or ``balagh gui``) opens the desktop application; subcommands work
headless. A global ``--db URL`` picks the database (else ``BALAGH_DB``, else the embedded
SQLite file). Errors are one clear sentence on standard error (Arabic, then French) and a
non-zero exit code, never a traceback.

Subcommands live in modules listed in :data:`COMMAND_MODULES`; each exposes
``register(subparsers)`` and sets ``func`` (``(args) -> int``) on the parsers it adds.
Heavy libraries (SQLAlchemy, Qt) are imported only when a command runs.
"""

from __future__ import annotations

import argparse
import importlib
import io
import sys
from collections.abc import Sequence

from balagh import __version__
from balagh.core.errors import BalaghError

#: Modules that add subcommands (each has ``register(subparsers)``).
COMMAND_MODULES: tuple[str, ...] = (
    "balagh.cli_editions",
    "balagh.cli_release",
    "balagh.cli_summary",
)

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def _utf8_streams() -> None:
    """Write UTF-8 on stdout/stderr whatever the locale (Windows consoles, LANG=C)."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and (stream.encoding or "").lower() not in (
            "utf-8",
            "utf8",
        ):
            try:
                stream.reconfigure(encoding="utf-8")
            except (ValueError, OSError):  # pragma: no cover - a stream that cannot switch
                pass


def error_line(message_ar: str, message_fr: str = "") -> str:
    """One line for standard error: «خطأ: … / Erreur : …»."""
    text = f"خطأ: {message_ar}"
    if message_fr and message_fr != message_ar:
        text += f" / Erreur : {message_fr}"
    return text


def _cmd_gui(args: argparse.Namespace) -> int:
    try:  # imported by name: Qt is loaded only for the GUI
        gui_app = importlib.import_module("balagh.gui.app")
    except ImportError as exc:
        raise BalaghError(
            f"الواجهة الرسومية غير متوفرة في هذا التثبيت ({exc})",
            f"L'interface graphique n'est pas disponible dans cette installation ({exc}).",
        ) from exc
    result: int = gui_app.run_gui(args.db, list(args.qt_args or []))
    return result


def _cmd_db_upgrade(args: argparse.Namespace) -> int:
    from balagh.store import open_store

    with open_store(args.db, upgrade=True) as store:
        report = store.upgrade
        if not report.upgraded:
            print(f"قاعدة البيانات محدثة (المراجعة {report.current}): {store.url}")
        elif report.previous is None:
            print(f"أنشئت قاعدة بيانات جديدة (المراجعة {report.current}): {store.url}")
        else:
            print(f"رقيت قاعدة البيانات من المراجعة {report.previous} إلى {report.current}")
            if report.backup is not None:
                print(f"النسخة الاحتياطية: {report.backup}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every registered subcommand."""
    parser = argparse.ArgumentParser(
        prog="balagh",
        description="بلاغ: أرقام أيام الأبواب المفتوحة للأمن الوطني وبلاغاتها / "
        "Balagh : chiffres des Journées portes ouvertes de la DGSN et communiqués.",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        default=None,
        help="عنوان قاعدة البيانات (SQLAlchemy URL)؛ وإلا BALAGH_DB، وإلا الملف المدمج",
    )
    parser.add_argument("--version", action="version", version=f"balagh {__version__}")
    parser.set_defaults(func=_cmd_gui, qt_args=[])
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")

    gui = subparsers.add_parser("gui", help="فتح التطبيق المكتبي / ouvrir l'application")
    gui.set_defaults(func=_cmd_gui)

    db = subparsers.add_parser("db", help="صيانة قاعدة البيانات / base de données")
    db_commands = db.add_subparsers(title="db commands", metavar="ACTION", required=True)
    upgrade = db_commands.add_parser(
        "upgrade", help="ترقية المخطط بعد نسخة احتياطية / mise à niveau avec sauvegarde"
    )
    upgrade.set_defaults(func=_cmd_db_upgrade)

    for name in COMMAND_MODULES:
        module = importlib.import_module(name)
        module.register(subparsers)
    _accept_db_everywhere(subparsers)
    return parser


def _accept_db_everywhere(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Let ``--db URL`` also follow a subcommand (``balagh gui --db URL``).

    The subcommands' own ``--db`` defaults to SUPPRESS so that, when absent, the global value
    (given before the subcommand) is kept.
    """
    for sub in set(subparsers.choices.values()):
        if not any("--db" in action.option_strings for action in sub._actions):
            sub.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                             help=argparse.SUPPRESS)
        for action in sub._actions:
            if isinstance(action, argparse._SubParsersAction):
                _accept_db_everywhere(action)


def _database_error(exc: BaseException) -> BalaghError | None:
    """A readable error for a SQLAlchemy exception (only if SQLAlchemy was imported)."""
    exc_module = sys.modules.get("sqlalchemy.exc")
    if exc_module is None or not isinstance(exc, exc_module.SQLAlchemyError):
        return None
    detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    first = detail[0] if detail else type(exc).__name__
    return BalaghError(f"خطأ في قاعدة البيانات: {first}", f"Erreur de base de données : {first}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 on success)."""
    _utf8_streams()
    parser = build_parser()
    try:
        args, extra = parser.parse_known_args(list(argv) if argv is not None else None)
        if extra and args.func is _cmd_gui:  # Qt's own options, e.g. -platform offscreen
            args.qt_args = list(extra)
        elif extra:
            parser.error(f"unrecognized arguments: {' '.join(extra)}")
    except SystemExit as exc:  # --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        code: int = args.func(args)
        return code
    except BalaghError as exc:
        print(error_line(exc.message_ar, exc.message_fr), file=sys.stderr)
    except OSError as exc:
        name = exc.filename if exc.filename is not None else ""
        reason = exc.strerror or str(exc)
        print(
            error_line(f"تعذر الوصول إلى الملف {name}: {reason}", f"fichier {name} : {reason}"),
            file=sys.stderr,
        )
    except KeyboardInterrupt:
        print(error_line("أوقف الأمر", "commande interrompue"), file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:
        database = _database_error(exc)
        if database is not None:
            print(error_line(database.message_ar, database.message_fr), file=sys.stderr)
        else:
            print(
                error_line(
                    f"خطأ غير متوقع ({type(exc).__name__}): {exc}",
                    f"erreur inattendue ({type(exc).__name__}) : {exc}",
                ),
                file=sys.stderr,
            )
    return EXIT_ERROR
