"""The record of changes: versions of editions and templates, the trash, who did what.

Plain data and pure functions (no SQL): the store keeps every version as the JSON of the
thing saved (``balagh.core.interchange.edition_to_dict`` for an edition) with the list of
:class:`Change` from the version before, computed here by :func:`edition_changes`;
the command line and the window describe them with :func:`describe_change`.

Example: saving Fez 2023 with 1,200,000 visitors instead of «about 1,150,000» records
``Change("figures.visitors_total.value", 1150000, 1200000)`` and
``Change("figures.visitors_total.qualifier", "about", "exact")``, described as
«العدد الإجمالي للزوار: 1150000 ← 1200000» and «… (الصيغة): حوالي ← دقيق».
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from balagh.core.isolates import ltr
from balagh.core.model import QUALIFIER_NAMES, FigureKind
from balagh.messages import Localizable, Message, PerLanguage, msg, pmsg

#: What a version records (``Version.action``).
ACTION_CREATED = "created"
ACTION_SAVED = "saved"
ACTION_IMPORTED = "imported"
ACTION_RESTORED = "restored"
ACTION_TRASHED = "trashed"
ACTION_UNTRASHED = "untrashed"
ACTION_DELETED = "deleted"
ACTION_BASELINE = "baseline"

#: Collections of versioned things (``Version.collection``); other modules may add theirs.
EDITIONS = "edition"
TEMPLATES = "template"
PHRASES = "phrase"  # the phrasebook's standing sentences, by key

_ACTION_WORDS: dict[str, Message] = {
    ACTION_CREATED: pmsg("history action", "إنشاء"),
    ACTION_SAVED: pmsg("history action", "تعديل"),
    ACTION_IMPORTED: pmsg("history action", "استيراد"),
    ACTION_RESTORED: pmsg("history action", "استرجاع نسخة سابقة"),
    ACTION_TRASHED: pmsg("history action", "نقل إلى سلة المحذوفات"),
    ACTION_UNTRASHED: pmsg("history action", "استرجاع من سلة المحذوفات"),
    ACTION_DELETED: pmsg("history action", "حذف"),
    ACTION_BASELINE: pmsg("history action", "الحالة عند بدء السجل"),
}

_FIELD_WORDS: dict[str, Message] = {
    "city.ar": pmsg("field", "المدينة (بالعربية)"),
    "city.fr": pmsg("field", "المدينة (بالفرنسية)"),
    "venue.ar": pmsg("field", "مكان التنظيم (بالعربية)"),
    "venue.fr": pmsg("field", "مكان التنظيم (بالفرنسية)"),
    "start_date": pmsg("field", "تاريخ البداية"),
    "end_date": pmsg("field", "تاريخ النهاية"),
    "theme": pmsg("field", "شعار الدورة"),
    "notes": pmsg("field", "ملاحظات"),
    "audiences": pmsg("field", "فئات الزوار"),
    "partners": pmsg("field", "الشركاء"),
    "joint_pavilions": pmsg("field", "الأروقة المشتركة"),
    "seminars": pmsg("field", "الندوات"),
    "highlights": pmsg("field", "أبرز ما ميز الدورة"),
    "body": pmsg("field", "نص القالب"),
    "kind": pmsg("field", "نوع البلاغ"),
    "language": pmsg("field", "لغة القالب"),
}

_FIGURE_PARTS: dict[str, Message] = {
    "qualifier": msg("الصيغة"),
    "days": msg("الأيام"),
    "note": msg("ملاحظة"),
}


@dataclass(frozen=True)
class Change:
    """One field that changed between two versions (``old`` None: it was added)."""

    field: str
    old: Any
    new: Any

    def to_json(self) -> dict[str, Any]:
        """The JSON object the store keeps."""
        return {"field": self.field, "old": self.old, "new": self.new}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Change:
        """Read back :meth:`to_json`."""
        return cls(str(data["field"]), data.get("old"), data.get("new"))


@dataclass(frozen=True)
class Actor:
    """Who did something: the operating-system user and, on PostgreSQL, the database role."""

    os_user: str
    db_role: str | None = None

    def label(self) -> str:
        """«ahmed» or «ahmed (balagh_issuer)»."""
        return f"{self.os_user} ({self.db_role})" if self.db_role else self.os_user


@dataclass(frozen=True)
class Version:
    """One saved state of a versioned thing, numbered from 1, with what changed and who."""

    collection: str
    key: str
    label: str
    version: int
    saved_at: dt.datetime
    actor: Actor
    action: str
    content: dict[str, Any]
    changes: list[Change] = field(default_factory=list)
    restored_from: int | None = None

    def action_text(self, language: str = "ar") -> str:
        """«تعديل», «استرجاع نسخة سابقة (النسخة 1)» … in the language asked."""
        action: Localizable = _ACTION_WORDS.get(self.action) or PerLanguage(ar=self.action)
        if self.restored_from is not None:
            action = msg("{action} (النسخة {number})", action=action, number=self.restored_from)
        return action.text(language)


@dataclass(frozen=True)
class TrashedEdition:
    """An edition in the trash: restorable, with its releases and history, until emptied."""

    number: int
    city_ar: str
    city_fr: str
    start_date: dt.date
    deleted_at: dt.datetime
    deleted_by: str
    drafts: int


@dataclass(frozen=True)
class AuditEvent:
    """Something done to the record as a whole (emptying the trash, restoring a backup)."""

    at: dt.datetime
    actor: Actor
    action: str
    subject: str
    details: dict[str, Any] = field(default_factory=dict)


# --- computing changes -------------------------------------------------------------------

def _scalar(data: Mapping[str, Any], path: str) -> Any:
    node: Any = data
    for part in path.split("."):
        node = node.get(part) if isinstance(node, Mapping) else None
    return node


def edition_changes(
    old: Mapping[str, Any] | None, new: Mapping[str, Any]
) -> list[Change]:
    """What changed from ``old`` to ``new`` (dictionaries of ``edition_to_dict``).

    ``old`` None (a new edition) gives no change: the version is the whole edition. Figures
    are compared part by part (value, qualifier, days, note), daily visitors day by day,
    and lists as whole lists.
    """
    if old is None:
        return []
    before: Mapping[str, Any] = old
    changes: list[Change] = []
    for path in ("city.ar", "city.fr", "venue.ar", "venue.fr", "start_date", "end_date",
                 "theme", "notes"):
        a, b = _scalar(before, path), _scalar(new, path)
        if a != b and (a or b):
            changes.append(Change(path, a, b))
    old_figures: Mapping[str, Any] = before.get("figures") or {}
    new_figures: Mapping[str, Any] = new.get("figures") or {}
    for key in [*new_figures, *(k for k in old_figures if k not in new_figures)]:
        a_fig, b_fig = old_figures.get(key) or {}, new_figures.get(key) or {}
        for part in ("value", "qualifier", "days", "note"):
            a, b = a_fig.get(part), b_fig.get(part)
            if part == "qualifier" and a_fig and b_fig:
                a, b = a or "exact", b or "exact"
            if a != b and (a or b or part == "value"):
                changes.append(Change(f"figures.{key}.{part}", a, b))
    old_daily: Mapping[str, Any] = before.get("daily_visitors") or {}
    new_daily: Mapping[str, Any] = new.get("daily_visitors") or {}
    for day in sorted(set(old_daily) | set(new_daily)):
        if old_daily.get(day) != new_daily.get(day):
            changes.append(Change(f"daily_visitors.{day}", old_daily.get(day),
                                  new_daily.get(day)))
    for name in ("audiences", "partners", "joint_pavilions", "seminars", "highlights"):
        a, b = list(before.get(name) or []), list(new.get(name) or [])
        if a != b:
            changes.append(Change(name, a, b))
    return changes


def _field_changes(names: tuple[str, ...], old: Mapping[str, Any] | None,
                   new: Mapping[str, Any]) -> list[Change]:
    if old is None:
        return []
    return [Change(name, old.get(name), new.get(name)) for name in names
            if old.get(name) != new.get(name)]


def template_changes(old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> list[Change]:
    """What changed in a template (its kind and body), as :func:`edition_changes` does."""
    return _field_changes(("kind", "language", "body"), old, new)


def phrase_changes(old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> list[Change]:
    """What changed in a phrasebook sentence (its text, whether it is the built-in one)."""
    return _field_changes(("text", "builtin"), old, new)


# --- describing changes ------------------------------------------------------------------

def field_label(path: str, catalogue: Mapping[str, FigureKind] | None = None,
                language: str = "ar", *, isolate: bool = False) -> str:
    """The name the staff know a changed field by: «العدد الإجمالي للزوار (الصيغة)»."""
    if path.startswith("figures."):
        _, key, part = [*path.split("."), "", ""][:3]
        kind = (catalogue or {}).get(key)
        name = (PerLanguage(ar=kind.label_ar, fr=kind.label_fr) if kind is not None
                else PerLanguage(ar=key))
        suffix = _FIGURE_PARTS.get(part)
        if suffix is None:
            return name.text(language)
        return msg("{name} ({part})", name=name, part=suffix).text(language)
    if path.startswith("daily_visitors."):
        day = _ltr(path.split(".", 1)[1], isolate)
        return msg("زوار يوم {day}", day=day).text(language)
    found = _FIELD_WORDS.get(path)
    return found.text(language) if found is not None else path


#: Values that read left to right (numbers, dates, Latin names) are isolated when
#: ``isolate`` is asked, so that a right-to-left line keeps «2023-05-17» in its order.


def _ltr(text: str, isolate: bool) -> str:
    return ltr(text) if isolate and not _has_arabic(text) else text


def _listed(items: list[str], language: str) -> str:
    """Items joined as the language writes a list: «أ، ب», «a, b»."""
    return pmsg("list separator", "، ").text(language).join(items)


def _has_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u08ff" for ch in text)


def _value_text(path: str, value: Any, language: str, isolate: bool = False) -> str:
    if value is None or value == "" or value == []:
        return msg("(فارغ)").text(language)
    if path.endswith(".qualifier"):
        names = {q.value: name for q, name in QUALIFIER_NAMES.items()}
        found = names.get(str(value))
        return found.text(language) if found is not None else str(value)
    if isinstance(value, list):
        return _listed([_ltr(_item_text(item), isolate) for item in value], language)
    text = str(value)
    if path == "body" and len(text) > 60:
        text = text[:57].replace("\n", " ") + "…"
    return _ltr(text, isolate)


def _item_text(item: Any) -> str:
    if isinstance(item, Mapping):  # a joint pavilion
        partners = " + ".join(str(p) for p in item.get("partners") or [])
        title = str(item.get("title") or "")
        return f"{title}: {partners}" if title else partners
    return str(item)


def describe_change(change: Change, catalogue: Mapping[str, FigureKind] | None = None,
                    language: str = "ar", *, isolate: bool = False) -> str:
    """One change as the staff read it: «العدد الإجمالي للزوار: 1150000 ← 1200000».

    Arabic reads right to left, so the arrow «←» points from the old value to the new one;
    French writes «Nombre total de visiteurs : 1150000 → 1200000». A list says what was
    added and removed («الشركاء: أضيف: الوقاية المدنية؛ حذف: …»). ``isolate`` wraps the
    left-to-right values in bidi isolates (for a window; a terminal gets plain text).
    """
    label = field_label(change.field, catalogue, language, isolate=isolate)
    if isinstance(change.old, list) or isinstance(change.new, list):
        old_items = [_ltr(_item_text(i), isolate) for i in change.old or []]
        new_items = [_ltr(_item_text(i), isolate) for i in change.new or []]
        added = [i for i in new_items if i not in old_items]
        removed = [i for i in old_items if i not in new_items]
        parts = []
        if added:
            parts.append(msg("أضيف: {items}", items=_listed(added, language)))
        if removed:
            parts.append(msg("حذف: {items}", items=_listed(removed, language)))
        if not parts:
            parts.append(msg("تغير الترتيب"))
        joined = pmsg("list of changes", "؛ ").text(language).join(p.text(language) for p in parts)
        return msg("{label}: {value}", label=label, value=joined).text(language)
    return msg("{label}: {old} ← {new}", label=label,
               old=_value_text(change.field, change.old, language, isolate),
               new=_value_text(change.field, change.new, language, isolate)).text(language)


def describe_edition(content: Mapping[str, Any],
                     catalogue: Mapping[str, FigureKind] | None = None,
                     language: str = "ar", *, isolate: bool = False) -> list[str]:
    """A version of an edition (its ``edition_to_dict`` JSON) as lines the staff read.

    «المدينة (بالعربية): فاس», «العدد الإجمالي للزوار: 1150000 (ناهز)», «زوار يوم
    2023-05-17: 160000», «الشركاء: …» — fields without a value are left out.
    """
    def line(label: str, value: str) -> str:
        return msg("{label}: {value}", label=label, value=value).text(language)

    number = _ltr(str(content.get("number", "")), isolate)
    lines: list[str] = [line(pmsg("history", "رقم الدورة").text(language), number)]
    for path in ("city.ar", "city.fr", "venue.ar", "venue.fr", "start_date", "end_date",
                 "theme", "notes"):
        value = _scalar(content, path)
        if value:
            lines.append(line(field_label(path, catalogue, language), _ltr(str(value), isolate)))
    figures: Mapping[str, Any] = content.get("figures") or {}
    order = {key: kind.order for key, kind in (catalogue or {}).items()}
    for key in sorted(figures, key=lambda k: (order.get(k, 10**6), k)):
        figure = figures[key]
        text = _ltr(str(figure.get("value", "")), isolate)
        qualifier = figure.get("qualifier") or "exact"
        if qualifier != "exact":
            text += f" ({_value_text('.qualifier', qualifier, language)})"
        if figure.get("days"):
            text += " — " + _listed([_ltr(d, isolate) for d in figure["days"]], language)
        lines.append(line(field_label(f"figures.{key}.value", catalogue, language), text))
    for day, value in (content.get("daily_visitors") or {}).items():
        lines.append(line(field_label(f"daily_visitors.{day}", catalogue, language,
                                      isolate=isolate), _ltr(str(value), isolate)))
    for name in ("audiences", "partners", "joint_pavilions", "seminars", "highlights"):
        items = content.get(name) or []
        if items:
            lines.append(line(field_label(name, catalogue, language),
                              _value_text(name, list(items), language, isolate)))
    return lines
