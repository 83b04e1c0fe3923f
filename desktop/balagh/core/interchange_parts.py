"""The parts of an edition read from the interchange JSON: each field checked as it is read,
every problem kept with its field and an Arabic and French sentence (``Reader``), the figures,
the daily visitors and the joint pavilions."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping

from balagh.core.digits import DigitsError, normalise_digits, parse_integer
from balagh.core.errors import Problem
from balagh.core.model import (
    FigureKind,
    FigureValue,
    JointPavilion,
    Qualifier,
)
from balagh.core.validation import field_label
from balagh.messages import Localizable, Message, PerLanguage, msg

FIGURE_KEYS = ("value", "qualifier", "days", "note")


PAVILION_KEYS = ("partners", "title")


ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


QUALIFIERS = ", ".join(q.value for q in Qualifier)


class Reader:
    """Collects the problems of one JSON edition while converting its parts."""

    def __init__(self, name: Localizable) -> None:
        self.name = name
        self.problems: list[Problem] = []

    def add(self, path: str, label: Localizable, message: Localizable) -> None:
        self.problems.append(Problem(path, label, message).within(self.name))

    def add_field(self, field: str, path: str, message: Message) -> None:
        self.add(path, field_label(field), message)

    def text(self, value: object, field: str, path: str) -> str | None:
        if isinstance(value, str):
            return value
        self.add_field(field, path, msg("يجب أن تكون القيمة نصا"))
        return None

    def date(self, value: object, field: str, path: str, label: Localizable | None = None
             ) -> dt.date | None:
        label = label or field_label(field)
        if isinstance(value, str):
            text = normalise_digits(value.strip())
            if ISO_DATE.match(text):
                try:
                    return dt.date.fromisoformat(text)
                except ValueError:
                    pass
        shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        self.add(path, label, msg("«{shown}» ليس تاريخا صحيحا بصيغة YYYY-MM-DD (مثلا 2023-05-17)",
                                  shown=shown))
        return None

    def integer(self, value: object, path: str, label: Localizable) -> int | None:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str):
            try:
                return parse_integer(value)
            except DigitsError as exc:
                self.add(path, label, exc.message)
                return None
        shown = json.dumps(value, ensure_ascii=False)
        self.add(path, label, msg("«{shown}» ليس عددا صحيحا", shown=shown))
        return None

    def text_list(self, value: object, field: str, path: str = "") -> list[str]:
        """The texts of a JSON list (the valid ones; the others are reported)."""
        path = path or field
        if not isinstance(value, list):
            self.add_field(field, path, msg("يجب أن تكون قائمة نصوص"))
            return []
        items: list[str] = []
        for index, item in enumerate(value):
            text = self.text(item, field, f"{path}.{index}")
            if text is not None:
                items.append(text)
        return items

    def bilingual(self, value: object, field: str) -> tuple[str, str] | None:
        if not isinstance(value, dict):
            self.add_field(field, field, msg(
                "يجب أن يكون كائنا من الشكل {{\"ar\": \"…\", \"fr\": \"…\"}}",
            ))
            return None
        for extra in sorted(set(value) - {"ar", "fr"}):
            self.add_field(field, f"{field}.{extra}", msg(
                "مفتاح غير معروف «{extra}»",
                extra=extra,
            ))
        ar = self.text(value.get("ar", ""), f"{field}_ar", f"{field}.ar")
        fr = self.text(value.get("fr", ""), f"{field}_fr", f"{field}.fr")
        return ar or "", fr or ""


def read_figures(reader: Reader, value: object, catalogue: Mapping[str, FigureKind]
                  ) -> dict[str, FigureValue]:
    """The well-formed figures (the others are reported and left out)."""
    if not isinstance(value, dict):
        reader.add_field("figures", "figures", msg("يجب أن تكون كائنا مفاتيحه أنواع الأرقام"))
        return {}
    figures: dict[str, FigureValue] = {}
    for key, item in value.items():
        kind = catalogue.get(key)
        label: Localizable = (PerLanguage(ar=kind.label_ar, fr=kind.label_fr)
                              if kind is not None else msg("«{key}»", key=key))
        path = f"figures.{key}"
        if kind is None:
            reader.add(path, label, msg("ليس من أنواع الأرقام المعروفة في الفهرس"))
            continue
        if not isinstance(item, dict):
            reader.add(path, label,
                       msg('يجب أن يكون كائنا من الشكل {{"value": …, "qualifier": …}}'))
            continue
        problems_before = len(reader.problems)
        for extra in sorted(set(item) - set(FIGURE_KEYS)):
            reader.add(f"{path}.{extra}", label, msg("مفتاح غير معروف «{extra}»", extra=extra))
        number: int | None = None
        if "value" not in item:
            reader.add(f"{path}.value", label, msg("القيمة غير موجودة"))
        else:
            number = reader.integer(item["value"], f"{path}.value", label)
        qualifier = Qualifier.EXACT
        raw_qualifier = item.get("qualifier", Qualifier.EXACT.value)
        try:
            qualifier = Qualifier(raw_qualifier)
        except ValueError:
            shown = json.dumps(raw_qualifier, ensure_ascii=False)
            reader.add(f"{path}.qualifier", label, msg(
                "الدقة «{shown}» غير معروفة؛ القيم المقبولة: {QUALIFIERS}",
                shown=shown,
                QUALIFIERS=QUALIFIERS,
            ))
        days: list[dt.date] = []
        raw_days = item.get("days", [])
        days_label = msg("{name} (الأيام)", name=label)
        if not isinstance(raw_days, list):
            reader.add(f"{path}.days", days_label, msg("يجب أن تكون قائمة تواريخ"))
        else:
            for day in raw_days:
                parsed = reader.date(day, "days", f"{path}.days", days_label)
                if parsed is not None:
                    days.append(parsed)
        note = item.get("note", "")
        if not isinstance(note, str):
            reader.add(f"{path}.note", label, msg("يجب أن تكون الملاحظة نصا"))
        if len(reader.problems) > problems_before or number is None or not isinstance(note, str):
            continue
        figures[key] = FigureValue(number, qualifier, days, note)
    return figures


def read_daily(reader: Reader, value: object) -> dict[dt.date, int]:
    """The well-formed daily rows (the others are reported and left out)."""
    if not isinstance(value, dict):
        reader.add_field("daily_visitors", "daily_visitors",
                         msg("يجب أن يكون كائنا من الشكل {{\"2023-05-17\": 145000}}"))
        return {}
    daily: dict[dt.date, int] = {}
    for raw_day, raw_count in value.items():
        path = f"daily_visitors.{raw_day}"
        label = msg("زوار يوم {day}", day=raw_day)
        day = reader.date(raw_day, "daily_visitors", path, label)
        count = reader.integer(raw_count, path, label)
        if day is not None and day in daily:
            reader.add(path, label, msg("هذا اليوم مذكور أكثر من مرة"))
        elif day is not None and count is not None:
            daily[day] = count
    return daily


def read_pavilions(reader: Reader, value: object) -> list[JointPavilion]:
    """The well-formed joint pavilions (the others are reported and left out)."""
    field = "joint_pavilions"
    if not isinstance(value, list):
        reader.add_field(field, field, msg("يجب أن تكون قائمة من الشكل [{{\"partners\": […]}}]"))
        return []
    pavilions: list[JointPavilion] = []
    for index, item in enumerate(value):
        path = f"{field}.{index}"
        if not isinstance(item, dict):
            reader.add_field(field, path, msg("العنصر {number} يجب أن يكون كائنا",
                                              number=index + 1))
            continue
        extras = sorted(set(item) - set(PAVILION_KEYS))
        for extra in extras:
            reader.add_field(field, f"{path}.{extra}", msg(
                "مفتاح غير معروف «{extra}»",
                extra=extra,
            ))
        problems_before = len(reader.problems)
        partners = reader.text_list(item.get("partners", []), field, f"{path}.partners")
        title = reader.text(item.get("title", ""), field, f"{path}.title")
        if extras or title is None or len(reader.problems) > problems_before:
            continue
        pavilions.append(JointPavilion(partners, title))
    return pavilions
