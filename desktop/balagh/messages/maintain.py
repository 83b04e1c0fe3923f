"""Keeping the catalogues: extract the sentences from the code, update and compile the ``.po``.

    python -m balagh.messages.maintain update   # extract, merge into every .po, compile .mo
    python -m balagh.messages.maintain check    # list what is missing or wrong (as the tests)
    python -m balagh.messages.maintain init en  # a new language: its .po from the code's sentences

The same as ``pybabel extract -F resources/locale/babel.cfg`` with :data:`KEYWORDS` then
``pybabel update`` and ``pybabel compile``, through Babel's own APIs. A new sentence arrives in
each ``.po`` with an empty translation: write its French in ``fr/LC_MESSAGES/balagh.po``.
"""

from __future__ import annotations

import io
import re
import string
import sys
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from balagh.messages.catalogues import DOMAIN, SOURCE_LANGUAGE

#: The functions whose literal arguments are catalogue sentences (Babel's keyword specs):
#: ``msg``/``nmsg``/``pmsg`` (lazy messages), ``_``/``ngettext`` (interface text now),
#: Qt's ``self.tr`` and ``QCoreApplication.translate(context, text)``.
KEYWORDS: dict[str, tuple[int | tuple[int, str], ...] | None] = {
    "msg": None,
    "nmsg": (1, 2),
    "pmsg": ((1, "c"), 2),
    "_": None,
    "ngettext": (1, 2),
    "tr": None,
    "N_": None,
    "translate": (2,),
}
ROOT = Path(__file__).resolve().parents[3]
_PERCENT = re.compile(r"%(?:\d|n(?![a-z])|\([a-z_]+\)[rsd]|[rsd](?![a-z]))")
SOURCES = ROOT / "desktop" / "balagh"
LOCALE = ROOT / "resources" / "locale"


def po_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def languages() -> list[str]:
    """Every language with a ``.po`` file."""
    return sorted(p.name for p in LOCALE.iterdir()
                  if (p / "LC_MESSAGES" / f"{DOMAIN}.po").is_file())


def extract(sources: Path = SOURCES) -> Catalog:
    """Every sentence of the code, as a template catalogue."""
    template = Catalog(domain=DOMAIN, project="Balagh", charset="utf-8")
    found = extract_from_dir(str(sources), method_map=[("**.py", "python")],
                             keywords=KEYWORDS, comment_tags=("TRANSLATORS:",))
    for filename, lineno, message, comments, context in found:
        location = (f"desktop/balagh/{filename}", lineno)
        template.add(message, None, [location], auto_comments=comments, context=context)
    return template


def read_catalogue(language: str) -> Catalog:
    with po_path(language).open("rb") as handle:
        return read_po(handle, locale=language, domain=DOMAIN)


def compiled(catalog: Catalog) -> bytes:
    """The ``.mo`` bytes of ``catalog`` as ``pybabel compile`` writes them."""
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def update() -> None:
    """Merge the code's sentences into every ``.po`` and compile each ``.mo``."""
    template = extract()
    for language in languages():
        catalog = read_catalogue(language)
        created = catalog.creation_date  # kept: a date that changes on every run only conflicts
        catalog.update(template, no_fuzzy_matching=True)
        catalog.creation_date = created
        _write(catalog, language)


def _write(catalog: Catalog, language: str) -> None:
    out = io.BytesIO()
    write_po(out, catalog, width=100, ignore_obsolete=True, include_previous=False)
    po_path(language).write_bytes(out.getvalue())
    po_path(language).with_suffix(".mo").write_bytes(compiled(catalog))


def init(language: str) -> Path:
    """Start the catalogue of a new ``language``: every sentence of the code with an empty
    translation and the language's CLDR plural forms (as ``pybabel init``), compiled. The
    language is offered at once (untranslated sentences show their Arabic id); write its
    translations, then ``update``. Refuses to overwrite an existing catalogue."""
    from babel import Locale, UnknownLocaleError

    target = po_path(language)
    if target.exists():
        raise ValueError(f"{target} exists: edit it, then run `update`")
    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError) as exc:
        raise ValueError(f"{language!r} is not a language CLDR knows ({exc})") from exc
    catalog = extract()
    catalog.locale = locale
    target.parent.mkdir(parents=True, exist_ok=True)
    _write(catalog, language)
    return target


def fields(text: str) -> list[str]:
    """The placeholders of one sentence: ``{name}`` fields, Qt's ``%1`` and ``%n``."""
    names = sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)
    qt = sorted(set(_qt_markers(text)))
    return names + qt


def _qt_markers(text: str) -> Iterator[str]:
    """Qt's ``%1``/``%n`` and printf's ``%s``/``%(name)r`` (argparse's sentences)."""
    yield from (match.group(0) for match in _PERCENT.finditer(text))


def problems(language: str) -> list[str]:
    """What a catalogue lacks or gets wrong (empty when it is complete)."""
    catalog = read_catalogue(language)
    found: list[str] = []
    for message in extract():
        if message.id and catalog.get(message.id, context=message.context) is None:
            found.append(f"{language}: not in the catalogue: {message.id!r}")
    for message in catalog:
        if message.id:
            found.extend(_message_problems(message, language, catalog.num_plurals))
    return found


def _message_problems(message: Message, language: str, plurals: int) -> list[str]:
    ids = message.id if isinstance(message.id, tuple | list) else (message.id,)
    texts = message.string if isinstance(message.string, tuple | list) else (message.string,)
    if message.fuzzy:
        return [f"{language}: fuzzy: {ids[0]!r}"]
    if language == SOURCE_LANGUAGE and len(ids) == 1 and message.context != "argparse":
        return []  # the id is the Arabic sentence itself (argparse's ids are English)
    if len(ids) > 1 and len(texts) != plurals:
        return [f"{language}: {len(texts)} plural forms instead of {plurals}: {ids[0]!r}"]
    if not all(texts):
        return [f"{language}: no translation: {ids[0]!r}"]
    optional = {"n", "%n"} if len(ids) > 1 else set()
    wanted = {field for i in ids for field in fields(i)}
    return [f"{language}: placeholders differ: {ids[0]!r} -> {text!r}"
            for text in texts
            if not set(fields(text or "")) <= wanted or wanted - optional - set(fields(text or ""))]

def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update()
        return 0
    if argv[:1] == ["init"] and len(argv) == 2:
        try:
            print(f"created {init(argv[1])}")
        except ValueError as exc:
            print(exc, file=sys.stderr)
            return 1
        return 0
    if argv[:1] == ["check"]:
        found = [p for language in languages() for p in problems(language)]
        print("\n".join(found) or "every catalogue is complete")
        return 1 if found else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
