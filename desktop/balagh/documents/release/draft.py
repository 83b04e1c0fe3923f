"""Drafting a release from an edition's figures: template + context → paragraphs → Release.

``draft_release(fez, editions, catalogue, settings, release_date=date(2023, 5, 22))`` gives
the closing release of Fez 2023 whose first paragraph begins «تعلن المديرية العامة للأمن
الوطني أن زوار فضاء الأبواب المفتوحة للأمن الوطني المقامة بمدينة فاس، خلال الفترة الممتدة
من 17 إلى 21 ماي الجاري، ناهز عددهم الإجمالي مليون و150 ألف زائر …».

The built-in templates are under ``resources/templates/ar/``: ``closing.j2`` (the current
form, 2024 on), ``closing_2023.j2`` (the Fez 2023 form), ``opening.j2`` and ``daily.j2`` (the
daily bulletin, dated the day it reports); a user template (kept in the database by name) is
passed as ``template_body``. Standing sentences come from the phrasebook (``phrases``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence

from balagh.core.errors import BalaghError
from balagh.core.model import (
    ClosingForm,
    Edition,
    FigureKind,
    Release,
    ReleaseKind,
    ReleaseStatus,
)
from balagh.documents.release.context import default_release_date, release_context
from balagh.documents.release.templating import render_paragraphs
from balagh.messages import msg
from balagh.platform.settings import Settings

#: The built-in templates, under ``resources/templates/<language>/``, by kind and form
#: (only the closing release has two forms: 2023 and the current one).
BUILTIN_TEMPLATES: dict[tuple[ReleaseKind, ClosingForm], str] = {
    (ReleaseKind.CLOSING, ClosingForm.CURRENT): "closing.j2",
    (ReleaseKind.CLOSING, ClosingForm.FORM_2023): "closing_2023.j2",
    (ReleaseKind.OPENING, ClosingForm.CURRENT): "opening.j2",
    (ReleaseKind.DAILY, ClosingForm.CURRENT): "daily.j2",
}

#: The names of the built-in templates as the staff see them.
BUILTIN_NAMES: dict[ReleaseKind, str] = {
    ReleaseKind.CLOSING: "بلاغ الاختتام",
    ReleaseKind.OPENING: "بلاغ الافتتاح",
    ReleaseKind.DAILY: "النشرة اليومية",
}

LANGUAGES = ("ar",)


def builtin_template_path(kind: ReleaseKind, form: ClosingForm = ClosingForm.CURRENT,
                          language: str = "ar") -> tuple[str, str, str]:
    """Where the built-in template of ``kind`` (and closing ``form``) lives in resources:
    ``("templates", "ar", "closing_2023.j2")``."""
    if kind is not ReleaseKind.CLOSING or form is ClosingForm.AUTOMATIC:
        form = ClosingForm.CURRENT
    return "templates", language, BUILTIN_TEMPLATES[(kind, form)]


def builtin_template(kind: ReleaseKind = ReleaseKind.CLOSING,
                     form: ClosingForm = ClosingForm.CURRENT, language: str = "ar") -> str:
    """The text of the built-in template for ``kind`` (a starting point for a user copy).

    Example: ``builtin_template()`` starts with a comment «بلاغ اختتام أيام الأبواب المفتوحة»;
    ``builtin_template(ReleaseKind.CLOSING, ClosingForm.FORM_2023)`` is the Fez 2023 form.
    """
    from balagh.platform.assets import read_text

    return read_text(*builtin_template_path(kind, form, language))


def edition_template(edition: Edition, kind: ReleaseKind, language: str = "ar") -> str:
    """The built-in template an edition's release of ``kind`` uses (its stored form)."""
    return builtin_template(kind, edition.options.effective_form(edition.year), language)


def check_release_date(edition: Edition, kind: ReleaseKind, day: dt.date) -> None:
    """Refuse a closing release dated before the edition's last day.

    Its text would say «الجاري» and «اختتام» of days still to come. Example: Fez 2023 ends
    on 21 May; a closing release dated 20 May raises «لا يمكن أن يؤرخ بلاغ الاختتام في
    2023-05-20 قبل نهاية الدورة (2023-05-21)».
    """
    if kind is ReleaseKind.DAILY:
        from balagh.documents.release.daily_facts import check_day

        check_day(edition, day)
    if kind is ReleaseKind.CLOSING and day < edition.end_date:
        end = edition.end_date.isoformat()
        raise BalaghError(
            msg(
                "لا يمكن أن يؤرخ بلاغ الاختتام في {day} قبل نهاية الدورة {number} ({end})",
                day=day.isoformat(),
                number=edition.number,
                end=end,
            ),
        )


