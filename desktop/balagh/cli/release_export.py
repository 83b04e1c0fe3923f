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
    docx.add_argument("-o", "--output", type=Path, metavar="FILE", required=True)
    docx.set_defaults(func=cmd_docx)
    text = actions.add_parser("text", help="البلاغ نصا أو HTML / communiqué en texte ou HTML")
    edition_args(text)
    text.add_argument("--html", action="store_true", help="HTML (dir=rtl lang=ar)")
    text.add_argument("-o", "--output", type=Path, metavar="FILE", default=None)
    text.set_defaults(func=cmd_text)


def _release(args: argparse.Namespace, settings: Settings) -> Release:
    """The issued release when EDITION is a reference («2023/001»), else the current draft."""
    from balagh.cli.release_lang import with_french_if_needed
    from balagh.cli.release_sources import current_draft, issued_by_reference

    with open_for_reading(args) as store:
        if _REFERENCE.match(args.edition):
            return issued_by_reference(store, args.edition)
        release = current_draft(store, args, settings)
        if getattr(args, "lang", "ar") != "ar":
            release = with_french_if_needed(store, args, settings, release)
        return release


def _languages(args: argparse.Namespace) -> list[str]:
    lang = getattr(args, "lang", "ar")
    return ["ar", "fr"] if lang == "both" else [lang]


def cmd_docx(args: argparse.Namespace) -> int:
    """Write the release as DOCX."""
    from balagh.app.release_export import ExportFormat, export_release
    from balagh.cli.release_lang import french_output
    from balagh.platform.files import check_output_path
    from balagh.platform.settings import Settings

    targets = [(lang, args.output if lang == "ar" or args.lang == "fr"
                else french_output(args.output)) for lang in _languages(args)]
    for _lang, path in targets:
        check_output_path(path)
    settings = Settings.load()
    release = _release(args, settings)
    for lang, path in targets:
        size = export_release(release, settings, ExportFormat.DOCX, path, lang)
        print(f"كتب البلاغ بصيغة Word في {path} ({size} بايت)")
    return 0


def cmd_text(args: argparse.Namespace) -> int:
    """Print (or write with -o) the release as plain text or HTML."""
    from balagh.app.release_export import ExportFormat, export_release, render_release
    from balagh.platform.files import check_output_path
    from balagh.platform.settings import Settings

    kind = ExportFormat.HTML if args.html else ExportFormat.TEXT
    if args.output is not None:
        check_output_path(args.output)
    settings = Settings.load()
    release = _release(args, settings)
    languages = _languages(args)
    if args.output is None:
        sys.stdout.write("\n".join(render_release(release, settings, kind, lang).decode("utf-8")
                                   for lang in languages))
        return 0
    if len(languages) > 1:
        from balagh.core.errors import BalaghError

        raise BalaghError(msg("مع -o اختر لغة واحدة: --lang ar أو --lang fr"))
    size = export_release(release, settings, kind, args.output, languages[0])
    print(f"كتب البلاغ في {args.output} ({size} بايت)", file=sys.stderr)
    return 0
