"""Messages that know their translations: ``msg("…{field}…", field=x)`` renders in any language.

A :class:`Message` keeps its Arabic id and its arguments; ``.text("fr")`` looks the id up in
the French catalogue and fills the arguments in then. An argument that is itself a message
(or a :class:`PerLanguage` value such as a city written in both languages) is rendered in the
same language, so «{field}» names the field in the reader's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol, runtime_checkable

from balagh.messages.catalogues import SOURCE_LANGUAGE, catalogue

_default_language = [SOURCE_LANGUAGE]


@runtime_checkable
class Localizable(Protocol):
    """Anything that can be written in a given language."""

    def text(self, language: str) -> str: ...


class Message:
    """One sentence of the catalogue with its arguments (``str.format`` fields).

    >>> m = msg("لا توجد دورة بالرقم {number}", number=7)
    >>> m.ar
    'لا توجد دورة بالرقم 7'
    >>> m.fr
    'Aucune édition numéro 7.'
    """

    __slots__ = ("args", "context", "count", "msgid", "plural")

    def __init__(self, msgid: str, args: Mapping[str, object] | None = None, *,
                 plural: str | None = None, n: int | None = None,
                 context: str | None = None) -> None:
        self.msgid = msgid
        self.plural = plural
        self.count = n
        self.context = context
        self.args: Mapping[str, object] = dict(args or {})

    def text(self, language: str) -> str:
        """The sentence in ``language`` (the Arabic id when it has no translation)."""
        pattern = translate(language, self.msgid, self.plural, self.count, self.context)
        values = {key: _render(value, language) for key, value in self.args.items()}
        if self.count is not None:
            values.setdefault("n", self.count)
        return pattern.format_map(values)

    @property
    def ar(self) -> str:
        """The Arabic text."""
        return self.text("ar")

    @property
    def fr(self) -> str:
        """The French text."""
        return self.text("fr")

    def __str__(self) -> str:
        return self.text(current_language())

    def __repr__(self) -> str:
        return f"msg({self.msgid!r}, {dict(self.args)!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return (self.msgid, self.plural, self.count, self.context, dict(self.args)) == (
            other.msgid, other.plural, other.count, other.context, dict(other.args))

    def __hash__(self) -> int:
        return hash((self.msgid, self.plural, self.count, self.context))


class PerLanguage:
    """A value written separately per language (data, not a catalogue sentence), such as an
    edition's city or a name from a table kept in both languages; Arabic is the fallback.

    >>> PerLanguage(ar="فاس", fr="Fès").text("fr")
    'Fès'
    """

    __slots__ = ("values",)

    def __init__(self, **values: str) -> None:
        self.values = values

    def text(self, language: str) -> str:
        return self.values.get(language) or self.values.get(SOURCE_LANGUAGE, "")

    def __str__(self) -> str:
        return self.text(current_language())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PerLanguage) and self.values == other.values

    def __hash__(self) -> int:
        return hash(tuple(sorted(self.values.items())))


def msg(msgid: str, /, **args: object) -> Message:
    """A catalogue sentence with ``str.format`` arguments (extracted by ``pybabel``)."""
    return Message(msgid, args)


def nmsg(singular: str, plural: str, n: int, /, **args: object) -> Message:
    """A sentence that agrees with the count ``n`` (``{n}`` in the text), by CLDR's rules."""
    return Message(singular, args, plural=plural, n=n)


def pmsg(context: str, msgid: str, /, **args: object) -> Message:
    """A sentence with a disambiguating context (the same Arabic said two ways in French)."""
    return Message(msgid, args, context=context)


def translate(language: str, msgid: str, plural: str | None = None, n: int | None = None,
              context: str | None = None) -> str:
    """The catalogue's translation of one id (plural and context optional)."""
    found = catalogue(language)
    if plural is not None and n is not None:
        if context is not None:
            return found.npgettext(context, msgid, plural, n)
        return found.ngettext(msgid, plural, n)
    if context is not None:
        return found.pgettext(context, msgid)
    return found.gettext(msgid)


def render(value: object, language: str) -> str:
    """``value`` as text in ``language`` (messages translated, anything else ``str()``)."""
    return str(_render(value, language))


def _render(value: object, language: str) -> object:
    if isinstance(value, Localizable):
        return value.text(language)
    return value


def set_language(language: str) -> None:
    """The language of the interface from now on (the window and the command line set it)."""
    _default_language[0] = language


def current_language() -> str:
    """The interface language (Arabic until :func:`set_language` is called)."""
    return _default_language[0]


def _(msgid: str) -> str:
    """``msgid`` in the interface language (for text shown at once, not kept)."""
    return translate(current_language(), msgid)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a counted sentence for ``n`` in the interface language."""
    return translate(current_language(), singular, plural, n)
