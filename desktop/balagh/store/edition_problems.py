"""What saving editions refuses, in Arabic and French: a number that exists, twice in one batch
or in the trash, a year two editions share, a conflict with someone else's save, a database
constraint."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.exc import IntegrityError

from balagh.core.errors import (
    BalaghError,
    ConflictError,
    Problem,
)
from balagh.core.model import Edition
from balagh.store.models import (
    EditionRow,
)


def conflict_error(number: int) -> ConflictError:
    """The error shown when someone else saved the edition since it was opened."""
    return ConflictError(
        f"عدل شخص آخر هذه الدورة منذ فتحها (الدورة {number})؛ أعد فتحها لرؤية تعديلاته،"
        " أو احفظ مع الاستبدال لفرض نسختك",
        f"Quelqu'un d'autre a modifié l'édition {number} depuis son ouverture ; rouvrez-la"
        " ou enregistrez en écrasant.",
    )


def exists_problem(number: int) -> Problem:
    return Problem(
        "number",
        "رقم الدورة",
        f"الدورة رقم {number} موجودة في قاعدة البيانات؛ لا تستبدل إلا بطلب صريح",
        f"Numéro de l'édition : l'édition {number} existe déjà (remplacement non demandé).",
    )


def duplicate_in_batch_problem(number: int) -> Problem:
    return Problem(
        "number",
        "رقم الدورة",
        f"الرقم {number} مكرر في الملف نفسه",
        f"Numéro de l'édition : le numéro {number} figure deux fois dans le fichier.",
    )


def trashed_problem(number: int) -> Problem:
    return Problem(
        "number",
        "رقم الدورة",
        f"الدورة رقم {number} في سلة المحذوفات؛ استرجعها من السلة أو أفرغ السلة قبل استعمال"
        " رقمها",
        f"Numéro de l'édition : l'édition {number} est dans la corbeille ; restaurez-la ou"
        " videz la corbeille avant de réutiliser son numéro.",
    )


def edition_context(edition: Edition) -> str:
    return f"الدورة {edition.number} ({edition.city_ar}، {edition.start_date.year})"


def ambiguous_year(year: int, rows: Sequence[EditionRow]) -> BalaghError:
    """Several editions started in ``year``: name them all and ask for the number."""
    count = len(rows)
    count_ar = "دورتين" if count == 2 else f"{count} دورات" if count <= 10 else f"{count} دورة"
    listed_ar = "، ".join(
        f"{row.number} ({row.city_ar}، {row.start_date.isoformat()})" for row in rows
    )
    listed_fr = ", ".join(
        f"{row.number} ({row.city_fr or row.city_ar}, {row.start_date.isoformat()})"
        for row in rows
    )
    return BalaghError(
        f"سنة {year} تضم {count_ar}: {listed_ar}؛ حدد رقم الدورة",
        f"L'année {year} compte {len(rows)} éditions : {listed_fr} ; précisez le numéro.",
    )


def integrity_error(exc: IntegrityError) -> BalaghError:
    """A constraint the database enforced, in the staff's words (detail in the log)."""
    from balagh.store.db_errors import database_error

    return database_error(exc)
