"""Generate and issue the Fez release with the real documents layer, find it in the archive."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import PromptLog, drafted, fez_number, fez_release_tab, type_text

from balagh.core.model import ReleaseStatus
from balagh.gui.release.archive_dialog import ArchiveDialog, ReleaseColumn


@pytest.fixture
def documents_ready(services: Any) -> None:
    if not services.documents.available():
        pytest.fail("the documents layer does not provide draft_release/render_release_pdf")


def test_generate_edit_issue_and_find_in_archive(
    documents_ready: None, window: Any, qtbot: Any, services: Any, prompt_log: PromptLog
) -> None:
    tab = fez_release_tab(window, qtbot)
    drafted(tab)
    text = tab.editor.toPlainText()
    assert "فاس" in text and "مليون و150 ألف" in text
    qtbot.waitUntil(lambda: tab.preview.page_count() >= 1, timeout=20000)

    # Edit the last paragraph by typing; the preview follows after the pause.
    started = tab.controller.renders_started
    tab.editor.moveCursor(tab.editor.textCursor().MoveOperation.End)
    type_text(tab.editor, " شكرا")
    qtbot.waitUntil(lambda: tab.controller.renders_started > started, timeout=20000)
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=20000)
    assert tab.controller.release.paragraphs[-1].endswith("شكرا")

    tab.issue()
    issued = tab.controller.release
    assert issued.status is ReleaseStatus.ISSUED, prompt_log
    assert issued.reference and issued.pdf and issued.pdf.startswith(b"%PDF")
    assert tab.editor.isReadOnly()

    dialog = ArchiveDialog(services, window)
    qtbot.addWidget(dialog)
    rows = {dialog.model.index(r, ReleaseColumn.REFERENCE).data(): r
            for r in range(dialog.model.rowCount())}
    assert issued.reference in rows
    row = rows[issued.reference]
    assert dialog.model.index(row, ReleaseColumn.STATUS).data() == "صادر"
    assert dialog.model.index(row, ReleaseColumn.EDITION).data() == str(fez_number(window))

    stored = services.releases.get_release(issued.id)
    assert stored.pdf == issued.pdf
    assert tab.show_verification(stored.pdf) is not None
    assert issued.reference in prompt_log.infos[-1]
    # A draft's PDF (or an altered copy) is not recognised.
    assert tab.show_verification(stored.pdf.replace(b"/Producer", b"/Producex")) is None
    assert "لا يطابق" in prompt_log.errors[-1]


def test_a_wrong_figure_in_the_text_is_flagged(
    documents_ready: None, window: Any, qtbot: Any, services: Any, prompt_log: PromptLog
) -> None:
    tab = fez_release_tab(window, qtbot)
    drafted(tab)
    # The check runs in the background; its findings arrive a moment later.
    qtbot.waitUntil(lambda: tab.checks.count() == 1, timeout=10000)
    assert "✓" in tab.checks.item(0).text()
    text = tab.editor.toPlainText()
    assert "2300 موظف شرطة" in text
    tab.editor.setPlainText(text.replace("2300 موظف شرطة", "2400 موظف شرطة"))
    qtbot.waitUntil(lambda: "⚠" in tab.checks.item(0).text(), timeout=20000)
    finding = tab.checks.item(0)
    assert "2400" in finding.text() or "2300" in finding.text()
    tab._go_to_paragraph(finding)
    paragraph = tab.editor.textCursor().block().text()
    assert "2400 موظف شرطة" in paragraph


def test_export_and_reopen_from_the_archive(
    documents_ready: None, window: Any, qtbot: Any, services: Any, tmp_path: Any,
    monkeypatch: pytest.MonkeyPatch, prompt_log: PromptLog,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    window.open_edition(fez_number(window))
    tab = window.release_tab
    qtbot.waitUntil(lambda: tab.generate_button.isEnabled(), timeout=20000)
    drafted(tab)
    tab.issue()
    issued = tab.controller.release
    target = tmp_path / "out.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tab.export_pdf()
    assert target.read_bytes() == services.releases.get_release(issued.id).pdf

    # Another edition, then back to this release through the archive: read-only, same text.
    other = next(e.number for e in services.editions.list_editions() if e.year == 2019)
    window.open_edition(other)
    assert tab.controller.release is None or tab.controller.release.id != issued.id
    dialog = ArchiveDialog(services, window)
    qtbot.addWidget(dialog)
    dialog.open_requested.connect(tab.controller.open_release)
    row = next(r for r in range(dialog.model.rowCount())
               if dialog.model.index(r, ReleaseColumn.REFERENCE).data() == issued.reference)
    dialog.table.selectRow(row)
    dialog.open_selected()
    assert tab.controller.release.id == issued.id
    assert tab.editor.isReadOnly() and issued.reference in tab.status.text()
    assert tab.editor.paragraphs() == issued.paragraphs


def test_the_window_and_the_command_line_verify_a_file_the_same_way(
    documents_ready: None, window: Any, qtbot: Any, services: Any, prompt_log: PromptLog,
    demo_store: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """«التحقق من بلاغ» and ``balagh release verify`` both ask
    balagh.app.verification.verify_release_file, and name the same issued release."""
    from balagh.app import verification
    from balagh.cli.main import main

    tab = fez_release_tab(window, qtbot)
    drafted(tab)
    tab.issue()
    issued = tab.controller.release
    assert issued.status is ReleaseStatus.ISSUED, prompt_log
    seen: list[str | None] = []
    real = verification.verify_release_file

    def spy(data: bytes, releases: Any, roots: Any = None) -> Any:
        result = real(data, releases, roots)
        seen.append(result.record.reference if result.record else None)
        return result

    monkeypatch.setattr(verification, "verify_release_file", spy)
    assert tab.show_verification(issued.pdf).reference == issued.reference
    path = tmp_path / "issued.pdf"
    path.write_bytes(issued.pdf)
    url = demo_store.engine.url.render_as_string(hide_password=False)
    assert main(["--db", url, "release", "verify", str(path)]) == 0
    assert issued.reference in capsys.readouterr().out
    assert seen == [issued.reference, issued.reference]
