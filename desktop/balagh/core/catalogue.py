"""The built-in figure catalogue: every kind of figure an edition can record.

The store seeds its catalogue table from ``DEFAULT_CATALOGUE``; new kinds of figure are added
as rows, without a schema change. Noun forms follow the office's releases (for example
«465 متبرعا للدم», «31 رواقا موضوعاتيا», «2300 موظف شرطة»).
"""

from __future__ import annotations

from balagh.core.model import FigureKind, Gender, NounForms

M = Gender.MASCULINE
F = Gender.FEMININE


def _kind(
    key: str,
    order: int,
    label_ar: str,
    label_fr: str,
    forms: tuple[str, str, str, str, str],
    gender: Gender,
    has_days: bool = False,
) -> FigureKind:
    singular, dual_nom, dual_obl, plural, accusative = forms
    noun = NounForms(singular, dual_nom, dual_obl, plural, accusative, gender)
    return FigureKind(key, label_ar, label_fr, noun, order, has_days)


_VISITOR = ("زائر", "زائران", "زائرين", "زوار", "زائرا")

DEFAULT_CATALOGUE: tuple[FigureKind, ...] = (
    _kind("visitors_total", 10, "العدد الإجمالي للزوار", "Nombre total de visiteurs",
          _VISITOR, M),
    _kind("peak_visitors", 20, "زوار أيام الذروة", "Visiteurs des jours de pointe",
          _VISITOR, M, has_days=True),
    _kind("first_days_visitors", 30, "زوار الأيام الأولى", "Visiteurs des premiers jours",
          _VISITOR, M, has_days=True),
    _kind("social_media_views", 40, "المشاهدات على شبكات التواصل الاجتماعي",
          "Vues sur les réseaux sociaux",
          ("مشاهدة", "مشاهدتان", "مشاهدتين", "مشاهدات", "مشاهدة"), F),
    _kind("police_staff", 50, "موظفو الشرطة المجندون", "Fonctionnaires de police mobilisés",
          ("موظف شرطة", "موظفا شرطة", "موظفي شرطة", "موظفي شرطة", "موظف شرطة"), M),
    _kind("vehicles", 60, "المركبات المعبأة", "Véhicules mobilisés",
          ("مركبة", "مركبتان", "مركبتين", "مركبات", "مركبة"), F),
    _kind("thematic_pavilions", 70, "الأروقة الموضوعاتية", "Pavillons thématiques",
          ("رواق موضوعاتي", "رواقان موضوعاتيان", "رواقين موضوعاتيين", "أروقة موضوعاتية",
           "رواقا موضوعاتيا"), M),
    _kind("demonstrations", 80, "العروض الحية", "Démonstrations",
          ("عرض", "عرضان", "عرضين", "عروض", "عرضا"), M),
    _kind("conferences", 90, "الندوات واللقاءات العلمية", "Conférences et séminaires",
          ("ندوة", "ندوتان", "ندوتين", "ندوات", "ندوة"), F),
    _kind("blood_donors", 100, "المتبرعون بالدم", "Donneurs de sang",
          ("متبرع للدم", "متبرعان للدم", "متبرعين للدم", "متبرعين للدم", "متبرعا للدم"), M),
    _kind("schools", 110, "المؤسسات التعليمية", "Établissements scolaires",
          ("مؤسسة تعليمية", "مؤسستان تعليميتان", "مؤسستين تعليميتين", "مؤسسات تعليمية",
           "مؤسسة تعليمية"), F),
    _kind("associations", 120, "الجمعيات", "Associations",
          ("جمعية", "جمعيتان", "جمعيتين", "جمعيات", "جمعية"), F),
    _kind("media_outlets", 130, "المنابر الإعلامية", "Médias",
          ("منبر إعلامي", "منبران إعلاميان", "منبرين إعلاميين", "منابر إعلامية",
           "منبرا إعلاميا"), M),
    _kind("media_activities", 140, "الأنشطة الإعلامية", "Activités médiatiques",
          ("نشاط إعلامي", "نشاطان إعلاميان", "نشاطين إعلاميين", "أنشطة إعلامية",
           "نشاطا إعلاميا"), M),
    _kind("press_statements", 150, "التصريحات الصحفية", "Déclarations à la presse",
          ("تصريح صحفي", "تصريحان صحفيان", "تصريحين صحفيين", "تصريحات صحفية",
           "تصريحا صحفيا"), M),
    _kind("area_m2", 160, "مساحة الفضاء (متر مربع)", "Superficie (m²)",
          ("متر مربع", "متران مربعان", "مترين مربعين", "أمتار مربعة", "مترا مربعا"), M),
    _kind("covered_area_m2", 170, "المساحة المغطاة (متر مربع)", "Superficie couverte (m²)",
          ("متر مربع", "متران مربعان", "مترين مربعين", "أمتار مربعة", "مترا مربعا"), M),
    _kind("day_visitors", 180, "زوار اليوم", "Visiteurs du jour", _VISITOR, M),
)

#: Figures recorded only as of a day (``Edition.as_of``), never as an edition's final figure:
#: ``day_visitors`` is that day's attendance; every other key of ``as_of`` is a running total.
DAY_ONLY_KEYS: tuple[str, ...] = ("day_visitors",)

DEFAULT_BY_KEY: dict[str, FigureKind] = {kind.key: kind for kind in DEFAULT_CATALOGUE}
