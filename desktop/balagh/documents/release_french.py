"""The French version of a release, drafted from the same figures as the Arabic one.

``draft_french(edition, editions, catalogue, settings, kind=…, release_date=…)`` renders the
built-in French template (``resources/templates/closing.fr.j2``, ``opening.fr.j2``) or a
user's, with the Arabic template's names plus the French ones below, applies French
typography to each paragraph and returns a :class:`FrenchDraft`: the
:class:`~balagh.core.model.ReleaseVersion` and the recorded texts that have no French
rendering in the phrasebook (left out of the French text, to be added to the phrasebook).

French names a template sees, beside those of ``release_context``::

    city_fr, venue_fr           the edition's French fields («Agadir»)
    theme_fr                    the theme's rendering in the phrasebook, or ""
    nouns.<key>                 the figure's French noun (``fr_figure(nouns.blood_donors)``)
    audiences_fr, partners_fr, seminars_fr, other_highlights_fr, vehicle_highlights_fr,
    blood_partners_fr           the recorded lists in French (texts without a rendering left out)
    joint_pavilions_fr          each shared pavilion's partners in French (list of lists)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from balagh.core.errors import BalaghError
from balagh.core.model import (
    Edition,
    FigureKind,
    Language,
    ReleaseKind,
    ReleaseVersion,
)
from balagh.documents.release_context import release_context
from balagh.documents.templating import render_paragraphs
from balagh.french.phrasebook import FrenchNoun, Phrasebook
from balagh.settings import Settings

BUILTIN_TEMPLATES_FR: dict[ReleaseKind, str] = {
    ReleaseKind.CLOSING: "closing.fr.j2",
    ReleaseKind.OPENING: "opening.fr.j2",
}

#: The names of the built-in French templates as the staff see them.
BUILTIN_NAMES_FR: dict[ReleaseKind, str] = {
    ReleaseKind.CLOSING: "بلاغ الاختتام (فرنسية)",
    ReleaseKind.OPENING: "بلاغ الافتتاح (فرنسية)",
}


@dataclass
class FrenchDraft:
    """A French version and what the phrasebook could not render."""

    version: ReleaseVersion
    untranslated: list[str] = field(default_factory=list)


class _Nouns(dict[str, FrenchNoun]):
    """French nouns by figure key; a key without a noun names itself in the error."""

    def __missing__(self, key: str) -> FrenchNoun:
        raise BalaghError(
            f"لا يوجد اسم فرنسي للرقم «{key}» في المعجم الفرنسي",
            f"Le lexique français n'a pas de nom pour le chiffre « {key} ».",
        )


def builtin_template_fr(kind: ReleaseKind = ReleaseKind.CLOSING) -> str:
    """The text of the built-in French template for ``kind``."""
    from balagh.assets import read_text

    return read_text("templates", BUILTIN_TEMPLATES_FR[kind])


def french_context(
    edition: Edition,
    all_editions: Sequence[Edition],
    catalogue: Mapping[str, FigureKind],
    release_date: dt.date,
    kind: ReleaseKind,
    phrasebook: Phrasebook,
) -> tuple[dict[str, Any], list[str]]:
    """The names a French template sees, and the recorded texts with no French rendering."""
    context = release_context(edition, all_editions, catalogue, release_date, kind)
    missing: list[str] = []

    def french(items: Sequence[str]) -> list[str]:
        out = []
        for item in items:
            rendering = phrasebook.translate(item)
            if rendering:
                out.append(rendering)
            elif item not in missing:
                missing.append(item)
        return out

    context.update(
        city_fr=edition.city_fr.strip() or edition.city_ar,
        venue_fr=edition.venue_fr.strip(),
        theme_fr=phrasebook.translate(edition.theme) if edition.theme.strip() else "",
        nouns=_Nouns(phrasebook.nouns),
        audiences_fr=french(context["audiences"]),
        partners_fr=french(context["partners"]),
        seminars_fr=french(context["seminars"]),
        other_highlights_fr=french(context["other_highlights"]),
        vehicle_highlights_fr=french(context["vehicle_highlights"]),
        blood_partners_fr=french(context["blood_partners"]),
        joint_pavilions_fr=[p for p in (french(pav.partners)
                                        for pav in context["joint_pavilions"]) if p],
    )
    return context, missing


def draft_french(
    edition: Edition,
    all_editions: Sequence[Edition],
    catalogue: Mapping[str, FigureKind],
    settings: Settings,
    *,
    release_date: dt.date,
    kind: ReleaseKind = ReleaseKind.CLOSING,
    template_body: str | None = None,
    template_name: str = "",
    phrasebook: Phrasebook | None = None,
) -> FrenchDraft:
    """The French version of ``edition``'s release of ``kind`` dated ``release_date``.

    Raises TemplateError (a BalaghError naming the template's line) or BalaghError when the
    template writes nothing.
    """
    from balagh.french.typography import french_typography

    book = phrasebook or Phrasebook.load()
    source = template_body if template_body is not None else builtin_template_fr(kind)
    name = template_name or (BUILTIN_NAMES_FR[kind] if template_body is None else
                             "قالب المستخدم")
    context, missing = french_context(edition, all_editions, catalogue, release_date, kind,
                                      book)
    paragraphs = [french_typography(p) for p in render_paragraphs(source, context, name)]
    if not paragraphs:
        raise BalaghError(
            f"القالب «{name}» لم ينتج أي فقرة للدورة {edition.number}",
            f"Le modèle « {name} » ne produit aucun paragraphe pour l'édition {edition.number}.",
        )
    version = ReleaseVersion(
        language=Language.FR,
        title=(settings.release_title_fr or "Communiqué").strip(),
        place=(settings.place_fr or "Rabat").strip(),
        paragraphs=paragraphs,
        template_name=template_name or (BUILTIN_NAMES_FR[kind] if template_body is None
                                        else ""),
    )
    return FrenchDraft(version, missing)
