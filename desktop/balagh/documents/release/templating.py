"""Release templates: Jinja2 in a sandbox (filters in ``template_filters``), errors staff can read.

A template is plain text. Paragraphs are separated by blank lines; inside a paragraph, line
breaks are spaces (so a long sentence may be wrapped over several lines; a line holding only
a ``{% tag %}`` disappears), runs of spaces collapse, and no space is left before a
punctuation mark («،» «.» «؛» «:»). A paragraph that renders empty (its figures are missing
and every sentence was conditional) is left out.

Templates run in Jinja2's ``ImmutableSandboxedEnvironment`` (with the cost limits of
``balagh.documents.release.template_limits``: time, steps, sizes) with no loader, on deep copies of
what they are given: a template edited by a user cannot reach Python internals
(``''.__class__``), names it was not given (``os``) or files (``{% include %}``,
``{% import %}``), nor change the edition it writes about
(``edition.highlights.append(…)`` is refused, and would only touch a copy). Every failure —
a syntax error, an unknown name, a refused attribute, a filter given a bad value — becomes a
:class:`TemplateError` (a ``BalaghError``) naming the template's line in Arabic, e.g.
«القالب «إغلاق»، السطر 3: …».
"""

from __future__ import annotations

import re
import traceback
from collections.abc import Mapping
from functools import cache, lru_cache
from typing import Any

from balagh.core.errors import BalaghError
from balagh.documents.release.template_filters import EXTRA_FILTERS
from balagh.messages import Localizable, Message, msg

TEMPLATE_FILENAME = "<template>"

# Spaces before these marks are removed when a paragraph is tidied.
_NO_SPACE_BEFORE = re.compile(r"\s+([،,.؛;:!?؟)\]”»])")
_NO_SPACE_AFTER = re.compile(r"([(\[“«])\s+")
_SPACES = re.compile(r"[ \t\u00a0]+")
_HAS_WORD = re.compile(r"\w")
_TAGS = re.compile(r"\{%.*?%\}|\{#.*?#\}")


class TemplateError(BalaghError):
    """A template that cannot be compiled or rendered; ``line`` is its line (or None)."""

    def __init__(self, name: str, line: int | None, problem: Localizable) -> None:
        if line:
            where = msg("القالب «{name}»، السطر {line}: {problem}", name=name, line=line,
                        problem=problem)
        else:
            where = msg("القالب «{name}»: {problem}", name=name, problem=problem)
        super().__init__(where)
        self.name = name
        self.line = line
        self.problem = problem
        self.problem_ar = problem.text("ar")


@cache
def environment() -> Any:
    """The sandboxed Jinja2 environment with the Arabic filters (built once)."""
    from jinja2 import StrictUndefined

    from balagh.arabic.filters import FILTERS
    from balagh.documents.release.template_limits import limited_environment
    from balagh.french.filters import FR_FILTERS

    env = limited_environment(
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        loader=None,
    )
    env.filters.update(FILTERS)
    env.filters.update(EXTRA_FILTERS)
    env.filters.update(FR_FILTERS)
    return env


def _template_line(exc: BaseException) -> int | None:
    line = getattr(exc, "lineno", None)
    if isinstance(line, int) and line > 0:
        return line
    found: int | None = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename == TEMPLATE_FILENAME and frame.lineno:
            found = frame.lineno
    return found


_SYNTAX_PROBLEMS: tuple[tuple[re.Pattern[str], Message], ...] = (
    (re.compile(r"unexpected end of template, expected 'end of print statement'", re.I),
     msg("عبارة {{{{ … }}}} غير مغلقة في آخر القالب")),
    (re.compile(r"Unexpected end of template.*?looking for the following tags: (.*)", re.S),
     msg("انتهى القالب قبل إغلاق وسم مفتوح: ينقص {{% {closing} %}}")),
    (re.compile(r"unexpected end of template", re.I),
     msg("انتهى القالب قبل إغلاق وسم أو عبارة مفتوحة")),
    (re.compile(r"Encountered unknown tag '(\w+)'.*?looking for the following tags: (.*)", re.S),
     msg("وسم في غير موضعه: {{% {value} %}}؛ المنتظر {{% {closing} %}}")),
    (re.compile(r"Encountered unknown tag '(\w+)'"),
     msg("وسم غير معروف: {{% {value} %}}")),
    (re.compile(r"expected token 'end of print statement', got '([^']*)'"),
     msg("عبارة {{{{ … }}}} غير مغلقة قبل «{value}»")),
    (re.compile(r"expected token 'end of statement block', got '([^']*)'"),
     msg("وسم {{% … %}} غير مغلق قبل «{value}»")),
    (re.compile(r"expected token 'name'"),
     msg("ينقص اسم (متغير أو مرشح) في هذا الموضع")),
    (re.compile(r"unexpected char '([^']*)'"),
     msg("حرف غير متوقع: «{value}»")),
    (re.compile(r"unexpected '([^']*)'"),
     msg("رمز غير متوقع: «{value}»")),
)


def _closing_tag(listed: str) -> str:
    """The tag Jinja waits for, from "'elif' or 'else' or 'endif'": the closing one."""
    tags: list[str] = re.findall(r"'(\w+)'", listed)
    closing = [tag for tag in tags if tag.startswith("end")]
    return (closing or tags or ["end"])[-1]


def _syntax_problem(message: str) -> Message:
    """A Jinja2 syntax error in words the staff read.

    Example: "Unexpected end of template… looking for the following tags: 'elif' or 'else'
    or 'endif'" → «انتهى القالب قبل إغلاق وسم مفتوح: ينقص {% endif %}».
    """
    for pattern, sentence in _SYNTAX_PROBLEMS:
        found = pattern.search(message)
        if found:
            groups = found.groups()
            closing = _closing_tag(groups[-1]) if "{closing}" in sentence.msgid else ""
            values = groups[:-1] if closing else groups
            return Message(sentence.msgid, {"value": values[0] if values else "",
                                            "closing": closing})
    return msg("خطأ في صياغة القالب ({message})", message=message)


