"""The ``balagh`` command line: demo, editions list/import/export, db upgrade, errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from balagh.store.migrate import head_revision
from cli_runs import Capsys, run
from store_tools import build_at, digest


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "office" / "x.db"


@pytest.fixture
def url(db_file: Path) -> str:
    db_file.parent.mkdir()
    return f"sqlite:///{db_file.as_posix()}"


def test_demo_then_list_shows_the_six_editions(url: str, capsys: Capsys) -> None:
    code, out, err = run(capsys, "--db", url, "demo")
    assert code == 0
    # a database named on the command line that did not exist is announced, not silent
    assert err.startswith("أنشئت قاعدة بيانات جديدة فارغة في") and "x.db" in err
    assert "أضيفت الدورات" in out and "فاس" in out
    code, out, _ = run(capsys, "--db", url, "demo")
    assert code == 0
    assert "أضيفت" not in out and "موجودة من قبل" in out
    code, out, err = run(capsys, "--db", url, "editions", "list")
    assert (code, err) == (0, "")
    lines = out.strip().splitlines()
    assert len(lines) == 7  # header + six editions
    for line, (number, year, city) in zip(
        lines[1:],
        [("1", "2017", "الدار البيضاء"), ("2", "2018", "مراكش"), ("3", "2019", "طنجة"),
         ("4", "2023", "فاس"), ("5", "2024", "أكادير"), ("6", "2025", "الجديدة")],
        strict=True,
    ):
        assert line.split()[:2] == [number, year]
        assert city in line
    assert "1150000" in lines[4]


def test_export_import_export_gives_identical_json(
    url: str, tmp_path: Path, capsys: Capsys
) -> None:
    run(capsys, "--db", url, "demo")
    code, first, err = run(capsys, "--db", url, "editions", "export", "2023")
    assert (code, err) == (0, "")
    data = json.loads(first)
    assert isinstance(data, dict)  # one edition is one object, as the format shows it
    assert data["number"] == 4 and data["figures"]["police_staff"]["value"] == 2300
    exported = tmp_path / "fez.json"
    exported.write_text(first, encoding="utf-8")
    empty = f"sqlite:///{(tmp_path / 'empty.db').as_posix()}"
    code, out, err = run(capsys, "--db", empty, "editions", "import", str(exported))
    assert code == 0 and err.startswith("أنشئت قاعدة بيانات جديدة فارغة")
    assert "استوردت دورة واحدة من fez.json" in out
    again = tmp_path / "again.json"
    code, _, err = run(capsys, "--db", empty, "editions", "export", "4", "-o", str(again))
    assert (code, err) == (0, "")
    assert again.read_text(encoding="utf-8") == first


def test_export_and_import_work_on_every_backend(
    db_url: str, tmp_path: Path, capsys: Capsys
) -> None:
    source = f"sqlite:///{(tmp_path / 'source.db').as_posix()}"
    run(capsys, "--db", source, "demo")
    _, exported, _ = run(capsys, "--db", source, "editions", "export", "4")
    path = tmp_path / "fez.json"
    path.write_text(exported, encoding="utf-8")
    assert run(capsys, "--db", db_url, "editions", "import", str(path))[0] == 0
    assert run(capsys, "--db", db_url, "editions", "export", "2023")[1] == exported


def _fez_file(tmp_path: Path, url: str, capsys: Capsys, change: dict[str, object]) -> Path:
    _, exported, _ = run(capsys, "--db", url, "editions", "export", "4")
    data = json.loads(exported)
    for dotted, value in change.items():
        target = data
        *parents, last = dotted.split(".")
        for part in parents:
            target = target[part]
        target[last] = value
    data["number"] = 5
    data["start_date"] = data["start_date"].replace("2023", "2024")
    data["end_date"] = data["end_date"].replace("2023", "2024")
    for figure in data["figures"].values():
        figure["days"] = [day.replace("2023", "2024") for day in figure.get("days", [])]
    if "end_date" in change:
        data["end_date"] = change["end_date"]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"figures.police_staff.value": -2300}, "موظفو الشرطة المجندون"),
        ({"end_date": "2024-05-10"}, "تاريخ النهاية"),
        ({"figures.helicopters": {"value": 3}}, "helicopters"),
    ],
    ids=["negative-figure", "end-before-start", "unknown-figure"],
)
def test_bad_file_is_refused_and_the_database_is_byte_for_byte_unchanged(
    url: str, db_file: Path, tmp_path: Path, capsys: Capsys,
    change: dict[str, object], named: str,
) -> None:
    run(capsys, "--db", url, "demo")
    bad = _fez_file(tmp_path, url, capsys, change)
    before = digest(db_file)
    code, out, err = run(capsys, "--db", url, "editions", "import", str(bad))
    assert code != 0
    assert out == ""
    assert err.startswith("خطأ: ") and named in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert digest(db_file) == before
    assert sorted(p.name for p in db_file.parent.iterdir()) == ["x.db"]  # no WAL left behind


def test_import_of_an_existing_edition_needs_replace(
    url: str, tmp_path: Path, capsys: Capsys
) -> None:
    run(capsys, "--db", url, "demo")
    _, exported, _ = run(capsys, "--db", url, "editions", "export", "4")
    data = json.loads(exported)
    data["theme"] = "شعار مصحح"
    path = tmp_path / "fez.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, _, err = run(capsys, "--db", url, "editions", "import", str(path))
    assert code == 1 and "الدورة 4" in err and "موجودة" in err
    assert run(capsys, "--db", url, "editions", "import", str(path), "--replace")[0] == 0
    assert json.loads(run(capsys, "--db", url, "editions", "export", "4")[1])["theme"] == (
        "شعار مصحح")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["editions", "export", "2030"], "لا توجد دورة بالرقم أو السنة 2030"),
        (["editions", "export", "فاس"], "ليست رقما ولا سنة"),
        (["editions", "import", "/no/such/file.json"], "تعذر الوصول إلى الملف"),
    ],
)
def test_errors_are_one_arabic_sentence(
    url: str, capsys: Capsys, argv: list[str], message: str
) -> None:
    run(capsys, "--db", url, "demo")
    code, out, err = run(capsys, "--db", url, *argv)
    assert code == 1 and out == ""
    assert message in err and " / Erreur" in err
    assert len(err.strip().splitlines()) == 1


def test_export_by_arabic_indic_year(url: str, capsys: Capsys) -> None:
    run(capsys, "--db", url, "demo")
    code, out, _ = run(capsys, "--db", url, "editions", "export", "٢٠١٩")
    assert code == 0 and json.loads(out)["city"]["fr"] == "Tanger"


def test_bad_json_is_refused(url: str, tmp_path: Path, capsys: Capsys) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"number": 4,', encoding="utf-8")
    code, _, err = run(capsys, "--db", url, "editions", "import", str(path))
    assert code == 1 and "JSON" in err


def test_database_from_the_environment(
    url: str, db_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: Capsys
) -> None:
    monkeypatch.setenv("BALAGH_DB", url)
    assert run(capsys, "demo")[0] == 0
    assert db_file.exists()
    code, out, _ = run(capsys, "editions", "list")
    assert code == 0 and "طنجة" in out


def test_default_database_lives_in_the_data_folder(
    _isolated_home: Path, capsys: Capsys
) -> None:
    assert run(capsys, "demo")[0] == 0
    assert (_isolated_home / "data" / "balagh.db").exists()


def test_bad_database_url_and_missing_folder(tmp_path: Path, capsys: Capsys) -> None:
    code, _, err = run(capsys, "--db", "not a url", "editions", "list")
    assert code == 1 and "عنوان قاعدة البيانات غير صالح" in err
    missing = f"sqlite:///{(tmp_path / 'nope' / 'x.db').as_posix()}"
    code, _, err = run(capsys, "--db", missing, "editions", "list")
    assert code == 1 and "غير موجود" in err


def test_db_upgrade_reports_what_it_did(url: str, capsys: Capsys) -> None:
    code, out, _ = run(capsys, "--db", url, "db", "upgrade")
    assert code == 0 and "أنشئت قاعدة بيانات جديدة" in out
    code, out, _ = run(capsys, "--db", url, "db", "upgrade")
    assert code == 0 and "قاعدة البيانات محدثة" in out


def test_gui_missing_gives_a_clear_error(
    url: str, monkeypatch: pytest.MonkeyPatch, capsys: Capsys
) -> None:
    monkeypatch.setitem(sys.modules, "balagh.gui.window.app", None)  # import fails
    code, _, err = run(capsys, "--db", url)
    assert code == 1 and "الواجهة الرسومية غير متوفرة" in err
    assert run(capsys, "--db", url, "gui")[0] == 1


def test_usage_error_exits_2_without_traceback(capsys: Capsys) -> None:
    code, _, err = run(capsys, "editions", "frobnicate")
    assert code == 2 and "Traceback" not in err


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONIOENCODING", None)
    env.update(LANG="C", LC_ALL="C", PYTHONUTF8="0")
    return env


def test_python_m_balagh_prints_utf8_in_a_c_locale(url: str) -> None:
    for argv in (["demo"], ["editions", "list"]):
        done = subprocess.run(
            [sys.executable, "-m", "balagh", "--db", url, *argv],
            capture_output=True, env=_env(), timeout=120, check=False,
        )
        assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert "مراكش" in done.stdout.decode("utf-8")
    assert "Marrakech" in done.stdout.decode("utf-8")


def test_help_does_not_load_the_database_layer() -> None:
    code = (
        "import sys\n"
        "from balagh.cli.main import main\n"
        "assert main(['--help']) == 0\n"
        "print('LOADED' if 'sqlalchemy' in sys.modules else 'LIGHT')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, env=_env(), timeout=120, check=True
    )
    out = done.stdout.decode("utf-8")
    assert "editions" in out and "demo" in out
    assert out.strip().endswith("LIGHT")


def test_file_that_is_not_utf8_is_refused(url: str, tmp_path: Path, capsys: Capsys) -> None:
    path = tmp_path / "cp1256.json"
    path.write_bytes('{"city": "فاس"}'.encode("cp1256"))
    code, _, err = run(capsys, "--db", url, "editions", "import", str(path))
    assert code == 1 and "UTF-8" in err


def test_db_upgrade_of_an_old_database_makes_a_backup(
    url: str, db_file: Path, capsys: Capsys
) -> None:
    build_at(url, "0001")
    code, out, err = run(capsys, "--db", url, "db", "upgrade")
    assert (code, err) == (0, "")
    assert f"من المراجعة 0001 إلى {head_revision()}" in out
    [backup] = db_file.parent.glob("x.db.*.bak")
    assert str(backup) in out


def _two_editions_in_2025(tmp_path: Path) -> Path:
    def edition(number: int, city: tuple[str, str], start: str, end: str) -> dict[str, object]:
        return {"number": number, "city": {"ar": city[0], "fr": city[1]},
                "start_date": start, "end_date": end}

    path = tmp_path / "2025.json"
    path.write_text(json.dumps([
        edition(6, ("الرباط", "Rabat"), "2025-05-17", "2025-05-21"),
        edition(7, ("أكادير", "Agadir"), "2025-10-02", "2025-10-06"),
    ], ensure_ascii=False), encoding="utf-8")
    return path


def test_export_of_a_year_with_two_editions_asks_for_the_number(
    url: str, tmp_path: Path, capsys: Capsys
) -> None:
    code, out, _ = run(capsys, "--db", url, "editions", "import",
                       str(_two_editions_in_2025(tmp_path)))
    assert code == 0 and out.startswith("استوردت دورتين من 2025.json: 6 (الرباط، 2025)")
    code, out, err = run(capsys, "--db", url, "editions", "export", "2025")
    assert (code, out) == (1, "")
    assert err.startswith("خطأ: سنة 2025 تضم دورتين: 6 (الرباط، 2025-05-17)، "
                          "7 (أكادير، 2025-10-02)؛ حدد رقم الدورة")
    assert len(err.strip().splitlines()) == 1
    code, out, _ = run(capsys, "--db", url, "editions", "export", "7")
    assert code == 0 and json.loads(out)["city"]["fr"] == "Agadir"


@pytest.mark.parametrize(
    "argv",
    [["editions", "list"], ["editions", "export", "2023"],
     ["summary", "pdf", "2023", "-o", "{out}"], ["summary", "all", "-o", "{out}"]],
    ids=["list", "export", "summary-pdf", "summary-all"],
)
def test_reading_commands_do_not_create_a_mistyped_database(
    tmp_path: Path, capsys: Capsys, argv: list[str]
) -> None:
    typo = tmp_path / "typo.db"
    out_file = tmp_path / "out.pdf"
    argv = [arg.replace("{out}", str(out_file)) for arg in argv]
    code, out, err = run(capsys, "--db", f"sqlite:///{typo.as_posix()}", *argv)
    assert (code, out) == (1, "")
    assert err.startswith(f"خطأ: لا توجد قاعدة بيانات في {typo}")
    assert list(tmp_path.iterdir()) == []  # neither the database nor the output


def test_a_mistyped_database_in_the_environment_is_not_created(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Capsys
) -> None:
    typo = tmp_path / "typo.db"
    monkeypatch.setenv("BALAGH_DB", f"sqlite:///{typo.as_posix()}")
    code, _, err = run(capsys, "editions", "list")
    assert code == 1 and "لا توجد قاعدة بيانات في" in err and not typo.exists()
    assert run(capsys, "demo")[0] == 0 and typo.exists()  # a writing command creates it


def test_the_first_command_on_a_new_machine_creates_the_embedded_database_with_the_demo(
    _isolated_home: Path, capsys: Capsys
) -> None:
    # whichever face starts first (this command or the window), the office gets the same
    # embedded database with the published editions
    code, out, err = run(capsys, "editions", "list")
    assert (code, err) == (0, "") and "فاس" in out and "Casablanca" in out
    assert (_isolated_home / "data" / "balagh.db").exists()


def test_an_upgrade_during_a_command_is_announced_once(
    url: str, db_file: Path, capsys: Capsys
) -> None:
    build_at(url, "0001")
    code, out, err = run(capsys, "--db", url, "editions", "list")
    assert code == 0 and "لا توجد دورات" in out
    [backup] = db_file.parent.glob("x.db.*.bak")
    [line] = err.splitlines()
    assert line.startswith(f"رقيت قاعدة البيانات من المراجعة 0001 إلى {head_revision()}؛ "
                           f"النسخة الاحتياطية: {backup}")
    code, _, err = run(capsys, "--db", url, "editions", "list")
    assert (code, err) == (0, "")  # already at the newest revision: nothing to say


def test_db_upgrade_says_what_opening_would_have_said(
    url: str, db_file: Path, capsys: Capsys
) -> None:
    build_at(url, "0001")
    code, out, _ = run(capsys, "--db", url, "db", "upgrade")
    [backup] = db_file.parent.glob("x.db.*.bak")
    assert code == 0 and out == (f"رقيت قاعدة البيانات من المراجعة 0001 إلى {head_revision()}؛ "
                                 f"النسخة الاحتياطية: {backup}\n")


@pytest.mark.parametrize(
    ("argv", "arabic", "french"),
    [
        (["editions", "frobnicate"], "اختيار غير صالح 'frobnicate'", "choix invalide"),
        (["editions", "export"], "معطيات إلزامية ناقصة: EDITION",
         "arguments obligatoires manquants : EDITION"),
        (["editions", "list", "--bogus"], "معطيات غير معروفة: --bogus",
         "arguments non reconnus : --bogus"),
        (["summary", "pdf", "4", "-o", "x.pdf", "--format", "doc"], "المعطى --format",
         "argument --format"),
        (["editions", "export", "4", "-o"], "ينتظر قيمة واحدة", "attend une valeur"),
    ],
    ids=["bad-choice", "missing-argument", "unknown-option", "bad-format", "missing-value"],
)
def test_usage_errors_are_in_arabic_and_french(
    capsys: Capsys, argv: list[str], arabic: str, french: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    lines = err.strip().splitlines()
    assert lines[0].startswith("usage: balagh")  # the usage, then one sentence
    assert "خطأ في الاستعمال: " in lines[-1] and " / Erreur d'utilisation : " in lines[-1]
    assert arabic in lines[-1] and french in lines[-1]
    assert "Traceback" not in err and "error:" not in err


def test_help_still_works(capsys: Capsys) -> None:
    code, out, err = run(capsys, "editions", "export", "--help")
    assert (code, err) == (0, "") and "EDITION" in out and "-o" in out


def test_a_broken_settings_file_is_reported_once_and_kept(
    url: str, tmp_path: Path, capsys: Capsys
) -> None:
    from balagh.platform.paths import app_paths

    settings_file = app_paths().ensure().settings_file
    settings_file.write_text('{"place": "فاس",', encoding="utf-8")
    run(capsys, "--db", url, "demo")
    code, _, err = run(capsys, "--db", url, "summary", "pdf", "2023",
                         "-o", str(tmp_path / "fez.pdf"))
    assert code == 0 and (tmp_path / "fez.pdf").exists()
    [line] = err.splitlines()
    assert line.startswith(f"تنبيه: ملف الإعدادات {settings_file} تالف")
    assert settings_file.read_text(encoding="utf-8") == '{"place": "فاس",'
