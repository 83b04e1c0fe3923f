"""The JSON of what an edition records beyond its figures: figures as of a day
(``as_of``), the release wording options, home towns and noun-phrase highlights.

``"as_of": {"2023-05-18": {"visitors_total": {"value": 344100}, "media_outlets":
{"value": 72}}}`` — keys from the catalogue, values as in ``figures`` (``value``,
``qualifier``, ``note``; no ``days``: the day is the key).
``"release_options": {"closing_form": "2024", "both_genders": true, "peak_dates": false,
"record_wording": "editions"}`` — every key optional.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from balagh.core.errors import Within
from balagh.core.model import (
    ClosingForm,
    Edition,
    FigureKind,
    FigureValue,
    Qualifier,
    RecordWording,
    ReleaseOptions,
)
from balagh.messages import Localizable, PerLanguage, msg

AS_OF_LABEL = msg("الأرقام حسب الأيام")
OPTIONS_LABEL = msg("خيارات صياغة البلاغات")
_VALUE_KEYS = ("value", "qualifier", "note")
_OPTION_KEYS = ("closing_form", "both_genders", "peak_dates", "record_wording")


class Reader(Protocol):
    """What the edition reader of ``balagh.core.interchange`` offers (problems, parsing)."""

    def add(self, path: str, label: Localizable, message: Localizable) -> None: ...

    def date(self, value: object, field: str, path: str,
             label: Localizable | None = None) -> dt.date | None: ...

    def integer(self, value: object, path: str, label: Localizable) -> int | None: ...


def as_of_to_dict(edition: Edition, order: Callable[[str], Any]) -> dict[str, Any]:
    """``{"2023-05-18": {"visitors_total": {"value": 344100, "qualifier": "exact"}}}``."""
    result: dict[str, Any] = {}
    for day in sorted(edition.as_of):
        figures = edition.as_of[day]
        items: dict[str, Any] = {}
        for key in sorted(figures, key=order):
            figure = figures[key]
            item: dict[str, Any] = {"value": figure.value, "qualifier": figure.qualifier.value}
            if figure.note:
                item["note"] = figure.note
            items[key] = item
        result[day.isoformat()] = items
    return result


def options_to_dict(options: ReleaseOptions) -> dict[str, Any]:
    """The wording options as JSON."""
    return {
        "closing_form": options.closing_form.value,
        "both_genders": options.both_genders,
        "peak_dates": options.peak_dates,
        "record_wording": options.record_wording.value,
    }


def read_as_of(reader: Reader, value: object, catalogue: Mapping[str, FigureKind]
               ) -> dict[dt.date, dict[str, FigureValue]]:
    """The well-formed day figures (the others are reported and left out)."""
    if not isinstance(value, dict):
        reader.add("as_of", AS_OF_LABEL, msg(
            'يجب أن يكون كائنا من الشكل {{"2023-05-18": {{"visitors_total": {{"value": …}}}}}}'))
        return {}
    result: dict[dt.date, dict[str, FigureValue]] = {}
    for raw_day, figures in value.items():
        path = f"as_of.{raw_day}"
        label = msg("أرقام يوم {stamp}", stamp=raw_day)
        day = reader.date(raw_day, "as_of", path, label)
        if not isinstance(figures, dict):
            reader.add(path, label, msg("يجب أن تكون كائنا مفاتيحه أنواع الأرقام"))
            continue
        read = {key: _read_value(reader, f"{path}.{key}", key, item, catalogue, label)
                for key, item in figures.items()}
        if day is not None:
            result[day] = {key: figure for key, figure in read.items() if figure is not None}
    return result


def _read_value(reader: Reader, path: str, key: str, item: object,
                catalogue: Mapping[str, FigureKind], day_label: Localizable
                ) -> FigureValue | None:
    kind = catalogue.get(key)
    name = PerLanguage(ar=kind.label_ar, fr=kind.label_fr) if kind else PerLanguage(ar=key)
    label = Within(day_label, name)
    if kind is None:
        reader.add(path, label, msg("ليس من أنواع الأرقام المعروفة في الفهرس"))
        return None
    if not isinstance(item, dict) or "value" not in item:
        reader.add(path, label, msg("يجب أن يكون كائنا من الشكل {{\"value\": …}}"))
        return None
    bad = False
    for extra in sorted(set(item) - set(_VALUE_KEYS)):
        reader.add(f"{path}.{extra}", label, msg("مفتاح غير معروف «{extra}»", extra=extra))
        bad = True
    number = reader.integer(item["value"], f"{path}.value", label)
    raw_qualifier = item.get("qualifier", "exact")
    try:
        qualifier = Qualifier(raw_qualifier)
    except ValueError:
        shown = json.dumps(raw_qualifier, ensure_ascii=False)
        reader.add(f"{path}.qualifier", label, msg("الدقة «{shown}» غير معروفة", shown=shown))
        return None
    note = item.get("note", "")
    if not isinstance(note, str):
        reader.add(f"{path}.note", label, msg("يجب أن تكون الملاحظة نصا"))
        return None
    if bad or number is None:
        return None
    return FigureValue(number, qualifier, [], note)


def read_options(reader: Reader, value: object) -> ReleaseOptions:
    """The wording options (bad ones reported, defaults kept)."""
    options = ReleaseOptions()
    if not isinstance(value, dict):
        reader.add("release_options", OPTIONS_LABEL, msg("يجب أن تكون كائنا"))
        return options
    for extra in sorted(set(value) - set(_OPTION_KEYS)):
        reader.add(f"release_options.{extra}", OPTIONS_LABEL,
                   msg("مفتاح غير معروف «{extra}»", extra=extra))
    enums: tuple[tuple[str, type[ClosingForm] | type[RecordWording]], ...] = (
        ("closing_form", ClosingForm), ("record_wording", RecordWording))
    for key, enum in enums:
        if key in value:
            try:
                setattr(options, key, enum(value[key]))
            except ValueError:
                allowed = ", ".join(repr(e.value) for e in enum)
                reader.add(f"release_options.{key}", OPTIONS_LABEL, msg(
                    "القيمة «{value}» غير مقبولة لـ {key}؛ المقبول: {allowed}",
                    value=value[key],
                    key=key,
                    allowed=allowed,
                ))
    for key in ("both_genders", "peak_dates"):
        if key in value:
            if isinstance(value[key], bool):
                setattr(options, key, value[key])
            else:
                reader.add(f"release_options.{key}", OPTIONS_LABEL,
                           msg("{key}: يجب أن تكون القيمة true أو false", key=key))
    return options
