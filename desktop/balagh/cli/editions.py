"""Command-line subcommands for editions: ``demo`` and ``editions list|import|export``.

The store is imported when a command runs, so ``balagh --help`` stays quick.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from balagh.cli.arguments import edition_key
from balagh.cli.opening import open_for_reading, open_for_writing
from balagh.cli.terminal import COMMANDS_TITLE
from balagh.core.errors import BalaghError
from balagh.messages import msg, pmsg

if TYPE_CHECKING:
    from balagh.core.model import Edition
    from balagh.store import Store


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add ``demo`` and ``editions`` to the ``balagh`` command line."""
    demo = subparsers.add_parser(
        "demo", help="ملء قاعدة البيانات بالدورات التجريبية / éditions de démonstration"
    )
    demo.set_defaults(func=cmd_demo)

    editions = subparsers.add_parser("editions", help="الدورات / éditions")
    actions = editions.add_subparsers(title=COMMANDS_TITLE, metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="قائمة الدورات / liste des éditions")
    listing.set_defaults(func=cmd_list)

    importing = actions.add_parser(
        "import", help="استيراد دورات من ملف JSON / importer un fichier JSON"
    )
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument(
        "--replace",
        action="store_true",
        help="استبدال الدورات الموجودة بالرقم نفسه / remplacer les éditions existantes",
    )
    importing.set_defaults(func=cmd_import)

    exporting = actions.add_parser("export", help="تصدير دورة إلى JSON / exporter une édition")
    exporting.add_argument(
        "edition", metavar="EDITION", help="رقم الدورة أو سنتها / numéro ou année"
    )
    from balagh.cli.outputs import add_output

    add_output(exporting, required=False, help_text=(
        "ملف JSON المراد كتابته (يستبدل إن وجد)؛ دونه يطبع / fichier JSON à écrire (remplacé"
        " s'il existe) ; sans lui, affiché"))
    exporting.set_defaults(func=cmd_export)

    from balagh.cli.record import register_edition_actions

    register_edition_actions(actions)


def _edition_label(edition: Edition) -> str:
    return f"{edition.number} ({edition.city_ar}، {edition.year})"


def cmd_demo(args: argparse.Namespace) -> int:
    """Add the four demo editions that are missing; say which were added or already there."""
    from balagh.store.demo import install_demo

    with open_for_writing(args) as store:
        result = install_demo(store.editions)
    if result.added:
        names = "، ".join(_edition_label(e) for e in result.added)
        print(f"أضيفت الدورات: {names}")
    if result.existing:
        names = "، ".join(_edition_label(e) for e in result.existing)
        print(f"موجودة من قبل: {names}")
    return 0


def _visitors(edition: Edition) -> str:
    figure = edition.figure("visitors_total")
    if figure is None:
        return "—"
    prefix = {"about": "~", "more_than": ">"}.get(figure.qualifier.value, "")
    return f"{prefix}{figure.value}"


def cmd_list(args: argparse.Namespace) -> int:
    """Print a table of the editions (number, year, city, dates, visitors)."""
    with open_for_reading(args) as store:
        editions = store.editions.list_editions()
    if not editions:
        print("لا توجد دورات في قاعدة البيانات (جرب «balagh demo»)")
        return 0
    city = pmsg("editions table", "المدينة")  # the French city's column: the word in French
    rows = [("#", "السنة", city.ar, city.fr, "التواريخ", "الزوار")]
    for edition in editions:
        rows.append(
            (
                str(edition.number),
                str(edition.year),
                edition.city_ar,
                edition.city_fr,
                f"{edition.start_date.isoformat()}..{edition.end_date.isoformat()}",
                _visitors(edition),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = (cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        print("  ".join(cells).rstrip())
    return 0


def _editions_count(count: int) -> str:
    """«دورة واحدة», «دورتين», «3 دورات», «11 دورة»: the count with the noun as Arabic agrees."""
    if count == 1:
        return "دورة واحدة"
    if count == 2:
        return "دورتين"
    if 3 <= count <= 10:
        return f"{count} دورات"
    return f"{count} دورة"


def cmd_import(args: argparse.Namespace) -> int:
    """Import a JSON file of editions, all or nothing (``--replace`` for existing numbers)."""
    from balagh.core.input_policy import MAX_IMPORT_BYTES, clean_edition
    from balagh.core.interchange import loads_editions

    path: Path = args.file
    size = path.stat().st_size
    if size > MAX_IMPORT_BYTES:  # refused before it is read into memory
        raise BalaghError(
            msg(
                "الملف {path} كبير جدا ({size} بايت)؛ الحد الأقصى {MAX_IMPORT_BYTES} بايت",
                path=path,
                size=size,
                MAX_IMPORT_BYTES=MAX_IMPORT_BYTES,
            ))
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise BalaghError(
            msg("الملف {path} ليس نصا بترميز UTF-8", path=path),
        ) from exc
    with open_for_writing(args) as store:
        keys = [kind.key for kind in store.editions.catalogue()]
        editions = loads_editions(text, keys)
        cleaned = [f"تنبيه (الدورة {e.number}): {n.text_ar()} / Attention : {n.text_fr()}"
                   for e in editions for n in clean_edition(e)]
        stored = store.editions.replace_all(editions, replace=args.replace)
        notices = after_save_notices(store, [e.number for e in stored])
    names = "، ".join(_edition_label(e) for e in stored)
    print(f"استوردت {_editions_count(len(stored))} من {path.name}: {names}")
    for line in cleaned + notices:
        print(line, file=sys.stderr)
    return 0


def after_save_notices(store: Store, numbers: list[int]) -> list[str]:
    """What the staff must know after saving these editions: the figures' plausibility
    warnings, and each issued release that now disagrees (with the correction command)."""
    from balagh.app.after_save import correction_command, issued_disagreements
    from balagh.app.issuing import documents_check
    from balagh.core.plausibility import figure_warnings

    lines: list[str] = []
    everything = store.editions.list_editions()
    catalogue = {kind.key: kind for kind in store.editions.catalogue()}
    for edition in (e for e in everything if e.number in numbers):
        for problem in figure_warnings(edition, everything, catalogue):
            lines.append(f"تنبيه (الدورة {edition.number}): {problem.text_ar()} / "
                         f"Attention : {problem.text_fr()}")
        for found in issued_disagreements(store.editions, store.releases, edition.number,
                                          documents_check):
            lines.append(f"تنبيه: {found.text_ar()} / Attention : {found.text_fr()}")
            lines.append(f"  لتحضير بلاغ تصحيحي يحل محله / pour préparer un correctif : "
                         f"{correction_command(found)}")
    return lines


def cmd_export(args: argparse.Namespace) -> int:
    """Write one edition as a JSON object to FILE, or to standard output."""
    from balagh.cli.outputs import output_path, planned, written_line
    from balagh.core.interchange import dumps_edition
    from balagh.platform.files import write_file_atomically

    key = edition_key(args.edition)
    plan = planned(output_path(args.output, (".json",))) if args.output is not None else None
    with open_for_reading(args) as store:
        edition = store.editions.find(key)
        catalogue = {kind.key: kind for kind in store.editions.catalogue()}
    if plan is None:
        sys.stdout.write(dumps_edition(edition, catalogue))
        return 0
    write_file_atomically(plan.asked, dumps_edition(edition, catalogue).encode("utf-8"))
    print(written_line(msg("صدرت الدورة {edition} إلى {path}", edition=_edition_label(edition),
                           path=plan.asked), plan))
    return 0
