"""The rules an edition must satisfy before anything is written.

:func:`validate_edition` returns every problem at once (an empty list means the edition may
be saved); each :class:`~balagh.core.errors.Problem` names its field with a stable path
(``number``, ``end_date``, ``figures.peak_visitors.days``, ``daily_visitors.2023-05-25`` …)
and with the Arabic label the staff see («رقم الدورة», «تاريخ النهاية», or the figure's
catalogue label such as «زوار أيام الذروة»). ``message_fr`` repeats the field in French.

Figures that are part of the total (peak days, first days, the daily rows) are checked
against ``visitors_total`` according to the total's qualifier:

* ``exact``: the part may not exceed the total;
* ``about`` («ناهز»): the total is a rounded estimate, so the part may exceed it by up to
  5 % (:data:`ABOUT_TOLERANCE`) — «ناهز مليون و150 ألف» covers 1,160,000 counted at the gates;
* ``more_than`` («أكثر من»): the total is only a lower bound, so no part can contradict it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping

from balagh.core.digits import DigitsError, parse_integer
from balagh.core.errors import Problem, ValidationFailed
from balagh.core.model import Edition, FigureKind, FigureValue
from balagh.core.validation_days import ABOUT_TOLERANCE as ABOUT_TOLERANCE
from balagh.core.validation_days import check_as_of, max_part

#: The largest figure accepted (the database stores figures as 64-bit signed integers).
MAX_FIGURE = 2**63 - 1

#: The largest edition number accepted (a 32-bit signed integer column).
MAX_EDITION_NUMBER = 2**31 - 1

#: The longest an edition may last, in days (first and last day included).
MAX_EDITION_DAYS = 60

#: The years an edition may start in: from the founding of the DGSN (1956) to 2100.
FIRST_YEAR = 1956
LAST_YEAR = 2100

#: Arabic and French names of the edition's fields, as the forms and messages show them.
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "number": ("رقم الدورة", "Numéro de l'édition"),
    "city": ("المدينة", "Ville"),
    "city_ar": ("المدينة (بالعربية)", "Ville (arabe)"),
    "city_fr": ("المدينة (بالفرنسية)", "Ville (français)"),
    "venue": ("مكان التنظيم", "Lieu"),
    "venue_ar": ("مكان التنظيم (بالعربية)", "Lieu (arabe)"),
    "venue_fr": ("مكان التنظيم (بالفرنسية)", "Lieu (français)"),
    "start_date": ("تاريخ البداية", "Date de début"),
    "end_date": ("تاريخ النهاية", "Date de fin"),
    "theme": ("شعار الدورة", "Thème"),
    "notes": ("ملاحظات", "Notes"),
    "figures": ("الأرقام", "Chiffres"),
    "daily_visitors": ("الزوار حسب الأيام", "Visiteurs par jour"),
    "audiences": ("فئات الزوار", "Publics"),
    "partners": ("الشركاء", "Partenaires"),
    "joint_pavilions": ("الأروقة المشتركة", "Pavillons communs"),
    "seminars": ("الندوات", "Séminaires"),
    "highlights": ("أبرز ما ميز الدورة", "Faits marquants"),
    "noun_highlights": ("أبرز ما ميز الدورة (بصيغة اسمية)", "Faits marquants (groupes nominaux)"),
    "home_towns": ("مدن قدوم الزوار", "Villes d'origine des visiteurs"),
    "demonstration_units": ("الوحدات المقدمة للعروض", "Unités des démonstrations"),
    "as_of": ("الأرقام حسب الأيام", "Chiffres par jour"),
    "release_options": ("خيارات صياغة البلاغات", "Options de rédaction"),
}

_TOTAL_KEY = "visitors_total"
_PARTS_OF_TOTAL = ("peak_visitors", "first_days_visitors")
_TEXT_LISTS = ("audiences", "partners", "seminars", "highlights", "noun_highlights",
               "home_towns", "demonstration_units")


def label_ar(field: str) -> str:
    """The Arabic label of an edition field: ``label_ar("end_date") == "تاريخ النهاية"``."""
    return FIELD_LABELS.get(field, (field, field))[0]


def label_fr(field: str) -> str:
    """The French label of an edition field: ``label_fr("end_date") == "Date de fin"``."""
    return FIELD_LABELS.get(field, (field, field))[1]


def _field_problem(field: str, message_ar: str, message_fr: str, path: str = "") -> Problem:
    return Problem(path or field, label_ar(field), message_ar, f"{label_fr(field)} : {message_fr}")


def _figure_labels(key: str, catalogue: Mapping[str, FigureKind]) -> tuple[str, str]:
    kind = catalogue.get(key)
    if kind is None:
        return f"«{key}»", key
    return kind.label_ar, kind.label_fr


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _dates_known(edition: Edition) -> bool:
    """Whether the edition's period makes sense; when the end comes before the start, that
    is the problem reported, not every day falling "outside" an impossible period."""
    return edition.start_date <= edition.end_date


def _date_range_text(edition: Edition) -> tuple[str, str]:
    start, end = edition.start_date.isoformat(), edition.end_date.isoformat()
    return f"من {start} إلى {end}", f"du {start} au {end}"


def _check_header(
    edition: Edition, taken_numbers: Collection[int], problems: list[Problem]
) -> None:
    if edition.number < 1:
        problems.append(_field_problem(
            "number", "يجب أن يكون رقم الدورة عددا صحيحا يساوي 1 أو أكثر",
            "doit être un entier supérieur ou égal à 1"))
    elif edition.number > MAX_EDITION_NUMBER:
        problems.append(_field_problem(
            "number", f"الرقم {edition.number} كبير جدا لرقم دورة",
            f"le numéro {edition.number} est trop grand"))
    elif edition.number in taken_numbers:
        problems.append(_field_problem(
            "number", f"توجد دورة أخرى تحمل الرقم {edition.number}",
            f"une autre édition porte déjà le numéro {edition.number}"))
    if not edition.city_ar.strip():
        problems.append(_field_problem(
            "city_ar", "يجب كتابة اسم المدينة بالعربية", "le nom arabe de la ville manque"))
    start_year = edition.start_date.year
    if not FIRST_YEAR <= start_year <= LAST_YEAR:
        problems.append(_field_problem(
            "start_date",
            f"سنة البداية {start_year} غير معقولة: يجب أن تكون بين {FIRST_YEAR} (تأسيس المديرية"
            f" العامة للأمن الوطني) و{LAST_YEAR}",
            f"l'année {start_year} n'est pas plausible : elle doit être comprise entre"
            f" {FIRST_YEAR} (création de la DGSN) et {LAST_YEAR}"))
    if edition.end_date < edition.start_date:
        problems.append(_field_problem(
            "end_date",
            f"تاريخ النهاية {edition.end_date.isoformat()} يسبق تاريخ البداية "
            f"{edition.start_date.isoformat()}",
            f"la date de fin {edition.end_date.isoformat()} précède la date de début "
            f"{edition.start_date.isoformat()}"))
    else:
        days = (edition.end_date - edition.start_date).days + 1
        if days > MAX_EDITION_DAYS:
            problems.append(_field_problem(
                "end_date",
                f"الدورة تمتد {days} يوما (من {edition.start_date.isoformat()} إلى "
                f"{edition.end_date.isoformat()})، وأقصى مدة مقبولة {MAX_EDITION_DAYS} يوما؛"
                " تحقق من التاريخين",
                f"l'édition dure {days} jours (du {edition.start_date.isoformat()} au "
                f"{edition.end_date.isoformat()}), au plus {MAX_EDITION_DAYS} jours admis ;"
                " vérifiez les dates"))


def _check_figure(
    edition: Edition,
    key: str,
    figure: FigureValue,
    catalogue: Mapping[str, FigureKind],
    problems: list[Problem],
) -> None:
    name_ar, name_fr = _figure_labels(key, catalogue)
    kind = catalogue.get(key)
    if kind is None:
        problems.append(Problem(
            f"figures.{key}", name_ar, "ليس من أنواع الأرقام المعروفة في الفهرس",
            f"« {key} » n'est pas un chiffre connu du catalogue"))
    value_path = f"figures.{key}.value"
    if not _is_count(figure.value):
        problems.append(Problem(value_path, name_ar, "يجب أن تكون القيمة عددا صحيحا",
                                f"{name_fr} : la valeur doit être un entier"))
    elif figure.value < 0:
        problems.append(Problem(
            value_path, name_ar, f"لا يمكن أن تكون القيمة سالبة ({figure.value})",
            f"{name_fr} : la valeur ne peut pas être négative ({figure.value})"))
    elif figure.value > MAX_FIGURE:
        problems.append(Problem(
            value_path, name_ar,
            f"القيمة {figure.value} أكبر مما يمكن تسجيله (الحد الأقصى {MAX_FIGURE})",
            f"{name_fr} : la valeur {figure.value} est trop grande (au plus {MAX_FIGURE})"))

    days_path = f"figures.{key}.days"
    days_label = f"{name_ar} (الأيام)"
    if figure.days and kind is not None and not kind.has_days:
        problems.append(Problem(
            days_path, days_label, "هذا الرقم لا تسجل معه أيام",
            f"{name_fr} (jours) : ce chiffre ne porte pas de jours"))
    seen: set[dt.date] = set()
    range_ar, range_fr = _date_range_text(edition)
    for day in figure.days:
        if day in seen:
            problems.append(Problem(
                days_path, days_label, f"اليوم {day.isoformat()} مذكور أكثر من مرة",
                f"{name_fr} (jours) : le {day.isoformat()} figure plusieurs fois"))
        seen.add(day)
        if _dates_known(edition) and not edition.start_date <= day <= edition.end_date:
            problems.append(Problem(
                days_path, days_label,
                f"اليوم {day.isoformat()} خارج فترة الدورة ({range_ar})",
                f"{name_fr} (jours) : le {day.isoformat()} est hors de l'édition "
                f"({range_fr})"))


def _check_parts_of_total(
    edition: Edition, catalogue: Mapping[str, FigureKind], problems: list[Problem]
) -> None:
    total = edition.figures.get(_TOTAL_KEY)
    if total is None or not _is_count(total.value) or total.value < 0:
        return
    limit = max_part(total)
    if limit is None:
        return
    total_ar, total_fr = _figure_labels(_TOTAL_KEY, catalogue)
    for key in _PARTS_OF_TOTAL:
        part = edition.figures.get(key)
        if part is None or not _is_count(part.value) or part.value <= limit:
            continue
        name_ar, name_fr = _figure_labels(key, catalogue)
        problems.append(Problem(
            f"figures.{key}.value", name_ar,
            f"القيمة {part.value} تفوق {total_ar} ({total.value})",
            f"{name_fr} : {part.value} dépasse {total_fr.lower()} ({total.value})"))
    daily_sum = sum(v for v in edition.daily_visitors.values() if v >= 0)
    if edition.daily_visitors and daily_sum > limit:
        problems.append(_field_problem(
            "daily_visitors",
            f"مجموع الزوار حسب الأيام ({daily_sum}) يفوق {total_ar} ({total.value})",
            f"la somme des visiteurs par jour ({daily_sum}) dépasse "
            f"{total_fr.lower()} ({total.value})"))


def _check_daily(edition: Edition, problems: list[Problem]) -> None:
    range_ar, range_fr = _date_range_text(edition)
    for day in sorted(edition.daily_visitors):
        value = edition.daily_visitors[day]
        path = f"daily_visitors.{day.isoformat()}"
        label = f"زوار يوم {day.isoformat()}"
        if _dates_known(edition) and not edition.start_date <= day <= edition.end_date:
            problems.append(Problem(
                path, label, f"هذا اليوم خارج فترة الدورة ({range_ar})",
                f"Visiteurs du {day.isoformat()} : jour hors de l'édition ({range_fr})"))
        if value < 0:
            problems.append(Problem(
                path, label, f"لا يمكن أن يكون عدد الزوار سالبا ({value})",
                f"Visiteurs du {day.isoformat()} : nombre négatif ({value})"))
        elif value > MAX_FIGURE:
            problems.append(Problem(
                path, label, f"القيمة {value} أكبر مما يمكن تسجيله",
                f"Visiteurs du {day.isoformat()} : la valeur {value} est trop grande"))


def _same_text(text: str) -> str:
    """The form two list items are compared in: spaces collapsed, Latin case ignored."""
    return " ".join(text.split()).casefold()


def _check_duplicates(
    field: str, items: list[str], path: str, problems: list[Problem], where: tuple[str, str]
) -> None:
    """One problem per item that repeats an earlier one of the same list."""
    first_seen: dict[str, int] = {}
    for index, item in enumerate(items):
        key = _same_text(item)
        if not key:
            continue
        if key in first_seen:
            earlier = first_seen[key] + 1
            problems.append(_field_problem(
                field,
                f"{where[0]}العنصر {index + 1} «{item.strip()}» مكرر (هو نفسه العنصر {earlier})",
                f"{where[1]}l'élément {index + 1} « {item.strip()} » est en double"
                f" (identique à l'élément {earlier})",
                path=f"{path}.{index}"))
        else:
            first_seen[key] = index


def _check_texts(edition: Edition, problems: list[Problem]) -> None:
    for field in _TEXT_LISTS:
        items: list[str] = getattr(edition, field)
        for index, item in enumerate(items):
            if not item.strip():
                problems.append(_field_problem(
                    field, f"العنصر {index + 1} فارغ", f"l'élément {index + 1} est vide",
                    path=f"{field}.{index}"))
        _check_duplicates(field, items, field, problems, ("", ""))
    for index, pavilion in enumerate(edition.joint_pavilions):
        path = f"joint_pavilions.{index}.partners"
        if not [p for p in pavilion.partners if p.strip()]:
            problems.append(_field_problem(
                "joint_pavilions", f"الرواق المشترك {index + 1} بلا شريك",
                f"le pavillon commun {index + 1} n'a aucun partenaire", path=path))
        _check_duplicates(
            "joint_pavilions", pavilion.partners, path, problems,
            (f"شركاء الرواق المشترك {index + 1}: ",
             f"partenaires du pavillon commun {index + 1} : "))


def validate_edition(
    edition: Edition,
    catalogue: Mapping[str, FigureKind],
    *,
    taken_numbers: Collection[int] = (),
) -> list[Problem]:
    """Every problem with ``edition``, in field order; an empty list means it may be saved.

    ``catalogue`` maps figure keys to their kinds (e.g. ``DEFAULT_BY_KEY``);
    ``taken_numbers`` are the numbers of the *other* editions already recorded.
    Example: an edition ending before it starts gives one Problem with ``field ==
    "end_date"`` and ``label_ar == "تاريخ النهاية"``.
    """
    from balagh.core.input_policy import edition_input_problems

    problems: list[Problem] = edition_input_problems(edition)
    _check_header(edition, taken_numbers, problems)
    for key, figure in edition.figures.items():
        _check_figure(edition, key, figure, catalogue, problems)
    _check_parts_of_total(edition, catalogue, problems)
    _check_daily(edition, problems)
    _check_texts(edition, problems)
    problems.extend(check_as_of(edition, catalogue))
    return problems


def parse_figure_text(key: str, text: str, catalogue: Mapping[str, FigureKind]) -> int:
    """Read the value typed for figure ``key``; raise ValidationFailed naming the figure.

    ``parse_figure_text("blood_donors", "٤٦٥", DEFAULT_BY_KEY) == 465``; for «-5» the
    problem reads «المتبرعون بالدم: «-5»: لا يمكن أن يكون الرقم سالبا…».
    """
    name_ar, name_fr = _figure_labels(key, catalogue)
    path = f"figures.{key}.value"
    if key not in catalogue:
        raise ValidationFailed([Problem(
            f"figures.{key}", name_ar, "ليس من أنواع الأرقام المعروفة في الفهرس",
            f"« {key} » n'est pas un chiffre connu du catalogue")])
    try:
        value = parse_integer(text)
    except DigitsError as exc:
        raise ValidationFailed(
            [Problem(path, name_ar, exc.message_ar, f"{name_fr} : {exc.message_fr}")]
        ) from exc
    if value > MAX_FIGURE:
        raise ValidationFailed([Problem(
            path, name_ar, f"القيمة {value} أكبر مما يمكن تسجيله",
            f"{name_fr} : la valeur {value} est trop grande")])
    return value
