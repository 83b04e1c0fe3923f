"""The frozen application works on a machine without Python, offline, from any folder.

Builds the PyInstaller folder and archive with ``packaging/build.py`` (a few minutes), unpacks
the archive into another folder and runs the application there with an empty environment
(``env -i`` with only ``QT_QPA_PLATFORM=offscreen``, a temporary ``HOME`` and a minimal
``PATH``), from a working folder that is not the checkout, as a user would.

``BALAGH_PACKAGING_DIST=<dist folder>`` reuses a fresh build made by
``packaging/build.py --dist <dist folder>`` instead of building again.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "ma.gov.dgsn.Balagh"
# The four demo editions (resources/demo/editions.json): year and city as `editions list` shows.
DEMO_EDITIONS = {2017: "الدار البيضاء", 2018: "مراكش", 2019: "طنجة", 2023: "فاس"}
# Phrases of the published Fez 2023 release (shared/seed) that the generated release must keep.
FEZ_PHRASES = [
    "فاس",
    "مليون و150 ألف زائر",
    "630 ألف زائر",
    "20 مليون مشاهدة",
    "2300 موظف شرطة",
    "150 مركبة",
    "31 رواقا",
    "465 متبرعا",
]
SIZE_LIMIT_BYTES = 150_000_000
QUIT_AFTER_VARIABLE = "BALAGH_QUIT_AFTER_MS"
#: How long a smoke run of the window may take before it counts as hung: start-up, the
#: BALAGH_QUIT_AFTER_MS wait once it is filled, closing (6-10 s on the clock from source
#: beside four busy processes; only a window that never closes reaches this).
GUI_WAIT_SECONDS = 120


def _project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        version = tomllib.load(handle)["project"]["version"]
    assert isinstance(version, str)
    return version


@pytest.fixture(scope="module")
def build_info(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Build (or reuse) the folder and archive; the contents of build-info.json."""
    reuse = os.environ.get("BALAGH_PACKAGING_DIST")
    if reuse:
        dist = Path(reuse)
    else:
        pytest.importorskip("PyInstaller", reason="PyInstaller missing: pip install .[packaging]")
        dist = tmp_path_factory.mktemp("dist")
        work = tmp_path_factory.mktemp("work")
        command = [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(dist),
            "--work",
            str(work),
        ]
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=1800)
        assert done.returncode == 0, f"build failed:\n{done.stdout[-4000:]}\n{done.stderr[-8000:]}"
        print(done.stdout)
    info: dict[str, Any] = json.loads((dist / "build-info.json").read_text(encoding="utf-8"))
    return info


@pytest.fixture(scope="module")
def app_dir(build_info: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The application unpacked from the archive into a folder unrelated to the build."""
    target = tmp_path_factory.mktemp("elsewhere")
    with tarfile.open(build_info["archive"]) as packed:
        packed.extractall(target, filter="tar")
    folder = target / "balagh"
    assert (folder / "balagh").is_file(), "the archive has no balagh/balagh executable"
    return folder


@pytest.fixture(scope="module")
def user_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """HOME of the simulated user (shared by the steps: demo data, then release, then GUI)."""
    return tmp_path_factory.mktemp("home")


def _snapshot(folder: Path) -> set[str]:
    return {str(path.relative_to(folder)) for path in folder.rglob("*")}


def run_app(
    app: Path, home: Path, *args: str, timeout: float = 180, extra: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the frozen ``balagh`` with an empty environment, from a neutral working folder."""
    workdir = home / "work"
    workdir.mkdir(exist_ok=True)
    variables = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "PATH": "/usr/bin:/bin"}
    variables.update(extra or {})
    command = [
        "/usr/bin/env",
        "-i",
        *(f"{k}={v}" for k, v in variables.items()),
        str(app / "balagh"),
        *args,
    ]
    return subprocess.run(command, cwd=workdir, capture_output=True, text=True, timeout=timeout)


def _describe(done: subprocess.CompletedProcess[str]) -> str:
    return f"exit {done.returncode}\nstdout:\n{done.stdout[-3000:]}\nstderr:\n{done.stderr[-5000:]}"


def require_command(app: Path, home: Path, *words: str) -> None:
    """Fail (never skip) when the frozen ``balagh <words> --help`` does not run: a bundle
    without a command the application has is a broken bundle."""
    probe = run_app(app, home, *words, "--help", timeout=60)
    command = " ".join(words)
    assert probe.returncode == 0, f"the frozen `balagh {command}` is missing or broken\n" + (
        _describe(probe)
    )


