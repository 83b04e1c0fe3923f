"""Editions, the figure catalogue (seeded) and everything recorded about an edition.

Revision ID: 0001
Revises:
Create Date: 2026-11-27 22:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The built-in catalogue as it was when this revision was written (a migration is frozen:
# later changes to balagh.core.catalogue are applied by the store when it opens the
# database). Columns: key, display_order, label_ar, label_fr, singular, dual_nominative,
# dual_oblique, plural, accusative, gender, has_days.
SEED_CATALOGUE: tuple[tuple[str, int, str, str, str, str, str, str, str, str, bool], ...] = (
    ("visitors_total", 10, "العدد الإجمالي للزوار",
     "Nombre total de visiteurs",
     "زائر", "زائران", "زائرين",
     "زوار", "زائرا", "m", False),
    ("peak_visitors", 20, "زوار أيام الذروة",
     "Visiteurs des jours de pointe",
     "زائر", "زائران", "زائرين",
     "زوار", "زائرا", "m", True),
    ("first_days_visitors", 30, "زوار الأيام الأولى",
     "Visiteurs des premiers jours",
     "زائر", "زائران", "زائرين",
     "زوار", "زائرا", "m", True),
    ("social_media_views", 40, "المشاهدات على شبكات التواصل الاجتماعي",
     "Vues sur les réseaux sociaux",
     "مشاهدة", "مشاهدتان", "مشاهدتين",
     "مشاهدات", "مشاهدة", "f", False),
    ("police_staff", 50, "موظفو الشرطة المجندون",
     "Fonctionnaires de police mobilisés",
     "موظف شرطة", "موظفا شرطة", "موظفي شرطة",
     "موظفي شرطة", "موظف شرطة", "m", False),
    ("vehicles", 60, "المركبات المعبأة",
     "Véhicules mobilisés",
     "مركبة", "مركبتان", "مركبتين",
     "مركبات", "مركبة", "f", False),
    ("thematic_pavilions", 70, "الأروقة الموضوعاتية",
     "Pavillons thématiques",
     "رواق موضوعاتي", "رواقان موضوعاتيان", "رواقين موضوعاتيين",
     "أروقة موضوعاتية", "رواقا موضوعاتيا", "m", False),
    ("demonstrations", 80, "العروض الحية",
     "Démonstrations",
     "عرض", "عرضان", "عرضين",
     "عروض", "عرضا", "m", False),
    ("conferences", 90, "الندوات واللقاءات العلمية",
     "Conférences et séminaires",
     "ندوة", "ندوتان", "ندوتين",
     "ندوات", "ندوة", "f", False),
    ("blood_donors", 100, "المتبرعون بالدم",
     "Donneurs de sang",
     "متبرع للدم", "متبرعان للدم", "متبرعين للدم",
     "متبرعين للدم", "متبرعا للدم", "m", False),
    ("schools", 110, "المؤسسات التعليمية",
     "Établissements scolaires",
     "مؤسسة تعليمية", "مؤسستان تعليميتان", "مؤسستين تعليميتين",
     "مؤسسات تعليمية", "مؤسسة تعليمية", "f", False),
    ("associations", 120, "الجمعيات",
     "Associations",
     "جمعية", "جمعيتان", "جمعيتين",
     "جمعيات", "جمعية", "f", False),
    ("media_outlets", 130, "المنابر الإعلامية",
     "Médias",
     "منبر إعلامي", "منبران إعلاميان", "منبرين إعلاميين",
     "منابر إعلامية", "منبرا إعلاميا", "m", False),
    ("media_activities", 140, "الأنشطة الإعلامية",
     "Activités médiatiques",
     "نشاط إعلامي", "نشاطان إعلاميان", "نشاطين إعلاميين",
     "أنشطة إعلامية", "نشاطا إعلاميا", "m", False),
    ("press_statements", 150, "التصريحات الصحفية",
     "Déclarations à la presse",
     "تصريح صحفي", "تصريحان صحفيان", "تصريحين صحفيين",
     "تصريحات صحفية", "تصريحا صحفيا", "m", False),
    ("area_m2", 160, "مساحة الفضاء (متر مربع)",
     "Superficie (m²)",
     "متر مربع", "متران مربعان", "مترين مربعين",
     "أمتار مربعة", "مترا مربعا", "m", False),
)

_LISTS = ("audiences", "partners", "seminars", "highlights")


def _edition_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["edition_id"], ["editions.id"],
        name=op.f(f"fk_{table}_edition_id_editions"), ondelete="CASCADE",
    )


def upgrade() -> None:
    """Create the edition tables and seed the figure catalogue."""
    op.create_table(
        "editions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("city_ar", sa.Text(), nullable=False),
        sa.Column("city_fr", sa.Text(), nullable=False),
        sa.Column("venue_ar", sa.Text(), nullable=False),
        sa.Column("venue_fr", sa.Text(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("theme", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("end_date >= start_date", name=op.f("ck_editions_end_after_start")),
        sa.CheckConstraint("number >= 1", name=op.f("ck_editions_number_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_editions")),
        sa.UniqueConstraint("number", name=op.f("uq_editions_number")),
    )
    kinds = op.create_table(
        "figure_kinds",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("label_ar", sa.Text(), nullable=False),
        sa.Column("label_fr", sa.Text(), nullable=False),
        sa.Column("singular", sa.Text(), nullable=False),
        sa.Column("dual_nominative", sa.Text(), nullable=False),
        sa.Column("dual_oblique", sa.Text(), nullable=False),
        sa.Column("plural", sa.Text(), nullable=False),
        sa.Column("accusative", sa.Text(), nullable=False),
        sa.Column("gender", sa.String(length=1), nullable=False),
        sa.Column("display_order", sa.Integer(), nullable=False),
        sa.Column("has_days", sa.Boolean(), nullable=False),
        sa.CheckConstraint("gender IN ('m', 'f')", name=op.f("ck_figure_kinds_gender")),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_figure_kinds")),
    )
    op.bulk_insert(
        kinds,
        [
            {
                "key": key, "display_order": order, "label_ar": label_ar, "label_fr": label_fr,
                "singular": singular, "dual_nominative": dual_nom, "dual_oblique": dual_obl,
                "plural": plural, "accusative": accusative, "gender": gender,
                "has_days": has_days,
            }
            for (key, order, label_ar, label_fr, singular, dual_nom, dual_obl, plural,
                 accusative, gender, has_days) in SEED_CATALOGUE
        ],
    )
    op.create_table(
        "figure_values",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("edition_id", sa.Integer(), nullable=False),
        sa.Column("figure_key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.Column("qualifier", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "qualifier IN ('exact', 'about', 'more_than')",
            name=op.f("ck_figure_values_qualifier"),
        ),
        sa.CheckConstraint("value >= 0", name=op.f("ck_figure_values_value_not_negative")),
        _edition_fk("figure_values"),
        sa.ForeignKeyConstraint(
            ["figure_key"], ["figure_kinds.key"],
            name=op.f("fk_figure_values_figure_key_figure_kinds"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_figure_values")),
        sa.UniqueConstraint(
            "edition_id", "figure_key", name=op.f("uq_figure_values_edition_id_figure_key")
        ),
    )
    op.create_table(
        "figure_days",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("figure_value_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["figure_value_id"], ["figure_values.id"],
            name=op.f("fk_figure_days_figure_value_id_figure_values"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_figure_days")),
        sa.UniqueConstraint(
            "figure_value_id", "day", name=op.f("uq_figure_days_figure_value_id_day")
        ),
    )
    op.create_table(
        "daily_visitors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("edition_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("value >= 0", name=op.f("ck_daily_visitors_value_not_negative")),
        _edition_fk("daily_visitors"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_daily_visitors")),
        sa.UniqueConstraint("edition_id", "day", name=op.f("uq_daily_visitors_edition_id_day")),
    )
    for table in _LISTS:
        op.create_table(
            table,
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("edition_id", sa.Integer(), nullable=False),
            sa.Column("position", sa.Integer(), nullable=False),
            sa.Column("text", sa.Text(), nullable=False),
            _edition_fk(table),
            sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
            sa.UniqueConstraint(
                "edition_id", "position", name=op.f(f"uq_{table}_edition_id_position")
            ),
        )
    op.create_table(
        "joint_pavilions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("edition_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        _edition_fk("joint_pavilions"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_joint_pavilions")),
        sa.UniqueConstraint(
            "edition_id", "position", name=op.f("uq_joint_pavilions_edition_id_position")
        ),
    )
    op.create_table(
        "joint_pavilion_partners",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pavilion_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pavilion_id"], ["joint_pavilions.id"],
            name=op.f("fk_joint_pavilion_partners_pavilion_id_joint_pavilions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_joint_pavilion_partners")),
        sa.UniqueConstraint(
            "pavilion_id", "position",
            name=op.f("uq_joint_pavilion_partners_pavilion_id_position"),
        ),
    )


def downgrade() -> None:
    """Drop everything this revision created."""
    op.drop_table("joint_pavilion_partners")
    op.drop_table("joint_pavilions")
    for table in reversed(_LISTS):
        op.drop_table(table)
    op.drop_table("daily_visitors")
    op.drop_table("figure_days")
    op.drop_table("figure_values")
    op.drop_table("figure_kinds")
    op.drop_table("editions")
