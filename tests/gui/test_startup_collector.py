"""Python's cycle collector is paused while Balagh starts and working once it is usable."""

from __future__ import annotations

import gc
import subprocess
import sys
from typing import Any

import pytest
from gui_helpers import run_window_process

from balagh.cli.main import main


def test_a_command_leaves_the_collector_as_it_found_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert gc.isenabled()
    assert main(["--version"]) == 0
    assert gc.isenabled()
    gc.disable()
    try:
        main(["--version"])
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_command_run_in_process_freezes_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    before = gc.get_freeze_count()
    assert main(["--version"]) == 0
    assert gc.get_freeze_count() == before


def test_the_process_command_line_spares_the_last_collection() -> None:
    # Run as the process's own command line (as ``balagh`` and ``python -m balagh`` do),
    # main() leaves what the command imported frozen: the interpreter's final collection
    # at exit then has nothing of it to scan.
    code = (
        "import gc, sys\n"
        "from balagh.cli.main import main\n"
        "sys.argv = ['balagh', '--version']\n"
        "assert main() == 0\n"
        "print('FROZEN', gc.get_freeze_count() > 0, 'COLLECTING', gc.isenabled())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert "FROZEN True COLLECTING True" in done.stdout


def test_the_window_resumes_the_collector_once_usable_and_idle(demo_store: Any) -> None:
    if not demo_store.url.startswith("sqlite"):
        pytest.skip("one backend is enough for the start-up path")
    code = (
        "import gc, sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from balagh.gui import collector\n"
        "app = QApplication(sys.argv[:1])\n"
        "seen = []\n"
        "def poll():\n"
        "    for w in QApplication.topLevelWidgets():\n"
        "        if w.objectName() == 'main_window' and not seen:\n"
        "            seen.append(gc.isenabled())\n"
        "        if (w.objectName() == 'main_window' and w.services is not None\n"
        "                and collector.jobs_running() == 0):\n"
        "            print('STARTING', seen[0], 'USABLE', gc.isenabled(),\n"
        "                  gc.get_freeze_count() > 0, flush=True)\n"
        "            w.close(); app.quit(); return\n"
        "    QTimer.singleShot(5, poll)\n"
        "QTimer.singleShot(0, poll)\n"
        "from balagh.cli.main import main\n"
        "sys.exit(main(['--db', sys.argv[1], 'gui']))\n"
    )
    stdout = run_window_process(code, demo_store)
    assert "STARTING False USABLE True True" in stdout
