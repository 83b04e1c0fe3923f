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

import json
from collections.abc import Collection, Iterable, Mapping
from typing import Any

from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.comparisons import by_date
from balagh.core.digits import DigitsError, parse_integer
from balagh.core.errors import Problem, ValidationFailed
from balagh.core.interchange_days import (
    as_of_to_dict,
    options_to_dict,
    read_as_of,
    read_options,
)
from balagh.core.interchange_parts import Reader, read_daily, read_figures, read_pavilions
from balagh.core.model import (
    Edition,
    FigureKind,
    Gender,
    NounForms,
)
from balagh.core.validation import field_label, validate_edition
from balagh.messages import Localizable, PerLanguage, msg

_TOP_KEYS = (
    "number", "city", "venue", "start_date", "end_date", "theme", "notes", "figures",
    "daily_visitors", "as_of", "audiences", "home_towns", "partners", "joint_pavilions",
    "seminars", "demonstration_units", "highlights", "noun_highlights", "release_options",
)
_REQUIRED = ("number", "city", "start_date", "end_date")
_TEXT_LISTS = ("audiences", "partners", "seminars", "highlights", "home_towns",
               "noun_highlights", "demonstration_units")


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


def _edition_name(data: Mapping[str, Any], where: str) -> Localizable:
    number = data.get("number")
    if isinstance(number, str):
        try:
            number = parse_integer(number)
        except DigitsError:
            number = None
    if isinstance(number, int) and not isinstance(number, bool):
        return msg("الدورة {number}", number=number)
    return PerLanguage(ar=where) if where else msg("الدورة (بلا رقم)")


def _read_edition(
    data: object, catalogue: Mapping[str, FigureKind], where: str
) -> tuple[Edition | None, list[Problem]]:
    """Read what can be read: the edition (None when a required field is unusable, other bad
    parts left out) and every format problem."""
    if not isinstance(data, dict):
        return None, [Problem(
            "", PerLanguage(ar=where) if where else msg("الدورة"),
            msg("يجب أن تكون الدورة كائنا JSON بين قوسين {{ }}"))]
    reader = Reader(_edition_name(data, where))
    for extra in sorted(set(data) - set(_TOP_KEYS)):
        reader.add(extra, msg("«{key}»", key=extra), msg(
            "مفتاح غير معروف «{extra}»؛ المفاتيح المقبولة: {keys}",
            extra=extra,
            keys=", ".join(_TOP_KEYS),
        ))
    for key in _REQUIRED:
        if key not in data:
            reader.add_field(key, key, msg("هذا الحقل إلزامي وغير موجود"))

    number = None
    if "number" in data:
        number = reader.integer(data["number"], "number", field_label("number"))
    city = reader.bilingual(data["city"], "city") if "city" in data else None
    venue = reader.bilingual(data.get("venue", {"ar": "", "fr": ""}), "venue") or ("", "")
    start = reader.date(data["start_date"], "start_date", "start_date") \
        if "start_date" in data else None
    end = reader.date(data["end_date"], "end_date", "end_date") if "end_date" in data else None
    theme = reader.text(data.get("theme", ""), "theme", "theme") or ""
    notes = reader.text(data.get("notes", ""), "notes", "notes") or ""
    figures = read_figures(reader, data.get("figures", {}), catalogue)
    daily = read_daily(reader, data.get("daily_visitors", {}))
    audiences, partners, seminars, highlights, home_towns, noun_highlights, units = (
        reader.text_list(data.get(field, []), field) for field in _TEXT_LISTS)
    as_of = read_as_of(reader, data.get("as_of", {}), catalogue)
    options = read_options(reader, data.get("release_options", {}))
    pavilions = read_pavilions(reader, data.get("joint_pavilions", []))

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
    return problem.within(msg("الدورة {number}", number=edition.number))


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
        raise ValidationFailed([Problem("", msg("الملف"), msg(
            "المفتاح «{key}» مكرر داخل الكائن نفسه، ولا يعرف أي القيمتين تعتمد", key=exc.key))]
        ) from exc
    except json.JSONDecodeError as exc:
        from balagh.core.json_reasons import json_reason

        raise ValidationFailed([Problem("", msg("الملف"), msg(
            "ليس ملف JSON صحيحا (السطر {lineno}، العمود {colno}): {why}", lineno=exc.lineno,
            colno=exc.colno, why=json_reason(exc.msg)))]) from exc
    items: list[object] = data if isinstance(data, list) else [data]
    if not items:
        raise ValidationFailed([Problem("", msg("الملف"), msg("لا يحتوي الملف على أي دورة"))])
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
                "number", field_label("number"),
                msg("هذا الرقم مذكور لأكثر من دورة في الملف")),
                edition))
        seen.add(edition.number)
    if problems:
        raise ValidationFailed(problems)
    return editions
