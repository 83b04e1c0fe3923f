"""Limits on what a template may cost: time, steps (loop iterations and calls), output size.

A template is written by the staff and may be stored as everyone's default: one that loops
for ever, builds a gigabyte string or recurses exponentially must be stopped, quickly, with a
sentence naming the template, not hang the window or every release command. Jinja2's sandbox
guards against reaching Python; this module adds the cost limits:

* **time and steps**: while a template renders, a trace function counts the lines the
  template's own code executes (each loop iteration, each macro call) and stops it beyond
  :data:`MAX_STEPS` steps or :data:`MAX_SECONDS` seconds;
* **sizes**: a text longer than :data:`MAX_OUTPUT` characters is refused before it is built,
  wherever it would be built — the output, ``~`` and ``+`` concatenation, ``*`` repetition,
  filters and methods given a width or count above it (``'x'|center(10**9)``), ``**`` with a
  large exponent (``n ** (n ** 20)``); ``lipsum`` is not offered.

Exceeding a limit raises :class:`TemplateLimitExceeded` (a BalaghError), which
``balagh.documents.release.templating`` turns into «القالب «…»، السطر n: …».
"""

from __future__ import annotations

import re
import sys
import threading
import time
from collections.abc import Callable, Iterable
from types import FrameType
from typing import Any

from balagh.core.errors import BalaghError
from balagh.messages import msg

#: The longest text a template may produce or build (characters).
MAX_OUTPUT = 200_000
#: The most steps (lines of template code executed) of one rendering.
MAX_STEPS = 1_000_000
#: The longest one rendering may take (seconds of the rendering thread's own CPU time, so that
#: a busy machine or another thread holding the interpreter does not stop a sound template).
MAX_SECONDS = 2.0
#: The largest exponent of ``**`` on integers.
MAX_EXPONENT = 256

TEMPLATE_FILENAME = "<template>"


class TemplateLimitExceeded(BalaghError):
    """A template went beyond one of the limits (the message says which)."""


def _too_long(size: int) -> TemplateLimitExceeded:
    return TemplateLimitExceeded(
        msg(
            "أوقف القالب لأنه ينتج نصا طويلا جدا ({size} حرفا)؛ الحد الأقصى {MAX_OUTPUT} حرف",
            size=size,
            MAX_OUTPUT=MAX_OUTPUT,
        ),
    )


class _Budget(threading.local):
    """The running rendering's counters (one per thread)."""

    active = False
    steps = 0
    deadline = 0.0


_BUDGET = _Budget()


def _tick() -> None:
    budget = _BUDGET
    if not budget.active:
        return
    budget.steps += 1
    if budget.steps > MAX_STEPS:
        raise TemplateLimitExceeded(
            msg(
                "أوقف القالب لأنه تجاوز {MAX_STEPS} خطوة (حلقات أو استدعاءات أكثر من اللازم)",
                MAX_STEPS=MAX_STEPS,
            ),
        )
    if budget.steps % 256 == 0 and time.thread_time() > budget.deadline:
        raise TemplateLimitExceeded(
            msg("أوقف القالب لأنه استغرق أكثر من {MAX_SECONDS:g} ثوان", MAX_SECONDS=MAX_SECONDS),
        )


def _trace(frame: FrameType, event: str, _arg: object) -> Callable[..., Any] | None:
    if frame.f_code.co_filename != TEMPLATE_FILENAME:
        return None
    _tick()
    return _line_trace


def _line_trace(frame: FrameType, event: str, _arg: object) -> Callable[..., Any] | None:
    if event == "line":
        _tick()
    return _line_trace


def run_limited(render: Callable[[], str]) -> str:
    """Call ``render`` (a template's rendering) under the step, time and size limits."""
    budget = _BUDGET
    if budget.active:  # a template rendering inside another: one budget for both
        return render()
    previous = sys.gettrace()
    budget.active, budget.steps = True, 0
    budget.deadline = time.thread_time() + MAX_SECONDS
    sys.settrace(_trace)
    try:
        result = render()
    finally:
        sys.settrace(previous)
        budget.active = False
    if len(result) > MAX_OUTPUT:
        raise _too_long(len(result))
    return result


def limited_concat(parts: Iterable[Any]) -> str:
    """``"".join`` that stops as soon as the text exceeds :data:`MAX_OUTPUT`."""
    pieces: list[str] = []
    size = 0
    for part in parts:
        text = str(part)
        size += len(text)
        if size > MAX_OUTPUT:
            raise _too_long(size)
        pieces.append(text)
    return "".join(pieces)


def _size(value: object) -> int:
    return len(value) if isinstance(value, str | list | tuple | bytes) else 0


