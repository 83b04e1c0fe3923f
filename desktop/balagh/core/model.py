"""The domain objects every layer shares: editions, their figures, releases.

Plain dataclasses, no Qt and no SQL. The store maps them to tables; the documents layer
reads them; the GUI edits copies of them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from balagh.messages import Message, msg


class Qualifier(StrEnum):
    """How exact a published figure is: «ناهز» (about), «أكثر من» (more than) or exact."""

    EXACT = "exact"
    ABOUT = "about"
    MORE_THAN = "more_than"


#: How the staff name each qualifier (French in the catalogue): the form's choice, the sheets,
#: the findings of a check. The verbs a release writes are in ``balagh.arabic.qualifiers``.
QUALIFIER_NAMES: dict[Qualifier, Message] = {
    Qualifier.EXACT: msg("دقيق"),
    Qualifier.ABOUT: msg("حوالي"),
    Qualifier.MORE_THAN: msg("أكثر من"),
}


class Gender(StrEnum):
    """Grammatical gender of a counted noun."""

    MASCULINE = "m"
    FEMININE = "f"


@dataclass(frozen=True)
class NounForms:
    """The forms of an Arabic counted noun that number agreement needs.

    Example for visitors: singular «زائر», dual «زائران»/«زائرين», plural «زوار»,
    accusative singular «زائرا». Multi-word nouns are given whole («رواقا موضوعاتيا»).
    """

    singular: str
    dual_nominative: str
    dual_oblique: str
    plural: str
    accusative: str
    gender: Gender = Gender.MASCULINE


@dataclass(frozen=True)
class FigureKind:
    """One entry of the figure catalogue (a kind of figure an edition may have)."""

    key: str
    label_ar: str
    label_fr: str
    noun: NounForms
    order: int
    has_days: bool = False

    def label(self, language: str) -> str:
        """The label in ``language``: the stored Arabic or French; in another language, the
        catalogue's translation of a built-in kind (context "figure kind"), else the Arabic."""
        from balagh.messages import translate

        stored = {"ar": self.label_ar, "fr": self.label_fr}
        return stored.get(language) or translate(language, self.label_ar, context="figure kind")


@dataclass
class FigureValue:
    """An edition's value for one catalogue figure."""

    value: int
    qualifier: Qualifier = Qualifier.EXACT
    days: list[dt.date] = field(default_factory=list)
    note: str = ""


@dataclass
class JointPavilion:
    """A pavilion shared between the national police and partner institutions."""

    partners: list[str] = field(default_factory=list)
    title: str = ""


class ClosingForm(StrEnum):
    """The shape of the closing release: as the office wrote it in 2023 (Fez) or in its
    current form (2024 onwards: visitor breakdown, media, area, home towns)."""

    AUTOMATIC = ""  # by year: 2023 and before → FORM_2023, later → CURRENT
    FORM_2023 = "2023"
    CURRENT = "2024"


class RecordWording(StrEnum):
    """What a record is compared with: «الدورات السابقة» or the office's «الأعوام»."""

    EDITIONS = "editions"
    YEARS = "years"


@dataclass
class ReleaseOptions:
    """Choices about how the releases of an edition are worded, stored with the edition.

    ``both_genders``: «زائر وزائرة» instead of «زائر»; ``peak_dates``: the peak days with
    their dates («يوما الجمعة والسبت 19و20 ماي») or named only («يومي السبت والأحد»).
    """

    closing_form: ClosingForm = ClosingForm.AUTOMATIC
    both_genders: bool = False
    peak_dates: bool = True
    record_wording: RecordWording = RecordWording.EDITIONS

    def effective_form(self, year: int) -> ClosingForm:
        """The closing form used: the stored choice, else the 2023 form up to 2023 and the
        current form from 2024."""
        if self.closing_form is not ClosingForm.AUTOMATIC:
            return self.closing_form
        return ClosingForm.FORM_2023 if year <= 2023 else ClosingForm.CURRENT


