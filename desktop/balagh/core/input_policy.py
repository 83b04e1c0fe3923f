"""What Balagh accepts as input, the same for every path: the form, a paste, a JSON file, the
command line. :func:`balagh.core.validation.validate_edition` applies it to every edition, so
no path can skip it.

* **Numbers**: any format or control character is refused («\u202e0032» would be shown as
  2300 by a bidi-aware viewer and read as 32); only a direction mark at either end (which
  Arabic keyboards add) or one isolate pair around the whole number is tolerated.
* **Texts**: C0 and C1 control characters (NUL, ESC, BEL, U+001E…) are refused naming the
  field (tab and line breaks are text); a lone surrogate (invalid Unicode) is refused;
  bidi embeddings and overrides (U+202A–U+202E, which Word pastes) are *removed* with a
  notice (:func:`clean_edition`), because the PDF's typesetting does not apply them and
  would print another order than the editor showed.
* **Limits**, each stated in its message («الحد الأقصى 2000 حرف»): the length of every
  text (:data:`TEXT_LIMITS`), the number of items of every list (:data:`MAX_ITEMS`), the size
  of an imported file (:data:`MAX_IMPORT_BYTES`), the nesting of its JSON
  (:data:`MAX_NESTING`) and the digits of a number (:data:`MAX_NUMBER_DIGITS`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from balagh.core.errors import BalaghError, Problem
from balagh.core.model import Edition
from balagh.messages import Localizable, Message, PerLanguage, msg, pmsg

#: The longest text accepted, by field (characters).
TEXT_LIMITS: dict[str, int] = {
    "city_ar": 100, "city_fr": 100, "venue_ar": 300, "venue_fr": 300, "theme": 500,
    "notes": 5000, "item": 2000, "figure_note": 500, "pavilion_title": 300,
}
#: The most items of one list (audiences, partners, seminars, highlights, pavilions…).
MAX_ITEMS = 200
#: The largest JSON file imported (bytes).
MAX_IMPORT_BYTES = 5_000_000
#: The deepest nesting of a JSON file (an edition file is 4 levels deep).
MAX_NESTING = 20
#: The most digits of a number (figures fit in 64 bits: 19 digits).
MAX_NUMBER_DIGITS = 19

#: Bidi embeddings and overrides: LRE, RLE, PDF, LRO, RLO.
EMBEDDINGS = frozenset("\u202a\u202b\u202c\u202d\u202e")
_EDGE_MARKS = frozenset("\u200e\u200f\u061c")  # LRM, RLM, ALM
_ISOLATE_OPEN = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI
_PDI = "\u2069"
_TEXT_CONTROLS_ALLOWED = frozenset("\t\n\r")


def char_name(ch: str) -> str:
    """«U+202E RIGHT-TO-LEFT OVERRIDE» (the code point and its Unicode name)."""
    name = unicodedata.name(ch, "") or {"\x00": "NULL", "\x1b": "ESCAPE", "\x07": "BELL"}.get(
        ch, "CONTROL")
    return f"U+{ord(ch):04X} {name}"


def _is_control(ch: str) -> bool:
    return unicodedata.category(ch) == "Cc" and ch not in _TEXT_CONTROLS_ALLOWED


def _is_surrogate(ch: str) -> bool:
    return 0xD800 <= ord(ch) <= 0xDFFF


def number_text_problem(text: str) -> Message | None:
    """Why ``text`` may not be read as a number because of an invisible character (Arabic,
    French), or None. Direction marks at the ends and one isolate pair around it pass."""
    inner = text.strip().strip("".join(_EDGE_MARKS)).strip()
    if len(inner) >= 2 and inner[0] in _ISOLATE_OPEN and inner[-1] == _PDI:
        inner = inner[1:-1]
    for ch in inner:
        if _is_surrogate(ch) or unicodedata.category(ch) in ("Cc", "Cf"):
            name = char_name(ch)
            return msg("يحتوي على محرف غير مرئي ({name}) قد يغير ترتيب الأرقام عند عرضها؛ "
                       "أعد كتابة الرقم بالأرقام وحدها", name=name)
    digits = sum(ch.isdigit() for ch in inner)
    if digits > MAX_NUMBER_DIGITS:
        return msg("عدد طويل جدا ({digits} رقما)؛ الحد الأقصى {limit} رقما", digits=digits,
                   limit=MAX_NUMBER_DIGITS)
    return None


def text_problems(text: str, path: str, label: Localizable, limit: int) -> list[Problem]:
    """The problems of one text field: controls, lone surrogates, length over ``limit``."""
    found: list[Problem] = []
    bad = next((ch for ch in text if _is_surrogate(ch)), None)
    if bad is not None:
        found.append(Problem(
            path, label, msg(
                "النص يحتوي على محرف غير صالح في يونيكود (U+{code:04X})؛ أعد كتابة النص أو انسخه "
                "من مصدر آخر",
                code=ord(bad),
            )))
    control = next((ch for ch in text if _is_control(ch)), None)
    if control is not None:
        name = char_name(control)
        found.append(Problem(
            path, label,
            msg("النص يحتوي على محرف تحكم غير مرئي ({name})؛ احذفه", name=name)))
    if len(text) > limit:
        found.append(Problem(
            path, label, msg(
                "النص طويل جدا ({length} حرفا)؛ الحد الأقصى {limit} حرف",
                length=len(text),
                limit=limit,
            )))
    return found


def count_problem(count: int, path: str, label: Localizable,
                  limit: int = MAX_ITEMS) -> Problem | None:
    """A list with more than ``limit`` items."""
    if count <= limit:
        return None
    return Problem(path, label, msg("القائمة طويلة جدا ({count} عنصرا)؛ الحد الأقصى {limit} عنصر",
                                    count=count, limit=limit))


def _texts(edition: Edition) -> Iterator[tuple[str, str, Localizable, int]]:
    """(text, path, label, limit) for every text of an edition."""
    from balagh.core.validation import field_label

    for field in ("city_ar", "city_fr", "venue_ar", "venue_fr", "theme", "notes"):
        yield getattr(edition, field), field, field_label(field), TEXT_LIMITS[field]
    for field in ("audiences", "partners", "seminars", "highlights"):
        for index, item in enumerate(getattr(edition, field)):
            yield (item, f"{field}.{index}", msg("{field} (العنصر {number})",
                                                 field=field_label(field), number=index + 1),
                   TEXT_LIMITS["item"])
    for index, pavilion in enumerate(edition.joint_pavilions):
        where = msg("الرواق المشترك {number}", number=index + 1)
        yield (pavilion.title, f"joint_pavilions.{index}.title", where,
               TEXT_LIMITS["pavilion_title"])
        for n, name in enumerate(pavilion.partners):
            yield (name, f"joint_pavilions.{index}.partners.{n}",
                   msg("{where} (الشريك {number})", where=where, number=n + 1),
                   TEXT_LIMITS["item"])
    for key, figure in edition.figures.items():
        yield (figure.note, f"figures.{key}.note", msg("ملاحظة الرقم «{key}»", key=key),
               TEXT_LIMITS["figure_note"])


def edition_input_problems(edition: Edition) -> list[Problem]:
    """Every input-policy problem of an edition (texts and list lengths)."""
    from balagh.core.validation import label_ar, label_fr

    found: list[Problem] = []
    for field in ("audiences", "partners", "seminars", "highlights", "joint_pavilions"):
        problem = count_problem(len(getattr(edition, field)), field,
                                PerLanguage(ar=label_ar(field), fr=label_fr(field)))
        if problem is not None:
            found.append(problem)
    for index, pavilion in enumerate(edition.joint_pavilions):
        problem = count_problem(len(pavilion.partners), f"joint_pavilions.{index}.partners",
                                msg("شركاء الرواق المشترك {number}", number=index + 1))
        if problem is not None:
            found.append(problem)
    if found:  # a list too long to read: its items are not examined one by one
        return found
    for text, path, label, limit in _texts(edition):
        found += text_problems(text, path, label, limit)
    return found


def without_embeddings(text: str) -> str:
    """``text`` without bidi embeddings and overrides (U+202A–U+202E)."""
    return text.translate({ord(ch): None for ch in EMBEDDINGS}) if text else text


def embedding_notices(edition: Edition) -> list[Problem]:
    """One notice per text that carries bidi embeddings or overrides (they are removed)."""
    return [Problem(path, label, msg(
        "أزيلت منه علامات اتجاه مضمنة (U+202A–U+202E) لا يطبقها إخراج الوثائق، ليطبع كما يظهر؛ "
        "تحقق من ترتيب الكلمات",
    ))
            for text, path, label, _limit in _texts(edition)
            if any(ch in EMBEDDINGS for ch in text)]


def clean_edition(edition: Edition) -> list[Problem]:
    """Remove bidi embeddings and overrides from every text of ``edition`` (in place);
    returns the notices saying which fields changed."""
    notices = embedding_notices(edition)
    if not notices:
        return []
    for field in ("city_ar", "city_fr", "venue_ar", "venue_fr", "theme", "notes"):
        setattr(edition, field, without_embeddings(getattr(edition, field)))
    for field in ("audiences", "partners", "seminars", "highlights"):
        setattr(edition, field, [without_embeddings(t) for t in getattr(edition, field)])
    for pavilion in edition.joint_pavilions:
        pavilion.title = without_embeddings(pavilion.title)
        pavilion.partners = [without_embeddings(p) for p in pavilion.partners]
    for figure in edition.figures.values():
        figure.note = without_embeddings(figure.note)
    return notices


def check_import_text(text: str, name: str = "") -> None:
    """Refuse (BalaghError) a JSON text larger than :data:`MAX_IMPORT_BYTES` or nested
    deeper than :data:`MAX_NESTING`, before it is parsed."""
    size = len(text.encode("utf-8", "surrogatepass"))
    shown = f" {name}" if name else ""
    if size > MAX_IMPORT_BYTES:
        raise BalaghError(
            msg(
                "الملف{shown} كبير جدا ({size} بايت)؛ الحد الأقصى {MAX_IMPORT_BYTES} بايت",
                shown=shown,
                size=size,
                MAX_IMPORT_BYTES=MAX_IMPORT_BYTES,
            ))
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
            if deepest > MAX_NESTING:
                raise BalaghError(
                    msg(
                        "الملف{shown} متداخل أكثر من اللازم (أكثر من {MAX_NESTING} مستوى)؛ الحد "
                        "الأقصى {MAX_NESTING} مستوى",
                        shown=shown,
                        MAX_NESTING=MAX_NESTING,
                    ))
        elif ch in "]}":
            depth -= 1


def json_integer(digits: str) -> int:
    """``parse_int`` for :func:`json.loads`: refuses numbers longer than
    :data:`MAX_NUMBER_DIGITS` digits (Python's own limit gives an English error)."""
    if len(digits.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise BalaghError(
            msg(
                "الملف يحتوي على عدد طويل جدا ({length} رقما)؛ الحد الأقصى {MAX_NUMBER_DIGITS} "
                "رقما",
                length=len(digits),
                MAX_NUMBER_DIGITS=MAX_NUMBER_DIGITS,
            ))
    return int(digits)


#: The most paragraphs of a release, and the longest paragraph, title and place (characters).
MAX_PARAGRAPHS = 100
PARAGRAPH_LIMIT = 5000
RELEASE_LINE_LIMIT = 300


def release_input_problems(title: str, place: str, paragraphs: list[str]) -> list[Problem]:
    """The input-policy problems of a release draft's texts."""
    found: list[Problem] = []
    problem = count_problem(len(paragraphs), "paragraphs", msg("فقرات البلاغ"), MAX_PARAGRAPHS)
    if problem is not None:
        return [problem]
    found += text_problems(title, "title", pmsg("release field", "عنوان البلاغ"),
                           RELEASE_LINE_LIMIT)
    found += text_problems(place, "place", pmsg("release field", "مكان البلاغ"),
                           RELEASE_LINE_LIMIT)
    for index, paragraph in enumerate(paragraphs):
        found += text_problems(paragraph, f"paragraphs.{index}",
                               pmsg("release field", "الفقرة {number}", number=index + 1),
                               PARAGRAPH_LIMIT)
    return found