def check_binop(operator: str, left: Any, right: Any) -> None:
    """Refuse ``*``, ``+`` and ``**`` whose result would be too large."""
    if operator == "**" and isinstance(left, int) and isinstance(right, int | float):
        if abs(left) > 1 and (right > MAX_EXPONENT
                              or left.bit_length() * right > 32 * MAX_OUTPUT):
            raise TemplateLimitExceeded(
                msg(
                    "أوقف القالب: أس كبير جدا ({right})؛ الحد الأقصى {MAX_EXPONENT}",
                    right=right,
                    MAX_EXPONENT=MAX_EXPONENT,
                ),
            )
    if operator == "*":
        for seq, count in ((left, right), (right, left)):
            if _size(seq) and isinstance(count, int) and _size(seq) * count > MAX_OUTPUT:
                raise _too_long(_size(seq) * count)
        if isinstance(left, int) and isinstance(right, int) and (
                left.bit_length() + right.bit_length() > 4 * MAX_OUTPUT):
            raise _too_long(left.bit_length() + right.bit_length())
    if operator == "+" and _size(left) + _size(right) > MAX_OUTPUT:
        raise _too_long(_size(left) + _size(right))


# A width in a format specification: «{:>1000000000}», «%1000000000d».
_FORMAT_WIDTH = re.compile(r"\{[^{}]*:[^{}]*?(\d{7,})[^{}]*\}|%[-+ #0]*(\d{7,})")

#: Filters and text methods whose numeric arguments are widths or counts.
SIZED_CALLS = frozenset({"center", "indent", "wordwrap", "truncate", "format", "replace",
                         "batch", "slice", "ljust", "rjust", "zfill", "expandtabs",
                         "format_map", "join", "__mul__", "__rmul__"})


def check_arguments(value: object, args: Iterable[Any], kwargs: dict[str, Any]) -> None:
    """Refuse a sized call (:data:`SIZED_CALLS`) given a width or count above the limit
    (``center(10**9)``, ``"{:>1000000000}".format``), or one that would multiply a text."""
    values = [*args, *kwargs.values()]
    for argument in values:
        if isinstance(argument, int) and not isinstance(argument, bool) and (
                argument > MAX_OUTPUT):
            raise _too_long(argument)
    for text in (a for a in (value, *values) if isinstance(a, str)):
        width = _FORMAT_WIDTH.search(text)
        if width:
            raise _too_long(int(width.group(1) or width.group(2)))
    longest = max((len(a) for a in values if isinstance(a, str)), default=1)
    if _size(value) * max(longest, 1) > 10 * MAX_OUTPUT:
        raise _too_long(_size(value) * longest)


def limited_filter(function: Callable[..., Any]) -> Callable[..., Any]:
    """A sized filter (:data:`SIZED_CALLS`) that refuses arguments beyond the limits."""

    def guarded(*args: Any, **kwargs: Any) -> Any:
        start = 1 if args and _is_context(args[0]) else 0
        if len(args) > start:
            check_arguments(args[start], args[start + 1:], kwargs)
        return function(*args, **kwargs)

    for name in ("jinja_pass_arg", "__name__", "__doc__"):
        if hasattr(function, name):
            try:
                setattr(guarded, name, getattr(function, name))
            except (AttributeError, TypeError):
                pass
    return guarded


def _is_context(value: object) -> bool:
    from jinja2.nodes import EvalContext
    from jinja2.runtime import Context

    return isinstance(value, Context | EvalContext)


def limited_environment(**options: Any) -> Any:
    """Jinja2's immutable sandbox with the limits of this module (see its docstring)."""
    from jinja2.compiler import CodeGenerator, Frame
    from jinja2.nodes import Concat
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    class LimitedCodeGenerator(CodeGenerator):
        def visit_Concat(self, node: Concat, frame: Frame) -> None:  # «a ~ b», sized
            self.write("environment.limited_concat((")
            for arg in node.nodes:
                self.visit(arg, frame)
                self.write(", ")
            self.write("))")

    class LimitedEnvironment(ImmutableSandboxedEnvironment):
        code_generator_class = LimitedCodeGenerator
        intercepted_binops = frozenset({"*", "+", "**"})
        concat = staticmethod(limited_concat)
        limited_concat = staticmethod(limited_concat)

        def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
            check_binop(operator, left, right)
            return super().call_binop(context, operator, left, right)

        def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
            _tick()
            owner = getattr(__obj, "__self__", None)
            if owner is None:  # the sandbox's wrapper of str.format keeps the original
                owner = getattr(getattr(__obj, "__wrapped__", None), "__self__", None)
            if isinstance(owner, str | list) and getattr(__obj, "__name__", "") in SIZED_CALLS:
                check_arguments(owner, args, kwargs)
            return super().call(__context, __obj, *args, **kwargs)

    env = LimitedEnvironment(**options)
    env.globals.pop("lipsum", None)
    for name in SIZED_CALLS & set(env.filters):
        env.filters[name] = limited_filter(env.filters[name])
    return env
