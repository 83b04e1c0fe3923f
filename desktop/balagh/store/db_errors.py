"""Every database error the staff can meet, as one Arabic sentence (and its French), with the
technical detail in the log only.

:func:`database_error` maps an exception of SQLAlchemy or of the driver (SQLite, psycopg) to
a :class:`~balagh.core.errors.BalaghError`: a busy or locked database, a read-only one, a full
or failing disk, a damaged file, a lost server connection, a row held by someone else beyond
:data:`LOCK_TIMEOUT_S` seconds (PostgreSQL), a statement beyond :data:`STATEMENT_TIMEOUT_S`
seconds, a refused constraint — none of them shows the database's English («database is
locked», «duplicate key value violates unique constraint…»).

PostgreSQL transactions start with :func:`session_limits`, so a held row lock makes an import
wait :data:`LOCK_TIMEOUT_S` seconds and then say so, instead of waiting for ever.

Opening a database (read-only files, «database is locked» at open time) is
``balagh.store.engine``'s and ``balagh.store.session``'s; :func:`opening_reason` says why it
could not be opened («file is not a database», «Connection refused»…) in the staff's words.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from balagh.core.errors import BalaghError
from balagh.messages import Localizable, Message, msg

log = logging.getLogger(__name__)

#: How long a PostgreSQL statement waits for a row or table another session holds (seconds).
LOCK_TIMEOUT_S = 10
#: How long one PostgreSQL statement may run (seconds).
STATEMENT_TIMEOUT_S = 120


class DatabaseError(BalaghError):
    """A database failure told in Arabic and French; ``detail`` is the technical text."""

    def __init__(self, message: Localizable, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail


def session_limits() -> list[str]:
    """The statements that bound a PostgreSQL transaction's waits (``SET LOCAL``)."""
    return [f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT_S}s'",
            f"SET LOCAL statement_timeout = '{STATEMENT_TIMEOUT_S}s'"]


_Rule = tuple[tuple[str, ...], Callable[[], Message]]

_RULES: tuple[_Rule, ...] = (
    (("issued release is read-only",), lambda: msg(
        "البلاغات الصادرة سجل لا يعدل ولا يحذف، ولا تحذف دوراتها؛ لم يغير شيء",
    )),
    (("row-level security", "permission denied"), lambda: msg(
        "رفضت قاعدة البيانات العملية: دورك فيها لا يسمح بها؛ لم يحفظ شيء",
    )),
    (("lock timeout", "lock_timeout", "locknotavailable", "could not obtain lock"), lambda: msg(
        "سجل تستعمله جلسة أخرى الآن (مستخدم آخر يحفظ أو يصدر)، وانتهت مهلة الانتظار "
        "({LOCK_TIMEOUT_S} ثوان)؛ لم يحفظ شيء، أعد المحاولة بعد لحظات",
        LOCK_TIMEOUT_S=LOCK_TIMEOUT_S,
    )),
    (("statement timeout", "querycanceled", "canceling statement"), lambda: msg(
        "استغرق طلب قاعدة البيانات أكثر من {STATEMENT_TIMEOUT_S} ثانية فأوقف؛ لم يحفظ شيء",
        STATEMENT_TIMEOUT_S=STATEMENT_TIMEOUT_S,
    )),
    (("database is locked", "database table is locked", "sqlite_busy"), lambda: msg(
        "قاعدة البيانات مشغولة: مستخدم آخر يكتب فيها الآن؛ لم يحفظ شيء، أعد المحاولة بعد لحظات",
    )),
    (("readonly database", "read-only", "read only"), lambda: msg(
        "قاعدة البيانات مفتوحة للقراءة فقط (الملف أو المجلد محمي من الكتابة)؛ لم يحفظ شيء",
    )),
    (("database or disk is full", "disk full", "no space left"), lambda: msg(
        "القرص ممتلئ؛ لم يحفظ شيء. أفرغ مكانا على القرص ثم أعد المحاولة",
    )),
    (("disk i/o error", "input/output error"), lambda: msg(
        "تعذرت القراءة أو الكتابة على القرص الذي يحمل قاعدة البيانات (قرص أو شبكة معطلة)؛ لم يحفظ "
        "شيء",
    )),
    (("malformed", "not a database", "file is encrypted"), lambda: msg(
        "ملف قاعدة البيانات تالف أو ليس قاعدة بيانات؛ لم يحفظ شيء، استعمل آخر نسخة احتياطية",
    )),
    (("unique", "duplicate key"), lambda: msg(
        "يوجد في قاعدة البيانات سجل بالمعطيات نفسها (رقم أو مرجع مكرر)؛ لم يحفظ شيء",
    )),
    (("foreign key", "violates check", "check constraint", "not null", "not-null"), lambda: msg(
        "رفضت قاعدة البيانات الحفظ لأن قاعدة من قواعدها لم تحترم؛ لم يحفظ شيء",
    )),
    (("connection", "server closed", "could not connect", "terminating", "timeout expired"),
     lambda: msg(
         "انقطع الاتصال بخادم قاعدة البيانات أو تعذر؛ لم يحفظ شيء. تحقق من الشبكة ثم أعد المحاولة",
     )),
)


