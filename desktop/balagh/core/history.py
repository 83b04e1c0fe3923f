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

_ACTION_WORDS: dict[str, tuple[str, str]] = {
    ACTION_CREATED: ("إنشاء", "création"),
    ACTION_SAVED: ("تعديل", "modification"),
    ACTION_IMPORTED: ("استيراد", "import"),
    ACTION_RESTORED: ("استرجاع نسخة سابقة", "restauration d'une version"),
    ACTION_TRASHED: ("نقل إلى سلة المحذوفات", "mise à la corbeille"),
    ACTION_UNTRASHED: ("استرجاع من سلة المحذوفات", "retour de la corbeille"),
    ACTION_DELETED: ("حذف", "suppression"),
    ACTION_BASELINE: ("الحالة عند بدء السجل", "état au début de l'historique"),
}

_FIELD_WORDS: dict[str, tuple[str, str]] = {
    "city.ar": ("المدينة (بالعربية)", "Ville (arabe)"),
    "city.fr": ("المدينة (بالفرنسية)", "Ville (français)"),
    "venue.ar": ("مكان التنظيم (بالعربية)", "Lieu (arabe)"),
    "venue.fr": ("مكان التنظيم (بالفرنسية)", "Lieu (français)"),
    "start_date": ("تاريخ البداية", "Date de début"),
    "end_date": ("تاريخ النهاية", "Date de fin"),
    "theme": ("شعار الدورة", "Thème"),
    "notes": ("ملاحظات", "Notes"),
    "audiences": ("فئات الزوار", "Publics"),
    "partners": ("الشركاء", "Partenaires"),
    "joint_pavilions": ("الأروقة المشتركة", "Pavillons communs"),
    "seminars": ("الندوات", "Séminaires"),
    "highlights": ("أبرز ما ميز الدورة", "Faits marquants"),
    "body": ("نص القالب", "Texte du modèle"),
    "kind": ("نوع البلاغ", "Type de communiqué"),
    "language": ("لغة القالب", "Langue du modèle"),
}

_FIGURE_PARTS: dict[str, tuple[str, str]] = {
    "value": ("", ""),
    "qualifier": (" (الصيغة)", " (qualificatif)"),
    "days": (" (الأيام)", " (jours)"),
    "note": (" (ملاحظة)", " (note)"),
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
        arabic, french = _ACTION_WORDS.get(self.action, (self.action, self.action))
        if self.restored_from is not None:
            arabic += f" (النسخة {self.restored_from})"
            french += f" (version {self.restored_from})"
        return french if language == "fr" else arabic


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
    fr = language == "fr"
    if path.startswith("figures."):
        _, key, part = [*path.split("."), "", ""][:3]
        kind = (catalogue or {}).get(key)
        name = (kind.label_fr if fr else kind.label_ar) if kind is not None else key
        suffix = _FIGURE_PARTS.get(part, ("", ""))
        return name + (suffix[1] if fr else suffix[0])
    if path.startswith("daily_visitors."):
        day = _ltr(path.split(".", 1)[1], isolate)
        return f"visiteurs du {day}" if fr else f"زوار يوم {day}"
    arabic, french = _FIELD_WORDS.get(path, (path, path))
    return french if fr else arabic


#: Values that read left to right (numbers, dates, Latin names) are isolated when
#: ``isolate`` is asked, so that a right-to-left line keeps «2023-05-17» in its order.


def _ltr(text: str, isolate: bool) -> str:
    return ltr(text) if isolate and not _has_arabic(text) else text


def _has_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u08ff" for ch in text)


def _value_text(path: str, value: Any, language: str, isolate: bool = False) -> str:
    fr = language == "fr"
    if value is None or value == "" or value == []:
        return "(vide)" if fr else "(فارغ)"
    if path.endswith(".qualifier"):
        names = {q.value: pair for q, pair in QUALIFIER_NAMES.items()}
        arabic, french = names.get(str(value), (str(value), str(value)))
        return french if fr else arabic
    if isinstance(value, list):
        items = [_ltr(_item_text(item), isolate) for item in value]
        return (", " if fr else "، ").join(items)
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
    fr = language == "fr"
    label = field_label(change.field, catalogue, language, isolate=isolate)
    colon = " : " if fr else ": "
    if isinstance(change.old, list) or isinstance(change.new, list):
        old_items = [_ltr(_item_text(i), isolate) for i in change.old or []]
        new_items = [_ltr(_item_text(i), isolate) for i in change.new or []]
        added = [i for i in new_items if i not in old_items]
        removed = [i for i in old_items if i not in new_items]
        parts = []
        if added:
            parts.append(("ajouté : " if fr else "أضيف: ") + (", " if fr else "، ").join(added))
        if removed:
            parts.append(("retiré : " if fr else "حذف: ")
                         + (", " if fr else "، ").join(removed))
        if not parts:
            parts.append("ordre changé" if fr else "تغير الترتيب")
        return label + colon + ("; " if fr else "؛ ").join(parts)
    arrow = " → " if fr else " ← "
    return (label + colon + _value_text(change.field, change.old, language, isolate) + arrow
            + _value_text(change.field, change.new, language, isolate))


def describe_edition(content: Mapping[str, Any],
                     catalogue: Mapping[str, FigureKind] | None = None,
                     language: str = "ar", *, isolate: bool = False) -> list[str]:
    """A version of an edition (its ``edition_to_dict`` JSON) as lines the staff read.

    «المدينة (بالعربية): فاس», «العدد الإجمالي للزوار: 1150000 (ناهز)», «زوار يوم
    2023-05-17: 160000», «الشركاء: …» — fields without a value are left out.
    """
    fr = language == "fr"
    colon = " : " if fr else ": "
    number = _ltr(str(content.get("number", "")), isolate)
    lines: list[str] = [f"{'N°' if fr else 'رقم الدورة'}{colon}{number}"]
    for path in ("city.ar", "city.fr", "venue.ar", "venue.fr", "start_date", "end_date",
                 "theme", "notes"):
        value = _scalar(content, path)
        if value:
            lines.append(field_label(path, catalogue, language) + colon
                         + _ltr(str(value), isolate))
    figures: Mapping[str, Any] = content.get("figures") or {}
    order = {key: kind.order for key, kind in (catalogue or {}).items()}
    for key in sorted(figures, key=lambda k: (order.get(k, 10**6), k)):
        figure = figures[key]
        text = _ltr(str(figure.get("value", "")), isolate)
        qualifier = figure.get("qualifier") or "exact"
        if qualifier != "exact":
            text += f" ({_value_text('.qualifier', qualifier, language)})"
        if figure.get("days"):
            text += " — " + (", " if fr else "، ").join(_ltr(d, isolate) for d in figure["days"])
        lines.append(field_label(f"figures.{key}.value", catalogue, language) + colon + text)
    for day, value in (content.get("daily_visitors") or {}).items():
        lines.append(field_label(f"daily_visitors.{day}", catalogue, language, isolate=isolate)
                     + colon
                     + _ltr(str(value), isolate))
    for name in ("audiences", "partners", "joint_pavilions", "seminars", "highlights"):
        items = content.get(name) or []
        if items:
            lines.append(field_label(name, catalogue, language) + colon
                         + _value_text(name, list(items), language, isolate))
    return lines
