"""Command-line subcommands for the summary documents.

``balagh summary pdf EDITION -o FILE`` writes an edition's summary sheet, ``balagh summary
all -o FILE`` the report across all editions (``--last 10`` for the ten most recent,
``--years 2017-2023`` or ``--years 2019`` for a range of years); ``--format xlsx`` (or a
FILE ending in .xlsx) writes an Excel workbook instead, ``--french-labels`` adds the French
labels. EDITION is the edition's number or year, as in ``balagh editions export``. The file
is written whole or not at all (a temporary file renamed over the target).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from balagh.cli.outputs import add_output, output_path, planned, written_line
from balagh.cli.terminal import COMMANDS_TITLE
from balagh.core.errors import BalaghError
from balagh.messages import PerLanguage, msg
from balagh.platform.files import write_file_atomically

if TYPE_CHECKING:
    from balagh.core.model import Edition, FigureKind
    from balagh.platform.files import OutputFile


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add ``summary pdf`` and ``summary all`` to the ``balagh`` command line."""
    summary = subparsers.add_parser(
        "summary", help="البطاقة التلخيصية وحصيلة الدورات / fiches récapitulatives"
    )
    actions = summary.add_subparsers(title=COMMANDS_TITLE, metavar="ACTION", required=True)

    one = actions.add_parser(
        "pdf", help="البطاقة التلخيصية لدورة / fiche récapitulative d'une édition"
    )
    one.add_argument("edition", metavar="EDITION", help="رقم الدورة أو سنتها / numéro ou année")
    _output_options(one)
    one.set_defaults(func=cmd_summary)

    every = actions.add_parser("all", help="حصيلة كل الدورات / bilan de toutes les éditions")
    _output_options(every)
    every.add_argument("--last", type=int, metavar="N", default=None,
                       help="آخر N دورات فقط / les N dernières éditions seulement")
    every.add_argument("--years", metavar="YYYY[-YYYY]", default=None,
                       help="الدورات بين سنتين، مثل 2017-2023 / éditions entre deux années")
    every.set_defaults(func=cmd_all)

    card = actions.add_parser(
        "card", help="بطاقة للنشر على شبكات التواصل / carte pour les réseaux sociaux"
    )
    card.add_argument("edition", metavar="EDITION", help="رقم الدورة أو سنتها / numéro ou année")
    card.add_argument("--size", default="1080x1080",
                      help="1080x1080 أو 1080x1350 أو 1200x675 / taille en pixels")
    card.add_argument("--date", default=None, metavar="YYYY-MM-DD",
                      help="بطاقة أرقام يوم من أيام الدورة / carte des chiffres d'un jour")
    add_output(card, metavar="FILE.png|FILE.pdf")
    card.set_defaults(func=cmd_card)


def _output_options(parser: argparse.ArgumentParser) -> None:
    add_output(parser)
    parser.add_argument("--format", choices=("pdf", "xlsx"), default=None,
                        help="pdf أو xlsx (حسب امتداد الملف إن لم يحدد) / pdf ou xlsx")
    parser.add_argument("--french-labels", action="store_true",
                        help="إضافة التسميات بالفرنسية / ajouter les libellés français")


def output_format(args: argparse.Namespace) -> str:
    """``--format``, else the output file's suffix (.xlsx -> xlsx), else pdf."""
    if args.format:
        return str(args.format)
    return "xlsx" if Path(args.output).suffix.lower() == ".xlsx" else "pdf"


def _output(args: argparse.Namespace) -> OutputFile:
    """The file ``-o`` names, with the extension of ``--format`` (or .pdf/.xlsx)."""
    accepted = {"pdf": (".pdf",), "xlsx": (".xlsx",), None: (".pdf", ".xlsx")}[args.format]
    args.output = output_path(args.output, accepted)
    return planned(args.output)


