"""A fuzzer of imports (hypothesis): whatever a JSON file holds, an import either succeeds
or is refused with Arabic sentences that name the field, decided before the database (the
same on SQLite and PostgreSQL, no database wording), and the database is left as it was."""

from __future__ import annotations

import json
import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.errors import BalaghError, ValidationFailed
from balagh.core.interchange import dumps_edition, loads_editions
from balagh.store import Store
from store_tools import dump, fez_edition

ARABIC = re.compile(r"[\u0600-\u06ff]")
DATABASE_WORDS = ("sqlite", "psycopg", "postgres", "constraint", "duplicate key", "violates",
                  "database is", "traceback", "غير متوقع", "integrityerror")
NASTY = st.sampled_from(["\x00", "\x1b", "\x07", "\x1e", "\u202e", "\u202a", "\u200f",
                         "\ud800", "\ufeff", "٢", "،", "\n", "\t", " ", "9", "-", "."])
TEXTS = st.text(alphabet=st.one_of(st.characters(), NASTY), max_size=40) | st.builds(
    lambda c, n: c * n, NASTY, st.integers(0, 3000)) | st.sampled_from(
    ["\u202e0032", "2\u200f300", "9" * 5000, "١٬١٥٠٬٠٠٠", "1.15", "٫5"])
LEAVES = st.one_of(TEXTS, st.none(), st.booleans(), st.integers(-(10**30), 10**30),
                   st.floats(allow_nan=True), st.just(""))
VALUES = st.recursive(LEAVES, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(TEXTS, inner, max_size=3), max_leaves=8)

FIELDS = ["number", "city", "venue", "start_date", "end_date", "theme", "notes", "figures",
          "daily_visitors", "audiences", "partners", "joint_pavilions", "seminars",
          "highlights"]


def _fez() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(dumps_edition(fez_edition(), DEFAULT_BY_KEY))
    return data


def _set(data: Any, path: list[Any], value: Any) -> None:
    for step in path[:-1]:
        data = data[step]
    data[path[-1]] = value


def _paths(data: Any, prefix: list[Any]) -> list[list[Any]]:
    found = [prefix] if prefix else []
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, [*prefix, key])
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _paths(value, [*prefix, index])
    return found


@st.composite
def mutated_files(draw: st.DrawFn) -> str:
    data = _fez()
    for _ in range(draw(st.integers(1, 3))):
        paths = _paths(data, [])
        path = draw(st.sampled_from(paths))
        _set(data, path, draw(VALUES))
    text = json.dumps(data, ensure_ascii=draw(st.booleans()), allow_nan=True)
    if draw(st.booleans()):  # sometimes the file itself is damaged
        cut = draw(st.integers(0, len(text)))
        text = text[:cut] + draw(st.sampled_from(["", "[" * 1200, "\x00", "}", "9" * 5000]))
    return text


def _refusal_is_for_the_staff(error: BalaghError, text: str) -> None:
    """Arabic, naming the field, with no database wording of its own (a refusal may quote
    the file: Hypothesis also draws the test module's own literals, «violates» among them)."""
    assert ARABIC.search(error.message_ar), error.message_ar
    lowered = (error.message_ar + " " + error.message_fr).lower()
    quoted = text.lower()
    assert not any(word in lowered and word not in quoted for word in DATABASE_WORDS), \
        error.message_ar
    if isinstance(error, ValidationFailed):
        for problem in error.problems:  # each names its field as the staff see it
            assert problem.label_ar.strip() and ARABIC.search(problem.label_ar + problem.message_ar)


@settings(max_examples=120, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=mutated_files())
def test_every_import_is_stored_whole_or_refused_in_arabic(store: Store, text: str) -> None:
    keys = [kind.key for kind in store.editions.catalogue()]
    before = dump(store)
    try:
        editions = loads_editions(text, keys)
    except BalaghError as error:  # refused before the database: the same on every backend
        _refusal_is_for_the_staff(error, text)
        assert dump(store) == before
        return
    try:
        store.editions.replace_all(editions, replace=True)
    except BalaghError as error:
        _refusal_is_for_the_staff(error, text)
        assert dump(store) == before
        return
    stored = store.editions.get(editions[0].number)
    assert stored.number == editions[0].number
    store.editions.delete(stored.number)  # the next example starts from the same database