@dataclass
class Edition:
    """One edition of the national police Open Days and everything recorded about it."""

    number: int
    city_ar: str
    city_fr: str
    start_date: dt.date
    end_date: dt.date
    venue_ar: str = ""
    venue_fr: str = ""
    theme: str = ""
    notes: str = ""
    figures: dict[str, FigureValue] = field(default_factory=dict)
    daily_visitors: dict[dt.date, int] = field(default_factory=dict)
    audiences: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    joint_pavilions: list[JointPavilion] = field(default_factory=list)
    seminars: list[str] = field(default_factory=list)
    highlights: list[str] = field(default_factory=list)
    # Noun-phrase highlights, introduced by the release with «كما تم …».
    noun_highlights: list[str] = field(default_factory=list)
    # The visitors' home towns («زوار قدموا من …»).
    home_towns: list[str] = field(default_factory=list)
    # The units that give the demonstrations («فرق خيالة الأمن الوطني», …).
    demonstration_units: list[str] = field(default_factory=list)
    # Figures as the office announced them on a day: running totals and that day's figures
    # ({date(2023, 5, 18): {"visitors_total": FigureValue(344100), "media_outlets": …}}).
    as_of: dict[dt.date, dict[str, FigureValue]] = field(default_factory=dict)
    options: ReleaseOptions = field(default_factory=ReleaseOptions)
    # Set by the store: the optimistic-locking counter (0 = never saved) and timestamps.
    version: int = 0
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None

    @property
    def year(self) -> int:
        """The year the edition started."""
        return self.start_date.year

    def figure(self, key: str) -> FigureValue | None:
        """The value recorded for catalogue figure ``key``, or None."""
        return self.figures.get(key)


class ReleaseKind(StrEnum):
    """The kinds of press release the office issues."""

    CLOSING = "closing"
    OPENING = "opening"
    DAILY = "daily"


class ReleaseStatus(StrEnum):
    """A release is edited as a draft, then issued (read-only for ever)."""

    DRAFT = "draft"
    ISSUED = "issued"


class Language(StrEnum):
    """The languages a release is written in: Arabic always, French beside it."""

    AR = "ar"
    FR = "fr"


@dataclass
class ReleaseVersion:
    """The release in a language other than Arabic (the French communiqué): its own title,
    place, paragraphs and, once issued, its own PDF and SHA-256 under the release's reference.
    """

    language: Language
    title: str
    place: str
    paragraphs: list[str]
    template_name: str = ""
    pdf: bytes | None = None
    sha256: str | None = None


@dataclass
class Release:
    """A press release (بلاغ) kept on record; ``versions`` holds its French version, if any
    (``versions[Language.FR]``), issued with it under the same reference."""

    edition_number: int
    kind: ReleaseKind
    title: str
    place: str
    date: dt.date
    paragraphs: list[str]
    template_name: str = ""
    status: ReleaseStatus = ReleaseStatus.DRAFT
    id: int | None = None
    reference: str | None = None  # "yyyy/nnn", sequential per year, set when issued
    issued_at: dt.datetime | None = None
    pdf: bytes | None = None
    sha256: str | None = None
    supersedes_id: int | None = None
    override_reason: str | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    # Set by the store: the optimistic-locking counter (0 = never saved) and who saved last.
    version: int = 0
    updated_by: str = ""
    versions: dict[Language, ReleaseVersion] = field(default_factory=dict)
    # Who checked and issued (set by the store when issuing; ``updated_by`` drafted):
    # «ahmed@poste-3», or «ahmed@poste-3 (balagh_issuer)» on PostgreSQL.
    checked_by: str | None = None
    checked_at: dt.datetime | None = None
    issued_by: str | None = None
    # The edition's city and year, read with the release (kept in the edition, not here):
    # the document titles name them («بلاغ — اختتام أيام الأبواب المفتوحة، فاس 2023»).
    edition_city_ar: str = ""
    edition_city_fr: str = ""
    edition_year: int | None = None

    @property
    def french(self) -> ReleaseVersion | None:
        """The French version, or None for an Arabic-only release."""
        return self.versions.get(Language.FR)

    @property
    def languages(self) -> list[Language]:
        """The languages of the release: ``[AR]`` or ``[AR, FR]``."""
        return [Language.AR, *sorted(self.versions)]


@dataclass
class StoredTemplate:
    """A release template copied and edited by the staff, kept in the database by name."""

    name: str
    kind: ReleaseKind
    body: str
    id: int | None = None
    language: Language = Language.AR  # the language the template writes («fr»: French)


@dataclass
class PhraseVersion:
    """One saved wording of a phrasebook sentence (the newest of a key is in use)."""

    key: str
    text: str
    author: str
    builtin: bool = False  # this version restored the built-in wording
    id: int | None = None
    created_at: dt.datetime | None = None
