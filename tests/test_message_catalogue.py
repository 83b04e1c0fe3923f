"""The one message catalogue: gettext ``.po`` files kept with Babel, Arabic ids, French complete."""

from __future__ import annotations

import ast
import gettext
import io
import itertools
import re
from pathlib import Path

import pytest
from babel.messages.plurals import get_plural

from balagh.core.errors import BalaghError, Problem, ValidationFailed
from balagh.messages import maintain, msg, nmsg
from balagh.store.editions import NotFoundError

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_every_message_has_its_translation_with_the_same_placeholders(language: str) -> None:
    """Every sentence extracted from the code is in the catalogue, translated (French), not
    fuzzy, with the same ``{name}``/``%1`` placeholders; Arabic plurals have all six forms."""
    assert maintain.problems(language) == []


def test_catalogues_use_cldr_plural_rules() -> None:
    for language, forms in (("ar", 6), ("fr", 3)):
        catalog = maintain.read_catalogue(language)
        assert catalog.num_plurals == forms
        assert catalog.plural_expr == get_plural(language).plural_expr
    plurals = [m for m in maintain.read_catalogue("ar") if isinstance(m.id, tuple)]
    assert plurals and all(len(m.string) == 6 and all(m.string) for m in plurals)


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_shipped_mo_is_the_po_compiled(language: str) -> None:
    """``python -m balagh.messages.maintain update`` was run after the last .po change."""
    def entries(mo: bytes) -> dict[object, object]:
        found = dict(gettext.GNUTranslations(io.BytesIO(mo))._catalog)  # type: ignore[attr-defined]
        found[""] = "".join(line for line in found.get("", "").splitlines(keepends=True)
                            if not line.startswith("Generated-By:"))  # names Babel's version
        return found

    shipped = maintain.po_path(language).with_suffix(".mo").read_bytes()
    assert entries(shipped) == entries(maintain.compiled(maintain.read_catalogue(language)))


@pytest.mark.parametrize(("n", "arabic", "french"), [
    (0, "لم تستورد أي دورة من f.json: —", "0 édition importée de f.json : —"),
    (1, "استوردت دورة واحدة من f.json: —", "1 édition importée de f.json : —"),
    (2, "استوردت دورتين من f.json: —", "2 éditions importées de f.json : —"),
    (3, "استوردت 3 دورات من f.json: —", "3 éditions importées de f.json : —"),
    (11, "استوردت 11 دورة من f.json: —", "11 éditions importées de f.json : —"),
    (100, "استوردت 100 دورة من f.json: —", "100 éditions importées de f.json : —"),
    (101, "استوردت 101 دورة من f.json: —", "101 éditions importées de f.json : —"),
])
def test_counted_editions_follow_cldr_plurals(n: int, arabic: str, french: str) -> None:
    """The window's import sentence agrees with the count: Arabic's six CLDR forms (0, 1, 2,
    3–10, 11–99, 100+) and French's (0 and 1 singular)."""
    counted = nmsg("استوردت دورة واحدة من {source}: {names}",
                   "استوردت {n} دورات من {source}: {names}", n, source="f.json", names="—")
    assert (counted.ar, counted.fr) == (arabic, french)


def test_issued_releases_counted_in_arabic() -> None:
    """The refusal to delete an edition counts its issued releases in the right form."""
    def refusal(n: int) -> str:
        return nmsg("لا يمكن حذف الدورة {number} لأن لها بلاغا صادرا.",
                    "لا يمكن حذف الدورة {number} لأن لها {n} بلاغات صادرة.", n, number=4).ar

    assert refusal(2) == "لا يمكن حذف الدورة 4 لأن لها بلاغين صادرين."
    assert refusal(3) == "لا يمكن حذف الدورة 4 لأن لها 3 بلاغات صادرة."
    assert refusal(11) == "لا يمكن حذف الدورة 4 لأن لها 11 بلاغا صادرا."
    assert refusal(100) == "لا يمكن حذف الدورة 4 لأن لها 100 بلاغ صادر."


def test_errors_carry_arabic_and_french() -> None:
    error = NotFoundError(msg("لا توجد دورة بالرقم {number}", number=9))
    assert error.message_ar == "لا توجد دورة بالرقم 9" == str(error)
    assert error.message_fr == "Aucune édition numéro 9."
    problem = Problem("number", msg("رقم الدورة"), msg("الرقم {number} مكرر في الملف نفسه",
                                                         number=4))
    failed = ValidationFailed([problem], msg("البلاغ"))
    assert failed.message_ar == "البلاغ: رقم الدورة: الرقم 4 مكرر في الملف نفسه"
    assert failed.message_fr == ("Communiqué : Numéro de l'édition : le numéro 4 figure deux "
                                 "fois dans le fichier.")


