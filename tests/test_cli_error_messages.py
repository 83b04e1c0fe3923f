"""The command line's errors are one sentence in Arabic and French, never the system's or the
database driver's English: missing files, broken or missing databases, an unreachable
PostgreSQL server, a file that is not a PDF (``balagh.platform.os_errors``,
``balagh.store.db_errors.opening_reason``)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from cli_runs import Capsys, run

ENGLISH = ("No such file", "Permission denied", "not a database", "malformed",
           "unable to open", "Connection refused", "connection failed", "database error:")


def one_sentence(err: str) -> str:
    """The one line on standard error, checked free of English."""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert not any(word in err for word in ENGLISH), err
    return lines[0]


@pytest.fixture
def office(tmp_path: Path, capsys: Capsys) -> Path:
    path = tmp_path / "office.db"
    assert run(capsys, "--db", f"sqlite:///{path.as_posix()}", "demo")[0] == 0
    return path


def test_a_missing_file_to_verify(capsys: Capsys, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "بلاغ.pdf"
    code, out, err = run(capsys, "release", "verify", str(missing))
    assert (code, out) == (1, "")
    line = one_sentence(err)
    assert f"تعذر الوصول إلى الملف {missing}: الملف أو المجلد غير موجود" in line
    assert "fichier ou dossier introuvable" in line


def test_a_file_that_is_not_a_pdf_is_said_so(capsys: Capsys, tmp_path: Path) -> None:
    text = tmp_path / "keep.txt"
    text.write_text("precious\n")
    code, out, err = run(capsys, "release", "verify", str(text))
    assert (code, out) == (1, "")
    line = one_sentence(err)
    assert f"الملف {text} ليس ملف PDF" in line and "n'est pas un PDF" in line
    assert "غير موقع إلكترونيا" not in line


@pytest.mark.parametrize("damage", ["garbage", "truncated", "folder"])
def test_a_broken_database_is_one_sentence_for_every_command(
    office: Path, tmp_path: Path, capsys: Capsys, damage: str, caplog: pytest.LogCaptureFixture
) -> None:
    broken = tmp_path / f"{damage}.db"
    if damage == "garbage":
        broken.write_bytes(os.urandom(4096))
        expected = ("الملف ليس قاعدة بيانات أو أنه تالف؛ استعمل آخر نسخة احتياطية",
                    "n'est pas une base de données ou il est endommagé")
    elif damage == "truncated":
        broken.write_bytes(office.read_bytes()[:20000])
        expected = ("الملف ليس قاعدة بيانات أو أنه تالف؛ استعمل آخر نسخة احتياطية",
                    "n'est pas une base de données ou il est endommagé")
    else:
        broken.mkdir()
        expected = ("هذا المسار مجلد وليس ملف قاعدة بيانات",
                    "ce chemin est un dossier, pas un fichier de base de données")
    before = broken.read_bytes() if broken.is_file() else None
    url = f"sqlite:///{broken.as_posix()}"
    caplog.set_level(logging.ERROR)
    for command in (["editions", "list"], ["db", "info"], ["release", "draft", "2023"]):
        code, out, err = run(capsys, "--db", url, *command)
        assert (code, out) == (1, ""), command
        line = one_sentence(err)
        assert line.startswith(f"خطأ: تعذر فتح قاعدة البيانات {url}: {expected[0]}"), command
        assert f"Impossible d'ouvrir la base de données {url} : " in line and expected[1] in line
    assert any("cannot open the database" in r.getMessage() for r in caplog.records)  # the log
    if before is not None:
        assert broken.read_bytes() == before


def test_an_unreachable_postgresql_server_in_words(capsys: Capsys) -> None:
    url = "postgresql+psycopg://balagh@127.0.0.1:1/office"  # port 1: nothing listens there
    code, out, err = run(capsys, "--db", url, "editions", "list")
    assert (code, out) == (1, "")
    line = one_sentence(err)
    assert "خادم قاعدة البيانات لا يقبل الاتصال على هذا العنوان والمنفذ" in line
    assert "le serveur de base de données refuse la connexion" in line


def test_a_backup_of_a_missing_folder_in_words(office: Path, tmp_path: Path,
                                               capsys: Capsys) -> None:
    target = tmp_path / "no" / "b.db"
    code, _, err = run(capsys, "--db", f"sqlite:///{office.as_posix()}", "db", "backup", "-o",
                       str(target))
    assert code == 1 and f"المجلد {target.parent} غير موجود" in one_sentence(err)


def test_a_file_where_a_folder_is_expected_in_words(office: Path, tmp_path: Path,
                                                    capsys: Capsys) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    code, _, err = run(capsys, "--db", f"sqlite:///{office.as_posix()}", "release", "pdf",
                       "2023", "-o", str(blocker / "x.pdf"))
    assert code == 1 and f"{blocker} ليس مجلدا" in one_sentence(err)


def test_a_missing_trust_certificate_in_words(capsys: Capsys, tmp_path: Path) -> None:
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%%EOF\n")
    missing = tmp_path / "ca.pem"
    code, _, err = run(capsys, "release", "verify", str(pdf), "--trust", str(missing))
    assert code == 1
    line = one_sentence(err)
    assert f"تعذرت قراءة شهادة الثقة {missing}: الملف أو المجلد غير موجود" in line
    assert "Errno" not in line