# --------------------------------------------------------------------------- the bundle itself


def test_archive_is_named_with_version_and_platform(build_info: dict[str, Any]) -> None:
    version = _project_version()
    assert build_info["version"] == version
    name = Path(build_info["archive"]).name
    assert re.fullmatch(rf"balagh-{re.escape(version)}-linux-[a-z0-9_]+\.tar\.gz", name), name
    assert build_info["archive_bytes"] == Path(build_info["archive"]).stat().st_size
    print(
        f"\nbundle {build_info['folder_bytes'] / 1e6:.1f} MB in {build_info['folder_files']} "
        f"files; archive {build_info['archive_bytes'] / 1e6:.1f} MB; {build_info['seconds']} s"
    )


def test_bundle_stays_small(build_info: dict[str, Any]) -> None:
    assert build_info["folder_bytes"] < SIZE_LIMIT_BYTES, (
        f"bundle is {build_info['folder_bytes'] / 1e6:.1f} MB, limit {SIZE_LIMIT_BYTES / 1e6} MB"
    )


def test_bundle_has_no_dangling_links(app_dir: Path) -> None:
    dangling = [
        str(p.relative_to(app_dir)) for p in app_dir.rglob("*") if p.is_symlink() and not p.exists()
    ]
    assert not dangling


def test_bundle_carries_runtime_data_and_metadata(app_dir: Path) -> None:
    internal = app_dir / "_internal"
    package = internal / "balagh"
    for font in ("Amiri-Regular.ttf", "Amiri-Bold.ttf", "OFL.txt"):
        assert (package / "resources" / "fonts" / font).is_file(), font
    assert (package / "resources" / "icons" / "app" / "balagh-256.png").is_file()
    messages = package / "resources" / "locale" / "fr" / "LC_MESSAGES"
    assert (messages / "balagh.mo").is_file()  # the French the window reads
    assert not list((package / "resources").rglob("*.po"))  # catalogue sources stay out
    demo = package / "resources" / "demo" / "editions.json"
    assert demo.read_bytes() == (ROOT / "resources" / "demo" / "editions.json").read_bytes()
    migrations = package / "store" / "migrations"
    assert (migrations / "env.py").is_file()
    assert (migrations / "script.py.mako").is_file()
    shipped = sorted(p.name for p in (migrations / "versions").glob("*.py"))
    versions = ROOT / "desktop" / "balagh" / "store" / "migrations" / "versions"
    source = sorted(p.name for p in versions.glob("*.py"))
    assert shipped == source
    metadata = internal / f"balagh-{_project_version()}.dist-info" / "METADATA"
    assert f"Version: {_project_version()}" in metadata.read_text(encoding="utf-8")


def test_bundle_has_the_qt_it_needs_and_not_the_rest(app_dir: Path) -> None:
    qt = app_dir / "_internal" / "PySide6" / "Qt"
    platforms = {p.name for p in (qt / "plugins" / "platforms").iterdir()}
    assert {"libqoffscreen.so", "libqxcb.so"} <= platforms, platforms
    libs = {p.name for p in (app_dir / "_internal").rglob("libQt6*")}
    assert any(name.startswith("libQt6Pdf.") for name in libs), libs
    unwanted = re.compile(r"Qt6(WebEngine|Quick|Qml|3D|Multimedia|Designer|Wayland)")
    assert not sorted(n for n in libs if unwanted.search(n))
    everything = {str(p.relative_to(app_dir)) for p in app_dir.rglob("*")}
    for left_out in ("tkinter", "weasyprint", "pytest", "hypothesis", "mypy", "psycopg"):
        found = [p for p in everything if f"/{left_out}" in p or p.startswith(left_out)]
        assert not found, (left_out, found[:5])
    translations = {p.name for p in (qt / "translations").glob("*.qm")}
    assert "qtbase_ar.qm" in translations
    assert all(re.search(r"_(ar|fr)\.qm$", name) for name in translations), translations


def test_linux_desktop_integration(app_dir: Path) -> None:
    desktop = app_dir / "share" / "applications" / f"{APP_ID}.desktop"
    text = desktop.read_text(encoding="utf-8")
    assert "Name[ar]=بلاغ" in text and "Name[fr]=" in text and f"Icon={APP_ID}" in text
    metainfo = (app_dir / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").read_text("utf-8")
    assert f'<release version="{_project_version()}"' in metainfo
    for size in (16, 24, 32, 48, 64, 128, 256):
        assert (app_dir / f"share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png").is_file()
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(
            ["desktop-file-validate", str(desktop)], capture_output=True, text=True
        )
        assert done.returncode == 0, done.stdout + done.stderr
    if shutil.which("appstreamcli"):
        metainfo_file = app_dir / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"
        done = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(metainfo_file)],
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stdout + done.stderr


