"""The French version's check beyond numbers: the city, the venue and the ordinal words, as
``consistency_places`` checks the Arabic text.

The mistakes it catches are those of a French text copied from another edition's and edited:

* a city of another edition or another Moroccan city named where the edition is elsewhere
  («à Fès» in the French release of the Agadir edition);
* the venue of another edition («Parc des expositions d'Agadir») instead of this one's;
* an ordinal in words that is not the edition's number («Troisième du genre», «la
  deuxième édition» for the 2nd edition only).

The place in the series as the database gives it («Deuxième du genre, après la première,
organisée à Casablanca l'année dernière») names the edition before: that city is no mistake.
The French renderings of recorded texts are not read. Findings name the French version
(«النسخة الفرنسية، الفقرة 2: …»), like those of ``consistency_fr``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from balagh.core.model import Edition, Release
from balagh.documents.release.consistency_findings import Discrepancy, DiscrepancyKind
from balagh.french.phrasebook import Phrasebook
from balagh.french.typography import plain_spaces
from balagh.messages import Localizable, PerLanguage, msg

#: Main Moroccan cities in French (the regions' seats and large towns; common knowledge),
#: the French counterpart of ``consistency_places.MOROCCAN_CITIES``. The recorded editions'
#: cities are added.
MOROCCAN_CITIES_FR = (
    "Rabat", "Casablanca", "Fès", "Marrakech", "Tanger", "Agadir", "Meknès", "Oujda",
    "Kénitra", "Tétouan", "Laâyoune", "Dakhla", "El Jadida", "Safi", "Béni Mellal", "Nador",
    "Salé", "Témara", "Khouribga", "Al Hoceïma", "Ouarzazate", "Errachidia", "Guelmim", "Taza",
    "Settat", "Mohammedia", "Larache", "Essaouira", "Ifrane", "Khénifra", "Berrechid",
    "Taroudant", "Tan-Tan", "Smara",
)

_ORDINAL_WORDS = ("première", "deuxième", "troisième", "quatrième", "cinquième", "sixième",
                  "septième", "huitième", "neuvième", "dixième")
# «la deuxième édition», «Deuxième du genre»: an ordinal word that states the edition's rank
_ORDINAL_PHRASE = re.compile(
    rf"(?<![\w])({'|'.join(_ORDINAL_WORDS)})\s+(édition|du genre)(?![\w])", re.IGNORECASE)
_MASK = "■"


def _masked(paragraph: str, edition: Edition, book: Phrasebook, series: str) -> str:
    texts = [edition.theme, *edition.audiences, *edition.partners, *edition.seminars,
             *edition.highlights, *edition.noun_highlights, *edition.home_towns,
             *edition.demonstration_units,
             *(p for pav in edition.joint_pavilions for p in pav.partners)]
    renderings = [plain_spaces(t) for t in (book.translate(x) for x in texts if x) if t]
    text = plain_spaces(paragraph)
    for hidden in sorted([*renderings, plain_spaces(series)], key=len, reverse=True):
        if hidden:
            text = re.sub(re.escape(hidden), _MASK * len(hidden), text, flags=re.IGNORECASE)
    return text


def _contains(text: str, name: str) -> bool:
    """``name`` as whole words of ``text`` («d'Agadir» names Agadir)."""
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) is not None


class _PlaceChecker:
    def __init__(self, edition: Edition, editions: Sequence[Edition], book: Phrasebook
                 ) -> None:
        from balagh.documents.release.facts_fr import series_place_fr

        self.edition, self.editions, self.book = edition, editions, book
        self.series = series_place_fr(edition, list(editions)) if editions else ""
        self.own_city = (edition.city_fr or edition.city_ar).strip()
        cities = {e.city_fr.strip() for e in editions} | set(MOROCCAN_CITIES_FR)
        self.other_cities = sorted((c for c in cities - {self.own_city, ""}
                                    if c not in self.own_city), key=len, reverse=True)
        self.found: list[Discrepancy] = []
        self.index = 0

    def add(self, kind: DiscrepancyKind, text: str, finding: Localizable) -> None:
        self.found.append(Discrepancy(kind, self.index, text, msg(
            "النسخة الفرنسية، الفقرة {paragraph}: {finding}", paragraph=self.index + 1,
            finding=finding)))

    def cities(self, text: str) -> None:
        for city in self.other_cities:
            if _contains(text, city):
                self.add(DiscrepancyKind.PLACE, city,
                         msg("المدينة «{city}» مذكورة، والدورة منظمة في «{own}»", city=city,
                             own=PerLanguage(ar=self.edition.city_ar, fr=self.own_city)))

    def venues(self, text: str) -> None:
        own = self.edition.venue_fr.strip()
        for other in self.editions:
            venue = other.venue_fr.strip()
            if (other.number == self.edition.number or not venue or venue == own
                    or not _contains(text, venue)):
                continue
            recorded: Localizable = (PerLanguage(ar=self.edition.venue_ar.strip() or own, fr=own)
                                     if own else msg("مكان غير مسجل"))
            self.add(DiscrepancyKind.PLACE, venue, msg(
                "مكان التنظيم «{venue}» هو مكان الدورة {number}، لا مكان هذه الدورة («{own}»)",
                venue=venue, number=other.number, own=recorded))

    def ordinals(self, text: str) -> None:
        for match in _ORDINAL_PHRASE.finditer(text):
            said = _ORDINAL_WORDS.index(match.group(1).lower()) + 1
            if said != self.edition.number:
                self.add(DiscrepancyKind.ORDINAL, match.group(0),
                         msg(
                             "«{group}» لا يطابق رقم الدورة ({number})",
                             group=match.group(0),
                             number=self.edition.number,
                         ))

    def run(self, paragraphs: Sequence[str]) -> list[Discrepancy]:
        for index, paragraph in enumerate(paragraphs):
            self.index = index
            text = _masked(paragraph, self.edition, self.book, self.series)
            self.cities(text)
            self.venues(text)
            self.ordinals(text)
        return self.found


def check_places_fr(release: Release, edition: Edition, editions: Sequence[Edition] = (),
                    phrasebook: Phrasebook | None = None) -> list[Discrepancy]:
    """The city, venue and ordinal findings of ``release``'s French version (empty when it
    has none). Example: the French Agadir 2024 draft edited to say «tenue du 17 au 21 mai à
    Fès» gives one PLACE finding «Fès»."""
    version = release.french
    if version is None:
        return []
    checker = _PlaceChecker(edition, editions, phrasebook or Phrasebook.load())
    return checker.run(version.paragraphs)
