"""Build the self-contained Balagh application folder and its compressed archive.

    .venv/bin/python packaging/build.py     # dist/balagh/ + dist/balagh-<v>-<platform>.tar.gz
    .venv/bin/python packaging/build.py --dist /tmp/out --work /tmp/work
    py packaging\\build.py --installer       # Windows: also runs Inno Setup (ISCC)

Steps: PyInstaller runs ``packaging/balagh.spec`` (one-folder build); on Linux the desktop
integration files (``.desktop``, AppStream metainfo with this version's release, icons in the
hicolor sizes, ``install-user.sh``) are added at the top of the folder; the folder is packed
as ``balagh-<version>-<platform>.tar.gz`` (``.zip`` on Windows). The version is read from
``pyproject.toml``, the one place it is written. Sizes are printed and written to
``<dist>/build-info.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "balagh.spec"
APP_ID = "ma.gov.dgsn.Balagh"
BUNDLE_NAME = "balagh"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


@dataclass(frozen=True)
class BuildInfo:
    """What a build produced, as written to ``build-info.json``."""

    version: str
    platform: str
    folder: str
    folder_bytes: int
    folder_files: int
    archive: str
    archive_bytes: int
    seconds: float


def project_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """The version written in ``pyproject.toml`` (``[project] version``)."""
    with pyproject.open("rb") as handle:
        data = tomllib.load(handle)
    version = data["project"]["version"]
    if not isinstance(version, str) or not version:
        raise ValueError(f"no [project] version in {pyproject}")
    return version


def platform_tag() -> str:
    """``linux-x86_64``, ``windows-x86_64``, ``macos-arm64``… for the archive name."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    if system.startswith("linux"):
        system = "linux"
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    return f"{system}-{machine}"


def folder_size(folder: Path) -> tuple[int, int]:
    """Total bytes and number of files under ``folder`` (symlinks counted, not followed)."""
    total = 0
    count = 0
    for dirpath, _dirnames, filenames in os.walk(folder):
        for name in filenames:
            total += os.lstat(os.path.join(dirpath, name)).st_size
            count += 1
    return total, count


def run_pyinstaller(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec and return the application folder."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    print("$ " + " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT)
    folder = dist / BUNDLE_NAME
    if not folder.is_dir():
        raise RuntimeError(f"PyInstaller did not produce {folder}")
    return folder


def metainfo_with_release(source: Path, version: str, date: dt.date) -> str:
    """The AppStream metainfo text with a ``<releases>`` entry for this version added."""
    text = source.read_text(encoding="utf-8")
    marker = "</component>"
    if marker not in text or "<releases>" in text:
        raise ValueError(f"{source}: expected one </component> and no <releases> (added here)")
    release = (
        "  <releases>\n"
        f'    <release version="{version}" date="{date.isoformat()}"/>\n'
        "  </releases>\n"
    )
    return text.replace(marker, release + marker)


def add_linux_integration(folder: Path, version: str) -> None:
    """Put the .desktop file, metainfo, hicolor icons and the per-user installer in ``folder``."""
    linux = PACKAGING / "linux"
    share = folder / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    shutil.copy2(linux / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(
        metainfo_with_release(linux / f"{APP_ID}.metainfo.xml", version, dt.date.today()),
        encoding="utf-8",
    )
    icons = ROOT / "resources" / "icons" / "app"
    for size in ICON_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(icons / f"balagh-{size}.png", target / f"{APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(icons / "balagh.svg", scalable / f"{APP_ID}.svg")
    installer = folder / "install-user.sh"
    shutil.copy2(linux / "install-user.sh", installer)
    installer.chmod(0o755)


def write_archive(folder: Path, dist: Path, version: str, tag: str) -> Path:
    """Pack ``folder`` as ``balagh-<version>-<tag>.tar.gz`` (``.zip`` on Windows)."""
    stem = f"balagh-{version}-{tag}"
    if sys.platform == "win32":
        archive = dist / f"{stem}.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as packed:
            for path in sorted(folder.rglob("*")):
                packed.write(path, Path(folder.name) / path.relative_to(folder))
        return archive
    archive = dist / f"{stem}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=9) as packed:
        packed.add(folder, arcname=folder.name)
    return archive


def run_inno_setup(folder: Path, dist: Path, version: str) -> Path:
    """Windows only: compile ``packaging/windows/balagh.iss`` with ISCC into ``dist``."""
    iscc = shutil.which("ISCC") or shutil.which("iscc")
    if iscc is None:
        default = Path(os.environ.get("ProgramFiles(x86)", r"C:\Program Files (x86)"))
        candidate = default / "Inno Setup 6" / "ISCC.exe"
        iscc = str(candidate) if candidate.is_file() else None
    if iscc is None:
        raise RuntimeError("Inno Setup 6 (ISCC.exe) not found: install it or put it on PATH")
    command = [
        iscc,
        f"/DAppVersion={version}",
        f"/DBundleDir={folder}",
        f"/DOutputDir={dist}",
        str(PACKAGING / "windows" / "balagh.iss"),
    ]
    print("$ " + " ".join(command), flush=True)
    subprocess.run(command, check=True)
    return dist / f"balagh-{version}-{platform_tag()}-setup.exe"


def megabytes(count: int) -> str:
    """Bytes as megabytes with one decimal, e.g. ``123.4 MB``."""
    return f"{count / 1_000_000:.1f} MB"


def build(dist: Path, work: Path, *, archive: bool = True) -> BuildInfo:
    """Build the folder (and the archive) and return what was produced."""
    started = time.monotonic()
    version = project_version()
    tag = platform_tag()
    dist.mkdir(parents=True, exist_ok=True)
    folder = run_pyinstaller(dist, work)
    if sys.platform.startswith("linux"):
        add_linux_integration(folder, version)
    folder_bytes, folder_files = folder_size(folder)
    archive_path = write_archive(folder, dist, version, tag) if archive else None
    info = BuildInfo(
        version=version,
        platform=tag,
        folder=str(folder),
        folder_bytes=folder_bytes,
        folder_files=folder_files,
        archive=str(archive_path) if archive_path else "",
        archive_bytes=archive_path.stat().st_size if archive_path else 0,
        seconds=round(time.monotonic() - started, 1),
    )
    (dist / "build-info.json").write_text(json.dumps(asdict(info), indent=2), encoding="utf-8")
    return info


def main(argv: list[str] | None = None) -> int:
    """Command line: build, then print the folder and archive sizes."""
    parser = argparse.ArgumentParser(description="Build the Balagh application folder + archive")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller work folder"
    )
    parser.add_argument("--no-archive", action="store_true", help="build the folder only")
    parser.add_argument(
        "--installer", action="store_true", help="Windows: also build the Inno Setup installer"
    )
    args = parser.parse_args(argv)
    dist: Path = args.dist.resolve()
    info = build(dist, args.work.resolve(), archive=not args.no_archive)
    print(f"Balagh {info.version} ({info.platform}) built in {info.seconds:.0f} s")
    print(f"  folder : {info.folder}  {megabytes(info.folder_bytes)} in {info.folder_files} files")
    if info.archive:
        print(f"  archive: {info.archive}  {megabytes(info.archive_bytes)}")
    if args.installer:
        if sys.platform != "win32":
            print("  installer: Inno Setup runs on Windows only; skipped", file=sys.stderr)
            return 2
        setup = run_inno_setup(Path(info.folder), dist, info.version)
        print(f"  installer: {setup}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
