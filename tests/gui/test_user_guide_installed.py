"""The user guide opens from an installed Balagh, not only from a checkout: the wheel is built,
installed into a folder of its own, and the guide dialog is opened from there (in another
process, offscreen) in Arabic and in French, with its pictures."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import json, sys
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication
import balagh
from balagh.gui.dialogs.guide import GuideDialog, guide_file
app = QApplication(sys.argv[:1])
report = {"package": balagh.__file__}
for language in ("ar", "fr"):
    dialog = GuideDialog(language)
    document = dialog.browser.document()
    image = document.resource(QTextDocument.ResourceType.ImageResource,
                              QUrl(f"images/release-{language}.png"))
    report[language] = {"file": str(guide_file(language)),
                        "text": document.toPlainText()[:200],
                        "image": image is not None and not image.isNull()}
print(json.dumps(report, ensure_ascii=False))
"""


def test_the_guide_opens_from_an_installed_wheel(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    env = dict(os.environ, PIP_NO_INPUT="1", PIP_DISABLE_PIP_VERSION_CHECK="1")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                    "-q", "-w", str(wheels), str(ROOT)], check=True, env=env, timeout=600,
                   cwd=tmp_path)
    [wheel] = wheels.glob("balagh-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert {"balagh/resources/guide/ar.md", "balagh/resources/guide/fr.md"} <= names
    target = tmp_path / "installed"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target",
                    str(target), str(wheel)], check=True, env=env, timeout=600, cwd=tmp_path)
    run_env = dict(env, PYTHONPATH=str(target), QT_QPA_PLATFORM="offscreen",
                   HOME=str(tmp_path), BALAGH_HOME=str(tmp_path / "home"))
    done = subprocess.run([sys.executable, "-c", PROBE], env=run_env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["package"].startswith(str(target))  # not the checkout
    for language, title in (("ar", "دليل استعمال بلاغ"), ("fr", "Guide d'utilisation")):
        assert report[language]["file"].startswith(str(target))
        assert title in report[language]["text"]
        assert report[language]["image"], f"{language}: the guide's picture is missing"