# --------------------------------------------------------------------------- running it


@pytest.fixture(scope="module")
def after_demo(app_dir: Path, user_home: Path) -> Iterator[Path]:
    """`balagh demo` has loaded the demo editions into the user's database."""
    before = _snapshot(app_dir)
    done = run_app(app_dir, user_home, "demo")
    assert done.returncode == 0, _describe(done)
    assert "Traceback" not in done.stderr, _describe(done)
    yield user_home
    assert _snapshot(app_dir) == before, "the application wrote into its own folder"


def test_demo_database_goes_to_the_users_data_folder(after_demo: Path, app_dir: Path) -> None:
    database = after_demo / ".local" / "share" / "Balagh" / "balagh.db"
    assert database.is_file() and database.stat().st_size > 0
    assert not list(app_dir.rglob("*.db"))


def test_version_comes_from_pyproject(app_dir: Path, user_home: Path) -> None:
    done = run_app(app_dir, user_home, "--version")
    assert done.returncode == 0, _describe(done)
    assert done.stdout.strip() == f"balagh {_project_version()}"


def test_editions_list_shows_the_four_demo_editions(after_demo: Path, app_dir: Path) -> None:
    done = run_app(app_dir, after_demo, "editions", "list")
    assert done.returncode == 0, _describe(done)
    lines = done.stdout.splitlines()
    for year, city in DEMO_EDITIONS.items():
        assert [line for line in lines if str(year) in line and city in line], (year, city, lines)


def test_release_docx_from_the_frozen_build(after_demo: Path, app_dir: Path) -> None:
    require_command(app_dir, after_demo, "release", "docx")
    import docx

    out = after_demo / "work" / "fez-2023.docx"
    done = run_app(app_dir, after_demo, "release", "docx", "2023", "-o", str(out))
    assert done.returncode == 0, _describe(done)
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
    assert paragraphs[1] == "بلاغ" and paragraphs[2].startswith("تعلن المديرية العامة")


