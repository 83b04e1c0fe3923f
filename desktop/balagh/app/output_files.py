"""What an output file would replace: a copy of an issued release must not become a draft.

``-o بلاغ.pdf`` replaces an existing file (that is what ``-o`` means on a command line), but
the file there may be the signed copy of an issued release the office sent out. A command
that writes a draft or another document over it is refused (:func:`refuse_over_issued`): the
staff choose another name, and the issued copy stays on record (``release export``). Issuing
or exporting an issued release over it is allowed and said (:func:`issued_copy_at`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from balagh.core.errors import BalaghError
from balagh.messages import msg

if TYPE_CHECKING:
    from balagh.core.model import Release
    from balagh.core.ports import ReleaseRepository
    from balagh.platform.files import OutputFile

#: A file larger than this is not read to find out whether it is an issued release.
_LARGEST_RELEASE = 64 * 1024 * 1024


def _pdf_bytes(plan: OutputFile) -> bytes | None:
    """The bytes of the PDF ``plan`` would replace, if it replaces one."""
    if not plan.replaces:
        return None
    try:
        if plan.target.stat().st_size > _LARGEST_RELEASE:
            return None
        data = plan.target.read_bytes()
    except OSError:
        return None
    return data if data[:1024].find(b"%PDF-") != -1 else None


def issued_copy_at(plan: OutputFile, releases: ReleaseRepository | None) -> Release | None:
    """The issued release whose unchanged copy ``plan`` would replace, if any."""
    data = _pdf_bytes(plan)
    if data is None or releases is None:
        return None
    from balagh.documents.release.verify import verify_pdf

    return verify_pdf(data, releases)


def refuse_over_issued(plan: OutputFile, releases: ReleaseRepository | None) -> None:
    """BalaghError when ``plan`` would replace a copy of an issued release (on record in
    ``releases``) or an electronically signed PDF: a draft never takes its place."""
    found = issued_copy_at(plan, releases)
    if found is not None:
        raise BalaghError(msg(
            "الملف {path} (الخيار -o) نسخة من البلاغ الصادر {reference}، فلا تكتب فوقه مسودة ولا "
            "وثيقة أخرى؛ لم يكتب شيء. اختر اسم ملف آخر (والبلاغ الصادر محفوظ في قاعدة البيانات: "
            "balagh release export {reference} -o FILE)",
            path=plan.asked, reference=found.reference))
    data = _pdf_bytes(plan)
    if data is not None and b"/ByteRange" in data:
        raise BalaghError(msg(
            "الملف {path} (الخيار -o) وثيقة PDF موقعة إلكترونيا، فلا تكتب فوقها مسودة ولا وثيقة "
            "أخرى؛ لم يكتب شيء. اختر اسم ملف آخر", path=plan.asked))
