"""Facts of the French version computed from the database, as ``release_facts`` computes
them for the Arabic: never typed in a template.

* :func:`record_comparison_fr` — «par rapport à l'édition précédente» / «aux deux éditions
  précédentes» / «aux éditions précédentes» after the count of earlier editions that
  recorded the figure (the Arabic «مقارنة مع باقي الدورات السابقة»), or None (no claim);
* :func:`area_fr` — «58.000 m², dont 10.000 m² couverts», «plus de 10.000 m², entièrement
  couverts» (the Arabic «مساحة 58 ألف متر مربع، منها 10 آلاف متر مربع مغطاة»);
* :func:`series_place_fr` — «deuxième du genre, après la première, organisée à Casablanca
  l'année dernière» (the Arabic «الثانية بعد الأولى التي نظمت في الدار البيضاء، العام
  الماضي»), «première du genre» for a first edition.
"""

from __future__ import annotations

from collections.abc import Sequence

from balagh.core.comparisons import earlier_editions
from balagh.core.model import Edition, FigureValue, RecordWording
from balagh.documents.release.facts import compared_with
from balagh.french.ordinals import ordinal_word_fr
from balagh.french.phrasebook import FrenchNoun
from balagh.french.qualifiers import qualifier_fr

_COMPARED_FR = {
    RecordWording.EDITIONS: ("par rapport à l'édition précédente",
                             "par rapport aux deux éditions précédentes",
                             "par rapport aux éditions précédentes"),
    RecordWording.YEARS: ("par rapport à l'année précédente",
                          "par rapport aux deux années précédentes",
                          "par rapport aux années précédentes"),
}


def record_comparison_fr(edition: Edition, all_editions: Sequence[Edition], key: str,
                         wording: RecordWording = RecordWording.EDITIONS) -> str | None:
    """What a record of ``key`` is compared with in French, or None when it is no record."""
    return compared_with(edition, all_editions, key, _COMPARED_FR[wording])


def area_fr(area: FigureValue, covered: FigureValue | None, noun: FrenchNoun,
            covered_noun: FrenchNoun) -> str:
    """The area after «sur une superficie de»: «58.000 m², dont 10.000 m² couverts»."""
    text = qualifier_fr(area.qualifier.value, noun.count(area.value), "pres")
    if covered is not None and covered.value:
        if covered.value >= area.value:
            text += ", entièrement couverts"
        else:
            shown = qualifier_fr(covered.qualifier.value, covered_noun.count(covered.value),
                                 "pres")
            text += f", dont {shown} couverts"
    return text


def series_place_fr(edition: Edition, all_editions: Sequence[Edition]) -> str:
    """The edition's place in the series, computed from the earlier editions."""
    own = ordinal_word_fr(edition.number)
    earlier = earlier_editions(edition, all_editions)
    if not earlier:
        return f"{own} du genre"
    previous = earlier[-1]
    gap = edition.year - previous.year
    when = {0: "cette année", 1: "l'année dernière"}.get(gap, f"en {previous.year}")
    city = previous.city_fr.strip() or previous.city_ar
    return (f"{own} du genre, après la {ordinal_word_fr(previous.number)}, organisée à "
            f"{city} {when}")
