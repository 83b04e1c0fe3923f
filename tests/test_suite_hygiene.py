"""The test suite itself: it writes only under the tests' own folders and assumes no machine.

A test that saves to ``/tmp/somewhere`` passes only on the machine where that folder exists,
and one that runs ``.venv/bin/tool`` only in that environment layout; both failed on a fresh
clone. This scan of every test module's string literals refuses such paths.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent

# An absolute path into a writable folder of this machine at the start of a literal
# («/tmp/gfr/x.png», «/home/me», «/work/shared/…»), or a virtual environment's own layout
# anywhere in one. A literal that is only text (a path shown in a message) carries the
# marker comment ``# text, not a path`` on its line.
MACHINE_PATH = re.compile(r"^(?:/(?:tmp|var/tmp|home|root|work|srv|mnt)(?:/|$)|~/)")
MARKER = "# text, not a path"
VENV_LAYOUT = re.compile(r"(?:^|[\\/])\.venv(?:[\\/]|$)")


def _docstrings(tree: ast.AST) -> set[int]:
    ids: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def machine_paths(source: str) -> list[tuple[int, str]]:
    """(line, literal) for every string literal naming a machine path or a venv layout.

    >>> machine_paths('save("/tmp/gfr/a.png")')
    [(1, '/tmp/gfr/a.png')]
    >>> machine_paths('run([ROOT / ".venv" / "bin" / "tool"])')
    [(1, '.venv')]
    >>> machine_paths('text = "مجلد غير موجود: /tmp/nope"')
    []
    """
    tree = ast.parse(source)
    skip = _docstrings(tree)
    lines = source.splitlines()
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            if MARKER in lines[node.lineno - 1]:
                continue
            if MACHINE_PATH.match(node.value) or VENV_LAYOUT.search(node.value):
                found.append((node.lineno, node.value))
    return found


def test_the_scan_catches_the_paths_that_broke_a_fresh_clone() -> None:
    assert machine_paths('window.grab().save("/tmp/gfr/startup_error.png")')
    assert machine_paths('p = ROOT / ".venv" / "bin" / "pyside6-lupdate"')
    assert machine_paths('SEED = Path("/work/shared/seed/000.txt")')
    assert not machine_paths('shown = isolate("/tmp/nope")  # text, not a path')
    assert not machine_paths('p = tmp_path / "startup_error.png"')


def test_no_test_module_names_a_machine_path() -> None:
    offenders = []
    for module in sorted(TESTS.rglob("*.py")):
        for line, literal in machine_paths(module.read_text(encoding="utf-8")):
            offenders.append(f"{module.relative_to(TESTS)}:{line}: {literal!r}")
    assert offenders == [], "tests must write under tmp_path:\n" + "\n".join(offenders)
