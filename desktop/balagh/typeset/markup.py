"""Inline emphasis for right-to-left paragraphs: runs and a tiny, forgiving markup.

A paragraph is a list of :class:`Run` (text plus bold / size / colour), or a string in which
these tags are recognised::

    <b>…</b>                        bold (Amiri Bold)
    <font size="16" color="#1f4e79">…</font>   size in points and/or colour (#RRGGBB or a name)
    <br/>                           forced line break
    &amp; &lt; &gt; &quot; &#1234;   entities

Anything else — an unknown tag, a lone «<» or «&» typed by the staff — is kept as literal
text, so a place name never breaks a document. Use :func:`escape` on values put into markup.

Example: ``parse_markup("تسجيل <b>465</b> متبرعا")`` ->
``[Run("تسجيل "), Run("465", bold=True), Run(" متبرعا")]``.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

LINE_BREAK = "\n"


@dataclass(frozen=True)
class Run:
    """A piece of paragraph text with one look. ``None`` means "as the paragraph style"."""

    text: str
    bold: bool | None = None
    size: float | None = None
    color: str | None = None


_TAG = re.compile(
    r"<(?P<close>/)?(?P<name>b|strong|font|br)\b(?P<attrs>[^<>]*?)(?P<selfclose>/)?>",
    re.IGNORECASE,
)
_ATTR = re.compile(r"(size|color)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'>]+))", re.IGNORECASE)
_ENTITY = re.compile(r"&(amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});")


def escape(text: str) -> str:
    """Make ``text`` safe to put inside markup: ``escape("أ<ب")`` -> ``"أ&lt;ب"``."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _unescape(text: str) -> str:
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), text) if "&" in text else text


def parse_markup(markup: str) -> list[Run]:
    """Split ``markup`` into runs (see the module docstring for the tags).

    ``parse_markup('<font color="#c00000">عاجل</font>: نص')`` ->
    ``[Run("عاجل", color="#c00000"), Run(": نص")]``.
    """
    runs: list[Run] = []
    # Stack of (tag name, bold, size, colour) in effect.
    stack: list[tuple[str, bool | None, float | None, str | None]] = [("", None, None, None)]
    position = 0

    def emit(text: str) -> None:
        if text:
            _name, bold, size, color = stack[-1]
            runs.append(Run(_unescape(text), bold, size, color))

    for match in _TAG.finditer(markup):
        name = match.group("name").lower()
        name = "b" if name == "strong" else name
        closing = bool(match.group("close"))
        emit(markup[position : match.start()])
        position = match.end()
        _top, bold, size, color = stack[-1]
        if name == "br":
            if closing:
                continue
            runs.append(Run(LINE_BREAK, bold, size, color))
        elif closing:
            for depth in range(len(stack) - 1, 0, -1):
                if stack[depth][0] == name:
                    del stack[depth:]
                    break
            else:
                emit(match.group(0))  # a stray closing tag stays literal
        elif name == "b":
            stack.append(("b", True, size, color))
        else:
            for attr in _ATTR.finditer(match.group("attrs")):
                key = attr.group(1).lower()
                value = attr.group(2) or attr.group(3) or attr.group(4) or ""
                if key == "size":
                    try:
                        size = float(value)
                    except ValueError:
                        pass
                else:
                    color = value
            stack.append(("font", bold, size, color))
    emit(markup[position:])
    return runs
