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
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from balagh import __version__
from balagh.core.errors import BalaghError
from balagh.messages import Localizable, msg, pmsg, render, translate

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


def error_line(message: Localizable | str) -> str:
    """One line for standard error: «خطأ: … / Erreur : …» (Arabic, then French)."""
    message_ar, message_fr = render(message, "ar"), render(message, "fr")
    text = msg("خطأ: {message}", message=message_ar).ar
    if message_fr and message_fr != message_ar:
        text += " / " + msg("خطأ: {message}", message=message_fr).fr
    return text


# --- usage errors in Arabic and French ------------------------------------------------------

#: argparse's own sentences (Python 3.11+): English ids under the context "argparse" in the
#: catalogue, translated in ar.po and fr.po like Balagh's (argparse asks ``_()`` for them).
_ARGPARSE_SENTENCES = (
    pmsg("argparse", "the following arguments are required: %s"),
    pmsg("argparse", "unrecognized arguments: %s"),
    pmsg("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    pmsg("argparse", "invalid %(type)s value: %(value)r"),
    pmsg("argparse", "expected one argument"),
    pmsg("argparse", "expected at least one argument"),
    pmsg("argparse", "expected at most one argument"),
    pmsg("argparse", "ignored explicit argument %r"),
    pmsg("argparse", "not allowed with argument %s"),
    pmsg("argparse", "one of the arguments %s is required"),
    pmsg("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    pmsg("argparse", "argument %(argument_name)s: %(message)s"),
)
_ARGPARSE_IDS = frozenset(sentence.msgid for sentence in _ARGPARSE_SENTENCES)
_USAGE_LANGUAGES = ("ar", "fr")
#: argparse's words in the help (``-h``): shown in Arabic, then French.
_HELP_SENTENCES = (
    pmsg("argparse", "show this help message and exit"),
    pmsg("argparse", "show program's version number and exit"),
    pmsg("argparse", "options"),
    pmsg("argparse", "positional arguments"),
)
_HELP_IDS = frozenset(sentence.msgid for sentence in _HELP_SENTENCES)


class UsageText(str):
    """An argparse sentence: its English text, with its translations in ``texts``; ``%``
    fills every language (a value that is itself a UsageText gives its own translation)."""

    texts: dict[str, str]

    def __new__(cls, english: str, texts: dict[str, str]) -> UsageText:
        made = super().__new__(cls, english)
        made.texts = texts
        return made

    def __mod__(self, values: object) -> UsageText:
        return UsageText(str.__mod__(str(self), values), {
            language: pattern % _in_language(values, language)
            for language, pattern in self.texts.items()})

    def text(self, language: str) -> str:
        return self.texts.get(language, str(self))


def _in_language(values: object, language: str) -> object:
    def one(value: object) -> object:
        return value.text(language) if isinstance(value, UsageText) else value

    if isinstance(values, dict):
        return {key: one(value) for key, value in values.items()}
    if isinstance(values, tuple):
        return tuple(one(value) for value in values)
    return one(values)


def _argparse_gettext(text: str) -> str:
    """What argparse's ``_()`` answers: its sentence with the catalogue's translations (a
    word of the help: Arabic, then French)."""
    if text in _HELP_IDS:
        return " / ".join(translate(language, text, context="argparse")
                          for language in _USAGE_LANGUAGES)
    if text not in _ARGPARSE_IDS:
        return text
    return UsageText(text, {language: translate(language, text, context="argparse")
                            for language in _USAGE_LANGUAGES})


argparse._ = _argparse_gettext  # type: ignore[attr-defined]  # argparse's gettext binding


def usage_message(message: str) -> tuple[str, str]:
    """argparse's usage error in Arabic and French (one it does not translate stays as is).

    ``usage_message(argparse._("expected one argument"))`` gives
    ``("ينتظر قيمة واحدة بعده", "attend une valeur")``.
    """
    if isinstance(message, UsageText):
        return message.text("ar"), message.text("fr")
    return message, message


class BalaghArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one Arabic/French line (exit code 2).

    ``balagh editions export`` prints the usage, then
    «خطأ في الاستعمال: معطيات إلزامية ناقصة: EDITION / Erreur d'utilisation : arguments
    obligatoires manquants : EDITION». Subcommand parsers are of this class too.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # ``--template`` must not be taken for ``--template-fr``: no option is abbreviated.
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        """Print the usage and the translated message on standard error; exit with 2."""
        arabic, french = usage_message(message)
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: "
                  + msg("خطأ في الاستعمال: {message}", message=arabic).ar + " / "
                  + msg("خطأ في الاستعمال: {message}", message=french).fr + "\n")


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
            msg("الواجهة الرسومية غير متوفرة في هذا التثبيت ({exc})", exc=exc),
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


def opens_the_window_only(arguments: Sequence[str]) -> bool:
    """True for a command line that can only open the window: nothing, or the global
    ``--db URL`` (``--db=URL``) alone, as the staff's shortcut runs it.

    Such a command line is parsed without the subcommands: registering them imports every
    command module (about 13 ms of CPU before the window shows, measured with the window's
    own modules already imported). Anything else (a subcommand, Qt's options, ``--help``,
    a mistake) is parsed by the whole parser.
    """
    if not arguments:
        return True
    if len(arguments) == 1:
        return arguments[0].startswith("--db=")
    return len(arguments) == 2 and arguments[0] == "--db" and not arguments[1].startswith("-")


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The argument parser with every registered subcommand (``commands=False``: only the
    global options, enough for :func:`opens_the_window_only` command lines)."""
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
    parser.add_argument("--version", action="version", version=f"balagh {__version__}",
                        help=_argparse_gettext("show program's version number and exit"))
    parser.set_defaults(func=_cmd_gui, qt_args=[])
    if not commands:
        return parser
    from balagh.cli.terminal import COMMANDS_TITLE

    subparsers = parser.add_subparsers(title=COMMANDS_TITLE, metavar="COMMAND")

    gui = subparsers.add_parser("gui", help="فتح التطبيق المكتبي / ouvrir l'application")
    gui.set_defaults(func=_cmd_gui)

    db = subparsers.add_parser("db", help="صيانة قاعدة البيانات / base de données")
    db_commands = db.add_subparsers(title=COMMANDS_TITLE, metavar="ACTION", required=True)
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
    from balagh.platform.logfile import logs_for_a_command

    logs_for_a_command(to_file=argv is None)
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
        print(error_line(msg(
            "المعطى رقم {broken} في سطر الأمر ليس نصا صالحا (ترميزه ليس UTF-8)",
            broken=broken,
        )),
              file=sys.stderr)
        return EXIT_USAGE
    parser = build_parser(commands=not opens_the_window_only(arguments))
    try:
        args, extra = parser.parse_known_args(arguments)
        if extra and args.func is _cmd_gui:  # Qt's own options, e.g. -platform offscreen
            args.qt_args = list(extra)
        elif extra:
            parser.error(_argparse_gettext("unrecognized arguments: %s") % " ".join(extra))
    except SystemExit as exc:  # --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        if args.func is not _cmd_gui:  # the GUI shows the problem in its own way
            _warn_about_settings()
        code: int = args.func(args)
        return code
    except BalaghError as exc:
        print(error_line(exc.message), file=sys.stderr)
    except OSError as exc:
        from balagh.platform.os_errors import os_error_message

        print(error_line(os_error_message(exc)), file=sys.stderr)
    except KeyboardInterrupt:
        print(error_line(msg("أوقف الأمر")), file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:
        database = _database_error(exc)
        if database is not None:
            print(error_line(database.message), file=sys.stderr)
        else:
            print(
                error_line(
                    msg(
                        "خطأ غير متوقع ({kind}): {exc}",
                        kind=type(exc).__name__,
                        exc=exc,
                    ),
                ),
                file=sys.stderr,
            )
    return EXIT_ERROR
