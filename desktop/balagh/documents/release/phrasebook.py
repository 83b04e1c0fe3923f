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
from balagh.messages import Message, PerLanguage, msg

SLOT_RE = re.compile(r"\{([^{}]*)\}")
#: The stored keys of the French phrases begin with this («fr.blood_drive»).
FR_PREFIX = "fr."


@dataclass(frozen=True)
class BuiltinPhrase:
    """A standing sentence as Balagh ships it: its key, what it is, its slots and text."""

    key: str
    label: Message
    slots: tuple[str, ...]
    text: str

    @property
    def language(self) -> str:
        """"fr" for a French phrase (key «fr.…»), else "ar"."""
        return "fr" if self.key.startswith(FR_PREFIX) else "ar"

    @property
    def label_ar(self) -> str:
        return self.label.ar

    @property
    def label_fr(self) -> str:
        return self.label.fr


def _p(key: str, label: Message, slots: tuple[str, ...], text: str) -> BuiltinPhrase:
    return BuiltinPhrase(key, label, slots, " ".join(text.split()))


BUILTIN_PHRASES: tuple[BuiltinPhrase, ...] = (
    _p("closing_purpose", msg("الفقرة الختامية لبلاغ الاختتام"), (),
       """وتراهن المديرية العامة للأمن الوطني من وراء تنظيم أيام الأبواب المفتوحة للأمن
       الوطني، بشكل دوري في مدن مختلفة، على تعزيز شرطة القرب وتدعيم الانفتاح المجتمعي
       للمرفق العام الشرطي، فضلا عن ملاءمة مخططات العمل الأمني مع الانتظارات الحقيقية
       للمواطنين وذلك في سعي استراتيجي لتحقيق الأمن للمواطن."""),
    _p("closing_purpose_2023", msg("الفقرة الختامية لبلاغ الاختتام (صيغة 2023)"), (),
       """وتراهن المديرية العامة للأمن الوطني من وراء تنظيم أيام الأبواب المفتوحة للأمن
       الوطني، بشكل دوري في مدن مختلفة، تعزيز شرطة القرب، وتدعيم الانفتاح المرفقي للمرفق
       العام الشرطي، فضلا عن ملاءمة مخططات العمل الأمني مع الانتظارات الحقيقية
       للمواطنين."""),
    _p("social_media", msg("النقل المباشر على شبكات التواصل الاجتماعي"), ("عدد المشاهدات",),
       """على شبكات التواصل الاجتماعي لضمان النقل المباشر لمختلف فعاليات هذه التظاهرة،
       وهو ما مكن من تحقيق {عدد المشاهدات}"""),
    _p("staff_duties", msg("مهام موظفي الشرطة المجندين"), (),
       """للمشاركة في تقديم العروض المهنية، والتفاعل مع المواطنات والمواطنين في مختلف
       الأروقة المقامة، وكذا تأمين الفضاء الذي احتضن هذه التظاهرة"""),
    _p("pavilions_purpose", msg("وصف الأروقة الموضوعاتية"), (),
       """تعرف بمختلف التخصصات المهنية والشرطية وتستعرض لمحة شاملة عن التطبيقات
       المعلوماتية والأنظمة التقنية التي طورتها المديرية العامة للأمن الوطني لخدمة أمن
       المواطنين"""),
    _p("joint_partnership", msg("ما تترجمه الأروقة المشتركة"),
       ("المؤسسات",), "تترجم عمق الشراكة مع {المؤسسات}"),
    _p("seminars_intro", msg("مدخل فقرة الندوات"), (),
       """كما واصلت الدورة الحالية لأيام الأبواب المفتوحة مسار الانفتاح على مختلف فعاليات
       المجتمع المدني والشركاء المؤسساتيين، من خلال تنظيم"""),
    _p("blood_partnership", msg("شراكة التبرع بالدم"),
       ("الشريك",),
       "في إطار الشراكة القائمة بين المديرية العامة للأمن الوطني و{الشريك}"),
    _p("blood_drive", msg("حصيلة التبرع بالدم"), ("عدد المتبرعين",),
       """تكلل بتسجيل {عدد المتبرعين} من جانب موظفي الشرطة والزوار بغرض تعزيز الاحتياطي
       الوطني من هذه المادة الحيوية."""),
    _p("schools_breakdown", msg("التلاميذ ومؤسساتهم"),
       ("عدد المؤسسات",),
       """من فئة التلاميذ الذين يمثلون {عدد المؤسسات} ومدرسة للتعليم العتيق وحفظ القرآن
       الكريم"""),
    _p("media_breakdown", msg("المراسلون والمنابر الإعلامية"),
       ("عدد المنابر",), "مراسلي {عدد المنابر} وقناة تلفزية وطنية ومحلية"),
    _p("home_towns", msg("مدن قدوم الزوار"), ("المدن",),
       "وقد توافد الزوار على فضاء هذه التظاهرة من مدن {المدن}."),
    _p("media_activities", msg("الأنشطة الإعلامية"), ("عدد الأنشطة",),
       """كما تم خلال هذه الدورة إنجاز {عدد الأنشطة} لمواكبة مختلف فعاليات هذه
       التظاهرة."""),
    _p("opening_mandate", msg("إطار تنظيم التظاهرة (بلاغ الإعلان)"), (),
       """وتنظم هذه التظاهرة التواصلية، تنفيذا للتعليمات الملكية السامية القاضية بتحديث
       المرفق العام الشرطي، وتجويد الخدمات الأمنية المقدمة لعموم المواطنين والأجانب
       المقيمين والسياح الزائرين، وتوطيدا للمقاربة التواصلية الرامية لإرساء وتنزيل مفهوم
       الشرطة المواطنة."""),
    _p("opening_purpose", msg("هدف التظاهرة (بلاغ الإعلان)"),
       ("مكان الدورة في السلسلة",),
       """وتهدف التظاهرة، {مكان الدورة في السلسلة}، بأبعادها التحسيسية ومقاصدها
       التوعوية، إلى دعم انفتاح المديرية العامة للأمن الوطني على محيطها المجتمعي."""),
    _p("opening_aims", msg("ما تطلع عليه التظاهرة المواطن (بلاغ الإعلان)"), (),
       """كما تهدف إلى إطلاع المواطن على كافة المهام التي تضطلع بها مختلف الوحدات
       والتشكيلات الأمنية المجندة لخدمته وضمان أمنه وسلامة ممتلكاته، وكذا استعراض جميع
       التجهيزات والمعدات والآليات المتطورة الموضوعة رهن إشارة مصالح الأمن الوطني."""),
    _p("daily_turnout", msg("الإقبال الجماهيري (النشرة اليومية)"), (),
       """أن الأبواب المفتوحة تواصل تسجيل إقبال جماهيري كثيف، خصوصا من جانب تلاميذ
       المؤسسات التعليمية العمومية والخاصة وباقي الشرائح المجتمعية"""),
    _p("daily_media", msg("تغطية وسائل الإعلام (النشرة اليومية)"),
       ("المدة", "عدد الوسائل"),
       """كما شارك في مواكبة وتغطية أنشطة هذه التظاهرة {المدة}، وفق اللجنة المنظمة،
       {عدد الوسائل}، محلية وجهوية ووطنية ودولية."""),
    _p("daily_statements", msg("التصريحات الصحفية (النشرة اليومية)"), ("المدة", "عدد التصريحات"),
       """وبحسب المصدر ذاته، فقد قدم أطر الأمن الوطني، الذين يشرفون على الأروقة المقامة في
       فضاء أيام الأبواب المفتوحة، {المدة}، ما مجموعه {عدد التصريحات} لمختلف المنابر
       الإعلامية والقنوات التلفزية والمحطات الإذاعية التي تواكب هذه التظاهرة المجتمعية في
       بعدها التواصلي."""),
)

