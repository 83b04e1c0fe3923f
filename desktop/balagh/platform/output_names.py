"""Output file names and the format they must say: ``.pdf`` for a PDF, ``.docx`` for Word…

One check for every command that writes a file: a name ending in another extension (``n.docx``
for a PDF, ``n.dat``) is refused; the right one is accepted whatever its case (``N.PDF``); a
name without an extension (``بلاغ``, or a dot that ends no extension: ``بلاغ.نهائي``,
``بلاغ 22.05.2023``) gets the format's extension added, and the caller says so. An existing
folder is left as it is (the writer says it is a folder).

>>> with_extension(Path("بلاغ"), (".pdf",))
(PosixPath('بلاغ.pdf'), True)
>>> with_extension(Path("N.PDF"), (".pdf",))
(PosixPath('N.PDF'), False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from balagh.core.errors import BalaghError
from balagh.messages import msg

#: What an extension looks like: a dot, a Latin letter, then up to seven letters or digits.
_EXTENSION = re.compile(r"^\.[A-Za-z][A-Za-z0-9]{0,7}$")


def _ltr(extension: str) -> str:
    """An extension kept left to right inside an Arabic sentence (the dot before it)."""
    return "\u200e" + extension


def with_extension(path: Path, accepted: Sequence[str],
                   chosen_in_window: bool = False) -> tuple[Path, bool]:
    """``path`` checked against the extensions ``accepted`` (the first one is the format's
    own): the same path when it ends in one of them (any case); with the first one added when
    it has no extension (True second); BalaghError naming the file for another extension
    (``chosen_in_window``: the name was chosen in the window's save dialog, not after -o)."""
    suffix = path.suffix.lower()
    wanted = [extension.lower() for extension in accepted]
    if suffix in wanted or path.is_dir():
        return path, False
    if _EXTENSION.match(suffix) and chosen_in_window:
        raise BalaghError(msg(
            "الملف «{name}»: امتداده {suffix} لا يوافق الصيغة المختارة؛ الامتداد المقبول: "
            "{accepted}. لم يكتب شيء؛ اختر اسما بهذا الامتداد",
            name=path.name, suffix=_ltr(path.suffix), accepted=" ".join(map(_ltr, wanted))))
    if _EXTENSION.match(suffix):
        raise BalaghError(msg(
            "الملف «{name}» (الخيار -o): امتداده {suffix} لا يوافق الصيغة التي يكتبها هذا الأمر؛ "
            "الامتداد المقبول: {accepted}",
            name=path.name, suffix=_ltr(path.suffix), accepted=" ".join(map(_ltr, wanted))))
    return path.with_name(path.name + wanted[0]), True
