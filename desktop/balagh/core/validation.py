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
from balagh.messages import Localizable, Message, PerLanguage, msg, pmsg

#: The largest figure accepted (the database stores figures as 64-bit signed integers).
MAX_FIGURE = 2**63 - 1

#: The largest edition number accepted (a 32-bit signed integer column).
MAX_EDITION_NUMBER = 2**31 - 1

#: The longest an edition may last, in days (first and last day included).
MAX_EDITION_DAYS = 60

#: The years an edition may start in: from the founding of the DGSN (1956) to 2100.
FIRST_YEAR = 1956
LAST_YEAR = 2100

#: The names of the edition's fields, as the forms and messages show them (French in fr.po).
FIELD_LABELS: dict[str, Message] = {
    "number": pmsg("field", "رقم الدورة"),
    "city": pmsg("field", "المدينة"),
    "city_ar": pmsg("field", "المدينة (بالعربية)"),
    "city_fr": pmsg("field", "المدينة (بالفرنسية)"),
    "venue": pmsg("field", "مكان التنظيم"),
    "venue_ar": pmsg("field", "مكان التنظيم (بالعربية)"),
    "venue_fr": pmsg("field", "مكان التنظيم (بالفرنسية)"),
    "start_date": pmsg("field", "تاريخ البداية"),
    "end_date": pmsg("field", "تاريخ النهاية"),
    "theme": pmsg("field", "شعار الدورة"),
    "notes": pmsg("field", "ملاحظات"),
    "figures": pmsg("field", "الأرقام"),
    "daily_visitors": pmsg("field", "الزوار حسب الأيام"),
    "audiences": pmsg("field", "فئات الزوار"),
    "partners": pmsg("field", "الشركاء"),
    "joint_pavilions": pmsg("field", "الأروقة المشتركة"),
    "seminars": pmsg("field", "الندوات"),
    "highlights": pmsg("field", "أبرز ما ميز الدورة"),
    "noun_highlights": pmsg("field", "أبرز ما ميز الدورة (بصيغة اسمية)"),
    "home_towns": pmsg("field", "مدن قدوم الزوار"),
    "demonstration_units": pmsg("field", "الوحدات المقدمة للعروض"),
    "as_of": pmsg("field", "الأرقام حسب الأيام"),
    "release_options": pmsg("field", "خيارات صياغة البلاغات"),
}

_TOTAL_KEY = "visitors_total"




def too_large(value: int) -> Message:
    """A figure above what the database stores, with the limit stated (one sentence for the
    typed figures, the daily visitors and imported editions)."""
    return msg("القيمة {value} أكبر مما يمكن تسجيله (الحد الأقصى {limit})",
               value=value, limit=MAX_FIGURE)

def _unknown_figure(key: str) -> Message:
    return msg("«{key}» ليس من أنواع الأرقام المعروفة في الفهرس", key=key)
_PARTS_OF_TOTAL = ("peak_visitors", "first_days_visitors")
_TEXT_LISTS = ("audiences", "partners", "seminars", "highlights", "noun_highlights",
               "home_towns", "demonstration_units")


def field_label(field: str) -> Localizable:
    """The name of an edition field in every language (the key itself when unknown)."""
    return FIELD_LABELS.get(field) or PerLanguage(ar=field)


def label_ar(field: str) -> str:
    """The Arabic label of an edition field: ``label_ar("end_date") == "تاريخ النهاية"``."""
    return field_label(field).text("ar")


def label_fr(field: str) -> str:
    """The French label of an edition field: ``label_fr("end_date") == "Date de fin"``."""
    return field_label(field).text("fr")


def _field_problem(field: str, message: Message, path: str = "") -> Problem:
    return Problem(path or field, field_label(field), message)


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


def _date_range_text(edition: Edition) -> Message:
    return msg("من {start} إلى {end}", start=edition.start_date.isoformat(),
               end=edition.end_date.isoformat())