def _detail(exc: BaseException) -> str:
    original = getattr(exc, "orig", None) or exc
    return f"{type(original).__name__}: {original}".strip()


def database_error(exc: BaseException) -> DatabaseError:
    """The staff's sentence for a database failure; the detail goes to the log."""
    detail = _detail(exc)
    log.error("database error: %s", detail)
    lowered = detail.lower()
    for needles, sentence in _RULES:
        if any(needle in lowered for needle in needles):
            return DatabaseError(sentence(), detail)
    return DatabaseError(
        msg(
            "تعذر إتمام العملية في قاعدة البيانات؛ لم يحفظ شيء. التفاصيل التقنية في سجل البرنامج",
        ),
        detail,
    )


_OPENING_RULES: tuple[_Rule, ...] = (
    (("not a database", "malformed", "file is encrypted"), lambda: msg(
        "الملف ليس قاعدة بيانات أو أنه تالف؛ استعمل آخر نسخة احتياطية",
    )),
    (("unable to open database file",), lambda: msg(
        "تعذر فتح ملف قاعدة البيانات (مسار مجلد، أو مجلد غير موجود، أو لا صلاحية لفتحه)",
    )),
    (("connection refused",), lambda: msg(
        "خادم قاعدة البيانات لا يقبل الاتصال على هذا العنوان والمنفذ (هل يعمل خادم PostgreSQL؟)",
    )),
    (("password authentication failed", "authentication failed", "no password supplied"),
     lambda: msg("رفض الخادم اسم المستخدم أو كلمة السر")),
    (("role",), lambda: msg("اسم المستخدم غير معروف لدى خادم قاعدة البيانات")),
    (("does not exist",), lambda: msg("قاعدة البيانات المسماة غير موجودة على الخادم")),
    (("could not translate host name", "name or service not known", "nodename nor servname",
      "name resolution"), lambda: msg("اسم الخادم غير معروف (تحقق من العنوان أو من الشبكة)")),
    (("timeout expired", "timed out"), lambda: msg("انتهت مهلة الاتصال بخادم قاعدة البيانات")),
    (("no route to host", "network is unreachable"), lambda: msg(
        "لا يمكن الوصول إلى خادم قاعدة البيانات عبر الشبكة",
    )),
)


def opening_reason(exc: BaseException, folder: bool = False) -> Localizable:
    """Why a database could not be opened, in the staff's words (the detail goes to the
    log; one this table does not know stays in brackets). ``folder``: the SQLite path is a
    folder."""
    detail = _detail(exc)
    log.error("cannot open the database: %s", detail)
    if folder:
        return msg("هذا المسار مجلد وليس ملف قاعدة بيانات")
    lowered = detail.lower()
    for needles, sentence in _OPENING_RULES + _RULES:
        if any(needle in lowered for needle in needles):
            return sentence()
    first_line = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
    return msg("سبب تقني: {detail}", detail=first_line)