def draft_paragraphs(
    edition: Edition,
    all_editions: Sequence[Edition],
    catalogue: Mapping[str, FigureKind],
    *,
    release_date: dt.date,
    template_body: str | None = None,
    template_name: str = "",
    kind: ReleaseKind = ReleaseKind.CLOSING,
    phrases: Mapping[str, str] | None = None,
) -> list[str]:
    """The body paragraphs a template writes for ``edition`` (raises TemplateError).

    ``phrases`` are the phrasebook's current texts by key (from the database); a phrase not
    given keeps its built-in wording. A daily bulletin reports the day ``release_date``.
    """
    source = template_body if template_body is not None else edition_template(edition, kind)
    name = template_name or (BUILTIN_NAMES[kind] if template_body is None else "قالب المستخدم")
    day = release_date if kind is ReleaseKind.DAILY else None
    context = release_context(edition, all_editions, catalogue, release_date, kind, day=day,
                              phrases=phrases)
    paragraphs = render_paragraphs(source, context, name)
    if not paragraphs:
        raise BalaghError(
            msg(
                "القالب «{name}» لم ينتج أي فقرة للدورة {number}",
                name=name,
                number=edition.number,
            ),
        )
    return paragraphs


def draft_release(
    edition: Edition,
    all_editions: Sequence[Edition],
    catalogue: Mapping[str, FigureKind],
    settings: Settings,
    *,
    template_body: str | None = None,
    kind: ReleaseKind = ReleaseKind.CLOSING,
    release_date: dt.date | None = None,
    template_name: str = "",
    phrases: Mapping[str, str] | None = None,
) -> Release:
    """A draft release of ``edition``: title and place from the settings, body from a template.

    ``release_date`` defaults to the day after the edition (closing) or the day before
    (opening); within the edition's month the period reads «… ماي الجاري». A closing release
    dated before the edition's last day is refused (BalaghError). The result is a
    ``Release`` in status draft (not stored: hand it to ``releases.save_draft``).
    """
    day = release_date or default_release_date(edition, kind)
    check_release_date(edition, kind, day)
    paragraphs = draft_paragraphs(
        edition,
        all_editions,
        catalogue,
        release_date=day,
        template_body=template_body,
        template_name=template_name,
        kind=kind,
        phrases=phrases,
    )
    return Release(
        edition_number=edition.number,
        kind=kind,
        title=(settings.release_title or "بلاغ").strip(),
        place=(settings.place or "الرباط").strip(),
        date=day,
        paragraphs=paragraphs,
        template_name=template_name or (BUILTIN_NAMES[kind] if template_body is None else ""),
        edition_city_ar=edition.city_ar,
        edition_city_fr=edition.city_fr,
        edition_year=edition.start_date.year,
    )


def correction_draft(issued: Release, *, release_date: dt.date | None = None) -> Release:
    """A new draft that corrects an issued release: same text to edit, ``supersedes_id`` set.

    An issued release is never changed; its correction is a new release that supersedes it
    and gets its own reference when issued (e.g. «2023/002» superseding «2023/001»).
    """
    if issued.status is not ReleaseStatus.ISSUED or issued.id is None:
        raise BalaghError(
            msg("لا يصحح إلا بلاغ صادر ومسجل؛ المسودة تعدل مباشرة"),
        )
    return dataclasses.replace(
        issued,
        paragraphs=list(issued.paragraphs),
        date=release_date or issued.date,
        status=ReleaseStatus.DRAFT,
        id=None,
        reference=None,
        issued_at=None,
        pdf=None,
        sha256=None,
        supersedes_id=issued.id,
        override_reason=None,
        created_at=None,
        updated_at=None,
        versions={
            language: dataclasses.replace(version, paragraphs=list(version.paragraphs),
                                          pdf=None, sha256=None)
            for language, version in issued.versions.items()
        },
        version=0,
        updated_by="",
    )


def release_text(release: Release) -> str:
    """The body as plain text: paragraphs separated by one blank line (the CLI prints this)."""
    return "\n\n".join(release.paragraphs)
