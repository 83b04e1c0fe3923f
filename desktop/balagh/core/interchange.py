"""Editions as JSON: the exchange format of import, export and the demo data.

One edition is one object; a file holds one object or a list of them::

    {"number": 4, "city": {"ar": "فاس", "fr": "Fès"}, "venue": {"ar": "", "fr": ""},
     "start_date": "2023-05-17", "end_date": "2023-05-21", "theme": "…", "notes": "",
     "figures": {"visitors_total": {"value": 1150000, "qualifier": "about"},
                 "peak_visitors": {"value": 630000, "qualifier": "more_than",
                                   "days": ["2023-05-19", "2023-05-20"]}},
     "daily_visitors": {"2023-05-17": 145000},
     "audiences": ["…"], "partners": ["…"],
     "joint_pavilions": [{"partners": ["…"], "title": ""}],
     "seminars": ["…"], "highlights": ["…"]}

plus, optionally, ``as_of`` (figures as of a day), ``home_towns``, ``noun_highlights`` and
``release_options`` (see :mod:`balagh.core.interchange_days`).

Reading is strict and all-or-nothing: unknown keys, unknown figure keys, dates not written
``YYYY-MM-DD``, wrong types and invalid values are all reported together, each naming the
edition («الدورة 4») and the field in Arabic. ``qualifier`` defaults to ``exact``; values may
be integers or digit strings in any script («١٬١٥٠٬٠٠٠»). A figure may carry ``note``.
Only ``number``, ``city``, ``start_date`` and ``end_date`` are required.

Writing is deterministic: every key is written (empty ones too), figures in catalogue order,
days and daily rows by date, dates in ISO form, so that export → import → export gives the
same bytes. :func:`dumps_edition` writes one edition as one object (what ``balagh editions
export`` gives), :func:`dumps_editions` a list. The store's bookkeeping (version,
timestamps) is not exchanged.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Collection, Iterable, Mapping
from typing import Any

from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.comparisons import by_date
from balagh.core.digits import DigitsError, normalise_digits, parse_integer
from balagh.core.errors import Problem, ValidationFailed
from balagh.core.interchange_days import (
    as_of_to_dict,
    options_to_dict,
    read_as_of,
    read_options,
)
from balagh.core.model import (
    Edition,
    FigureKind,
    FigureValue,
    Gender,
    JointPavilion,
    NounForms,
    Qualifier,
)
from balagh.core.validation import FIELD_LABELS, validate_edition

_TOP_KEYS = (
    "number", "city", "venue", "start_date", "end_date", "theme", "notes", "figures",
    "daily_visitors", "as_of", "audiences", "home_towns", "partners", "joint_pavilions",
    "seminars", "demonstration_units", "highlights", "noun_highlights", "release_options",
)
_REQUIRED = ("number", "city", "start_date", "end_date")
_FIGURE_KEYS = ("value", "qualifier", "days", "note")
_PAVILION_KEYS = ("partners", "title")
_TEXT_LISTS = ("audiences", "partners", "seminars", "highlights", "home_towns",
               "noun_highlights", "demonstration_units")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_QUALIFIERS = ", ".join(q.value for q in Qualifier)


# --- writing -------------------------------------------------------------------------------

def _figure_order(key: str) -> tuple[int, int, str]:
    kind = DEFAULT_BY_KEY.get(key)
    return (0, kind.order, key) if kind is not None else (1, 0, key)


def edition_to_dict(
    edition: Edition, catalogue: Mapping[str, FigureKind] | None = None
) -> dict[str, Any]:
    """The JSON-ready dictionary of ``edition`` (every field, deterministic order).

    Figures follow the catalogue's display order (``catalogue`` or the default one; keys it
    does not know come last, alphabetically). ``{"city": {"ar": "فاس", "fr": "Fès"}, …}``.
    """
    order = catalogue if catalogue is not None else DEFAULT_BY_KEY

    def figure_order(key: str) -> tuple[int, int, str]:
        kind = order.get(key)
        return (0, kind.order, key) if kind is not None else _figure_order(key)

    figures: dict[str, Any] = {}
    for key in sorted(edition.figures, key=figure_order):
        figure = edition.figures[key]
        item: dict[str, Any] = {"value": figure.value, "qualifier": figure.qualifier.value}
        if figure.days:
            item["days"] = [day.isoformat() for day in sorted(figure.days)]
        if figure.note:
            item["note"] = figure.note
        figures[key] = item
    return {
        "number": edition.number,
        "city": {"ar": edition.city_ar, "fr": edition.city_fr},
        "venue": {"ar": edition.venue_ar, "fr": edition.venue_fr},
        "start_date": edition.start_date.isoformat(),
        "end_date": edition.end_date.isoformat(),
        "theme": edition.theme,
        "notes": edition.notes,
        "figures": figures,
        "daily_visitors": {
            day.isoformat(): edition.daily_visitors[day] for day in sorted(edition.daily_visitors)
        },
        "as_of": as_of_to_dict(edition, figure_order),
        "audiences": list(edition.audiences),
        "home_towns": list(edition.home_towns),
        "partners": list(edition.partners),
        "joint_pavilions": [
            {"partners": list(p.partners), "title": p.title} for p in edition.joint_pavilions
        ],
        "seminars": list(edition.seminars),
        "demonstration_units": list(edition.demonstration_units),
        "highlights": list(edition.highlights),
        "noun_highlights": list(edition.noun_highlights),
        "release_options": options_to_dict(edition.options),
    }


def dumps_editions(
    editions: Iterable[Edition], catalogue: Mapping[str, FigureKind] | None = None
) -> str:
    """The editions as a JSON list (UTF-8 text, indent 2, by start date, final newline)."""
    data = [edition_to_dict(e, catalogue) for e in by_date(editions)]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def dumps_edition(
    edition: Edition, catalogue: Mapping[str, FigureKind] | None = None
) -> str:
    """One edition as a JSON object (UTF-8 text, indent 2, final newline), as the format
    shows it: ``{"number": 4, "city": {"ar": "فاس", "fr": "Fès"}, …}``.
    :func:`loads_editions` reads it back (a file may hold one object or a list)."""
    return json.dumps(edition_to_dict(edition, catalogue), ensure_ascii=False, indent=2) + "\n"


# --- reading -------------------------------------------------------------------------------

class _Reader:
    """Collects the problems of one JSON edition while converting its parts."""

    def __init__(self, name_ar: str, name_fr: str) -> None:
        self.name_ar = name_ar
        self.name_fr = name_fr
        self.problems: list[Problem] = []

    def add(self, path: str, label_ar: str, label_fr: str, message_ar: str,
            message_fr: str) -> None:
        self.problems.append(Problem(
            path, f"{self.name_ar} — {label_ar}", message_ar,
            f"{self.name_fr} — {label_fr} : {message_fr}"))

    def add_field(self, field: str, path: str, message_ar: str, message_fr: str) -> None:
        label_ar, label_fr = FIELD_LABELS.get(field, (field, field))
        self.add(path, label_ar, label_fr, message_ar, message_fr)

    def text(self, value: object, field: str, path: str) -> str | None:
        if isinstance(value, str):
            return value
        self.add_field(field, path, "يجب أن تكون القيمة نصا", "doit être un texte")
        return None

    def date(self, value: object, field: str, path: str, label: tuple[str, str] | None = None
             ) -> dt.date | None:
        label_ar, label_fr = label or FIELD_LABELS.get(field, (field, field))
        if isinstance(value, str):
            text = normalise_digits(value.strip())
            if _ISO_DATE.match(text):
                try:
                    return dt.date.fromisoformat(text)
                except ValueError:
                    pass
        shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        self.add(path, label_ar, label_fr,
                 f"«{shown}» ليس تاريخا صحيحا بصيغة YYYY-MM-DD (مثلا 2023-05-17)",
                 f"« {shown} » n'est pas une date valide AAAA-MM-JJ (ex. 2023-05-17)")
        return None

    def integer(self, value: object, path: str, label: tuple[str, str]) -> int | None:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str):
            try:
                return parse_integer(value)
            except DigitsError as exc:
                self.add(path, label[0], label[1], exc.message_ar, exc.message_fr)
                return None
        shown = json.dumps(value, ensure_ascii=False)
        self.add(path, label[0], label[1], f"«{shown}» ليس عددا صحيحا",
                 f"« {shown} » n'est pas un nombre entier")
        return None

    def text_list(self, value: object, field: str, path: str = "") -> list[str]:
        """The texts of a JSON list (the valid ones; the others are reported)."""
        path = path or field
        if not isinstance(value, list):
            self.add_field(field, path, "يجب أن تكون قائمة نصوص",
                           "doit être une liste de textes")
            return []
        items: list[str] = []
        for index, item in enumerate(value):
            text = self.text(item, field, f"{path}.{index}")
            if text is not None:
                items.append(text)
        return items

    def bilingual(self, value: object, field: str) -> tuple[str, str] | None:
        if not isinstance(value, dict):
            self.add_field(field, field, 'يجب أن يكون كائنا من الشكل {"ar": "…", "fr": "…"}',
                           'doit être un objet {"ar": "…", "fr": "…"}')
            return None
        for extra in sorted(set(value) - {"ar", "fr"}):
            self.add_field(field, f"{field}.{extra}", f"مفتاح غير معروف «{extra}»",
                           f"clé inconnue « {extra} »")
        ar = self.text(value.get("ar", ""), f"{field}_ar", f"{field}.ar")
        fr = self.text(value.get("fr", ""), f"{field}_fr", f"{field}.fr")
        return ar or "", fr or ""


def _catalogue_of(catalogue_keys: Collection[str]) -> dict[str, FigureKind]:
    """A key → FigureKind mapping for labels and rules, from keys or from a catalogue."""
    result: dict[str, FigureKind] = {}
    given = catalogue_keys if isinstance(catalogue_keys, Mapping) else None
    for key in catalogue_keys:
        kind = given.get(key) if given is not None else None
        if isinstance(kind, FigureKind):
            result[key] = kind
        elif key in DEFAULT_BY_KEY:
            result[key] = DEFAULT_BY_KEY[key]
        else:  # a kind added to the store's catalogue: labelled by its key
            noun = NounForms(key, key, key, key, key, Gender.MASCULINE)
            result[key] = FigureKind(key, key, key, noun, 10_000, has_days=True)
    return result


def _edition_names(data: Mapping[str, Any], where: str) -> tuple[str, str]:
    number = data.get("number")
    if isinstance(number, str):
        try:
            number = parse_integer(number)
        except DigitsError:
            number = None
    if isinstance(number, int) and not isinstance(number, bool):
        return f"الدورة {number}", f"Édition {number}"
    return (where or "الدورة (بلا رقم)"), (where or "Édition (sans numéro)")


def _read_figures(reader: _Reader, value: object, catalogue: Mapping[str, FigureKind]
                  ) -> dict[str, FigureValue]:
    """The well-formed figures (the others are reported and left out)."""
    if not isinstance(value, dict):
        reader.add_field("figures", "figures", "يجب أن تكون كائنا مفاتيحه أنواع الأرقام",
                         "doit être un objet dont les clés sont des chiffres du catalogue")
        return {}
    figures: dict[str, FigureValue] = {}
    for key, item in value.items():
        kind = catalogue.get(key)
        label = (kind.label_ar, kind.label_fr) if kind is not None else (f"«{key}»", key)
        path = f"figures.{key}"
        if kind is None:
            reader.add(path, label[0], label[1], "ليس من أنواع الأرقام المعروفة في الفهرس",
                       "n'est pas un chiffre connu du catalogue")
            continue
        if not isinstance(item, dict):
            reader.add(path, label[0], label[1],
                       'يجب أن يكون كائنا من الشكل {"value": …, "qualifier": …}',
                       'doit être un objet {"value": …, "qualifier": …}')
            continue
        problems_before = len(reader.problems)
        for extra in sorted(set(item) - set(_FIGURE_KEYS)):
            reader.add(f"{path}.{extra}", label[0], label[1], f"مفتاح غير معروف «{extra}»",
                       f"clé inconnue « {extra} »")
        number: int | None = None
        if "value" not in item:
            reader.add(f"{path}.value", label[0], label[1], "القيمة غير موجودة",
                       "la valeur manque")
        else:
            number = reader.integer(item["value"], f"{path}.value", label)
        qualifier = Qualifier.EXACT
        raw_qualifier = item.get("qualifier", Qualifier.EXACT.value)
        try:
            qualifier = Qualifier(raw_qualifier)
        except ValueError:
            shown = json.dumps(raw_qualifier, ensure_ascii=False)
            reader.add(f"{path}.qualifier", label[0], label[1],
                       f"الدقة «{shown}» غير معروفة؛ القيم المقبولة: {_QUALIFIERS}",
                       f"précision « {shown} » inconnue ; valeurs admises : {_QUALIFIERS}")
        days: list[dt.date] = []
        raw_days = item.get("days", [])
        days_label = (f"{label[0]} (الأيام)", f"{label[1]} (jours)")
        if not isinstance(raw_days, list):
            reader.add(f"{path}.days", days_label[0], days_label[1],
                       "يجب أن تكون قائمة تواريخ", "doit être une liste de dates")
        else:
            for day in raw_days:
                parsed = reader.date(day, "days", f"{path}.days", days_label)
                if parsed is not None:
                    days.append(parsed)
        note = item.get("note", "")
        if not isinstance(note, str):
            reader.add(f"{path}.note", label[0], label[1], "يجب أن تكون الملاحظة نصا",
                       "la note doit être un texte")
        if len(reader.problems) > problems_before or number is None or not isinstance(note, str):
            continue
        figures[key] = FigureValue(number, qualifier, days, note)
    return figures


def _read_daily(reader: _Reader, value: object) -> dict[dt.date, int]:
    """The well-formed daily rows (the others are reported and left out)."""
    if not isinstance(value, dict):
        reader.add_field("daily_visitors", "daily_visitors",
                         'يجب أن يكون كائنا من الشكل {"2023-05-17": 145000}',
                         'doit être un objet {"2023-05-17": 145000}')
        return {}
    daily: dict[dt.date, int] = {}
    for raw_day, raw_count in value.items():
        path = f"daily_visitors.{raw_day}"
        label = (f"زوار يوم {raw_day}", f"Visiteurs du {raw_day}")
        day = reader.date(raw_day, "daily_visitors", path, label)
        count = reader.integer(raw_count, path, label)
        if day is not None and day in daily:
            reader.add(path, label[0], label[1], "هذا اليوم مذكور أكثر من مرة",
                       "ce jour figure plusieurs fois")
        elif day is not None and count is not None:
            daily[day] = count
    return daily


def _read_pavilions(reader: _Reader, value: object) -> list[JointPavilion]:
    """The well-formed joint pavilions (the others are reported and left out)."""
    field = "joint_pavilions"
    if not isinstance(value, list):
        reader.add_field(field, field, 'يجب أن تكون قائمة من الشكل [{"partners": […]}]',
                         'doit être une liste [{"partners": […]}]')
        return []
    pavilions: list[JointPavilion] = []
    for index, item in enumerate(value):
        path = f"{field}.{index}"
        if not isinstance(item, dict):
            reader.add_field(field, path, f"العنصر {index + 1} يجب أن يكون كائنا",
                             f"l'élément {index + 1} doit être un objet")
            continue
        extras = sorted(set(item) - set(_PAVILION_KEYS))
        for extra in extras:
            reader.add_field(field, f"{path}.{extra}", f"مفتاح غير معروف «{extra}»",
                             f"clé inconnue « {extra} »")
        problems_before = len(reader.problems)
        partners = reader.text_list(item.get("partners", []), field, f"{path}.partners")
        title = reader.text(item.get("title", ""), field, f"{path}.title")
        if extras or title is None or len(reader.problems) > problems_before:
            continue
        pavilions.append(JointPavilion(partners, title))
    return pavilions


def _read_edition(
    data: object, catalogue: Mapping[str, FigureKind], where: str
) -> tuple[Edition | None, list[Problem]]:
    """Read what can be read: the edition (None when a required field is unusable, other bad
    parts left out) and every format problem."""
    if not isinstance(data, dict):
        name = where or "الدورة"
        return None, [Problem(
            "", name, "يجب أن تكون الدورة كائنا JSON بين قوسين { }",
            f"{where or 'Édition'} : une édition doit être un objet JSON {{ }}")]
    reader = _Reader(*_edition_names(data, where))
    for extra in sorted(set(data) - set(_TOP_KEYS)):
        reader.add(extra, f"«{extra}»", extra, f"مفتاح غير معروف «{extra}»؛ المفاتيح المقبولة: "
                   + ", ".join(_TOP_KEYS), f"clé inconnue « {extra} »")
    for key in _REQUIRED:
        if key not in data:
            reader.add_field(key, key, "هذا الحقل إلزامي وغير موجود", "champ obligatoire absent")

    number = None
    if "number" in data:
        number = reader.integer(data["number"], "number", FIELD_LABELS["number"])
    city = reader.bilingual(data["city"], "city") if "city" in data else None
    venue = reader.bilingual(data.get("venue", {"ar": "", "fr": ""}), "venue") or ("", "")
    start = reader.date(data["start_date"], "start_date", "start_date") \
        if "start_date" in data else None
    end = reader.date(data["end_date"], "end_date", "end_date") if "end_date" in data else None
    theme = reader.text(data.get("theme", ""), "theme", "theme") or ""
    notes = reader.text(data.get("notes", ""), "notes", "notes") or ""
    figures = _read_figures(reader, data.get("figures", {}), catalogue)
    daily = _read_daily(reader, data.get("daily_visitors", {}))
    audiences, partners, seminars, highlights, home_towns, noun_highlights, units = (
        reader.text_list(data.get(field, []), field) for field in _TEXT_LISTS)
    as_of = read_as_of(reader, data.get("as_of", {}), catalogue)
    options = read_options(reader, data.get("release_options", {}))
    pavilions = _read_pavilions(reader, data.get("joint_pavilions", []))

    if number is None or city is None or start is None or end is None:
        return None, reader.problems
    edition = Edition(
        number=number, city_ar=city[0], city_fr=city[1], start_date=start, end_date=end,
        venue_ar=venue[0], venue_fr=venue[1], theme=theme, notes=notes, figures=figures,
        daily_visitors=daily, audiences=audiences, partners=partners,
        joint_pavilions=pavilions, seminars=seminars, highlights=highlights,
        noun_highlights=noun_highlights, home_towns=home_towns, as_of=as_of, options=options,
        demonstration_units=units,
    )
    return edition, reader.problems


def edition_from_dict(
    data: object, catalogue_keys: Collection[str], *, where: str = ""
) -> Edition:
    """Read one edition from its JSON dictionary; raise ValidationFailed listing every problem.

    ``catalogue_keys`` are the figure keys allowed (a catalogue mapping such as
    ``DEFAULT_BY_KEY`` also gives the Arabic labels); ``where`` names the object when it has
    no readable number (e.g. «العنصر 2»). Only the format is checked here; the rules (end
    after start, peak below total…) are :func:`~balagh.core.validation.validate_edition`'s.
    Example problem: «الدورة 4 — تاريخ النهاية: «2023-05-32» ليس تاريخا صحيحا…».
    """
    edition, problems = _read_edition(data, _catalogue_of(catalogue_keys), where)
    if problems or edition is None:
        raise ValidationFailed(problems)
    return edition


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _named(problem: Problem, edition: Edition) -> Problem:
    return Problem(problem.field, f"الدورة {edition.number} — {problem.label_ar}",
                   problem.message_ar, f"Édition {edition.number} — {problem.message_fr}")


def loads_editions(text: str, catalogue_keys: Collection[str]) -> list[Edition]:
    """Read and check the editions of a JSON text (one object or a list), all or nothing.

    Runs :func:`edition_from_dict` and then
    :func:`~balagh.core.validation.validate_edition` on each edition, and refuses a number
    that appears twice in the file. Raises ValidationFailed with every problem, each naming
    the edition, e.g. «الدورة 4 — تاريخ النهاية: تاريخ النهاية 2023-05-16 يسبق …».
    """
    from balagh.core.input_policy import check_import_text, json_integer

    catalogue = _catalogue_of(catalogue_keys)
    check_import_text(text)
    try:
        # Windows editors (Notepad) may save UTF-8 with a byte-order mark: accept it.
        data = json.loads(text.removeprefix("\ufeff"), object_pairs_hook=_no_duplicate_keys,
                          parse_int=json_integer)
    except _DuplicateKey as exc:
        raise ValidationFailed([Problem(
            "", "الملف", f"المفتاح «{exc.key}» مكرر داخل الكائن نفسه، ولا يعرف أي القيمتين تعتمد",
            f"Fichier : la clé « {exc.key} » apparaît deux fois dans le même objet",
        )]) from exc
    except json.JSONDecodeError as exc:
        raise ValidationFailed([Problem(
            "", "الملف",
            f"ليس ملف JSON صحيحا (السطر {exc.lineno}، العمود {exc.colno}): {exc.msg}",
            f"Fichier : JSON invalide (ligne {exc.lineno}, colonne {exc.colno}) : {exc.msg}",
        )]) from exc
    items: list[object] = data if isinstance(data, list) else [data]
    if not items:
        raise ValidationFailed([Problem("", "الملف", "لا يحتوي الملف على أي دورة",
                                        "Fichier : aucune édition")])
    problems: list[Problem] = []
    editions: list[Edition] = []
    for index, item in enumerate(items):
        where = f"العنصر {index + 1}" if len(items) > 1 else ""
        edition, format_problems = _read_edition(item, catalogue, where)
        problems.extend(format_problems)
        if edition is None:
            continue
        # The rules also run on what could be read, so that every problem shows at once;
        # a field already refused for its format is not reported twice.
        refused = {p.field for p in format_problems}
        problems.extend(
            _named(p, edition) for p in validate_edition(edition, catalogue)
            if p.field not in refused and not any(p.field.startswith(f + ".") for f in refused)
        )
        editions.append(edition)
    seen: set[int] = set()
    for edition in editions:
        if edition.number in seen:
            problems.append(_named(Problem(
                "number", FIELD_LABELS["number"][0], "هذا الرقم مذكور لأكثر من دورة في الملف",
                f"{FIELD_LABELS['number'][1]} : numéro présent plusieurs fois dans le fichier"),
                edition))
        seen.add(edition.number)
    if problems:
        raise ValidationFailed(problems)
    return editions
