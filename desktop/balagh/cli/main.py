"""The ``balagh`` command line (also ``python -m balagh``).

``balagh`` alone (or ``balagh gui``) opens the desktop application; subcommands work
headless. A global ``--db URL`` picks the database (else ``BALAGH_DB``, else the settings'
``database_url``, else the embedded SQLite file: :mod:`balagh.app.database`). Errors are one
clear sentence on standard error (Arabic, then French) and a non-zero exit code, never a
traceback.

Subcommands live in modules listed in :data:`COMMAND_MODULES`; each exposes
``register(subparsers)`` and sets ``func`` (``(args) -> int``) on the parsers it adds.
Heavy libraries (SQLAlchemy, Qt) are imported only when a command runs.

Commands open the database with :mod:`balagh.cli.opening` (a database someone named must
already exist for reading: a mistyped path is an error, not a new empty file; nothing is
written); it says on standard error when opening upgraded an older database, and where its
backup is, or that it is read-only. A broken settings file is
reported once per command.
Usage errors are one Arabic/French sentence (exit code 2).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import io
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from balagh import __version__
from balagh.core.errors import BalaghError

#: Modules that add subcommands (each has ``register(subparsers)``).
COMMAND_MODULES: tuple[str, ...] = (
    "balagh.cli.editions",
    "balagh.cli.release",
    "balagh.cli.summary",
    "balagh.cli.record",
    "balagh.cli.backup",
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


# --- usage errors in Arabic and French ------------------------------------------------------

#: argparse's English messages (Python 3.11+) and their Arabic and French counterparts.
_USAGE_MESSAGES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], tuple[str, str]]], ...] = (
    (re.compile(r"^the following arguments are required: (?P<x>.+)$"),
     lambda m: (f"معطيات إلزامية ناقصة: {m['x']}",
                f"arguments obligatoires manquants : {m['x']}")),
    (re.compile(r"^unrecognized arguments: (?P<x>.+)$"),
     lambda m: (f"معطيات غير معروفة: {m['x']}", f"arguments non reconnus : {m['x']}")),
    (re.compile(r"^invalid choice: (?P<x>.+?) \(choose from (?P<c>.+)\)$"),
     lambda m: (f"اختيار غير صالح {m['x']} (الاختيارات الممكنة: {m['c']})",
                f"choix invalide {m['x']} (choix possibles : {m['c']})")),
    (re.compile(r"^invalid \S+ value: (?P<x>.+)$"),
     lambda m: (f"قيمة غير صالحة {m['x']}", f"valeur invalide {m['x']}")),
    (re.compile(r"^expected one argument$"),
     lambda m: ("ينتظر قيمة واحدة بعده", "attend une valeur")),
    (re.compile(r"^expected at least one argument$"),
     lambda m: ("ينتظر قيمة واحدة على الأقل", "attend au moins une valeur")),
    (re.compile(r"^expected at most one argument$"),
     lambda m: ("لا يقبل أكثر من قيمة واحدة", "accepte au plus une valeur")),
    (re.compile(r"^ignored explicit argument (?P<x>.+)$"),
     lambda m: (f"لا يقبل قيمة ({m['x']})", f"n'accepte pas de valeur ({m['x']})")),
    (re.compile(r"^not allowed with argument (?P<x>.+)$"),
     lambda m: (f"لا يجتمع مع {m['x']}", f"incompatible avec {m['x']}")),
    (re.compile(r"^one of the arguments (?P<x>.+) is required$"),
     lambda m: (f"يلزم أحد المعطيات: {m['x']}", f"l'un de ces arguments est requis : {m['x']}")),
    (re.compile(r"^ambiguous option: (?P<x>\S+) could match (?P<c>.+)$"),
     lambda m: (f"الخيار {m['x']} ملتبس، قد يعني: {m['c']}",
                f"option ambiguë {m['x']}, possibilités : {m['c']}")),
    (re.compile(r"^argument (?P<a>[^:]+): (?P<rest>.+)$"),
     lambda m: _about_argument(m["a"], m["rest"])),
)


def _about_argument(argument: str, rest: str) -> tuple[str, str]:
    inner_ar, inner_fr = usage_message(rest)
    return f"المعطى {argument}: {inner_ar}", f"argument {argument} : {inner_fr}"


def usage_message(message: str) -> tuple[str, str]:
    """argparse's English usage error in Arabic and French (unknown ones are kept as is).

    ``usage_message("the following arguments are required: FILE")`` gives
    ``("معطيات إلزامية ناقصة: FILE", "arguments obligatoires manquants : FILE")``.
    """
    for pattern, translate in _USAGE_MESSAGES:
        match = pattern.match(message)
        if match is not None:
            return translate(match)
    return message, message


class BalaghArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one Arabic/French line (exit code 2).

    ``balagh editions export`` prints the usage, then
    «خطأ في الاستعمال: معطيات إلزامية ناقصة: EDITION / Erreur d'utilisation : arguments
    obligatoires manquants : EDITION». Subcommand parsers are of this class too.
    """

    def error(self, message: str) -> NoReturn:
        """Print the usage and the translated message on standard error; exit with 2."""
        arabic, french = usage_message(message)
        self.print_usage(sys.stderr)
        self.exit(
            EXIT_USAGE,
            f"{self.prog}: خطأ في الاستعمال: {arabic} / Erreur d'utilisation : {french}\n",
        )


