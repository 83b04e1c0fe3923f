"""The French version of a release, drafted from the same figures as the Arabic one.

``draft_french(edition, editions, catalogue, settings, kind=…, release_date=…)`` renders the
built-in French template (``resources/templates/fr/``: ``closing.j2``, the current form,
``closing_2023.j2``, ``opening.j2``, ``daily.j2``, the same names and forms as the Arabic ones
under ``ar/``) or a user's, with the Arabic template's names plus the French ones below,
applies French typography to each paragraph and returns a :class:`FrenchDraft`: the
:class:`~balagh.core.model.ReleaseVersion` and the recorded texts that have no French
rendering in the phrasebook (left out of the French text, to be added to the phrasebook).

French names a template sees, beside those of ``release_context``::

    city_fr, venue_fr           the edition's French fields («Agadir»)
    theme_fr                    the theme's rendering in the phrasebook, or ""
    nouns.<key>                 the figure's French noun (``fr_figure(nouns.blood_donors)``)
    audiences_fr, partners_fr, seminars_fr, other_highlights_fr, vehicle_highlights_fr,
    blood_partners_fr           the recorded lists in French (texts without a rendering left out)
    joint_pavilions_fr          each shared pavilion's partners in French (list of lists)
    home_towns_fr, noun_highlights_fr   the current form's lists in French
    units_fr                    the units giving the demonstrations (the opening)
    series_place_fr             «deuxième du genre, après la première, organisée à Casablanca
                                l'année dernière»
    record_claim_fr             «par rapport aux éditions précédentes» or None (no record)
    say(key, slots)             a French standing sentence of the phrasebook («fr.<key>»)
    area_fr                     «58.000 m², dont 10.000 m² couverts» or None
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from balagh.core.errors import BalaghError
from balagh.core.model import (
    ClosingForm,
    Edition,
    FigureKind,
    Language,
    ReleaseKind,
    ReleaseVersion,
)
from balagh.documents.release.context import release_context
from balagh.documents.release.draft import builtin_template, edition_template
from balagh.documents.release.phrasebook import speaker
from balagh.documents.release.templating import render_paragraphs
from balagh.french.phrasebook import FrenchNoun, Phrasebook
from balagh.messages import msg
from balagh.platform.settings import Settings

#: The names of the built-in French templates as the staff see them.
BUILTIN_NAMES_FR: dict[ReleaseKind, str] = {
    ReleaseKind.CLOSING: "بلاغ الاختتام (فرنسية)",
    ReleaseKind.OPENING: "بلاغ الافتتاح (فرنسية)",
    ReleaseKind.DAILY: "النشرة اليومية (فرنسية)",
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
            msg("لا يوجد اسم فرنسي للرقم «{key}» في المعجم الفرنسي", key=key),
        )


def builtin_template_fr(kind: ReleaseKind = ReleaseKind.CLOSING,
                        form: ClosingForm = ClosingForm.CURRENT) -> str:
    """The text of the built-in French template for ``kind`` (and closing ``form``)."""
    return builtin_template(kind, form, "fr")


def edition_template_fr(edition: Edition, kind: ReleaseKind) -> str:
    """The built-in French template ``edition``'s release of ``kind`` uses: the same
    closing form as its Arabic release (the stored choice, else by year)."""
    return edition_template(edition, kind, "fr")


def french_context(
    edition: Edition,
    all_editions: Sequence[Edition],
    catalogue: Mapping[str, FigureKind],
    release_date: dt.date,
    kind: ReleaseKind,
    phrasebook: Phrasebook,
    phrases: Mapping[str, str] | None = None,
) -> tuple[dict[str, Any], list[str]]:
    """The names a French template sees, and the recorded texts with no French rendering;
    ``phrases`` the standing sentences the staff changed, by stored key («fr.blood_drive»)."""
    day = release_date if kind is ReleaseKind.DAILY else None
    context = release_context(edition, all_editions, catalogue, release_date, kind, day=day)
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
        home_towns_fr=french(context["home_towns"]),
        units_fr=french(context["units"]),
        noun_highlights_fr=french(context["noun_highlights"]),
        say=speaker(phrases, "fr"),
    )
    context.update(_computed_fr(edition, context, phrasebook))
    return context, missing


def _computed_fr(edition: Edition, context: Mapping[str, Any], phrasebook: Phrasebook
                 ) -> dict[str, Any]:
    from balagh.documents.release.facts_fr import (
        area_fr,
        record_comparison_fr,
        series_place_fr,
    )

    figures = context["figures"]
    area = figures["area_m2"]
    nouns = phrasebook.nouns
    return {
        "record_claim_fr": record_comparison_fr(edition, context["all_editions"],
                                                "visitors_total",
                                                edition.options.record_wording),
        "series_place_fr": series_place_fr(edition, context["all_editions"]),
        "area_fr": area_fr(area, figures["covered_area_m2"], nouns["area_m2"],
                           nouns.get("covered_area_m2", nouns["area_m2"])) if area else None,
    }


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
    phrases: Mapping[str, str] | None = None,
) -> FrenchDraft:
    """The French version of ``edition``'s release of ``kind`` dated ``release_date``.

    Raises TemplateError (a BalaghError naming the template's line) or BalaghError when the
    template writes nothing. ``phrases``: the phrasebook's changed wording, by stored key.
    """
    from balagh.french.typography import french_typography

    book = phrasebook or Phrasebook.load()
    source = (template_body if template_body is not None
              else edition_template_fr(edition, kind))
    name = template_name or (BUILTIN_NAMES_FR[kind] if template_body is None else
                             "قالب المستخدم")
    context, missing = french_context(edition, all_editions, catalogue, release_date, kind,
                                      book, phrases)
    paragraphs = [french_typography(p) for p in render_paragraphs(source, context, name)]
    if not paragraphs:
        raise BalaghError(
            msg(
                "القالب «{name}» لم ينتج أي فقرة للدورة {number}",
                name=name,
                number=edition.number,
            ),
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
