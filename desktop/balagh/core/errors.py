"""Errors that carry a message the staff can read (Arabic first, French second).

The message is a catalogue sentence (:func:`balagh.messages.msg`): the Arabic id written at
the ``raise``, its French in ``resources/locale/fr/LC_MESSAGES/balagh.po``. ``message_ar`` and
``message_fr`` give the two texts; ``message.text(language)`` gives any catalogue language.
"""

from __future__ import annotations

from dataclasses import dataclass

from balagh.messages import Localizable, PerLanguage, pmsg


def _localizable(text: Localizable | str) -> Localizable:
    """Plain text (a technical detail, a name) stays the same in every language."""
    return PerLanguage(ar=text) if isinstance(text, str) else text


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, naming its field.

    ``field`` is a stable path such as ``figures.blood_donors.value`` or ``end_date``;
    ``label`` is the field's name as the staff see it, ``message`` what is wrong with it.

    >>> p = Problem("number", msg("رقم الدورة"), msg("الرقم {number} مكرر في الملف نفسه", number=4))
    >>> p.text_ar()
    'رقم الدورة: الرقم 4 مكرر في الملف نفسه'
    >>> p.text_fr()
    "Numéro de l'édition : le numéro 4 figure deux fois dans le fichier."
    """

    field: str
    label: Localizable | str
    message: Localizable | str

    @property
    def label_ar(self) -> str:
        return _localizable(self.label).text("ar")

    @property
    def label_fr(self) -> str:
        return _localizable(self.label).text("fr")

    @property
    def message_ar(self) -> str:
        return _localizable(self.message).text("ar")

    @property
    def message_fr(self) -> str:
        """The whole French sentence, the field named in it (as the staff read it)."""
        return self.text("fr")

    def text(self, language: str) -> str:
        """«الحقل: المشكلة» in ``language`` (French puts a space before the colon)."""
        label = _localizable(self.label).text(language)
        message = _localizable(self.message).text(language)
        if not label:
            return message
        return pmsg("field and problem", "{label}: {message}", label=label,
                    message=message).text(language)

    def text_ar(self) -> str:
        """«الحقل: المشكلة» in Arabic."""
        return self.text("ar")

    def text_fr(self) -> str:
        """The French counterpart."""
        return self.text("fr")

    def within(self, context: Localizable | str) -> Problem:
        """The same problem with its label prefixed by ``context`` (an edition, a file part):
        «الدورة 7 — رقم الدورة»."""
        return Problem(self.field, Within(_localizable(context), _localizable(self.label)),
                       self.message)


@dataclass(frozen=True)
class Within:
    """A label inside a context: «الدورة 7 — رقم الدورة», «Édition 7 — Numéro de l'édition»."""

    context: Localizable
    label: Localizable

    def text(self, language: str) -> str:
        label = self.label.text(language)
        context = self.context.text(language)
        return f"{context} — {label}" if label else context


class BalaghError(Exception):
    """Base of the errors the command line and the GUI show as one clear sentence."""

    def __init__(self, message: Localizable | str) -> None:
        self.message = _localizable(message)
        super().__init__(self.message.text("ar"))

    @property
    def message_ar(self) -> str:
        return self.message.text("ar")

    @property
    def message_fr(self) -> str:
        return self.message.text("fr")

    def text(self, language: str) -> str:
        """The message in ``language``."""
        return self.message.text(language)


@dataclass(frozen=True)
class _Problems:
    context: Localizable | None
    problems: tuple[Problem, ...]

    def text(self, language: str) -> str:
        separator = pmsg("problems separator", "؛ ").text(language)
        body = separator.join(p.text(language) for p in self.problems)
        if self.context is None:
            return body
        return pmsg("field and problem", "{label}: {message}", label=self.context,
                    message=body).text(language)


class ValidationFailed(BalaghError):
    """Input was refused; ``problems`` lists every problem at once."""

    def __init__(self, problems: list[Problem], context: Localizable | str | None = None) -> None:
        wrapped = None if context is None or context == "" else _localizable(context)
        super().__init__(_Problems(wrapped, tuple(problems)))
        self.problems = problems


class ConflictError(BalaghError):
    """Someone else saved the same record meanwhile (optimistic locking)."""


class NotFoundError(BalaghError):
    """The record asked for does not exist."""


class ReadOnlyError(BalaghError):
    """The record may not be changed (an issued release, an edition with issued releases)."""


class AlreadyIssuedError(ReadOnlyError):
    """The draft being issued was issued meanwhile (by someone else): ``reference`` says as
    what. Nothing new was issued."""

    def __init__(self, message: Localizable | str, reference: str | None) -> None:
        super().__init__(message)
        self.reference = reference


class DraftChangedError(ConflictError):
    """The draft (or its edition's figures) changed after it was checked; ``changed_by``
    names who saved it last. Nothing was issued."""

    def __init__(self, message: Localizable | str, changed_by: str = "") -> None:
        super().__init__(message)
        self.changed_by = changed_by


__all__ = [
    "AlreadyIssuedError",
    "BalaghError",
    "ConflictError",
    "DraftChangedError",
    "NotFoundError",
    "Problem",
    "ReadOnlyError",
    "ValidationFailed",
    "Within",
]
