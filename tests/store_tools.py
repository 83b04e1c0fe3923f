"""Helpers for the store tests: a complete edition, database dumps and file digests."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import select, text

from balagh.core.model import Edition, FigureValue, JointPavilion, Qualifier
from balagh.store import Store
from balagh.store.engine import make_engine
from balagh.store.migrate import alembic_config
from balagh.store.models import Base

D = dt.date


def fez_edition(number: int = 4) -> Edition:
    """The Fez 2023 edition with every field of the model filled in."""
    return Edition(
        number=number,
        city_ar="فاس",
        city_fr="Fès",
        start_date=D(2023, 5, 17),
        end_date=D(2023, 5, 21),
        venue_ar="ساحة باب المكينة",
        venue_fr="Place Bab Makina",
        theme="67 سنة من التحديث المتواصل لمرفق مواطن",
        notes="المصدر: بلاغ المديرية العامة للأمن الوطني",
        figures={
            "visitors_total": FigureValue(1_150_000, Qualifier.ABOUT, note="رقم قياسي"),
            "peak_visitors": FigureValue(
                630_000, Qualifier.MORE_THAN, days=[D(2023, 5, 19), D(2023, 5, 20)]
            ),
            "social_media_views": FigureValue(20_000_000, Qualifier.MORE_THAN),
            "police_staff": FigureValue(2300),
            "vehicles": FigureValue(150, note="من بينها عربات مصفحة"),
            "thematic_pavilions": FigureValue(31),
            "blood_donors": FigureValue(465),
        },
        daily_visitors={
            D(2023, 5, 17): 160_000,
            D(2023, 5, 18): 184_100,
            D(2023, 5, 19): 300_000,
            D(2023, 5, 20): 330_000,
            D(2023, 5, 21): 170_000,
        },
        audiences=["التلاميذ", "مواطنين من مدينة فاس ومختلف المدن المغربية", "مقيمين", "سياح",
                   "بعثات رسمية أجنبية"],
        partners=["المجلس الوطني لحقوق الإنسان", "الوكالة الوطنية للسلامة الطرقية",
                  "المركز الوطني لتحاقن الدم"],
        joint_pavilions=[
            JointPavilion(["المجلس الوطني لحقوق الإنسان"], title="رواق حقوق الإنسان"),
            JointPavilion(["الوكالة الوطنية للسلامة الطرقية", "المركز الوطني لتحاقن الدم"]),
        ],
        seminars=["استعمالات الهوية الرقمية كآلية للانتقال الرقمي وتجويد الخدمات",
                  "حماية الأطفال المصرح باختفائهم على ضوء آلية “طفلي مختفي”"],
        highlights=["عربات أمنية مصفحة تم تقديمها لأول مرة بالهوية البصرية الجديدة"],
    )


def content(edition: Edition) -> Edition:
    """The edition without the store's bookkeeping (version, timestamps), for comparisons."""
    return Edition(
        **{
            **edition.__dict__,
            "version": 0,
            "created_at": None,
            "updated_at": None,
        }
    )


def dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (and the schema revision), in a stable order."""
    result: dict[str, list[tuple[Any, ...]]] = {}
    with store.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            order = list(table.primary_key.columns)
            rows = connection.execute(select(table).order_by(*order)).all()
            result[table.name] = [tuple(row) for row in rows]
        result["alembic_version"] = [
            tuple(row) for row in connection.execute(text("SELECT * FROM alembic_version"))
        ]
    return result


def digest(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sqlite_path(url: str) -> Path | None:
    """The file of a ``sqlite:///`` URL, else None."""
    prefix = "sqlite:///"
    return Path(url[len(prefix):]) if url.startswith(prefix) else None


def build_at(url: str, revision: str) -> None:
    """Create a database at an older revision, as an older Balagh would have left it."""
    engine = make_engine(url)
    try:
        config = alembic_config(engine)
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()
