"""What a release's documents say about themselves — one source for the PDF, the DOCX and
the HTML of both languages: the title shown in the viewer's title bar, the subject, the
author, the keywords, the language and the creation date.

The title names the release (its title line and kind), the edition (city, year) and, once
issued, the reference, so that two releases open side by side are told apart:

* «بلاغ — اختتام أيام الأبواب المفتوحة، فاس 2023 — المرجع: 2023/001»
* «Communiqué — Ouverture des Journées portes ouvertes, Marrakech 2018»
* «بلاغ — النشرة اليومية لأيام الأبواب المفتوحة، فاس، 18 ماي 2023»

The subject is a sentence: «اختتام الدورة الرابعة لأيام الأبواب المفتوحة للأمن الوطني
بمدينة فاس (2023)», «Clôture de la 4e édition des Journées portes ouvertes de la DGSN à
Fès (2023)». A release that does not know its edition's city (``Release.edition_city_ar``
empty) leaves the city out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from balagh.core.model import Language, Release, ReleaseKind, ReleaseStatus
from balagh.platform.settings import DEFAULT_LETTERHEAD, DEFAULT_LETTERHEAD_FR, Settings

LANGUAGES = {Language.AR: "ar-MA", Language.FR: "fr-MA"}

_KIND_TITLE = {
    ReleaseKind.CLOSING: "اختتام أيام الأبواب المفتوحة",
    ReleaseKind.OPENING: "الإعلان عن أيام الأبواب المفتوحة",
    ReleaseKind.DAILY: "النشرة اليومية لأيام الأبواب المفتوحة",
}
_KIND_TITLE_FR = {
    ReleaseKind.CLOSING: "Clôture des Journées portes ouvertes",
    ReleaseKind.OPENING: "Ouverture des Journées portes ouvertes",
    ReleaseKind.DAILY: "Bulletin quotidien des Journées portes ouvertes",
}
# The subject's verb-noun, followed by the edition with its ordinal.
_KIND_SUBJECT = {
    ReleaseKind.CLOSING: "اختتام الدورة",
    ReleaseKind.OPENING: "الإعلان عن الدورة",
    ReleaseKind.DAILY: "النشرة اليومية للدورة",
}
_KIND_SUBJECT_FR = {
    ReleaseKind.CLOSING: "Clôture de la",
    ReleaseKind.OPENING: "Ouverture de la",
    ReleaseKind.DAILY: "Bulletin quotidien de la",
}


@dataclass(frozen=True)
class ReleaseMetadata:
    """The document properties of one language of a release."""

    title: str
    subject: str
    author: str
    keywords: tuple[str, ...]
    language: str  # «ar-MA», «fr-MA»
    created: dt.datetime | None  # the issue time; None for a draft (made now)


def _year(release: Release) -> int:
    return release.edition_year or release.date.year


def _title_line(release: Release, settings: Settings, language: Language) -> str:
    if language is Language.FR and release.french is not None:
        return release.french.title.strip() or settings.release_title_fr or "Communiqué"
    if language is Language.FR:
        return settings.release_title_fr or "Communiqué"
    return release.title.strip() or settings.release_title or "بلاغ"


def document_title(release: Release, settings: Settings,
                   language: Language = Language.AR) -> str:
    """The title of ``release``'s documents in ``language`` (see the module's examples)."""
    from balagh.arabic import date_phrase
    from balagh.french import date_fr

    french = language is Language.FR
    city = (release.edition_city_fr if french else release.edition_city_ar).strip()
    comma = ", " if french else "، "
    kind = (_KIND_TITLE_FR if french else _KIND_TITLE)[release.kind]
    if release.kind is ReleaseKind.DAILY:
        day = date_fr(release.date) if french else date_phrase(release.date)
        edition = comma.join(part for part in (city, day) if part)
    else:
        edition = f"{city} {_year(release)}".strip()
    parts = [_title_line(release, settings, language), f"{kind}{comma}{edition}"]
    if release.status is ReleaseStatus.ISSUED and release.reference:
        parts.append(f"Référence\u202f: {release.reference}" if french
                     else f"المرجع: {release.reference}")
    return " — ".join(parts)


def document_subject(release: Release, language: Language = Language.AR) -> str:
    """The subject: «اختتام الدورة الرابعة لأيام الأبواب المفتوحة للأمن الوطني بمدينة فاس
    (2023)», «Bulletin quotidien de la 4e édition des Journées portes ouvertes de la DGSN à
    Fès, 18 mai 2023»."""
    from balagh.arabic import Case, date_phrase, ordinal_word
    from balagh.french import date_fr, edition_fr

    number = release.edition_number
    if language is Language.FR:
        city = release.edition_city_fr.strip()
        text = (f"{_KIND_SUBJECT_FR[release.kind]} {edition_fr(number)} des Journées portes "
                f"ouvertes de la DGSN")
        text += f" à {city}" if city else ""
        if release.kind is ReleaseKind.DAILY:
            return f"{text}, {date_fr(release.date)}"
        return f"{text} ({_year(release)})"
    city = release.edition_city_ar.strip()
    text = (f"{_KIND_SUBJECT[release.kind]} {ordinal_word(number, case=Case.GENITIVE)} لأيام "
            "الأبواب المفتوحة للأمن الوطني")
    text += f" بمدينة {city}" if city else ""
    if release.kind is ReleaseKind.DAILY:
        return f"{text}، {date_phrase(release.date)}"
    return f"{text} ({_year(release)})"


def release_metadata(release: Release, settings: Settings,
                     language: Language = Language.AR) -> ReleaseMetadata:
    """Title, subject, author (the letterhead's last line), keywords, language and
    creation date of ``release``'s documents in ``language``."""
    french = language is Language.FR
    if french:
        lines = [x for x in settings.letterhead_lines_fr if x.strip()] or DEFAULT_LETTERHEAD_FR
        keywords = ["communiqué", "Journées portes ouvertes", "DGSN", release.edition_city_fr]
    else:
        lines = [x for x in settings.letterhead_lines if x.strip()] or DEFAULT_LETTERHEAD
        keywords = ["بلاغ", "أيام الأبواب المفتوحة للأمن الوطني", release.edition_city_ar]
    keywords.append(str(_year(release)))
    issued = release.status is ReleaseStatus.ISSUED
    if issued and release.reference:
        keywords.append(release.reference)
    return ReleaseMetadata(
        title=document_title(release, settings, language),
        subject=document_subject(release, language),
        author=lines[-1],
        keywords=tuple(k.strip() for k in keywords if k.strip()),
        language=LANGUAGES[language],
        created=release.issued_at if issued else None,
    )
