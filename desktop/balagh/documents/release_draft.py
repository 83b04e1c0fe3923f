"""Drafting a release from an edition's figures: template + context → paragraphs → Release.

``draft_release(fez, editions, catalogue, settings, release_date=date(2023, 5, 22))`` gives
the closing release of Fez 2023 whose first paragraph begins «تعلن المديرية العامة للأمن
الوطني أن زوار فضاء الأبواب المفتوحة للأمن الوطني المقامة بمدينة فاس، خلال الفترة الممتدة
من 17 إلى 21 ماي الجاري، ناهز عددهم الإجمالي مليون و150 ألف زائر …».

The built-in templates are ``resources/templates/closing.ar.j2`` and ``opening.ar.j2``; a
user template (kept in the database by name) is passed as ``template_body``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence

from balagh.core.errors import BalaghError
from balagh.core.model import Edition, FigureKind, Release, ReleaseKind, ReleaseStatus
from balagh.documents.release_context import default_release_date, release_context
from balagh.documents.templating import render_paragraphs
from balagh.settings import Settings

BUILTIN_TEMPLATES: dict[ReleaseKind, str] = {
    ReleaseKind.CLOSING: "closing.ar.j2",
    ReleaseKind.OPENING: "opening.ar.j2",
}

#: The names of the built-in templates as the staff see them.
BUILTIN_NAMES: dict[ReleaseKind, str] = {
    ReleaseKind.CLOSING: "بلاغ الاختتام",
    ReleaseKind.OPENING: "بلاغ الافتتاح",
}


def builtin_template(kind: ReleaseKind = ReleaseKind.CLOSING) -> str:
    """The text of the built-in template for ``kind`` (a starting point for a user copy).

    Example: ``builtin_template()`` starts with a comment «بلاغ اختتام أيام الأبواب المفتوحة».
    """
    from balagh.assets import read_text

    return read_text("templates", BUILTIN_TEMPLATES[kind])


def check_release_date(edition: Edition, kind: ReleaseKind, day: dt.date) -> None:
    """Refuse a closing release dated before the edition's last day.

    Its text would say «الجاري» and «اختتام» of days still to come. Example: Fez 2023 ends
    on 21 May; a closing release dated 20 May raises «لا يمكن أن يؤرخ بلاغ الاختتام في
    2023-05-20 قبل نهاية الدورة (2023-05-21)».
    """
    if kind is ReleaseKind.CLOSING and day < edition.end_date:
        end = edition.end_date.isoformat()
        raise BalaghError(
            f"لا يمكن أن يؤرخ بلاغ الاختتام في {day.isoformat()} قبل نهاية الدورة "
            f"{edition.number} ({end})",
            f"Un communiqué de clôture ne peut être daté du {day.isoformat()}, avant la fin "
            f"de l'édition {edition.number} ({end}).",
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
) -> list[str]:
    """The body paragraphs a template writes for ``edition`` (raises TemplateError)."""
    source = template_body if template_body is not None else builtin_template(kind)
    name = template_name or (BUILTIN_NAMES[kind] if template_body is None else "قالب المستخدم")
    context = release_context(edition, all_editions, catalogue, release_date, kind)
    paragraphs = render_paragraphs(source, context, name)
    if not paragraphs:
        raise BalaghError(
            f"القالب «{name}» لم ينتج أي فقرة للدورة {edition.number}",
            f"Le modèle « {name} » ne produit aucun paragraphe pour l'édition {edition.number}.",
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
    )
    return Release(
        edition_number=edition.number,
        kind=kind,
        title=(settings.release_title or "بلاغ").strip(),
        place=(settings.place or "الرباط").strip(),
        date=day,
        paragraphs=paragraphs,
        template_name=template_name or (BUILTIN_NAMES[kind] if template_body is None else ""),
    )


def correction_draft(issued: Release, *, release_date: dt.date | None = None) -> Release:
    """A new draft that corrects an issued release: same text to edit, ``supersedes_id`` set.

    An issued release is never changed; its correction is a new release that supersedes it
    and gets its own reference when issued (e.g. «2023/002» superseding «2023/001»).
    """
    if issued.status is not ReleaseStatus.ISSUED or issued.id is None:
        raise BalaghError(
            "لا يصحح إلا بلاغ صادر ومسجل؛ المسودة تعدل مباشرة",
            "Seul un communiqué émis et enregistré se corrige ; un brouillon se modifie.",
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
