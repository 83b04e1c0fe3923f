"""The phrasebook: the office's standing sentences, plain Arabic with named slots.

A standing sentence («وتراهن المديرية العامة للأمن الوطني من وراء تنظيم أيام الأبواب
المفتوحة…») changes from year to year; the staff change it here, not in a template. A
phrase is plain text in which a slot such as «{المدينة}» or «{عدد المتبرعين}» stands for a
fact the draft fills in from the database. Templates write ``{{ say("blood_drive",
{"عدد المتبرعين": …}) }}``; the text comes from the database (newest version) or, when
nobody changed it, from :data:`BUILTIN_PHRASES`.

The French templates' standing sentences are phrases of the same phrasebook
(:data:`BUILTIN_PHRASES_FR`, French slots such as «{donneurs}»): stored under the key
``fr.<key>`` («fr.blood_drive»), with the same versions, check and restoring; a French
template writes ``{{ say("blood_drive", {"donneurs": …}) }}`` and gets the French one.

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
#: The stored keys of the French phrases begin with this («fr.blood_drive»).
FR_PREFIX = "fr."


@dataclass(frozen=True)
class BuiltinPhrase:
    """A standing sentence as Balagh ships it: its key, what it is, its slots and text."""

    key: str
    label_ar: str
    label_fr: str
    slots: tuple[str, ...]
    text: str

    @property
    def language(self) -> str:
        """"fr" for a French phrase (key «fr.…»), else "ar"."""
        return "fr" if self.key.startswith(FR_PREFIX) else "ar"


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

def _fr(key: str, label_ar: str, label_fr: str, slots: tuple[str, ...], text: str
        ) -> BuiltinPhrase:
    return _p(FR_PREFIX + key, label_ar, label_fr, slots, text)


#: The French templates' standing sentences (the office's French wording).
BUILTIN_PHRASES_FR: tuple[BuiltinPhrase, ...] = (
    _fr("closing_purpose", "الفقرة الختامية لبلاغ الاختتام (فرنسية)",
        "Paragraphe final du communiqué de clôture", (),
        """À travers l'organisation périodique des Journées portes ouvertes dans différentes
        villes, la DGSN entend renforcer la police de proximité, consolider l'ouverture du
        service public policier sur la société et adapter les plans d'action sécuritaires aux
        attentes réelles des citoyens."""),
    _fr("social_media", "النقل المباشر على شبكات التواصل الاجتماعي (فرنسية)",
        "Diffusion en direct sur les réseaux sociaux", ("vues",),
        "ont assuré la retransmission en direct des activités, totalisant {vues}"),
    _fr("media_activities", "الأنشطة الإعلامية (فرنسية)", "Activités médiatiques",
        ("activités",),
        """Cette édition a également donné lieu à {activités} pour accompagner ses
        différentes activités."""),
    _fr("home_towns", "مدن قدوم الزوار (فرنسية)", "Villes d'origine des visiteurs",
        ("provenances",), "Les visiteurs sont venus notamment {provenances}."),
    _fr("staff_duties", "مهام موظفي الشرطة المجندين (فرنسية)",
        "Missions des policiers mobilisés", (),
        """pour présenter les démonstrations professionnelles, échanger avec les citoyennes
        et les citoyens dans les différents stands et sécuriser le site de la
        manifestation"""),
    _fr("pavilions_purpose", "وصف الأروقة الموضوعاتية (فرنسية)", "Description des pavillons",
        (), """aux différentes spécialités policières et présentant les applications
        informatiques et les systèmes techniques développés par la DGSN au service de la
        sécurité des citoyens"""),
    _fr("joint_partnership", "ما تترجمه الأروقة المشتركة (فرنسية)",
        "Sens des pavillons communs", ("institutions",),
        "traduisant la profondeur du partenariat avec {institutions}"),
    _fr("seminars_intro", "مدخل فقرة الندوات (فرنسية)", "Introduction des séminaires", (),
        """La présente édition a poursuivi son ouverture sur les acteurs de la société civile
        et les partenaires institutionnels à travers l'organisation"""),
    _fr("seminars_topics", "مواضيع الندوات والمشاركون فيها (فرنسية)",
        "Sujets et participants des séminaires", ("sujets",),
        """portant sur des sujets d'actualité tels que {sujets}, auxquelles ont pris part des
        experts et des représentants des différents secteurs gouvernementaux et
        professionnels"""),
    _fr("blood_partnership", "شراكة التبرع بالدم (فرنسية)", "Partenariat du don de sang",
        ("partenaires",), "dans le cadre du partenariat entre la DGSN et {partenaires}"),
    _fr("blood_drive", "حصيلة التبرع بالدم (فرنسية)", "Bilan du don de sang", ("donneurs",),
        """avec {donneurs} parmi les fonctionnaires de police et les visiteurs, afin de
        renforcer les réserves nationales de cette matière vitale."""),
    _fr("opening_mandate", "إطار تنظيم التظاهرة (بلاغ الإعلان، فرنسية)",
        "Cadre de la manifestation (annonce)", (),
        """Cette manifestation de communication est organisée en application des Hautes
        Instructions Royales relatives à la modernisation du service public policier et à
        l'amélioration des prestations sécuritaires offertes à l'ensemble des citoyens, aux
        étrangers résidents et aux touristes, et pour consolider l'approche de communication
        visant à ancrer le concept de police citoyenne."""),
    _fr("opening_purpose", "هدف التظاهرة (بلاغ الإعلان، فرنسية)",
        "But de la manifestation (annonce)", ("place dans la série",),
        """{place dans la série}, cette manifestation vise, par sa dimension de
        sensibilisation, à renforcer l'ouverture de la DGSN sur son environnement
        sociétal."""),
    _fr("opening_aims", "ما تطلع عليه التظاهرة المواطن (بلاغ الإعلان، فرنسية)",
        "Ce que la manifestation montre (annonce)", (),
        """Elle vise également à faire connaître au citoyen l'ensemble des missions assurées
        par les différentes unités et formations de la sûreté nationale mobilisées à son
        service pour garantir sa sécurité et celle de ses biens, et à présenter les
        équipements et moyens modernes mis à la disposition des services de la sûreté
        nationale."""),
    _fr("opening_seminars_intro", "مدخل فقرة الندوات (بلاغ الإعلان، فرنسية)",
        "Introduction des séminaires (annonce)", (),
        "Le programme de cette édition prévoit également l'organisation"),
    _fr("opening_seminars_guests", "المشاركون في الندوات (بلاغ الإعلان، فرنسية)",
        "Participants des séminaires (annonce)", (),
        """avec la participation d'experts et de représentants des différents secteurs
        gouvernementaux et professionnels."""),
    _fr("opening_blood_drive", "فضاء التبرع بالدم (بلاغ الإعلان، فرنسية)",
        "Espace du don de sang (annonce)", ("partenaires",),
        """Un espace dédié au don de sang sera également aménagé, dans le cadre du partenariat
        entre la DGSN et {partenaires}, afin de renforcer les réserves nationales de cette
        matière vitale."""),
    _fr("daily_turnout", "الإقبال الجماهيري (النشرة اليومية، فرنسية)",
        "Affluence (bulletin)", (),
        """a indiqué que les JPO continuent d'enregistrer une forte affluence, notamment des
        élèves des établissements d'enseignement publics et privés et des différentes
        catégories de la société"""),
    _fr("daily_media", "تغطية وسائل الإعلام (النشرة اليومية، فرنسية)",
        "Couverture médiatique (bulletin)", ("période", "médias"),
        """Selon le comité d'organisation, les activités de cette manifestation ont été
        couvertes, au cours {période}, par {médias}."""),
    _fr("daily_statements", "التصريحات الصحفية (النشرة اليومية، فرنسية)",
        "Déclarations à la presse (bulletin)", ("période", "déclarations"),
        """De même source, les cadres de la DGSN qui animent les stands des JPO ont accordé,
        au cours {période}, {déclarations} aux différents journaux, sites d'information,
        chaînes de télévision et stations de radio qui couvrent cette manifestation dans sa
        dimension communicationnelle."""),
)