def _check_header(
    edition: Edition, taken_numbers: Collection[int], problems: list[Problem]
) -> None:
    if edition.number < 1:
        problems.append(_field_problem(
            "number", msg("يجب أن يكون رقم الدورة عددا صحيحا يساوي 1 أو أكثر")))
    elif edition.number > MAX_EDITION_NUMBER:
        problems.append(_field_problem(
            "number", msg("الرقم {number} كبير جدا لرقم دورة", number=edition.number)))
    elif edition.number in taken_numbers:
        problems.append(_field_problem(
            "number", msg("توجد دورة أخرى تحمل الرقم {number}", number=edition.number)))
    if not edition.city_ar.strip():
        problems.append(_field_problem(
            "city_ar", msg("يجب كتابة اسم المدينة بالعربية")))
    start_year = edition.start_date.year
    if not FIRST_YEAR <= start_year <= LAST_YEAR:
        problems.append(_field_problem(
            "start_date",
            msg(
                "سنة البداية {start_year} غير معقولة: يجب أن تكون بين {FIRST_YEAR} (تأسيس "
                "المديرية العامة للأمن الوطني) و{LAST_YEAR}",
                start_year=start_year,
                FIRST_YEAR=FIRST_YEAR,
                LAST_YEAR=LAST_YEAR,
            )))
    if edition.end_date < edition.start_date:
        problems.append(_field_problem(
            "end_date",
            msg(
                "تاريخ النهاية {end_date} يسبق تاريخ البداية {start_date}",
                end_date=edition.end_date.isoformat(),
                start_date=edition.start_date.isoformat(),
            )))
    else:
        days = (edition.end_date - edition.start_date).days + 1
        if days > MAX_EDITION_DAYS:
            problems.append(_field_problem(
                "end_date",
                msg(
                    "الدورة تمتد {days} يوما (من {start_date} إلى {end_date})، وأقصى مدة مقبولة "
                    "{MAX_EDITION_DAYS} يوما؛ تحقق من التاريخين",
                    days=days,
                    start_date=edition.start_date.isoformat(),
                    end_date=edition.end_date.isoformat(),
                    MAX_EDITION_DAYS=MAX_EDITION_DAYS,
                )))


def _check_figure(
    edition: Edition,
    key: str,
    figure: FigureValue,
    catalogue: Mapping[str, FigureKind],
    problems: list[Problem],
) -> None:
    name_ar, name_fr = _figure_labels(key, catalogue)
    name = PerLanguage(ar=name_ar, fr=name_fr)
    kind = catalogue.get(key)
    if kind is None:
        problems.append(Problem(f"figures.{key}", name, _unknown_figure(key)))
    value_path = f"figures.{key}.value"
    if not _is_count(figure.value):
        problems.append(Problem(value_path, name, msg("يجب أن تكون القيمة عددا صحيحا")))
    elif figure.value < 0:
        problems.append(Problem(value_path, name, msg(
            "لا يمكن أن تكون القيمة سالبة ({value})",
            value=figure.value,
        )))
    elif figure.value > MAX_FIGURE:
        problems.append(Problem(value_path, name, too_large(figure.value)))

    days_path = f"figures.{key}.days"
    days_label = msg("{name} (الأيام)", name=name)
    if figure.days and kind is not None and not kind.has_days:
        problems.append(Problem(days_path, days_label, msg("هذا الرقم لا تسجل معه أيام")))
    seen: set[dt.date] = set()
    within = _date_range_text(edition)
    for day in figure.days:
        if day in seen:
            problems.append(Problem(days_path, days_label, msg(
                "اليوم {day} مذكور أكثر من مرة",
                day=day.isoformat(),
            )))
        seen.add(day)
        if _dates_known(edition) and not edition.start_date <= day <= edition.end_date:
            problems.append(Problem(days_path, days_label, msg(
                "اليوم {day} خارج فترة الدورة ({range})",
                day=day.isoformat(),
                range=within,
            )))


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
            f"figures.{key}.value", PerLanguage(ar=name_ar, fr=name_fr), msg(
                "القيمة {value} تفوق {total} ({value2})",
                value=part.value,
                total=PerLanguage(ar=total_ar, fr=total_fr.lower()),
                value2=total.value,
            )))
    daily_sum = sum(v for v in edition.daily_visitors.values() if v >= 0)
    if edition.daily_visitors and daily_sum > limit:
        problems.append(_field_problem(
            "daily_visitors",
            msg(
                "مجموع الزوار حسب الأيام ({daily_sum}) يفوق {total} ({value})",
                daily_sum=daily_sum,
                total=PerLanguage(ar=total_ar, fr=total_fr.lower()),
                value=total.value,
            )))


