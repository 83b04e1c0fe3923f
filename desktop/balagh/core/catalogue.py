"""The built-in figure catalogue: every kind of figure an edition can record.

The store seeds its catalogue table from ``DEFAULT_CATALOGUE``; new kinds of figure are added
as rows, without a schema change. A built-in kind's labels are catalogue sentences (context
"figure kind", French in ``fr.po``) resolved when this module is imported; once written to the
database they are data, shown from there like the labels of a kind added as a row.
Noun forms follow the office's releases (for example
«465 متبرعا للدم», «31 رواقا موضوعاتيا», «2300 موظف شرطة»).
"""

from __future__ import annotations

from balagh.core.model import FigureKind, Gender, NounForms
from balagh.messages import Message, pmsg

M = Gender.MASCULINE
F = Gender.FEMININE


def _kind(
    key: str,
    order: int,
    label: Message,
    forms: tuple[str, str, str, str, str],
    gender: Gender,
    has_days: bool = False,
) -> FigureKind:
    singular, dual_nom, dual_obl, plural, accusative = forms
    noun = NounForms(singular, dual_nom, dual_obl, plural, accusative, gender)
    return FigureKind(key, label.ar, label.fr, noun, order, has_days)


_VISITOR = ("زائر", "زائران", "زائرين", "زوار", "زائرا")

DEFAULT_CATALOGUE: tuple[FigureKind, ...] = (
    _kind("visitors_total", 10, pmsg("figure kind", "العدد الإجمالي للزوار"),
          _VISITOR, M),
    _kind("peak_visitors", 20, pmsg("figure kind", "زوار أيام الذروة"),
          _VISITOR, M, has_days=True),
    _kind("first_days_visitors", 30, pmsg("figure kind", "زوار الأيام الأولى"),
          _VISITOR, M, has_days=True),
    _kind("social_media_views", 40,
          pmsg("figure kind", "المشاهدات على شبكات التواصل الاجتماعي"),
          ("مشاهدة", "مشاهدتان", "مشاهدتين", "مشاهدات", "مشاهدة"), F),
    _kind("police_staff", 50, pmsg("figure kind", "موظفو الشرطة المجندون"),
          ("موظف شرطة", "موظفا شرطة", "موظفي شرطة", "موظفي شرطة", "موظف شرطة"), M),
    _kind("vehicles", 60, pmsg("figure kind", "المركبات المعبأة"),
          ("مركبة", "مركبتان", "مركبتين", "مركبات", "مركبة"), F),
    _kind("thematic_pavilions", 70, pmsg("figure kind", "الأروقة الموضوعاتية"),
          ("رواق موضوعاتي", "رواقان موضوعاتيان", "رواقين موضوعاتيين", "أروقة موضوعاتية",
           "رواقا موضوعاتيا"), M),
    _kind("demonstrations", 80, pmsg("figure kind", "العروض الحية"),
          ("عرض", "عرضان", "عرضين", "عروض", "عرضا"), M),
    _kind("conferences", 90, pmsg("figure kind", "الندوات واللقاءات العلمية"),
          ("ندوة", "ندوتان", "ندوتين", "ندوات", "ندوة"), F),
    _kind("blood_donors", 100, pmsg("figure kind", "المتبرعون بالدم"),
          ("متبرع للدم", "متبرعان للدم", "متبرعين للدم", "متبرعين للدم", "متبرعا للدم"), M),
    _kind("schools", 110, pmsg("figure kind", "المؤسسات التعليمية"),
          ("مؤسسة تعليمية", "مؤسستان تعليميتان", "مؤسستين تعليميتين", "مؤسسات تعليمية",
           "مؤسسة تعليمية"), F),
    _kind("associations", 120, pmsg("figure kind", "الجمعيات"),
          ("جمعية", "جمعيتان", "جمعيتين", "جمعيات", "جمعية"), F),
    _kind("media_outlets", 130, pmsg("figure kind", "المنابر الإعلامية"),
          ("منبر إعلامي", "منبران إعلاميان", "منبرين إعلاميين", "منابر إعلامية",
           "منبرا إعلاميا"), M),
    _kind("media_activities", 140, pmsg("figure kind", "الأنشطة الإعلامية"),
          ("نشاط إعلامي", "نشاطان إعلاميان", "نشاطين إعلاميين", "أنشطة إعلامية",
           "نشاطا إعلاميا"), M),
    _kind("press_statements", 150, pmsg("figure kind", "التصريحات الصحفية"),
          ("تصريح صحفي", "تصريحان صحفيان", "تصريحين صحفيين", "تصريحات صحفية",
           "تصريحا صحفيا"), M),
    _kind("area_m2", 160, pmsg("figure kind", "مساحة الفضاء (متر مربع)"),
          ("متر مربع", "متران مربعان", "مترين مربعين", "أمتار مربعة", "مترا مربعا"), M),
    _kind("covered_area_m2", 170, pmsg("figure kind", "المساحة المغطاة (متر مربع)"),
          ("متر مربع", "متران مربعان", "مترين مربعين", "أمتار مربعة", "مترا مربعا"), M),
    _kind("day_visitors", 180, pmsg("figure kind", "زوار اليوم"), _VISITOR, M),
)

#: Figures recorded only as of a day (``Edition.as_of``), never as an edition's final figure:
#: ``day_visitors`` is that day's attendance; every other key of ``as_of`` is a running total.
DAY_ONLY_KEYS: tuple[str, ...] = ("day_visitors",)

DEFAULT_BY_KEY: dict[str, FigureKind] = {kind.key: kind for kind in DEFAULT_CATALOGUE}
