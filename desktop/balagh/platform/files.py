"""The one writer of every file Balagh writes (PDF, XLSX, JSON exports, settings, window
state, database backups): checked first, written whole or not at all (a temporary file in the
same folder, flushed and fsynced, renamed over the target, the folder fsynced), errors naming
the file they asked for — never the temporary one.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from balagh.core.errors import BalaghError
from balagh.messages import Localizable, msg, pmsg, render
from balagh.platform.os_errors import os_reason


class FileWriteError(BalaghError):
    """A file that cannot be written to ``path``; the message names the target file.

    Example: «تعذر كتابة الملف /tmp/بلاغ.pdf: المجلد /tmp غير موجود».
    """

    def __init__(self, path: Path, reason: Localizable | str) -> None:
        super().__init__(msg("تعذر كتابة الملف {path}: {reason}", path=path, reason=reason))
        self.path = path
        self.reason = reason
        self.reason_ar = render(reason, "ar")
        self.reason_fr = render(reason, "fr")


@dataclass(frozen=True)
class OutputFile:
    """Where a file asked for is written: ``asked`` as named, ``target`` the file itself (a
    symbolic link's target), ``replaces`` when an existing regular file will be replaced."""

    asked: Path
    target: Path
    replaces: bool

    @property
    def through_link(self) -> bool:
        """The name asked for is a symbolic link: its target is written."""
        return self.target != self.asked


def _special_kind(mode: int) -> Localizable | None:
    """What an existing path that is not a regular file is (a device, a FIFO, a socket)."""
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return pmsg("file kind", "جهاز")
    if stat.S_ISFIFO(mode):
        return pmsg("file kind", "أنبوب (FIFO)")
    if stat.S_ISSOCK(mode):
        return pmsg("file kind", "مقبس (socket)")
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        return pmsg("file kind", "ملف خاص")
    return None


def _name_max(folder: Path) -> int:
    """The longest file name (in bytes) the folder's file system accepts."""
    try:
        return int(os.pathconf(folder, "PC_NAME_MAX"))
    except (AttributeError, OSError, ValueError):  # Windows, or a file system that won't say
        return 255


def _target(asked: Path) -> Path:
    """The file ``asked`` names: itself, or the file its symbolic link points to (OSError
    for a loop of links)."""
    if not asked.is_symlink():
        return asked
    try:
        return Path(os.path.realpath(asked, strict=True))
    except FileNotFoundError:  # a link to a file not there yet: it is created there
        return Path(os.path.realpath(asked))


def _check_name_length(asked: Path) -> None:
    """A name longer than the file system takes is refused before anything looks at it."""
    length = len(os.fsencode(asked.name))
    folder = asked.parent if asked.parent.is_dir() else Path(".")
    if length > _name_max(folder):
        raise FileWriteError(asked, msg(
            "اسم الملف أطول مما يقبله النظام ({length} بايت، والحد {limit})",
            length=length, limit=_name_max(folder)))


def check_output_path(path: Path) -> OutputFile:
    """Where ``path`` will be written; FileWriteError (naming ``path``) unless it can be.

    A symbolic link is followed (its target is written). Refused: a name that is empty or
    longer than the file system allows, a missing or read-only folder, a folder, a device, a
    FIFO or a socket, a read-only file. Example: ``check_output_path(Path("/nonexistent/dir/
    x.pdf"))`` raises «تعذر كتابة الملف /nonexistent/dir/x.pdf: المجلد /nonexistent/dir غير
    موجود».
    """
    asked = Path(path)
    if not str(path).strip():
        raise FileWriteError(asked, msg("اسم الملف فارغ"))
    _check_name_length(asked)
    try:
        target = _target(asked)
        mode: int | None = target.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):  # the folder's checks below say why
        mode = None
    except OSError as exc:
        raise FileWriteError(asked, os_reason(exc)) from exc
    folder = target.parent
    if mode is not None and stat.S_ISDIR(mode):
        raise FileWriteError(asked, msg("هذا المسار مجلد وليس ملفا"))
    kind = _special_kind(mode) if mode is not None else None
    if kind is not None:
        raise FileWriteError(asked, msg(
            "هذا المسار {kind} وليس ملفا عاديا، فلا يكتب فيه ولا يستبدل؛ لم يكتب شيء، اختر اسم "
            "ملف آخر", kind=kind))
    if not folder.exists():
        raise FileWriteError(asked, msg("المجلد {folder} غير موجود", folder=folder))
    if not folder.is_dir():
        raise FileWriteError(asked, msg("{folder} ليس مجلدا", folder=folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise FileWriteError(asked, msg("لا يسمح بالكتابة في المجلد {folder}", folder=folder))
    if mode is not None and not os.access(target, os.W_OK):
        raise FileWriteError(asked, msg("الملف للقراءة فقط"))
    return OutputFile(asked, target, replaces=mode is not None)


def _fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no folder handles)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _temporary_prefix(target: Path) -> str:
    """The temporary file's name start: the target's name, cut so that the temporary name
    stays within the file system's limit (a long target name is still written)."""
    room = max(_name_max(target.parent) - 40, 8)
    name = os.fsencode(target.name)[:room]
    return "." + name.decode("utf-8", "ignore") + "."


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside the target of ``path`` (a symbolic link's target) for a writer
    that needs a file name (SQLite's backup); when the block ends the file is fsynced and
    renamed over the target, or removed on error.

    Raises FileWriteError naming ``path`` when anything fails with an OSError (the reason a
    catalogue sentence, not the system's English).
    """
    asked = Path(path)
    target = check_output_path(asked).target
    mode = target.stat().st_mode & 0o7777 if target.exists() else 0o644
    temporary: str | None = None
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=_temporary_prefix(target), suffix=".tmp", dir=target.parent
        )
        os.close(handle)
        yield Path(temporary)
        descriptor = os.open(temporary, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.chmod(temporary, mode)
        os.replace(temporary, target)
        temporary = None
        _fsync_folder(target.parent)
    except OSError as exc:
        raise FileWriteError(asked, _write_reason(exc, target)) from exc
    finally:
        if temporary is not None:
            with suppress(OSError):
                os.unlink(temporary)


def _write_reason(exc: OSError, target: Path) -> Localizable:
    """Why writing failed; a folder that takes no new file (``/proc``) says so."""
    import errno

    if exc.errno == errno.ENOENT and target.parent.is_dir():
        return msg("المجلد {folder} لا يقبل إنشاء ملفات فيه", folder=target.parent)
    return os_reason(exc)


def write_file_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all: a temporary file in the same folder,
    flushed to disk, then renamed over ``path`` (an existing file keeps its permissions).

    Raises FileWriteError naming ``path`` (never the temporary file), e.g. «تعذر كتابة الملف
    بلاغ.pdf: No space left on device»; the temporary file is removed and an existing
    ``path`` is left as it was.
    """
    with atomic_path(path) as temporary, temporary.open("wb") as stream:
        stream.write(data)
        stream.flush()
