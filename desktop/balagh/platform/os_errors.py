"""The system's file errors (``OSError``) as catalogue sentences, never the system's English.

``os_reason(exc)`` gives the staff's reason for a failed file operation: «No such file or
directory» becomes «الملف أو المجلد غير موجود» / «Fichier ou dossier introuvable». The raw
text goes to the log; an error number this table does not know keeps it in brackets after a
general sentence, so that nothing is lost.

>>> import errno, os
>>> os_reason(OSError(errno.ENAMETOOLONG, os.strerror(errno.ENAMETOOLONG))).fr
'Nom de fichier ou chemin trop long pour le système'
"""

from __future__ import annotations

import errno
import logging
from collections.abc import Callable

from balagh.messages import Message, msg

log = logging.getLogger(__name__)

_SENTENCES: dict[int, Callable[[], Message]] = {
    errno.ENOENT: lambda: msg("الملف أو المجلد غير موجود"),
    errno.EACCES: lambda: msg("لا يسمح النظام بهذه العملية على هذا الملف (صلاحيات غير كافية)"),
    errno.EPERM: lambda: msg("لا يسمح النظام بهذه العملية على هذا الملف (صلاحيات غير كافية)"),
    errno.ENAMETOOLONG: lambda: msg("اسم الملف أو المسار أطول مما يقبله النظام"),
    errno.ENOSPC: lambda: msg("القرص ممتلئ"),
    errno.EDQUOT: lambda: msg("نفدت المساحة المسموح بها لك على القرص"),
    errno.EROFS: lambda: msg("القرص أو المجلد للقراءة فقط"),
    errno.EISDIR: lambda: msg("هذا المسار مجلد وليس ملفا"),
    errno.ENOTDIR: lambda: msg("جزء من المسار ليس مجلدا"),
    errno.EEXIST: lambda: msg("يوجد ملف بهذا الاسم"),
    errno.EIO: lambda: msg("تعذرت القراءة أو الكتابة على القرص (قرص أو شبكة معطلة)"),
    errno.EBUSY: lambda: msg("الملف أو الجهاز مشغول ببرنامج آخر"),
    errno.ETXTBSY: lambda: msg("الملف أو الجهاز مشغول ببرنامج آخر"),
    errno.ELOOP: lambda: msg("روابط رمزية يشير بعضها إلى بعض بلا نهاية"),
    errno.EINVAL: lambda: msg("اسم الملف غير مقبول على هذا النظام"),
    errno.EMFILE: lambda: msg("فتح البرنامج ملفات كثيرة في وقت واحد"),
    errno.EFBIG: lambda: msg("الملف أكبر مما يقبله القرص"),
    errno.EXDEV: lambda: msg("لا يمكن نقل الملف بين قرصين مختلفين"),
    errno.ENXIO: lambda: msg("الجهاز أو العنوان غير موجود"),
}


def os_reason(exc: OSError) -> Message:
    """The catalogue sentence for ``exc`` (the raw detail goes to the log)."""
    log.info("file error: %s", exc)
    number = exc.errno
    if number is not None and number in _SENTENCES:
        return _SENTENCES[number]()
    detail = exc.strerror or str(exc) or type(exc).__name__
    return msg("خطأ من النظام ({detail})", detail=detail)


def os_error_message(exc: OSError) -> Message:
    """The whole sentence for a failed file operation the command did not foresee: «تعذر
    الوصول إلى الملف /x.pdf: الملف أو المجلد غير موجود»."""
    name = exc.filename if exc.filename is not None else ""
    return msg("تعذر الوصول إلى الملف {name}: {reason}", name=name, reason=os_reason(exc))