def _explain(exc: BaseException) -> Localizable:
    """The problem in Arabic and French, without the line (added by TemplateError)."""
    from jinja2 import exceptions as jx

    message = str(exc)
    if isinstance(exc, jx.SecurityError):
        attribute = re.search(r"attribute '([^']+)'", message)
        if attribute:
            return msg(
                "عملية غير مسموح بها في القوالب: الوصول إلى «{group}»",
                group=attribute.group(1),
            )
        return msg("عملية غير مسموح بها في القوالب ({message})", message=message)
    if isinstance(exc, jx.UndefinedError):
        name = re.search(r"'([^']+)' is undefined", message)
        if name:
            return msg("الاسم «{group}» غير معروف في القالب", group=name.group(1))
        return msg("قيمة غير معرفة ({message})", message=message)
    if isinstance(exc, jx.TemplateSyntaxError):
        return _syntax_problem(message)
    if (isinstance(exc, TypeError) and "no loader" in message) or isinstance(
        exc, jx.TemplateNotFound
    ):
        return msg("لا يسمح للقالب بتضمين ملفات أو قوالب أخرى (include/import/extends)")
    if isinstance(exc, BalaghError):
        return exc.message
    return msg("تعذر إنتاج النص ({kind}: {message})", kind=type(exc).__name__, message=message)


def keep_line_breaks(source: str) -> str:
    """Let a line that mixes text and a trailing tag keep its line break (a space).

    ``trim_blocks`` removes the line break after a tag, which is right for a line holding only
    a tag and wrong for «…{% endif %}» closing a line of text: such lines get a space after
    the tag. Line numbers are unchanged.
    """
    lines = source.split("\n")
    for index, line in enumerate(lines):
        stripped = line.rstrip()
        if stripped.endswith("%}") and _TAGS.sub("", stripped).strip():
            lines[index] = stripped + " "
    return "\n".join(lines)


#: Stands for a blank line of the template's text (a paragraph break) through rendering, so
#: that only the author's blank lines separate paragraphs, never a line that renders empty.
PARAGRAPH_MARK = "\x1e"


def mark_paragraph_breaks(source: str) -> str:
    """Replace the blank lines of the template text (outside tags) with PARAGRAPH_MARK.

    Line numbers are unchanged. Example: «فقرة أولى\n\nفقرة ثانية» → «فقرة أولى\n\x1e\nفقرة ثانية».
    """
    lines = source.split("\n")
    depth = 0  # inside a multi-line {% … %}, {{ … }} or {# … #}
    for index, line in enumerate(lines):
        if not line.strip() and depth == 0:
            lines[index] = PARAGRAPH_MARK
        depth += len(re.findall(r"\{[%{#]", line)) - len(re.findall(r"[%}#]\}", line))
        depth = max(depth, 0)
    return "\n".join(lines)


def compile_template(source: str, name: str = "") -> Any:
    """Compile a template's text; raises TemplateError naming the line of a syntax error.

    Compiled templates are kept (the last 64 texts): the window redrafts a release at every
    change of a figure, and compiling costs more than rendering; the compiled code is also kept
    on disk for the next process (``template_cache``).
    """
    try:
        return _compiled(source)
    except Exception as exc:  # any Jinja2 compile failure
        raise TemplateError(name or "—", _template_line(exc), _explain(exc)) from exc


@lru_cache(maxsize=64)
def _compiled(source: str) -> Any:
    from balagh.documents.release.template_cache import cached_template

    return cached_template(environment(), keep_line_breaks(mark_paragraph_breaks(source)))


def render_template(source: str, context: Mapping[str, Any], name: str = "") -> str:
    """Render a template's text with ``context`` in the sandbox; raises TemplateError.

    The template sees deep copies: whatever it does, the caller's objects are unchanged.
    """
    from balagh.documents.release.template_copies import template_copy
    from balagh.documents.release.template_limits import run_limited

    template = compile_template(source, name)
    try:
        return run_limited(lambda: str(template.render(template_copy(context))))
    except Exception as exc:  # any failure inside the template, named by its line
        raise TemplateError(name or "—", _template_line(exc), _explain(exc)) from exc


def tidy_paragraph(text: str) -> str:
    """One paragraph's rendered text as a single clean line.

    Example: «بتنظيم 31 رواقا\\n ،  تعرف» → «بتنظيم 31 رواقا، تعرف».
    """
    joined = " ".join(line.strip() for line in text.splitlines())
    joined = _SPACES.sub(" ", joined)
    joined = _NO_SPACE_BEFORE.sub(r"\1", joined)
    joined = _NO_SPACE_AFTER.sub(r"\1", joined)
    return joined.strip()


def split_paragraphs(rendered: str) -> list[str]:
    """The paragraphs of a rendered template: split at the template's blank lines (marked
    PARAGRAPH_MARK), tidied, empty ones dropped.

    A paragraph with no letter or digit left (only «.» once its sentences were left out) is
    dropped too.
    """
    paragraphs = []
    for block in rendered.replace("\r\n", "\n").split(PARAGRAPH_MARK):
        text = tidy_paragraph(block)
        if _HAS_WORD.search(text):
            paragraphs.append(text)
    return paragraphs


def render_paragraphs(source: str, context: Mapping[str, Any], name: str = "") -> list[str]:
    """Render a template and return its non-empty paragraphs."""
    return split_paragraphs(render_template(source, context, name))
