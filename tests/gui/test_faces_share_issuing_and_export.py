"""The command line and the window issue and export a release through the same application
code: with that code replaced by a recorder, ``balagh release issue`` and the release tab's
«إصدار» hand it the same stored draft, ``balagh release docx`` and the tab's «ملف Word…» the
same release, and each face shows what it answered (as ``test_database_choice`` does for
the database both faces open)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import PromptLog, drafted, fez_number, fez_release_tab

from balagh.app import release_export
from balagh.app.issuing import CheckedDraft, Issuing
from balagh.cli.main import main
from balagh.core.model import Release, ReleaseStatus
from balagh.documents.release.verify import pdf_digest
from balagh.gui import file_dialogs

REFERENCE = "2099/777"  # no real reference looks like this: it can only come from the recorder


@pytest.fixture
def fez_tab(window: Any, qtbot: Any) -> Any:
    """The release tab on Fez 2023 with its draft written and stored (as the staff do)."""
    tab = fez_release_tab(window, qtbot)
    drafted(tab)
    assert tab.controller.save_draft()
    return tab


def _what_was_checked(checked: CheckedDraft) -> tuple[object, ...]:
    release = checked.release
    return (release.id, release.edition_number, release.kind, release.title, release.place,
            release.date, tuple(release.paragraphs), checked.edition_version,
            tuple(f.text_ar() for f in checked.problems))


def test_both_faces_issue_through_the_same_workflow(
    fez_tab: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], prompt_log: PromptLog, db_url: str
) -> None:
    calls: list[tuple[tuple[object, ...], str | None]] = []

    def recorded_issue(self: Issuing, checked: CheckedDraft,
                       override_reason: str | None = None, *, again: bool = False) -> Release:
        calls.append(((*_what_was_checked(checked), again), override_reason))
        pdf = self._render(checked.release)  # each face's own renderer, nothing stored
        return dataclasses.replace(checked.release, status=ReleaseStatus.ISSUED,
                                   reference=REFERENCE, pdf=pdf, sha256=pdf_digest(pdf),
                                   issued_at=dt.datetime(2099, 1, 1))

    monkeypatch.setattr(Issuing, "issue", recorded_issue)
    number = fez_number(window)
    output = tmp_path / "cli.pdf"
    code = main(["release", "issue", str(number), "-o", str(output),
                 "--db", db_url])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert f"صدر البلاغ {REFERENCE}" in out
    assert output.read_bytes().startswith(b"%PDF")

    fez_tab.issue()
    assert REFERENCE in prompt_log.infos[-1]  # «صدر البلاغ تحت المرجع 2099/777.»
    assert fez_tab.controller.release.reference == REFERENCE

    assert len(calls) == 2
    (cli_checked, cli_reason), (window_checked, window_reason) = calls
    assert cli_checked == window_checked and cli_reason is window_reason is None
    assert cli_checked[1] == number and cli_checked[0] is not None  # the stored draft


def test_both_faces_export_through_the_same_renderer(
    fez_tab: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], prompt_log: PromptLog, db_url: str
) -> None:
    calls: list[tuple[object, ...]] = []

    def recorded_render(release: Release, _settings: object,
                        kind: release_export.ExportFormat, language: str = "ar") -> bytes:
        calls.append((release.id, release.edition_number, tuple(release.paragraphs), kind,
                      language))
        return f"recorded {kind.value} {language}".encode()

    monkeypatch.setattr(release_export, "render_release", recorded_render)
    cli_file, window_file = tmp_path / "cli.docx", tmp_path / "window.docx"
    code = main(["release", "docx", str(fez_number(window)), "-o", str(cli_file),
                 "--db", db_url])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert str(cli_file) in out

    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *_a: str(window_file))
    fez_tab.exports.docx_button.click()
    assert str(window_file) in prompt_log.infos[-1]  # «حفظ الملف: …»

    assert cli_file.read_bytes() == window_file.read_bytes() == b"recorded docx ar"
    assert len(calls) == 2 and calls[0] == calls[1]
    assert calls[0][0] == fez_tab.controller.release.id