def _fr(key: str, label: Message, slots: tuple[str, ...], text: str) -> BuiltinPhrase:
    return _p(FR_PREFIX + key, label, slots, text)


#: The French templates' standing sentences (the office's French wording).
BUILTIN_PHRASES_FR: tuple[BuiltinPhrase, ...] = (
    _fr("closing_purpose", msg("الفقرة الختامية لبلاغ الاختتام (فرنسية)"), (),
        """À travers l'organisation périodique des Journées portes ouvertes dans différentes
        villes, la DGSN entend renforcer la police de proximité, consolider l'ouverture du
        service public policier sur la société et adapter les plans d'action sécuritaires aux
        attentes réelles des citoyens."""),
    _fr("social_media", msg("النقل المباشر على شبكات التواصل الاجتماعي (فرنسية)"), ("vues",),
        "ont assuré la retransmission en direct des activités, totalisant {vues}"),
    _fr("media_activities", msg("الأنشطة الإعلامية (فرنسية)"),
        ("activités",),
        """Cette édition a également donné lieu à {activités} pour accompagner ses
        différentes activités."""),
    _fr("home_towns", msg("مدن قدوم الزوار (فرنسية)"),
        ("provenances",), "Les visiteurs sont venus notamment {provenances}."),
    _fr("staff_duties", msg("مهام موظفي الشرطة المجندين (فرنسية)"), (),
        """pour présenter les démonstrations professionnelles, échanger avec les citoyennes
        et les citoyens dans les différents stands et sécuriser le site de la
        manifestation"""),
    _fr("pavilions_purpose", msg("وصف الأروقة الموضوعاتية (فرنسية)"),
        (), """aux différentes spécialités policières et présentant les applications
        informatiques et les systèmes techniques développés par la DGSN au service de la
        sécurité des citoyens"""),
    _fr("joint_partnership", msg("ما تترجمه الأروقة المشتركة (فرنسية)"), ("institutions",),
        "traduisant la profondeur du partenariat avec {institutions}"),
    _fr("seminars_intro", msg("مدخل فقرة الندوات (فرنسية)"), (),
        """La présente édition a poursuivi son ouverture sur les acteurs de la société civile
        et les partenaires institutionnels à travers l'organisation"""),
    _fr("seminars_topics", msg("مواضيع الندوات والمشاركون فيها (فرنسية)"), ("sujets",),
        """portant sur des sujets d'actualité tels que {sujets}, auxquelles ont pris part des
        experts et des représentants des différents secteurs gouvernementaux et
        professionnels"""),
    _fr("blood_partnership", msg("شراكة التبرع بالدم (فرنسية)"),
        ("partenaires",), "dans le cadre du partenariat entre la DGSN et {partenaires}"),
    _fr("blood_drive", msg("حصيلة التبرع بالدم (فرنسية)"), ("donneurs",),
        """avec {donneurs} parmi les fonctionnaires de police et les visiteurs, afin de
        renforcer les réserves nationales de cette matière vitale."""),
    _fr("opening_mandate", msg("إطار تنظيم التظاهرة (بلاغ الإعلان، فرنسية)"), (),
        """Cette manifestation de communication est organisée en application des Hautes
        Instructions Royales relatives à la modernisation du service public policier et à
        l'amélioration des prestations sécuritaires offertes à l'ensemble des citoyens, aux
        étrangers résidents et aux touristes, et pour consolider l'approche de communication
        visant à ancrer le concept de police citoyenne."""),
    _fr("opening_purpose", msg("هدف التظاهرة (بلاغ الإعلان، فرنسية)"), ("place dans la série",),
        """{place dans la série}, cette manifestation vise, par sa dimension de
        sensibilisation, à renforcer l'ouverture de la DGSN sur son environnement
        sociétal."""),
    _fr("opening_aims", msg("ما تطلع عليه التظاهرة المواطن (بلاغ الإعلان، فرنسية)"), (),
        """Elle vise également à faire connaître au citoyen l'ensemble des missions assurées
        par les différentes unités et formations de la sûreté nationale mobilisées à son
        service pour garantir sa sécurité et celle de ses biens, et à présenter les
        équipements et moyens modernes mis à la disposition des services de la sûreté
        nationale."""),
    _fr("opening_seminars_intro", msg("مدخل فقرة الندوات (بلاغ الإعلان، فرنسية)"), (),
        "Le programme de cette édition prévoit également l'organisation"),
    _fr("opening_seminars_guests", msg("المشاركون في الندوات (بلاغ الإعلان، فرنسية)"), (),
        """avec la participation d'experts et de représentants des différents secteurs
        gouvernementaux et professionnels."""),
    _fr("opening_blood_drive", msg("فضاء التبرع بالدم (بلاغ الإعلان، فرنسية)"), ("partenaires",),
        """Un espace dédié au don de sang sera également aménagé, dans le cadre du partenariat
        entre la DGSN et {partenaires}, afin de renforcer les réserves nationales de cette
        matière vitale."""),
    _fr("daily_turnout", msg("الإقبال الجماهيري (النشرة اليومية، فرنسية)"), (),
        """a indiqué que les JPO continuent d'enregistrer une forte affluence, notamment des
        élèves des établissements d'enseignement publics et privés et des différentes
        catégories de la société"""),
    _fr("daily_media", msg("تغطية وسائل الإعلام (النشرة اليومية، فرنسية)"), ("période", "médias"),
        """Selon le comité d'organisation, les activités de cette manifestation ont été
        couvertes, au cours {période}, par {médias}."""),
    _fr("daily_statements", msg("التصريحات الصحفية (النشرة اليومية، فرنسية)"),
        ("période", "déclarations"),
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
        raise BalaghError(msg("لا توجد عبارة ثابتة بالمفتاح «{key}»", key=key))
    if not text.strip():
        raise BalaghError(msg(
            "العبارة «{label}» فارغة",
            label=builtin.label,
        ))
    if SLOT_RE.sub("", text).count("{") or SLOT_RE.sub("", text).count("}"):
        raise BalaghError(
            msg(
                "العبارة «{label}»: قوس «{{» أو «}}» دون خانة مكتملة",
                label=builtin.label,
            ))
    unknown = [slot for slot in slots_of(text) if slot not in builtin.slots]
    if unknown:
        offered = "، ".join(f"{{{s}}}" for s in builtin.slots) or "لا شيء"
        offered_fr = ", ".join(f"{{{s}}}" for s in builtin.slots) or "aucun"
        raise BalaghError(msg(
            "العبارة «{label}»: الخانة «{{{unknown}}}» غير معروفة؛ الخانات المتاحة: {offered}",
            label=builtin.label, unknown=unknown[0],
            offered=PerLanguage(ar=offered, fr=offered_fr)))


def fill(text: str, values: Mapping[str, str]) -> str:
    """The text with each «{slot}» replaced by its value (a slot without value: BalaghError).

    ``fill("بمدينة {المدينة}", {"المدينة": "فاس"})`` → «بمدينة فاس».
    """

    def value(match: re.Match[str]) -> str:
        name = match.group(1).strip()
        if name not in values:
            raise BalaghError(msg("الخانة «{{{name}}}» لا قيمة لها في هذه الجملة", name=name))
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
            raise BalaghError(msg("لا توجد عبارة ثابتة بالمفتاح «{stored}»", stored=stored))
        return fill(texts[stored], values or {})

    return say
