"""``balagh release docx|text``: a release for editors (Word) and for e-mail or the website.

``balagh release docx 2023 -o بلاغ.docx`` writes the current draft of the 2023 edition (as
``release pdf`` would set it) as a Word document; ``balagh release docx 2023/001 -o نسخة.docx``
the issued release with that reference. ``balagh release text 2023`` prints the release as
plain text (``--html``: an HTML document, ``dir="rtl" lang="ar"``), or writes it with ``-o``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from balagh.cli.opening import open_for_reading
from balagh.cli.outputs import add_output, output_path, planned, written_line
from balagh.core.errors import BalaghError
from balagh.messages import msg

if TYPE_CHECKING:
    from balagh.core.model import Release
    from balagh.platform.settings import Settings

_REFERENCE = re.compile(r"^\s*[0-9٠-٩]{4}\s*/\s*[0-9٠-٩]{1,4}\s*$")


def register_exports(
    actions: argparse._SubParsersAction[Any],
    edition_args: Callable[[argparse.ArgumentParser], None],
) -> None:
    """Add ``release docx`` and ``release text`` to the ``release`` actions."""
    docx = actions.add_parser("docx", help="البلاغ بصيغة Word / communiqué en DOCX")
    edition_args(docx)
    add_output(docx)
    docx.set_defaults(func=cmd_docx)
    text = actions.add_parser("text", help="البلاغ نصا أو HTML / communiqué en texte ou HTML")
    edition_args(text)
    text.add_argument("--html", action="store_true", help="HTML (dir=rtl lang=ar)")
    add_output(text, required=False, help_text=(
        "الملف المراد كتابته (‎.txt، أو ‎.html لصفحة HTML)؛ دونه يطبع النص / fichier à écrire"
        " (.txt, ou .html pour du HTML) ; sans lui le texte est affiché"))
    text.set_defaults(func=cmd_text)


def _release(args: argparse.Namespace, settings: Settings) -> Release:
    """The issued release when EDITION is a reference («2023/001»), else the current draft."""
    from balagh.cli.release_lang import with_french_if_needed
    from balagh.cli.release_sources import current_draft, issued_by_reference

    if _REFERENCE.match(args.edition):
        _refuse_draft_options(args)
    with open_for_reading(args) as store:
        if _REFERENCE.match(args.edition):
            return issued_by_reference(store, args.edition)
        release = current_draft(store, args, settings)
        if getattr(args, "lang", "ar") != "ar":
            release = with_french_if_needed(store, args, settings, release)
        return release


def _refuse_draft_options(args: argparse.Namespace) -> None:
    """``--kind``, ``--date`` and ``--template-fr`` choose a draft: an issued release's
    reference already says which release it is, and its text is on record."""
    given = [option for option, value in (("--kind", args.kind), ("--date", args.date),
                                          ("--template-fr", args.template_fr))
             if value is not None]
    if given:
        raise BalaghError(msg(
            "المرجع {reference} يسمي بلاغا صادرا بنصه المسجل، فلا معنى معه للخيار {options} "
            "(لاختيار مسودة: رقم الدورة أو سنتها)؛ لم يكتب شيء",
            reference=args.edition, options=" ".join(given)))


def _targets(args: argparse.Namespace, accepted: tuple[str, ...]) -> list[tuple[str, Path]]:
    """(language, file) pairs: ``FILE`` for one language; with ``--lang both`` the Arabic in
    ``FILE`` and the French beside it (``FILE.fr.docx``)."""
    from balagh.cli.release_lang import french_output

    path = output_path(args.output, accepted)
    return [(lang, path if lang == "ar" or args.lang == "fr" else french_output(path))
            for lang in _languages(args)]


def _languages(args: argparse.Namespace) -> list[str]:
    lang = getattr(args, "lang", "ar")
    return ["ar", "fr"] if lang == "both" else [lang]


def cmd_docx(args: argparse.Namespace) -> int:
    """Write the release as DOCX (with ``--lang both``, the French beside it)."""
    from balagh.app.release_export import ExportFormat, export_release
    from balagh.platform.settings import Settings

    plans = [(lang, planned(path)) for lang, path in _targets(args, (".docx",))]
    settings = Settings.load()
    release = _release(args, settings)
    for lang, plan in plans:
        size = export_release(release, settings, ExportFormat.DOCX, plan.asked, lang)
        print(written_line(msg("كتب البلاغ بصيغة Word في {path} ({size} بايت)",
                               path=plan.asked, size=size), plan))
    return 0


def cmd_text(args: argparse.Namespace) -> int:
    """Print (or write with -o) the release as plain text or HTML (``--html``, or ``-o``
    naming a .html file); with ``-o`` and ``--lang both``, two files (the French beside:
    ``FILE.fr.txt``)."""
    from balagh.app.release_export import ExportFormat, export_release, render_release
    from balagh.platform.settings import Settings

    html = args.html
    plans = []
    if args.output is not None:  # «-o بلاغ.html» asks for HTML as --html does
        accepted = (".html", ".htm") if html else (".txt", ".text", ".html", ".htm")
        plans = [(lang, planned(path)) for lang, path in _targets(args, accepted)]
        html = html or plans[0][1].asked.suffix.lower() in (".html", ".htm")
    kind = ExportFormat.HTML if html else ExportFormat.TEXT
    settings = Settings.load()
    release = _release(args, settings)
    if args.output is None:
        sys.stdout.write("\n".join(render_release(release, settings, kind, lang).decode("utf-8")
                                   for lang in _languages(args)))
        return 0
    for lang, plan in plans:
        size = export_release(release, settings, kind, plan.asked, lang)
        print(written_line(msg("كتب البلاغ في {path} ({size} بايت)", path=plan.asked, size=size),
                           plan), file=sys.stderr)
    return 0