BUILTIN_BY_KEY: dict[str, BuiltinPhrase] = {
    phrase.key: phrase for phrase in (*BUILTIN_PHRASES, *BUILTIN_PHRASES_FR)}


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
            f"Phrase « {builtin.label_fr} » : emplacement « {unknown[0]} » inconnu ; "
            f"emplacements possibles : {', '.join(f'{{{s}}}' for s in builtin.slots) or 'aucun'}.")


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


def speaker(overrides: Mapping[str, str] | None = None, language: str = "ar"
            ) -> Callable[..., str]:
    """The ``say(key, slots)`` function templates call: the phrase's current text (an
    override from the database, else the built-in one) with its slots filled. With
    ``language="fr"`` ``say("blood_drive", …)`` is the French phrase «fr.blood_drive»."""
    prefix = FR_PREFIX if language == "fr" else ""
    texts = {phrase.key: phrase.text for phrase in BUILTIN_BY_KEY.values()}
    texts.update(overrides or {})

    def say(key: str, values: Mapping[str, str] | None = None) -> str:
        stored = prefix + key
        if stored not in BUILTIN_BY_KEY:
            raise BalaghError(f"لا توجد عبارة ثابتة بالمفتاح «{stored}»",
                              f"Aucune phrase type « {stored} ».")
        return fill(texts[stored], values or {})

    return say
