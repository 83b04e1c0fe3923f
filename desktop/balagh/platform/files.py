"""The one writer of every file Balagh writes (PDF, XLSX, JSON exports, settings, window
state, database backups): checked first, written whole or not at all (a temporary file in the
same folder, flushed and fsynced, renamed over the target, the folder fsynced), errors naming
the file they asked for — never the temporary one.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from balagh.core.errors import BalaghError
from balagh.messages import Localizable, msg, render


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


def check_output_path(path: Path) -> None:
    """Raise FileWriteError unless ``path`` can be written: its folder exists, is a folder and
    is writable, and the path itself is not a folder nor a read-only file.

    Example: ``check_output_path(Path("/nonexistent/dir/x.pdf"))`` raises «تعذر كتابة الملف
    /nonexistent/dir/x.pdf: المجلد /nonexistent/dir غير موجود».
    """
    target = Path(path)
    folder = target.parent
    if target.is_dir():
        raise FileWriteError(target, msg("هذا المسار مجلد وليس ملفا"))
    if not folder.exists():
        raise FileWriteError(target, msg("المجلد {folder} غير موجود", folder=folder))
    if not folder.is_dir():
        raise FileWriteError(target, msg("{folder} ليس مجلدا", folder=folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise FileWriteError(target, msg("لا يسمح بالكتابة في المجلد {folder}", folder=folder))
    if target.exists() and not os.access(target, os.W_OK):
        raise FileWriteError(target, msg("الملف للقراءة فقط"))


def _fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no folder handles)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path`` for a writer that needs a file name (SQLite's backup);
    when the block ends the file is fsynced and renamed over ``path``, or removed on error.

    Raises FileWriteError naming ``path`` when anything fails with an OSError.
    """
    target = Path(path)
    check_output_path(target)
    mode = target.stat().st_mode & 0o7777 if target.exists() else 0o644
    temporary: str | None = None
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
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
        raise FileWriteError(target, exc.strerror or str(exc)) from exc
    finally:
        if temporary is not None:
            with suppress(OSError):
                os.unlink(temporary)


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
