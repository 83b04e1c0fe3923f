"""Command-line subcommands for the record: an edition's history, restoring a version, the trash.

``balagh editions history 2023`` lists every version of the Fez edition (when, who, what
changed: «العدد الإجمالي للزوار: 1150000 ← 1200000»); ``editions restore 2023 --version 1``
makes version 1 current again (a new version); ``editions delete 2023`` moves an edition to
the trash; ``trash list|restore EDITION|empty`` look into it, bring one back or empty it
(after asking, or with ``--yes``).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from balagh.cli.arguments import edition_key
from balagh.cli.opening import open_for_reading, open_for_writing
from balagh.cli.terminal import COMMANDS_TITLE, confirmed
from balagh.core.errors import BalaghError
from balagh.messages import msg

if TYPE_CHECKING:
    import datetime as dt

    from balagh.core.history import Version
    from balagh.store import Store


def register_edition_actions(actions: argparse._SubParsersAction[Any]) -> None:
    """Add ``history``, ``restore`` and ``delete`` to ``balagh editions``."""
    history = actions.add_parser("history", help="سجل تعديلات دورة / historique d'une édition")
    history.add_argument("edition", metavar="EDITION", help="رقم الدورة أو سنتها / numéro ou année")
    _language_option(history)
    history.set_defaults(func=cmd_history)

    restore = actions.add_parser(
        "restore", help="استرجاع نسخة سابقة من دورة / restaurer une version"
    )
    restore.add_argument("edition", metavar="EDITION")
    restore.add_argument("--version", dest="version_number", type=int, metavar="N",
                         required=True, help="رقم النسخة في السجل / numéro de version")
    restore.set_defaults(func=cmd_restore)

    delete = actions.add_parser(
        "delete", help="نقل دورة إلى سلة المحذوفات / mettre une édition à la corbeille"
    )
    delete.add_argument("edition", metavar="EDITION")
    delete.set_defaults(func=cmd_delete)


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add ``trash list|restore|empty`` to the ``balagh`` command line."""
    trash = subparsers.add_parser("trash", help="سلة المحذوفات / corbeille")
    actions = trash.add_subparsers(title=COMMANDS_TITLE, metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="محتوى السلة / contenu de la corbeille")
    listing.set_defaults(func=cmd_trash_list)
    back = actions.add_parser("restore", help="استرجاع دورة من السلة / restaurer une édition")
    back.add_argument("edition", metavar="EDITION", help="رقم الدورة / numéro de l'édition")
    back.set_defaults(func=cmd_trash_restore)
    empty = actions.add_parser("empty", help="إفراغ السلة نهائيا / vider la corbeille")
    empty.add_argument("--yes", action="store_true",
                       help="دون سؤال / sans confirmation")
    empty.set_defaults(func=cmd_trash_empty)


def _language_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=["ar", "fr"], default=None,
                        help="لغة الوصف (افتراضيا لغة الإعدادات) / langue")


def _language(args: argparse.Namespace) -> str:
    if args.lang:
        return str(args.lang)
    from balagh.platform.settings import Settings

    return "fr" if Settings.load().language == "fr" else "ar"


def local_time(moment: dt.datetime) -> str:
    """A stored UTC time as this computer's local time: «2026-12-01 10:05»."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _find_number(store: Store, text: str) -> int:
    """An EDITION argument as an edition number (a year of a live edition is accepted)."""
    key = edition_key(text)
    try:
        return store.editions.find(key).number
    except BalaghError:
        return key  # perhaps an edition in the trash, known by its number only


def version_lines(versions: list[Version], store: Store, language: str) -> list[str]:
    """The history as lines: a heading per version, then one indented line per change."""
    from balagh.core.history import describe_change

    catalogue = {kind.key: kind for kind in store.editions.catalogue()}
    fr = language == "fr"
    lines: list[str] = []
    for item in versions:
        heading = "Version" if fr else "النسخة"
        lines.append(f"{heading} {item.version} — {local_time(item.saved_at)} — "
                     f"{item.actor.label()} — {item.action_text(language)}")
        lines.extend(f"    {describe_change(change, catalogue, language)}"
                     for change in item.changes)
    return lines


def cmd_history(args: argparse.Namespace) -> int:
    """Print every version of an edition, oldest first, with who and what changed."""
    language = _language(args)
    with open_for_reading(args) as store:
        number = _find_number(store, args.edition)
        versions = store.history.edition_history(number)
        lines = version_lines(versions, store, language)
    if not lines:
        print(f"لا يوجد سجل للدورة {number} بعد / aucun historique pour l'édition {number}")
    for line in lines:
        print(line)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Make an old version of an edition current again (recorded as a new version)."""
    with open_for_writing(args) as store:
        number = _find_number(store, args.edition)
        store.history.restore_edition_version(number, args.version_number)
        newest = store.history.edition_history(number)[-1]
    print(f"استرجعت النسخة {args.version_number} من الدورة {number}، وسجلت نسخة جديدة "
          f"رقم {newest.version} / version {args.version_number} restaurée (nouvelle version "
          f"{newest.version})")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    """Move an edition to the trash (refused when it has issued releases)."""
    with open_for_writing(args) as store:
        edition = store.editions.find(edition_key(args.edition))
        store.editions.delete(edition.number)
    print(f"نقلت الدورة {edition.number} ({edition.city_ar}، {edition.year}) إلى سلة المحذوفات؛ "
          f"لاسترجاعها: balagh trash restore {edition.number} / édition mise à la corbeille")
    return 0


def cmd_trash_list(args: argparse.Namespace) -> int:
    """Print the editions in the trash."""
    with open_for_reading(args) as store:
        trashed = store.history.trash()
    if not trashed:
        print("سلة المحذوفات فارغة / la corbeille est vide")
    for item in trashed:
        print(f"{item.number}  {item.city_ar}  {item.start_date.year}  حذفت في "
              f"{local_time(item.deleted_at)} من طرف {item.deleted_by}  "
              f"(مسودات: {item.drafts})")
    return 0


def cmd_trash_restore(args: argparse.Namespace) -> int:
    """Bring an edition back from the trash."""
    with open_for_writing(args) as store:
        edition = store.history.restore_from_trash(edition_key(args.edition))
    print(f"استرجعت الدورة {edition.number} ({edition.city_ar}، {edition.year}) من سلة "
          f"المحذوفات / édition restaurée")
    return 0


def cmd_trash_empty(args: argparse.Namespace) -> int:
    """Empty the trash for good, after asking (``--yes`` answers for the user)."""
    with open_for_writing(args) as store:
        trashed = store.history.trash()
        if not trashed:
            print("سلة المحذوفات فارغة / la corbeille est vide")
            return 0
        names = "، ".join(f"{t.number} ({t.city_ar}، {t.start_date.year})" for t in trashed)
        if not args.yes and not confirmed(f"ستحذف نهائيا الدورات: {names}. اكتب «نعم» "
                                          f"للتأكيد / tapez « oui » pour confirmer: ",
                                          msg("إفراغ السلة يحتاج إلى تأكيد: أضف --yes")):
            print("لم تفرغ السلة / corbeille non vidée", file=sys.stderr)
            return 1
        numbers = store.history.empty_trash()
    print(f"أفرغت سلة المحذوفات: حذفت نهائيا الدورات {'، '.join(map(str, numbers))}؛ "
          f"يبقى سجلها / corbeille vidée")
    return 0

