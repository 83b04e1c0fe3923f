"""What saving editions refuses, in Arabic and French: a number that exists, twice in one batch
or in the trash, a year two editions share, a conflict with someone else's save, a database
constraint."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.exc import IntegrityError

from balagh.core.errors import (
    BalaghError,
    ConflictError,
    Problem,
)
from balagh.core.model import Edition
from balagh.messages import Message, PerLanguage, msg, nmsg


def conflict_error(number: int) -> ConflictError:
    """The error shown when someone else saved the edition since it was opened."""
    return ConflictError(
        msg(
            "عدل شخص آخر هذه الدورة منذ فتحها (الدورة {number})؛ أعد فتحها لرؤية تعديلاته، أو "
            "احفظ مع الاستبدال لفرض نسختك",
            number=number,
        ),
    )


def exists_problem(number: int) -> Problem:
    return Problem(
        "number",
        msg("رقم الدورة"), msg(
            "الدورة رقم {number} موجودة في قاعدة البيانات؛ لا تستبدل إلا بطلب صريح",
            number=number,
        ),
    )


def duplicate_in_batch_problem(number: int) -> Problem:
    return Problem(
        "number",
        msg("رقم الدورة"), msg("الرقم {number} مكرر في الملف نفسه", number=number),
    )


def trashed_problem(number: int) -> Problem:
    return Problem(
        "number",
        msg("رقم الدورة"), msg(
            "الدورة رقم {number} في سلة المحذوفات؛ استرجعها من السلة أو أفرغ السلة قبل استعمال "
            "رقمها",
            number=number,
        ),
    )


def edition_context(edition: Edition) -> Message:
    return msg("الدورة {number} ({city}، {year})", number=edition.number,
               city=PerLanguage(ar=edition.city_ar, fr=edition.city_fr),
               year=edition.start_date.year)


def edition_label(edition: Any) -> str:
    """«الدورة 4 (فاس، 2023)»: how the history names an edition (kept in Arabic); ``edition``
    is an :class:`~balagh.core.model.Edition` or a row with its number, cities, start date."""
    return edition_name(edition).ar


def edition_name(edition: Any) -> Message:
    """The edition's name in every language: «الدورة 4 (فاس، 2023)», «Édition 4 (Fès, 2023)»."""
    return msg("الدورة {number} ({city}، {year})", number=edition.number,
               city=PerLanguage(ar=edition.city_ar, fr=edition.city_fr or edition.city_ar),
               year=edition.start_date.year)


def ambiguous_year(year: int, rows: Sequence[Any]) -> BalaghError:
    """Several editions started in ``year`` (rows with their number, cities and start date):
    name them all and ask for the number."""
    listed_ar = "، ".join(
        f"{row.number} ({row.city_ar}، {row.start_date.isoformat()})" for row in rows
    )
    listed_fr = ", ".join(
        f"{row.number} ({row.city_fr or row.city_ar}, {row.start_date.isoformat()})"
        for row in rows
    )
    return BalaghError(nmsg("سنة {year} تضم {n} دورة: {listed}؛ حدد رقم الدورة",
                            "سنة {year} تضم {n} دورات: {listed}؛ حدد رقم الدورة", len(rows),
                            year=year, listed=PerLanguage(ar=listed_ar, fr=listed_fr)))


def integrity_error(exc: IntegrityError) -> BalaghError:
    """A constraint the database enforced, in the staff's words (detail in the log)."""
    from balagh.store.db_errors import database_error

    return database_error(exc)