def _load(args: argparse.Namespace, key: int | None, plan: OutputFile) -> tuple[
    Edition | None, list[Edition], dict[str, FigureKind]
]:
    """The edition ``key`` names, every edition and the catalogue; refused first when
    ``plan`` would replace a copy of an issued release."""
    from balagh.app.output_files import refuse_over_issued
    from balagh.cli.opening import open_for_reading

    with open_for_reading(args) as store:
        refuse_over_issued(plan, store.releases)
        edition = store.editions.find(key) if key is not None else None
        editions = store.editions.list_editions()
        catalogue = {kind.key: kind for kind in store.editions.catalogue()}
    return edition, editions, catalogue


def cmd_summary(args: argparse.Namespace) -> int:
    """Write one edition's summary sheet (PDF or XLSX)."""
    from balagh.app.summaries import SummaryFormat, edition_summary
    from balagh.cli.arguments import edition_key
    from balagh.platform.settings import Settings

    plan = _output(args)
    edition, editions, catalogue = _load(args, edition_key(args.edition), plan)
    assert edition is not None
    data = edition_summary(edition, editions, catalogue, Settings.load(),
                           SummaryFormat(output_format(args)), french_labels=args.french_labels)
    write_file_atomically(plan.asked, data)
    print(written_line(msg("كتبت البطاقة التلخيصية للدورة {number} ({city}، {year}) في {path}",
                           number=edition.number, city=PerLanguage(ar=edition.city_ar,
                                                                   fr=edition.city_fr),
                           year=edition.year, path=plan.asked), plan))
    return 0


def parse_years(text: str | None) -> tuple[int | None, int | None]:
    """``"2017-2023"`` -> (2017, 2023); ``"2019"`` -> (2019, 2019); None -> (None, None)."""
    if text is None:
        return None, None
    first, _, last = text.strip().partition("-")
    try:
        low = int(first)
        high = int(last) if last.strip() else low
    except ValueError:
        raise BalaghError(
            msg("مجال السنوات «{text}» غير مفهوم (مثال: 2017-2023 أو 2019)", text=text),
        ) from None
    return low, high


def cmd_all(args: argparse.Namespace) -> int:
    """Write the report across all editions (PDF or XLSX)."""
    from balagh.app.summaries import SummaryFormat, editions_report
    from balagh.platform.settings import Settings

    plan = _output(args)
    _, editions, catalogue = _load(args, None, plan)
    if not editions:
        raise BalaghError(
            msg("لا توجد دورات في قاعدة البيانات (جرب «balagh demo»)"),
        )
    from balagh.documents.summary.all_model import Selection, select_editions

    first_year, last_year = parse_years(args.years)
    selection = Selection(last=args.last, first_year=first_year, last_year=last_year)
    chosen = select_editions(editions, selection)
    data = editions_report(editions, catalogue, Settings.load(),
                           SummaryFormat(output_format(args)), selection=selection,
                           french_labels=args.french_labels)
    write_file_atomically(plan.asked, data)
    print(written_line(msg("كتبت حصيلة الدورات ({count}) في {path}", count=len(chosen),
                           path=plan.asked), plan))
    return 0


def _day(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise BalaghError(
            msg("التاريخ «{text}» غير مفهوم (الصيغة: 2023-05-19)", text=text),
        ) from None


def cmd_card(args: argparse.Namespace) -> int:
    """Write an edition's (or a day's) social-media card as PNG or PDF."""
    from balagh.app.cards import image_kind, make_card, parse_size
    from balagh.cli.arguments import edition_key
    from balagh.platform.settings import Settings

    args.output = output_path(args.output, (".png", ".pdf"))
    plan = planned(args.output)
    size, kind, day = parse_size(args.size), image_kind(args.output), _day(args.date)
    edition, editions, catalogue = _load(args, edition_key(args.edition), plan)
    assert edition is not None
    data = make_card(edition, editions, catalogue, Settings.load(), size=size, image=kind,
                     day=day)
    write_file_atomically(plan.asked, data)
    print(written_line(msg("كتبت بطاقة الدورة {number} ({width}x{height}) في {path}",
                           number=edition.number, width=size[0], height=size[1],
                           path=plan.asked), plan))
    return 0