def _check_daily(edition: Edition, problems: list[Problem]) -> None:
    within = _date_range_text(edition)
    for day in sorted(edition.daily_visitors):
        value = edition.daily_visitors[day]
        path = f"daily_visitors.{day.isoformat()}"
        label = msg("زوار يوم {day}", day=day.isoformat())
        if _dates_known(edition) and not edition.start_date <= day <= edition.end_date:
            problems.append(Problem(path, label, msg(
                "هذا اليوم خارج فترة الدورة ({range})",
                range=within,
            )))
        if value < 0:
            problems.append(Problem(path, label, msg(
                "لا يمكن أن يكون عدد الزوار سالبا ({value})",
                value=value,
            )))
        elif value > MAX_FIGURE:
            problems.append(Problem(path, label, too_large(value)))


def _same_text(text: str) -> str:
    """The form two list items are compared in: spaces collapsed, Latin case ignored."""
    return " ".join(text.split()).casefold()


def _check_duplicates(
    field: str, items: list[str], path: str, problems: list[Problem], where: Message | None
) -> None:
    """One problem per item that repeats an earlier one of the same list."""
    first_seen: dict[str, int] = {}
    for index, item in enumerate(items):
        key = _same_text(item)
        if not key:
            continue
        if key in first_seen:
            earlier = first_seen[key] + 1
            repeated = msg("العنصر {number} «{item}» مكرر (هو نفسه العنصر {earlier})",
                           number=index + 1, item=item.strip(), earlier=earlier)
            problems.append(_field_problem(
                field, repeated if where is None else msg("{where}: {problem}", where=where,
                                                          problem=repeated),
                path=f"{path}.{index}"))
        else:
            first_seen[key] = index


def _check_texts(edition: Edition, problems: list[Problem]) -> None:
    for field in _TEXT_LISTS:
        items: list[str] = getattr(edition, field)
        for index, item in enumerate(items):
            if not item.strip():
                problems.append(_field_problem(
                    field, msg("العنصر {number} فارغ", number=index + 1), path=f"{field}.{index}"))
        _check_duplicates(field, items, field, problems, None)
    for index, pavilion in enumerate(edition.joint_pavilions):
        path = f"joint_pavilions.{index}.partners"
        if not [p for p in pavilion.partners if p.strip()]:
            problems.append(_field_problem(
                "joint_pavilions", msg("الرواق المشترك {number} بلا شريك", number=index + 1),
                path=path))
        _check_duplicates(
            "joint_pavilions", pavilion.partners, path, problems,
            msg("شركاء الرواق المشترك {number}", number=index + 1))


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
    name = PerLanguage(ar=name_ar, fr=name_fr)
    path = f"figures.{key}.value"
    if key not in catalogue:
        raise ValidationFailed([Problem(f"figures.{key}", name, _unknown_figure(key))])
    try:
        value = parse_integer(text)
    except DigitsError as exc:
        raise ValidationFailed([Problem(path, name, exc.message)]) from exc
    if value > MAX_FIGURE:
        raise ValidationFailed([Problem(path, name, too_large(value))])
    return value
