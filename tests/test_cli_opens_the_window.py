"""`balagh` and `balagh --db URL` open the window: parsed without the subcommands (their
modules are not imported before the window shows), with the same result as the whole
parser; every other command line goes through the whole parser."""

from __future__ import annotations

import subprocess
import sys

import pytest

from balagh.cli.main import build_parser, opens_the_window_only

WINDOW_ONLY = [[], ["--db", "sqlite:///x.db"], ["--db=sqlite:///x.db"], ["--db", ""]]


@pytest.mark.parametrize("arguments", WINDOW_ONLY)
def test_the_short_parser_reads_a_window_command_line_as_the_whole_one(
        arguments: list[str]) -> None:
    assert opens_the_window_only(arguments)
    short = build_parser(commands=False).parse_known_args(arguments)
    whole = build_parser().parse_known_args(arguments)
    assert short == whole


@pytest.mark.parametrize("arguments", [
    ["gui"], ["list"], ["--db", "sqlite:///x.db", "list"], ["--help"], ["--version"],
    ["--db"], ["--db", "--help"], ["-platform", "offscreen"], ["--db", "x", "-platform", "o"],
    ["--d", "sqlite:///x.db"],
])
def test_anything_else_goes_through_the_whole_parser(arguments: list[str]) -> None:
    assert not opens_the_window_only(arguments)


def test_the_window_command_line_imports_no_subcommand_module() -> None:
    code = (
        "import sys\n"
        "import balagh.cli.main as cli\n"
        "cli._cmd_gui = lambda args: print('GUI', args.db) or 0\n"
        "code = cli.main(['--db', 'sqlite:///x.db'])\n"
        "print(sorted(m for m in sys.modules if m.startswith('balagh.cli.')))\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "GUI sqlite:///x.db"
    assert lines[1] == "['balagh.cli.main']"
