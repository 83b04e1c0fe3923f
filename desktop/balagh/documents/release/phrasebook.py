"""The phrasebook: the office's standing sentences, plain Arabic with named slots.

A standing sentence («وتراهن المديرية العامة للأمن الوطني من وراء تنظيم أيام الأبواب
المفتوحة…») changes from year to year; the staff change it here, not in a template. A
phrase is plain text in which a slot such as «{المدينة}» or «{عدد المتبرعين}» stands for a
fact the draft fills in from the database. Templates write ``{{ say("blood_drive",
{"عدد المتبرعين": …}) }}``; the text comes from the database (newest version) or, when
nobody changed it, from :data:`BUILTIN_PHRASES`.

``fill("بمدينة {المدينة}", {"المدينة": "فاس"}) == "بمدينة فاس"``. A phrase may leave a slot
out (its fact is then not written); it may not use a slot its sentence does not offer
(:func:`check_phrase`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from balagh.core.errors import BalaghError

SLOT_RE = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True)
class BuiltinPhrase:
    """A standing sentence as Balagh ships it: its key, what it is, its slots and text."""

    key: str
    label_ar: str
    label_fr: str
    slots: tuple[str, ...]
    text: str


def _p(key: str, label_ar: str, label_fr: str, slots: tuple[str, ...], text: str
       ) -> BuiltinPhrase:
    return BuiltinPhrase(key, label_ar, label_fr, slots, " ".join(text.split()))


BUILTIN_PHRASES: tuple[BuiltinPhrase, ...] = (
    _p("closing_purpose", "الفقرة الختامية لبلاغ الاختتام",
       "Paragraphe final du communiqué de clôture", (),
       """وتراهن المديرية العامة للأمن الوطني من وراء تنظيم أيام الأبواب المفتوحة للأمن
       الوطني، بشكل دوري في مدن مختلفة، على تعزيز شرطة القرب وتدعيم الانفتاح المجتمعي
       للمرفق العام الشرطي، فضلا عن ملاءمة مخططات العمل الأمني مع الانتظارات الحقيقية
       للمواطنين وذلك في سعي استراتيجي لتحقيق الأمن للمواطن."""),
    _p("closing_purpose_2023", "الفقرة الختامية لبلاغ الاختتام (صيغة 2023)",
       "Paragraphe final de clôture (forme 2023)", (),
       """وتراهن المديرية العامة للأمن الوطني من وراء تنظيم أيام الأبواب المفتوحة للأمن
       الوطني، بشكل دوري في مدن مختلفة، تعزيز شرطة القرب، وتدعيم الانفتاح المرفقي للمرفق
       العام الشرطي، فضلا عن ملاءمة مخططات العمل الأمني مع الانتظارات الحقيقية
       للمواطنين."""),
    _p("social_media", "النقل المباشر على شبكات التواصل الاجتماعي",
       "Diffusion en direct sur les réseaux sociaux", ("عدد المشاهدات",),
       """على شبكات التواصل الاجتماعي لضمان النقل المباشر لمختلف فعاليات هذه التظاهرة،
       وهو ما مكن من تحقيق {عدد المشاهدات}"""),
    _p("staff_duties", "مهام موظفي الشرطة المجندين", "Missions des policiers mobilisés", (),
       """للمشاركة في تقديم العروض المهنية، والتفاعل مع المواطنات والمواطنين في مختلف
       الأروقة المقامة، وكذا تأمين الفضاء الذي احتضن هذه التظاهرة"""),
    _p("pavilions_purpose", "وصف الأروقة الموضوعاتية", "Description des pavillons", (),
       """تعرف بمختلف التخصصات المهنية والشرطية وتستعرض لمحة شاملة عن التطبيقات
       المعلوماتية والأنظمة التقنية التي طورتها المديرية العامة للأمن الوطني لخدمة أمن
       المواطنين"""),
    _p("joint_partnership", "ما تترجمه الأروقة المشتركة", "Sens des pavillons communs",
       ("المؤسسات",), "تترجم عمق الشراكة مع {المؤسسات}"),
    _p("seminars_intro", "مدخل فقرة الندوات", "Introduction des séminaires", (),
       """كما واصلت الدورة الحالية لأيام الأبواب المفتوحة مسار الانفتاح على مختلف فعاليات
       المجتمع المدني والشركاء المؤسساتيين، من خلال تنظيم"""),
    _p("blood_partnership", "شراكة التبرع بالدم", "Partenariat du don de sang",
       ("الشريك",),
       "في إطار الشراكة القائمة بين المديرية العامة للأمن الوطني و{الشريك}"),
    _p("blood_drive", "حصيلة التبرع بالدم", "Bilan du don de sang", ("عدد المتبرعين",),
       """تكلل بتسجيل {عدد المتبرعين} من جانب موظفي الشرطة والزوار بغرض تعزيز الاحتياطي
       الوطني من هذه المادة الحيوية."""),
    _p("schools_breakdown", "التلاميذ ومؤسساتهم", "Élèves et établissements",
       ("عدد المؤسسات",),
       """من فئة التلاميذ الذين يمثلون {عدد المؤسسات} ومدرسة للتعليم العتيق وحفظ القرآن
       الكريم"""),
    _p("media_breakdown", "المراسلون والمنابر الإعلامية", "Correspondants des médias",
       ("عدد المنابر",), "مراسلي {عدد المنابر} وقناة تلفزية وطنية ومحلية"),
    _p("home_towns", "مدن قدوم الزوار", "Villes d'origine des visiteurs", ("المدن",),
       "وقد توافد الزوار على فضاء هذه التظاهرة من مدن {المدن}."),
    _p("media_activities", "الأنشطة الإعلامية", "Activités médiatiques", ("عدد الأنشطة",),
       """كما تم خلال هذه الدورة إنجاز {عدد الأنشطة} لمواكبة مختلف فعاليات هذه
       التظاهرة."""),
    _p("opening_mandate", "إطار تنظيم التظاهرة (بلاغ الإعلان)",
       "Cadre de la manifestation (annonce)", (),
       """وتنظم هذه التظاهرة التواصلية، تنفيذا للتعليمات الملكية السامية القاضية بتحديث
       المرفق العام الشرطي، وتجويد الخدمات الأمنية المقدمة لعموم المواطنين والأجانب
       المقيمين والسياح الزائرين، وتوطيدا للمقاربة التواصلية الرامية لإرساء وتنزيل مفهوم
       الشرطة المواطنة."""),
    _p("opening_purpose", "هدف التظاهرة (بلاغ الإعلان)", "But de la manifestation (annonce)",
       ("مكان الدورة في السلسلة",),
       """وتهدف التظاهرة، {مكان الدورة في السلسلة}، بأبعادها التحسيسية ومقاصدها
       التوعوية، إلى دعم انفتاح المديرية العامة للأمن الوطني على محيطها المجتمعي."""),
    _p("opening_aims", "ما تطلع عليه التظاهرة المواطن (بلاغ الإعلان)",
       "Ce que la manifestation montre (annonce)", (),
       """كما تهدف إلى إطلاع المواطن على كافة المهام التي تضطلع بها مختلف الوحدات
       والتشكيلات الأمنية المجندة لخدمته وضمان أمنه وسلامة ممتلكاته، وكذا استعراض جميع
       التجهيزات والمعدات والآليات المتطورة الموضوعة رهن إشارة مصالح الأمن الوطني."""),
    _p("daily_turnout", "الإقبال الجماهيري (النشرة اليومية)", "Affluence (bulletin)", (),
       """أن الأبواب المفتوحة تواصل تسجيل إقبال جماهيري كثيف، خصوصا من جانب تلاميذ
       المؤسسات التعليمية العمومية والخاصة وباقي الشرائح المجتمعية"""),
    _p("daily_media", "تغطية وسائل الإعلام (النشرة اليومية)", "Couverture médiatique (bulletin)",
       ("المدة", "عدد الوسائل"),
       """كما شارك في مواكبة وتغطية أنشطة هذه التظاهرة {المدة}، وفق اللجنة المنظمة،
       {عدد الوسائل}، محلية وجهوية ووطنية ودولية."""),
    _p("daily_statements", "التصريحات الصحفية (النشرة اليومية)",
       "Déclarations à la presse (bulletin)", ("المدة", "عدد التصريحات"),
       """وبحسب المصدر ذاته، فقد قدم أطر الأمن الوطني، الذين يشرفون على الأروقة المقامة في
       فضاء أيام الأبواب المفتوحة، {المدة}، ما مجموعه {عدد التصريحات} لمختلف المنابر
       الإعلامية والقنوات التلفزية والمحطات الإذاعية التي تواكب هذه التظاهرة المجتمعية في
       بعدها التواصلي."""),
)

BUILTIN_BY_KEY: dict[str, BuiltinPhrase] = {phrase.key: phrase for phrase in BUILTIN_PHRASES}


def slots_of(text: str) -> list[str]:
    """The slot names a text uses, in order: ``slots_of("في {المدينة}")`` → ``["المدينة"]``."""
    return [name.strip() for name in SLOT_RE.findall(text)]


def check_phrase(key: str, text: str) -> None:
    """Refuse a phrase text the drafts could not use (BalaghError in Arabic and French).

    Unknown key, empty text, an unbalanced brace, or a slot its sentence does not offer
    («{المدينه}» for «{المدينة}») are refused.
    """
    builtin = BUILTIN_BY_KEY.get(key)
    if builtin is None:
        raise BalaghError(f"لا توجد عبارة ثابتة بالمفتاح «{key}»",
                          f"Aucune phrase type « {key} ».")
    if not text.strip():
        raise BalaghError(f"العبارة «{builtin.label_ar}» فارغة",
                          f"La phrase « {builtin.label_fr} » est vide.")
    if SLOT_RE.sub("", text).count("{") or SLOT_RE.sub("", text).count("}"):
        raise BalaghError(
            f"العبارة «{builtin.label_ar}»: قوس «{{» أو «}}» دون خانة مكتملة",
            f"Phrase « {builtin.label_fr} » : accolade sans emplacement complet.")
    unknown = [slot for slot in slots_of(text) if slot not in builtin.slots]
    if unknown:
        offered = "، ".join(f"{{{s}}}" for s in builtin.slots) or "لا شيء"
        raise BalaghError(
            f"العبارة «{builtin.label_ar}»: الخانة «{{{unknown[0]}}}» غير معروفة؛ "
            f"الخانات المتاحة: {offered}",
            f"Phrase « {builtin.label_fr} » : emplacement « {unknown[0]} » inconnu.")


def fill(text: str, values: Mapping[str, str]) -> str:
    """The text with each «{slot}» replaced by its value (a slot without value: BalaghError).

    ``fill("بمدينة {المدينة}", {"المدينة": "فاس"})`` → «بمدينة فاس».
    """

    def value(match: re.Match[str]) -> str:
        name = match.group(1).strip()
        if name not in values:
            raise BalaghError(f"الخانة «{{{name}}}» لا قيمة لها في هذه الجملة",
                              f"L'emplacement « {name} » n'a pas de valeur ici.")
        return str(values[name])

    return SLOT_RE.sub(value, text)


def speaker(overrides: Mapping[str, str] | None = None) -> Callable[..., str]:
    """The ``say(key, slots)`` function templates call: the phrase's current text (an
    override from the database, else the built-in one) with its slots filled."""
    texts = {phrase.key: phrase.text for phrase in BUILTIN_PHRASES}
    texts.update(overrides or {})

    def say(key: str, values: Mapping[str, str] | None = None) -> str:
        if key not in texts:
            raise BalaghError(f"لا توجد عبارة ثابتة بالمفتاح «{key}»",
                              f"Aucune phrase type « {key} ».")
        return fill(texts[key], values or {})

    return say
