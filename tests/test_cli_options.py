"""The command line's options: no abbreviation (``--template`` is not ``--template-fr``),
options that mean nothing for an issued release refused, ``--lang both`` writing two files
with ``docx`` and ``text`` as the README says, the help in Arabic and French with ``-o``
described."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from balagh.cli.main import build_parser
from cli_runs import Capsys, dump_digest, run


def every_parser(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in set(action.choices.values()):
                found += every_parser(sub)
    return found


@pytest.fixture
def office(tmp_path: Path, capsys: Capsys) -> str:
    url = f"sqlite:///{(tmp_path / 'office.db').as_posix()}"
    assert run(capsys, "--db", url, "demo")[0] == 0
    return url


def test_no_parser_takes_abbreviations() -> None:
    parsers = every_parser(build_parser())
    assert len(parsers) > 20
    assert [p.prog for p in parsers if p.allow_abbrev] == []


def test_an_unknown_option_is_not_taken_for_a_longer_one(
    office: str, tmp_path: Path, capsys: Capsys
) -> None:
    target = tmp_path / "n.pdf"
    code, out, err = run(capsys, "--db", office, "release", "pdf", "2023", "--template",
                         "nosuch", "-o", str(target))
    assert (code, out) == (2, "") and not target.exists()
    assert "معطيات غير معروفة: --template nosuch" in err
    assert "arguments non reconnus : --template nosuch" in err


def test_draft_options_with_an_issued_reference_are_refused(
    office: str, tmp_path: Path, capsys: Capsys
) -> None:
    assert run(capsys, "--db", office, "release", "issue", "2023", "-o",
               str(tmp_path / "issued.pdf"))[0] == 0
    before = dump_digest(tmp_path / "office.db")
    for options, named in ((["--kind", "daily", "--date", "2023-05-18"], "--kind --date"),
                           (["--date", "2023-05-18"], "--date"),
                           (["--template-fr", "x"], "--template-fr")):
        for command in (["release", "text", "2023/001"],
                        ["release", "docx", "2023/001", "-o", str(tmp_path / "r.docx")]):
            code, out, err = run(capsys, "--db", office, *command, *options)
            assert (code, out) == (1, ""), (command, options)
            assert f"المرجع 2023/001 يسمي بلاغا صادرا بنصه المسجل، فلا معنى معه للخيار {named}" \
                in err
            assert f"l'option {named} n'a pas de sens avec elle" in err
    assert not (tmp_path / "r.docx").exists() and dump_digest(tmp_path / "office.db") == before
    code, out, _ = run(capsys, "--db", office, "release", "text", "2023/001")
    assert code == 0 and out.strip()


def test_text_with_both_languages_writes_two_files(
    office: str, tmp_path: Path, capsys: Capsys
) -> None:
    html = tmp_path / "بلاغ.html"
    code, _, err = run(capsys, "--db", office, "release", "text", "2023", "--html", "--lang",
                       "both", "-o", str(html))
    assert code == 0
    french = tmp_path / "بلاغ.fr.html"
    assert 'lang="ar"' in html.read_text(encoding="utf-8")
    assert 'lang="fr"' in french.read_text(encoding="utf-8")
    assert f"كتب البلاغ في {html}" in err and f"كتب البلاغ في {french}" in err
    named = tmp_path / "named.html"  # the extension asks for HTML, as --html does
    assert run(capsys, "--db", office, "release", "text", "2023", "--lang", "both", "-o",
               str(named))[0] == 0
    assert "<html" in (tmp_path / "named.fr.html").read_text(encoding="utf-8")
    text = tmp_path / "بلاغ.txt"
    assert run(capsys, "--db", office, "release", "text", "2023", "--lang", "both", "-o",
               str(text))[0] == 0
    assert "Fès" in (tmp_path / "بلاغ.fr.txt").read_text(encoding="utf-8")


WRITING = (["release", "pdf"], ["release", "issue"], ["release", "export"], ["release", "docx"],
           ["release", "text"], ["summary", "pdf"], ["summary", "all"], ["summary", "card"],
           ["editions", "export"])


@pytest.mark.parametrize("command", WRITING, ids=" ".join)
def test_help_is_arabic_and_french_and_describes_the_output(
    capsys: Capsys, command: list[str]
) -> None:
    code, printed, _ = run(capsys, *command, "--help")
    out = " ".join(printed.split())  # the help is wrapped to the terminal's width
    assert code == 0
    assert "show this help message and exit" not in out
    assert "عرض هذه المساعدة والخروج / afficher cette aide et quitter" in out
    assert "الخيارات / options:" in out
    output_help = out[out.index("-o FILE"):]
    assert "يستبدل إن وجد" in output_help or "يطبع" in output_help
    assert "remplacé s'il existe" in output_help or "affiché" in output_help


def test_the_version_help_is_translated(capsys: Capsys) -> None:
    code, printed, _ = run(capsys, "--help")
    out = " ".join(printed.split())
    assert code == 0 and "عرض رقم إصدار البرنامج والخروج / afficher la version" in out
    assert "show program's version number" not in out


def test_command_lists_are_titled_in_both_languages(capsys: Capsys) -> None:
    for command in ([], ["release"], ["summary"], ["editions"], ["db"], ["trash"]):
        code, printed, _ = run(capsys, *command, "--help")
        assert code == 0 and "الأوامر / commandes:" in printed, command
        assert "commands:" not in printed, command
