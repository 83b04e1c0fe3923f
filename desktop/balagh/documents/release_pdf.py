"""A release as an official communiqué on A4: letterhead, date line, title, justified body.

Layout (right to left): the letterhead lines of the settings at the top right («المملكة
المغربية / المديرية العامة للأمن الوطني») with the optional logo in the middle and a rule
under them; the place and date line («الرباط في 22 ماي 2023») at the left, as on the
office's letters; the title («بلاغ» or «بلاغ صحفي») centred, bold; the body justified; in
the footer «الصفحة 1 من 2» and, once issued, «المرجع: 2023/001» (a draft says «مسودة»).
The PDF carries its metadata (title, author, subject, language ar-MA, right-to-left).

Files are written whole or not at all (``write_pdf_file``: a temporary file in the same folder,
then renamed over the target), and ``check_output_path`` says before any work — before a
release is issued — whether the target can be written.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import suppress
from pathlib import Path

from balagh.core.errors import BalaghError
from balagh.core.model import Release, ReleaseKind, ReleaseStatus
from balagh.settings import DEFAULT_LETTERHEAD, Settings

DRAFT_MARK = "مسودة غير صادرة"
KIND_SUBJECT = {
    ReleaseKind.CLOSING: "اختتام أيام الأبواب المفتوحة للأمن الوطني",
    ReleaseKind.OPENING: "الإعلان عن أيام الأبواب المفتوحة للأمن الوطني",
}


def reference_label(release: Release) -> str:
    """The footer's reference: «المرجع: 2023/001» once issued, «مسودة غير صادرة» before."""
    if release.status is ReleaseStatus.ISSUED and release.reference:
        return f"المرجع: {release.reference}"
    return DRAFT_MARK


def render_release_pdf(release: Release, settings: Settings) -> bytes:
    """The PDF bytes of ``release`` laid out as an official communiqué (A4).

    The letterhead and logo come from ``settings``; title, place, date and paragraphs from
    the release. Raises BalaghError (e.g. LogoError naming a missing logo file).
    """
    from reportlab.lib.units import cm

    from balagh.arabic import date_line
    from balagh.typeset import (
        BODY,
        HEADING,
        Align,
        Letterhead,
        PageSetup,
        RtlParagraph,
        Run,
        build_document,
    )
    lines = [line for line in settings.letterhead_lines if line.strip()] or DEFAULT_LETTERHEAD
    header = Letterhead(
        lines=lines,
        logo_path=settings.logo_path or None,
        font_size=12.0,
    )
    title = release.title.strip() or settings.release_title or "بلاغ"
    dateline_style = BODY.but(alignment=Align.LEFT, font_size=12.0, space_after=0.0)
    title_style = HEADING.but(font_size=22.0, space_before=0.6 * cm, space_after=0.7 * cm)
    body_style = BODY.but(font_size=13.0, space_after=9.0, first_line_indent=0.8 * cm)
    story = [
        RtlParagraph([Run(date_line(release.place or settings.place, release.date))],
                     dateline_style),
        RtlParagraph([Run(title, bold=True)], title_style),
    ]
    story += [RtlParagraph([Run(text)], body_style) for text in release.paragraphs]
    subject = KIND_SUBJECT.get(release.kind, "")
    subject = f"{subject} — الدورة {release.edition_number}" if subject else ""
    doc_title = f"{title} {release.reference}" if release.reference else title
    keywords = ["بلاغ", "أيام الأبواب المفتوحة للأمن الوطني"]
    if release.reference:
        keywords.append(release.reference)
    return bytes(
        build_document(
            story,
            title=doc_title,
            author=lines[-1],
            subject=subject,
            keywords=keywords,
            header=header,
            footer_reference=reference_label(release),
            setup=PageSetup(top=1.4 * cm, bottom=2.0 * cm, right=2.3 * cm, left=2.3 * cm),
        )
    )


class FileWriteError(BalaghError):
    """A PDF that cannot be written to ``path``; the message names the target file.

    Example: «تعذر كتابة الملف /tmp/بلاغ.pdf: المجلد /tmp غير موجود».
    """

    def __init__(self, path: Path, reason_ar: str, reason_fr: str | None = None) -> None:
        super().__init__(f"تعذر كتابة الملف {path}: {reason_ar}",
                         f"Impossible d'écrire le fichier {path} : {reason_fr or reason_ar}")
        self.path = path
        self.reason_ar = reason_ar
        self.reason_fr = reason_fr or reason_ar


def check_output_path(path: Path) -> None:
    """Raise FileWriteError unless ``path`` can be written: its folder exists, is a folder and
    is writable, and the path itself is not a folder nor a read-only file.

    Example: ``check_output_path(Path("/nonexistent/dir/x.pdf"))`` raises «تعذر كتابة الملف
    /nonexistent/dir/x.pdf: المجلد /nonexistent/dir غير موجود».
    """
    target = Path(path)
    folder = target.parent
    if target.is_dir():
        raise FileWriteError(target, "هذا المسار مجلد وليس ملفا", "ce chemin est un dossier")
    if not folder.exists():
        raise FileWriteError(target, f"المجلد {folder} غير موجود",
                             f"le dossier {folder} n'existe pas")
    if not folder.is_dir():
        raise FileWriteError(target, f"{folder} ليس مجلدا", f"{folder} n'est pas un dossier")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise FileWriteError(target, f"لا يسمح بالكتابة في المجلد {folder}",
                             f"écriture interdite dans le dossier {folder}")
    if target.exists() and not os.access(target, os.W_OK):
        raise FileWriteError(target, "الملف للقراءة فقط", "le fichier est en lecture seule")


def write_pdf_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all: a temporary file in the same folder,
    flushed to disk, then renamed over ``path`` (an existing file keeps its permissions).

    Raises FileWriteError naming ``path`` (never the temporary file), e.g. «تعذر كتابة الملف
    بلاغ.pdf: No space left on device»; the temporary file is removed.
    """
    target = Path(path)
    check_output_path(target)
    mode = target.stat().st_mode & 0o7777 if target.exists() else 0o644
    temporary: str | None = None
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
        )
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
        temporary = None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise FileWriteError(target, reason) from exc
    finally:
        if temporary is not None:
            with suppress(OSError):
                os.unlink(temporary)