# --- opening the database and the settings for a command ------------------------------------


def _warn_about_settings() -> None:
    """Print once on standard error why the settings file could not be used, if it could not."""
    from balagh.platform.settings import Settings

    settings = Settings.load()
    if settings.load_problem:
        print(f"تنبيه: {settings.load_problem} / Attention : {settings.load_problem_fr}",
              file=sys.stderr)


def _cmd_gui(args: argparse.Namespace) -> int:
    try:  # imported by name: Qt is loaded only for the GUI
        gui_app = importlib.import_module("balagh.gui.window.app")
    except ImportError as exc:
        raise BalaghError(
            f"الواجهة الرسومية غير متوفرة في هذا التثبيت ({exc})",
            f"L'interface graphique n'est pas disponible dans cette installation ({exc}).",
        ) from exc
    result: int = gui_app.run_gui(args.db, list(args.qt_args or []))
    return result


def _cmd_db_upgrade(args: argparse.Namespace) -> int:
    from balagh.app.database import choose_database, upgrade_notice
    from balagh.store import open_store

    with open_store(choose_database(args.db).url, upgrade=True) as store:
        report = store.upgrade
        notice = upgrade_notice(report)
        if notice is not None:
            print(notice.ar)
        elif not report.upgraded:
            print(f"قاعدة البيانات محدثة (المراجعة {report.current}): {store.url}")
        else:
            print(f"أنشئت قاعدة بيانات جديدة (المراجعة {report.current}): {store.url}")
    return EXIT_OK


def _cmd_db_info(args: argparse.Namespace) -> int:
    from balagh.app.database_info import describe_database

    for label_ar, label_fr, value in describe_database(args.db):
        print(f"{label_ar} / {label_fr}: {value}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every registered subcommand."""
    parser = BalaghArgumentParser(
        prog="balagh",
        description="بلاغ: أرقام أيام الأبواب المفتوحة للأمن الوطني وبلاغاتها / "
        "Balagh : chiffres des Journées portes ouvertes de la DGSN et communiqués.",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        default=None,
        help="عنوان قاعدة البيانات (SQLAlchemy URL)؛ وإلا BALAGH_DB، وإلا الإعدادات، وإلا"
        " الملف المدمج / base de données ; sinon BALAGH_DB, les réglages, la base intégrée",
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
    info = db_commands.add_parser(
        "info", help="قاعدة البيانات المستعملة ومصدر اختيارها / base utilisée et son origine"
    )
    info.set_defaults(func=_cmd_db_info)

    for name in COMMAND_MODULES:
        module = importlib.import_module(name)
        module.register(subparsers)
    _accept_db_everywhere(subparsers)
    return parser


def _accept_db_everywhere(subparsers: argparse._SubParsersAction[Any]) -> None:
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
    from balagh.store.db_errors import database_error

    return database_error(exc)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 on success).

    Python's cycle collector is paused while a command runs (the window resumes it once it
    is usable, see ``balagh.gui.window.app.startup_finished``): importing SQLAlchemy, reportlab
    and Jinja allocates hundreds of thousands of long-lived objects that every collection
    would scan again. Measured: a cold ``release pdf`` 7 % less CPU, ``summary all`` over
    1000 editions 19 % less, with the same peak memory (reference counting frees the rest).

    Called without ``argv`` it runs the process's own command line (``balagh``, ``python -m
    balagh``, the frozen launcher), and the process ends when it returns: ``gc.freeze`` then
    spares the interpreter's last collection from scanning every object the command
    imported (the memory goes back to the system at exit all the same). Measured: a cold
    ``release pdf`` about 100 ms less CPU (of 600).
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run(argv)
    finally:
        if argv is None:
            gc.freeze()
        if collecting:
            gc.enable()


def _run(argv: Sequence[str] | None) -> int:
    _utf8_streams()
    arguments = list(argv) if argv is not None else sys.argv[1:]
    broken = next((n for n, a in enumerate(arguments, 1)
                   if any(0xD800 <= ord(ch) <= 0xDFFF for ch in a)), None)
    if broken is not None:  # bytes that are not UTF-8 (a mistyped or mis-encoded argument)
        print(error_line(f"المعطى رقم {broken} في سطر الأمر ليس نصا صالحا (ترميزه ليس UTF-8)",
                         f"l'argument n° {broken} n'est pas un texte valide (pas en UTF-8)"),
              file=sys.stderr)
        return EXIT_USAGE
    parser = build_parser()
    try:
        args, extra = parser.parse_known_args(arguments)
        if extra and args.func is _cmd_gui:  # Qt's own options, e.g. -platform offscreen
            args.qt_args = list(extra)
        elif extra:
            parser.error(f"unrecognized arguments: {' '.join(extra)}")
    except SystemExit as exc:  # --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        if args.func is not _cmd_gui:  # the GUI shows the problem in its own way
            _warn_about_settings()
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
