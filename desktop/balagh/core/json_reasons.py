"""Why a text is not valid JSON, in the staff's words instead of Python's English.

``json.JSONDecodeError.msg`` («Expecting ',' delimiter») is the parser's; :func:`json_reason`
turns the usual ones into a catalogue sentence (line and column are said beside it by the
caller) and logs the parser's own text.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from balagh.messages import Message, msg

log = logging.getLogger(__name__)

_REASONS: tuple[tuple[str, Callable[[], Message]], ...] = (
    ("Expecting ',' delimiter", lambda: msg(
        "تنقص فاصلة «,» بين عنصرين، أو قوس يغلق ما فتح")),
    ("Expecting ':' delimiter", lambda: msg("تنقص النقطتان «:» بعد اسم المفتاح")),
    ("Expecting property name enclosed in double quotes", lambda: msg(
        "ينتظر اسم مفتاح بين علامتي تنصيص مزدوجتين \"…\" (أو فاصلة زائدة قبل «}}»)")),
    ("Illegal trailing comma", lambda: msg("فاصلة زائدة قبل القوس الذي يغلق")),
    ("Expecting value", lambda: msg(
        "تنتظر قيمة هنا (رقم أو نص بين علامتي تنصيص أو true/false/null)، أو الملف فارغ")),
    ("Extra data", lambda: msg("نص زائد بعد نهاية المعطيات")),
    ("Unterminated string", lambda: msg("نص لم تغلق علامة تنصيصه")),
    ("Invalid control character", lambda: msg(
        "حرف تحكم (سطر جديد أو جدولة) داخل نص بين علامتي تنصيص")),
    ("Invalid \\escape", lambda: msg("تسلسل هروب غير صالح بعد الشرطة المائلة العكسية «\\»")),
    ("Invalid \\u", lambda: msg("تسلسل هروب غير صالح بعد الشرطة المائلة العكسية «\\»")),
)


def json_reason(parser_message: str) -> Message:
    """The staff's sentence for the parser's ``parser_message`` (logged as it is)."""
    log.info("JSON parser: %s", parser_message)
    for start, sentence in _REASONS:
        if parser_message.startswith(start):
            return sentence()
    return msg("بناء النص لا يوافق صيغة JSON")