def test_release_pdf_reads_back_as_the_fez_release(
    after_demo: Path, app_dir: Path, tmp_path: Path
) -> None:
    require_command(app_dir, after_demo, "release", "pdf")
    from readback import read_pdf_text  # tests/readback.py, the typeset helper's PDF -> text

    out = after_demo / "work" / "fez-2023.pdf"
    done = run_app(app_dir, after_demo, "release", "pdf", "2023", "-o", str(out))
    assert done.returncode == 0, _describe(done)
    assert out.read_bytes()[:5] == b"%PDF-"
    from pypdf import PdfReader

    metadata = PdfReader(out).metadata
    assert metadata is not None and metadata.creator == f"Balagh {_project_version()}"
    text = read_pdf_text(out.read_bytes())
    flowing = " ".join(text.split())  # a phrase may be broken across two lines
    for phrase in FEZ_PHRASES:
        assert phrase in flowing, f"«{phrase}» missing from the frozen release:\n{text}"
    # The frozen build says exactly what the checkout says for the same data.
    reference = tmp_path / "reference.pdf"
    env = {**os.environ, "BALAGH_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    for args in (["demo"], ["release", "pdf", "2023", "-o", str(reference)]):
        ran = subprocess.run(
            [sys.executable, "-m", "balagh", *args],
            env=env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert ran.returncode == 0, _describe(ran)
    assert text == read_pdf_text(reference.read_bytes())


def test_summary_sheets_and_workbook(after_demo: Path, app_dir: Path) -> None:
    require_command(app_dir, after_demo, "summary")
    from readback import read_pdf_text

    work = after_demo / "work"
    sheet, workbook = work / "fez-summary.pdf", work / "editions.xlsx"
    for args in (
        ["summary", "pdf", "2023", "-o", str(sheet), "--french-labels"],
        ["summary", "all", "-o", str(workbook)],
    ):
        done = run_app(app_dir, after_demo, *args)
        assert done.returncode == 0, _describe(done)
    text = " ".join(read_pdf_text(sheet.read_bytes()).split())
    assert "فاس" in text and "2023" in text, text
    with zipfile.ZipFile(workbook) as packed:
        assert "xl/workbook.xml" in packed.namelist()


def _run_gui(command: list[str], cwd: Path) -> tuple[bool, int, str, str]:
    """Run the GUI; (closed by itself, exit code, stdout, stderr). Killed after the wait."""
    process = subprocess.Popen(
        command,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        stdout, stderr = process.communicate(timeout=GUI_WAIT_SECONDS)
        return True, process.returncode, stdout, stderr
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        stdout, stderr = process.communicate()
        return False, process.returncode, stdout, stderr


def _check_gui_run(home: Path, run: tuple[bool, int, str, str], since: int) -> None:
    closed_by_itself, code, stdout, stderr = run
    logs = sorted(home.rglob("balagh.log"))
    assert logs, f"no balagh.log under {home}\n{stderr}"
    log = logs[0].read_text(encoding="utf-8")[since:]
    assert "Traceback" not in stderr and "Traceback" not in log, f"{stderr}\n{log}"
    assert "Could not load the Qt platform plugin" not in stderr, stderr
    assert "Balagh started" in log, f"{stderr}\n{log}"
    # the window was filled with the demo database (the pool's «start-up step store opened»
    # line comes even when the window closed first)
    assert "store opened in" in log, f"{stderr}\n{log}"
    assert closed_by_itself, (
        f"`balagh gui` did not close by itself within {GUI_WAIT_SECONDS} s although "
        f"{QUIT_AFTER_VARIABLE}=3000 asks it to (hung or blocked on a dialog); killed\n"
        f"{stdout[-2000:]}\n{stderr[-4000:]}"
    )
    assert code == 0, f"exit {code}\n{stdout}\n{stderr}"


def _log_length(home: Path) -> int:
    logs = sorted(home.rglob("balagh.log"))
    return len(logs[0].read_text(encoding="utf-8")) if logs else 0


def test_gui_starts_and_closes_cleanly(after_demo: Path, app_dir: Path) -> None:
    variables = {
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(after_demo),
        "PATH": "/usr/bin:/bin",
        QUIT_AFTER_VARIABLE: "3000",
    }
    command = [
        "/usr/bin/env",
        "-i",
        *(f"{k}={v}" for k, v in variables.items()),
        str(app_dir / "balagh"),
        "gui",
    ]
    since = _log_length(after_demo)
    _check_gui_run(after_demo, _run_gui(command, after_demo / "work"), since)


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (Debian xvfb)")
def test_gui_starts_on_x11_with_the_bundled_xcb_plugin(after_demo: Path, app_dir: Path) -> None:
    inner = (
        f'exec /usr/bin/env -i HOME="{after_demo}" PATH=/usr/bin:/bin DISPLAY="$DISPLAY" '
        f'XAUTHORITY="$XAUTHORITY" {QUIT_AFTER_VARIABLE}=3000 "{app_dir / "balagh"}" gui'
    )
    command = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "sh", "-c", inner]
    since = _log_length(after_demo)
    _check_gui_run(after_demo, _run_gui(command, after_demo / "work"), since)


# --------------------------------------------------------------------------- the harness itself


def _fake_app(folder: Path, script: str) -> Path:
    app = folder / "fake-bundle"
    app.mkdir()
    executable = app / "balagh"
    executable.write_text("#!/bin/sh\n" + script, encoding="utf-8")
    executable.chmod(0o755)
    return app


def test_a_bundle_without_a_command_fails_instead_of_skipping(tmp_path: Path) -> None:
    app = _fake_app(
        tmp_path, "echo \"balagh: error: argument command: invalid choice: '$1'\" >&2\nexit 2\n"
    )
    try:
        for words in (("summary",), ("release", "pdf")):
            with pytest.raises(AssertionError, match=f"balagh {' '.join(words)}` is missing"):
                require_command(app, tmp_path, *words)
    except pytest.skip.Exception:
        pytest.fail("a bundle without the command was skipped, not failed")


def test_a_gui_that_does_not_close_fails_instead_of_skipping(tmp_path: Path) -> None:
    log = tmp_path / ".local" / "state" / "Balagh" / "log" / "balagh.log"
    log.parent.mkdir(parents=True)
    log.write_text("Balagh started\nstore opened in 812 ms (background)\n", encoding="utf-8")
    try:
        with pytest.raises(AssertionError, match="did not close by itself"):
            _check_gui_run(tmp_path, (False, -9, "", ""), 0)
    except pytest.skip.Exception:
        pytest.fail("a GUI that had to be killed was skipped, not failed")
    _check_gui_run(tmp_path, (True, 0, "", ""), 0)  # the same run closing by itself passes
    with pytest.raises(AssertionError, match="exit 1"):
        _check_gui_run(tmp_path, (True, 1, "", "crashed"), 0)
