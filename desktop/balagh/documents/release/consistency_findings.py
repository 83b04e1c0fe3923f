"""What the check before issuing finds: a Discrepancy (kind, paragraph, text, sentences in
Arabic and French, the value read and the one recorded); warnings do not block issuing."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from balagh.core.model import (
    QUALIFIER_NAMES,
)
from balagh.messages import Localizable, Message, msg


def paragraph_finding(index: int, finding: Localizable) -> Message:
    """«الفقرة 4: …» / «Paragraphe 4 : …»: a finding of the paragraph ``index`` (0 = first)."""
    return msg("الفقرة {paragraph}: {finding}", paragraph=index + 1, finding=finding)


QUALIFIER_AR = {qualifier: name.ar for qualifier, name in QUALIFIER_NAMES.items()}


class DiscrepancyKind(StrEnum):
    """What is wrong with a number of the text."""

    DIFFERS = "differs"  # the noun names a recorded figure with another value
    NOT_RECORDED = "not_recorded"  # the noun names a figure the edition has not recorded
    UNKNOWN = "unknown"  # a number that matches no figure of the edition
    QUALIFIER = "qualifier"  # «ناهز»/«أكثر من» not the recorded qualifier
    QUALIFIER_DROPPED = "qualifier_dropped"  # warning: recorded «أكثر من», written bare
    DECIMAL = "decimal"  # a decimal or percentage that is no computed percentage
    DATE = "date"  # a date outside the edition, a wrong weekday or a wrong «الجاري»
    UNREADABLE = "unreadable"  # digits and number words that do not make a number
    PLACE = "place"  # another city or venue than the edition's (consistency_places)
    ORDINAL = "ordinal"  # «الدورة الرابعة» for another edition number
    NO_FIGURES = "no_figures"  # warning: a bulletin for a day with no figure recorded


#: Kinds that only warn: the text is not wrong, only less precise than the record (or,
#: for a bulletin of a day without figures, says less than a bulletin should).
WARNING_KINDS = frozenset({DiscrepancyKind.QUALIFIER_DROPPED, DiscrepancyKind.NO_FIGURES})


@dataclass(frozen=True)
class Discrepancy:
    """One number of the release text that the database does not support.

    ``paragraph`` is the paragraph's index (0 = first), ``text`` the words as written
    («2400 موظف شرطة»), ``value`` what they say (2400), ``key`` the catalogue figure they
    name, ``recorded`` the recorded value (2300); ``message`` is the whole sentence naming
    the paragraph («الفقرة 4: …»), ``message_ar``/``message_fr`` its two languages.
    """

    kind: DiscrepancyKind
    paragraph: int
    text: str
    message: Localizable
    value: int | None = None
    key: str | None = None
    recorded: int | None = None

    @property
    def is_warning(self) -> bool:
        """True for a finding that only warns («بلغت 630 ألف» for a figure recorded «أكثر
        من 630 ألف»); the others are errors that need a reason to issue anyway."""
        return self.kind in WARNING_KINDS

    @property
    def message_ar(self) -> str:
        """The sentence in Arabic."""
        return self.message.text("ar")

    @property
    def message_fr(self) -> str:
        """The sentence in French."""
        return self.message.text("fr")

    def text_ar(self) -> str:
        """The sentence shown to the staff: «الفقرة 4: «2400 موظف شرطة» لا يطابق …»."""
        return self.message_ar

    def text_fr(self) -> str:
        """The French counterpart of ``text_ar``."""
        return self.message_fr
