"""One input policy for every path (``balagh.core.input_policy``): invisible characters in
numbers, controls, lone surrogates, bidi embeddings, and limits stated in their messages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from balagh.cli.main import main
from balagh.core.catalogue import DEFAULT_BY_KEY
from balagh.core.digits import DigitsError, parse_integer
from balagh.core.errors import ValidationFailed
from balagh.core.interchange import dumps_edition, loads_editions
from store_tools import dump, fez_edition

if TYPE_CHECKING:
    from balagh.store import Store

Capsys = pytest.CaptureFixture[str]
KEYS = list(DEFAULT_BY_KEY)


def fez_json(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(dumps_edition(fez_edition(), DEFAULT_BY_KEY))
    data.update(changes)
    return data


def refusal(data: object) -> str:
    with pytest.raises(ValidationFailed) as refused:
        loads_editions(json.dumps(data, ensure_ascii=False), KEYS)
    return refused.value.message_ar


@pytest.mark.parametrize("text", ["\u202e0032", "23\u200f00", "2\u200b300", "2300\x00",
                                  "\u202d2300\u202c"])
def test_a_number_with_an_invisible_character_is_refused(text: str) -> None:
    with pytest.raises(DigitsError, match="محرف غير مرئي"):
        parse_integer(text)


def test_direction_marks_at_the_ends_and_an_isolate_pair_pass() -> None:
    assert parse_integer("\u200f2300\u200e") == 2300
    assert parse_integer("\u20662300\u2069") == 2300


def test_an_overridden_number_in_json_names_the_field() -> None:
    data = fez_json()
    data["figures"]["police_staff"]["value"] = "\u202e0032"
    message = refusal(data)
    assert "موظفو الشرطة المجندون" in message and "U+202E" in message


@pytest.mark.parametrize("control", ["\x00", "\x1b", "\x07", "\x1e"])
def test_control_characters_are_refused_naming_the_field(control: str) -> None:
    message = refusal(fez_json(highlights=[f"عربات{control}مصفحة"]))
    assert "أبرز ما ميز الدورة (العنصر 1)" in message and f"U+{ord(control):04X}" in message


def test_a_lone_surrogate_is_refused() -> None:
    text = json.dumps(fez_json(), ensure_ascii=True).replace("\\u0641\\u0627\\u0633",
                                                             "\\ud800", 1)
    with pytest.raises(ValidationFailed, match="غير صالح في يونيكود"):
        loads_editions(text, KEYS)


def test_limits_are_stated_in_their_messages() -> None:
    assert "الحد الأقصى 2000 حرف" in refusal(fez_json(highlights=["م" * 2001]))
    assert "الحد الأقصى 200 عنصر" in refusal(fez_json(highlights=[f"ن{i}" for i in range(201)]))
    assert "الحد الأقصى 100 حرف" in refusal(fez_json(city={"ar": "ف" * 101, "fr": "Fès"}))


def test_deep_nesting_and_huge_integers_are_refused_in_arabic() -> None:
    with pytest.raises(Exception, match="متداخل أكثر من اللازم") as deep:
        loads_editions("[" * 1000 + "]" * 1000, KEYS)
    assert "غير متوقع" not in str(deep.value)
    text = dumps_edition(fez_edition(), DEFAULT_BY_KEY).replace("2300", "9" * 5000, 1)
    with pytest.raises(Exception, match="عدد طويل جدا"):
        loads_editions(text, KEYS)


def test_bidi_embeddings_are_removed_with_a_notice(
    tmp_path: Path, capsys: Capsys,
) -> None:
    url = f"sqlite:///{(tmp_path / 'office.db').as_posix()}"
    data = fez_json(partners=["\u202bالمجلس الوطني لحقوق الإنسان\u202c", "شريك"])
    (tmp_path / "e.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["--db", url, "editions", "import", str(tmp_path / "e.json")]) == 0
    err = capsys.readouterr().err
    assert "الشركاء (العنصر 1)" in err and "أزيلت منه علامات اتجاه" in err
    from balagh.store import open_store

    with open_store(url) as store:
        assert store.editions.get(4).partners[0] == "المجلس الوطني لحقوق الإنسان"


def test_a_file_over_the_size_limit_is_refused_before_reading(
    tmp_path: Path, capsys: Capsys,
) -> None:
    url = f"sqlite:///{(tmp_path / 'office.db').as_posix()}"
    big = tmp_path / "big.json"
    with big.open("w", encoding="utf-8") as out:
        out.write('{"number": 4, "notes": "' + "x" * 5_000_001 + '"}')
    assert main(["--db", url, "editions", "import", str(big)]) == 1
    err = capsys.readouterr().err
    assert "كبير جدا" in err and "الحد الأقصى 5000000 بايت" in err


def test_the_store_refuses_a_nul_on_every_database_in_arabic(store: Store) -> None:
    fez = fez_edition()
    fez.city_ar = "فاس\x00"
    before = dump(store)
    with pytest.raises(ValidationFailed, match=r"المدينة \(بالعربية\).*U\+0000"):
        store.editions.save(fez)
    assert dump(store) == before


def test_a_release_paragraph_with_a_control_is_refused(demo_store: Store) -> None:
    from balagh.core.model import Release, ReleaseKind

    draft = Release(4, ReleaseKind.CLOSING, "بلاغ", "الرباط", fez_edition().end_date,
                    ["فقرة\x1bمع محرف تحكم"])
    with pytest.raises(ValidationFailed, match=r"الفقرة 1.*U\+001B"):
        demo_store.releases.save_draft(draft)


def test_a_command_line_argument_that_is_not_utf8_is_refused(capsys: Capsys) -> None:
    assert main(["editions", "export", "4\udcff"]) == 2
    err = capsys.readouterr().err
    assert "المعطى رقم 3" in err and "غير متوقع" not in err
