"""A cold ``balagh release pdf`` does not run the modules it does not need.

SQLAlchemy and reportlab import ``importlib.metadata`` and ``PIL.Image`` at import time;
Balagh defers them (``balagh.platform.deferred_imports``): they run only when used;
arabic-reshaper is imported without fontTools (its font-file option is unused). A
compiled release template (``balagh.documents.release.template_cache``) and Babel's month
names (``balagh.platform.calendar_names``) are kept on disk for the next process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from balagh.documents.release.template_cache import cached_template
from balagh.documents.release.templating import TemplateError, compile_template, environment
from balagh.platform.deferred_imports import UNUSED_MODULES
from balagh.platform.paths import app_paths
from balagh.store import open_store
from balagh.store.demo import install_demo

COLD_RELEASE = """
import json, sys
from balagh.cli.main import main
from balagh.platform.deferred_imports import is_deferred
code = main(["--db", sys.argv[1], "release", "pdf", "4", "-o", sys.argv[2]])
print(json.dumps({"code": code, "deferred": {name: is_deferred(name) for name in sys.argv[3:]},
                  "babel": "babel" in sys.modules, "fontTools": "fontTools" in sys.modules}))
"""


def _run(code: str, *args: str, home: Path) -> str:
    env = {**os.environ, "BALAGH_HOME": str(home)}
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=env, timeout=180)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


def test_release_pdf_never_runs_the_deferred_modules(tmp_path: Path) -> None:
    url = f"sqlite:///{(tmp_path / 'balagh.db').as_posix()}"
    with open_store(url) as store:
        install_demo(store.editions)
    pdf = tmp_path / "release.pdf"
    first = json.loads(_run(COLD_RELEASE, url, str(pdf), *UNUSED_MODULES, home=tmp_path))
    assert first["code"] == 0 and first["babel"]  # Babel gave the month names
    # the cache folder now holds the compiled closing template and Babel's names
    assert list((tmp_path / "cache" / "templates").glob("*.cache"))
    assert (tmp_path / "cache" / "calendar-names.json").is_file()
    written = pdf.read_bytes()
    report = json.loads(_run(COLD_RELEASE, url, str(pdf), *UNUSED_MODULES, home=tmp_path))
    assert report["code"] == 0
    assert pdf.read_bytes()[:1000] == written[:1000] and written.startswith(b"%PDF")
    assert report["deferred"] == {name: True for name in UNUSED_MODULES}
    assert not report["babel"] and not report["fontTools"]


def test_a_deferred_module_works_when_it_is_used(tmp_path: Path) -> None:
    code = """
from balagh.platform.deferred_imports import defer_unused_modules, is_deferred
defer_unused_modules()
import sqlalchemy, importlib.metadata
import reportlab.pdfbase.ttfonts, uharfbuzz
from PIL import Image
before = [is_deferred(name) for name in ("importlib.metadata", "PIL.Image", "uharfbuzz")]
version = importlib.metadata.version("SQLAlchemy")
size = Image.new("RGB", (3, 2)).size
blob = len(uharfbuzz.Blob(b"abc"))
print(before, version == sqlalchemy.__version__, size, blob, is_deferred("importlib.metadata"))
"""
    assert _run(code, home=tmp_path) == "[True, True, True] True (3, 2) 3 False"


def test_a_compiled_template_is_reused_from_disk(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    text = "{% for n in numbers %}{{ n * 2 }} {% endfor %}"
    first = cached_template(environment(), text, tmp_path)
    assert first.render(numbers=[1, 2]) == "2 4 "
    assert len(list(tmp_path.glob("*.cache"))) == 1

    environment.cache_clear()  # a new process's environment, which must compile nothing
    fresh = environment()
    assert fresh is not first.environment
    monkeypatch.setattr(fresh, "compile", lambda *a, **k: pytest.fail("compiled again"))
    again = cached_template(fresh, text, tmp_path)
    assert again.render(numbers=[3]) == "6 "


def test_texts_share_at_most_256_files(tmp_path: Path) -> None:
    for number in range(1000):
        assert cached_template(environment(), f"{{{{ a }}}}{number}", tmp_path).render(
            a="x") == f"x{number}"
    assert len(list(tmp_path.glob("*.cache"))) <= 256


def test_an_unusable_cache_folder_only_means_compiling(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    template = cached_template(environment(), "{{ a + 1 }}", blocker / "templates")
    assert template.render(a=1) == "2"


def test_a_syntax_error_still_names_its_line_and_writes_nothing() -> None:
    with pytest.raises(TemplateError) as caught:
        compile_template("سطر أول\n{% if %}\n", "معطوب")
    assert caught.value.line == 2
    assert not list((app_paths().cache_dir / "templates").glob("*.cache"))


def test_only_the_named_importer_finds_the_package_missing(tmp_path: Path) -> None:
    (tmp_path / "asker.py").write_text(
        "try:\n    import fontTools.ttLib\n    FOUND = True\n"
        "except ImportError:\n    FOUND = False\n", encoding="utf-8")
    code = """
import sys
sys.path.insert(0, sys.argv[1])
from balagh.platform.deferred_imports import optional_import_refused
with optional_import_refused("fontTools", "asker"):
    import asker
    refused = "fontTools" not in sys.modules
    import fontTools.ttLib  # any other module imports it
print(asker.FOUND, refused, "fontTools.ttLib" in sys.modules)
"""
    assert _run(code, str(tmp_path), home=tmp_path) == "False True True"


def test_a_build_without_source_files_stamps_templates_with_its_version() -> None:
    from types import SimpleNamespace

    from balagh import __version__
    from balagh.documents.release import template_cache

    frozen = SimpleNamespace(__file__="/nowhere/balagh/documents/release/templating.pyc")
    assert template_cache._stamp(frozen) == f"v{__version__}"
    assert template_cache._stamp(template_cache) != f"v{__version__}"


def test_a_module_its_package_imports_is_left_as_it_is(tmp_path: Path) -> None:
    code = """
import sys
assert "json" not in sys.modules
from balagh.platform.deferred_imports import defer_unused_modules, is_deferred
defer_unused_modules(("json.decoder",))  # importing json imports json.decoder
import json
print(is_deferred("json.decoder"), json.loads("[1]"), sys.modules["json.decoder"] is json.decoder)
"""
    assert _run(code, home=tmp_path) == "False [1] True"
