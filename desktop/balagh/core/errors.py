"""Errors that carry a message the staff can read (Arabic first, French second)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, naming its field.

    ``field`` is a stable path such as ``figures.blood_donors.value`` or ``end_date``;
    ``label_ar`` is the field's Arabic name as the staff see it.
    """

    field: str
    label_ar: str
    message_ar: str
    message_fr: str = ""

    def text_ar(self) -> str:
        """«الحقل: المشكلة» in Arabic."""
        return f"{self.label_ar}: {self.message_ar}"

    def text_fr(self) -> str:
        """The French counterpart, falling back to the Arabic one."""
        return self.message_fr or self.text_ar()


class BalaghError(Exception):
    """Base of the errors the command line and the GUI show as one clear sentence."""

    def __init__(self, message_ar: str, message_fr: str = "") -> None:
        super().__init__(message_ar)
        self.message_ar = message_ar
        self.message_fr = message_fr or message_ar


class ValidationFailed(BalaghError):
    """Input was refused; ``problems`` lists every problem at once."""

    def __init__(self, problems: list[Problem], context_ar: str = "") -> None:
        lines = [p.text_ar() for p in problems]
        prefix = f"{context_ar}: " if context_ar else ""
        super().__init__(
            prefix + "؛ ".join(lines),
            prefix + "; ".join(p.text_fr() for p in problems),
        )
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

    def __init__(self, message_ar: str, message_fr: str, reference: str | None) -> None:
        super().__init__(message_ar, message_fr)
        self.reference = reference


class DraftChangedError(ConflictError):
    """The draft (or its edition's figures) changed after it was checked; ``changed_by``
    names who saved it last. Nothing was issued."""

    def __init__(self, message_ar: str, message_fr: str, changed_by: str = "") -> None:
        super().__init__(message_ar, message_fr)
        self.changed_by = changed_by
