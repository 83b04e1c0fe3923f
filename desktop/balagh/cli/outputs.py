"""``-o FILE`` of every command that writes a file: one description, one check, one report.

:func:`add_output` declares the option (described in the help); :func:`output_path` turns
what was typed into the file to write — an empty name is refused, the extension must be the
format's (``balagh.platform.output_names``; one is added when the name has none, and
standard error says so); :func:`written_line` is the success line, which says when an
existing file was replaced and when a symbolic link's target was written.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from balagh.cli.terminal import bilingual
from balagh.core.errors import BalaghError
from balagh.messages import Localizable, Message, msg, pmsg, render

if TYPE_CHECKING:
    from balagh.platform.files import OutputFile

OUTPUT_HELP = ("الملف المراد كتابته؛ يستبدل إن وجد، ويضاف امتداده إن لم يكتب / fichier à "
               "écrire ; remplacé s'il existe, extension ajoutée si absente")


def add_output(parser: argparse.ArgumentParser, *, required: bool = True,
               metavar: str = "FILE", help_text: str = OUTPUT_HELP) -> None:
    """Add ``-o/--output FILE`` (kept as typed: :func:`output_path` checks it)."""
    parser.add_argument("-o", "--output", metavar=metavar, required=required,
                        default=None, help=help_text)


def output_path(typed: str | Path, accepted: Sequence[str]) -> Path:
    """The file ``-o`` names, with one of the ``accepted`` extensions (the first is added
    when the name has none; standard error says so). BalaghError for an empty name or
    another format's extension; nothing is written."""
    if not str(typed).strip():
        raise BalaghError(msg("اسم الملف بعد -o فارغ؛ اكتب اسم الملف المراد كتابته، مثلا "
                              "بلاغ.pdf"))
    from balagh.platform.output_names import with_extension

    path, added = with_extension(Path(typed), accepted)
    if added:
        print(bilingual(msg("أضيف الامتداد {extension} إلى اسم الملف: {path}",
                            extension=accepted[0], path=path)), file=sys.stderr)
    return path


def planned(path: Path) -> OutputFile:
    """Where ``path`` will be written (FileWriteError before any work if it cannot be)."""
    from balagh.platform.files import check_output_path

    return check_output_path(path)


def _notes(plan: OutputFile, replaced_issued: str | None) -> list[Localizable]:
    notes: list[Localizable] = []
    if plan.through_link:
        notes.append(msg("كتب في الملف الذي يشير إليه الرابط: {target}", target=plan.target))
    if replaced_issued is not None:
        notes.append(msg("استبدل الملف الموجود، وكان نسخة البلاغ الصادر {reference}",
                         reference=replaced_issued))
    elif plan.replaces:
        notes.append(msg("استبدل الملف الموجود"))
    return notes


def written_line(message: Message, plan: OutputFile, replaced_issued: str | None = None) -> str:
    """The success line: ``message`` in Arabic then French, each followed by what was
    replaced («… (استبدل الملف الموجود)» / «… (fichier existant remplacé)»)."""
    notes = _notes(plan, replaced_issued)

    def one(language: str) -> str:
        text = message.text(language)
        if not notes:
            return text
        separator = pmsg("list separator", "، ").text(language)
        return f"{text} ({separator.join(render(n, language) for n in notes)})"

    return f"{one('ar')} / {one('fr')}"