def test_an_argument_that_is_a_message_is_written_in_the_same_language() -> None:
    error = BalaghError(msg("تعذر قراءة صورة الشعار {file}: {reason}", file="logo.png",
                            reason=msg("الملف فارغ")))
    assert error.message_ar == "تعذر قراءة صورة الشعار logo.png: الملف فارغ"
    assert error.message_fr == "Impossible de lire l'image du logo logo.png : le fichier est vide"


def _error_classes(trees: list[ast.Module]) -> set[str]:
    """BalaghError and every class deriving from it, with Problem."""
    names = {"BalaghError", "Problem"}
    grew = True
    while grew:
        grew = False
        for tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names and any(
                        isinstance(b, ast.Name) and b.id in names for b in node.bases):
                    names.add(node.name)
                    grew = True
    return names


def _is_prose(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    else:
        return False
    return bool(re.search(r"[\u0600-\u06FF]", text) or re.search(r"[A-Za-zÀ-ÿ]+ [A-Za-zÀ-ÿ]+",
                                                                   text))


def test_no_error_is_built_from_literal_sentences() -> None:
    """A sentence given to an error or a Problem goes through ``msg()`` (its French in fr.po):
    no Arabic/French pair of literals, no literal sentence in any language."""
    files = sorted((ROOT / "desktop" / "balagh").rglob("*.py"))
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in files}
    errors = _error_classes(list(trees.values()))
    found = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else (
                func.attr if isinstance(func, ast.Attribute) else "")
            if isinstance(func, ast.Attribute) and func.attr == "__init__":
                name = "super"  # super().__init__(…) inside an error class
            if name in errors or (name == "super" and _inside_error(tree, node, errors)):
                args = [*node.args, *(k.value for k in node.keywords)]
                if any(_is_prose(a) for a in args):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []


#: Alembic revisions are frozen history: 0001 seeds the figure catalogue with the labels as
#: they were written then (data stored in the rows, refreshed from ``core.catalogue`` by the
#: store when it opens a database), and must not change when the catalogue's French does.
_HISTORY = "store/migrations/versions"


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    return None


def _neighbours(node: ast.AST) -> list[ast.expr]:
    """Values written side by side: a call's arguments (keywords too), a tuple, a dict."""
    if isinstance(node, ast.Call):
        return [*node.args, *(k.value for k in node.keywords)]
    if isinstance(node, ast.Tuple):
        return list(node.elts)
    if isinstance(node, ast.Dict):
        return list(node.values)
    return []


def test_no_module_pairs_arabic_and_french_literals() -> None:
    """Every sentence the staff read — findings, notices, labels, figure kinds, summary
    headings, command-line lines — is a catalogue sentence: in no module (migrations aside)
    is an Arabic literal followed by a French one in a call, a tuple or a dict (the French
    lives in fr.po)."""
    arabic, latin = re.compile(r"[\u0600-\u06FF]"), re.compile(r"[A-Za-zÀ-ÿ]{3,}")
    found = []
    for path in sorted((ROOT / "desktop" / "balagh").rglob("*.py")):
        if _HISTORY in path.as_posix():
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            for first, second in itertools.pairwise(_neighbours(node)):
                ar, fr = _literal(first), _literal(second)
                if ar and fr and arabic.search(ar) and not arabic.search(fr) \
                        and latin.search(fr):
                    found.append(f"{path.relative_to(ROOT)}:{first.lineno}")
    assert found == []


def test_the_finder_of_literal_pairs_sees_one() -> None:
    """The scan above finds a pair when there is one (positional, keyword, dict value)."""
    arabic, latin = re.compile(r"[\u0600-\u06FF]"), re.compile(r"[A-Za-zÀ-ÿ]{3,}")
    for source in ('f("الدورة", "Édition")', 'PerLanguage(ar="المدينة", fr="Ville")',
                   '{"a": "أرقام أخرى", "b": "Autres chiffres"}'):
        node = ast.parse(source, mode="eval").body
        pairs = [(_literal(a), _literal(b)) for a, b in itertools.pairwise(_neighbours(node))]
        assert any(a and b and arabic.search(a) and latin.search(b) for a, b in pairs), source


def test_built_in_figure_kinds_take_their_labels_from_the_catalogue() -> None:
    """A built-in kind's French label is fr.po's translation (context "figure kind")."""
    from balagh.core.catalogue import DEFAULT_BY_KEY
    from balagh.messages import translate

    for kind in DEFAULT_BY_KEY.values():
        assert kind.label_fr == translate("fr", kind.label_ar, context="figure kind") != \
            kind.label_ar
    assert DEFAULT_BY_KEY["blood_donors"].label("fr") == "Donneurs de sang"


def _inside_error(tree: ast.Module, call: ast.Call, errors: set[str]) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.name in errors:
            if any(inner is call for inner in ast.walk(node)):
                return True
    return False
