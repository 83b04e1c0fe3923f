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
from balagh.core.validation import FIELD_LABELS

FIGURE_KEYS = ("value", "qualifier", "days", "note")


PAVILION_KEYS = ("partners", "title")


ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


QUALIFIERS = ", ".join(q.value for q in Qualifier)


class Reader:
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
            if ISO_DATE.match(text):
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


def read_figures(reader: Reader, value: object, catalogue: Mapping[str, FigureKind]
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
        for extra in sorted(set(item) - set(FIGURE_KEYS)):
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
                       f"الدقة «{shown}» غير معروفة؛ القيم المقبولة: {QUALIFIERS}",
                       f"précision « {shown} » inconnue ; valeurs admises : {QUALIFIERS}")
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


def read_daily(reader: Reader, value: object) -> dict[dt.date, int]:
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


def read_pavilions(reader: Reader, value: object) -> list[JointPavilion]:
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
        extras = sorted(set(item) - set(PAVILION_KEYS))
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
