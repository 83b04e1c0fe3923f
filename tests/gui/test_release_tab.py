"""The release tab's wiring: debounced preview off the GUI thread, check, issue, archive.

The documents layer is replaced by a small PDF maker here; the store is the real one.
"""

from __future__ import annotations

import threading
from typing import Any

import pytest
from gui_fakes_documents import FakeDocuments
from gui_helpers import PromptLog, drafted, fez_number, type_text, wait_for_draft
from PySide6.QtCore import QTimer

from balagh.core.model import ReleaseStatus
from balagh.gui.release.archive_dialog import ArchiveDialog, ReleaseColumn

# The fake renders take 50 ms here, long enough to see the preview wait for a pause.
FAKE_DOCUMENTS_DELAY = 0.05


def _open_release_tab(window: Any, qtbot: Any) -> Any:
    window.open_edition(fez_number(window))
    window.tabs.setCurrentWidget(window.release_tab)
    return window.release_tab


def test_preview_renders_after_typing_stops_in_a_worker(
    fake_documents: FakeDocuments, window: Any, qtbot: Any, services: Any
) -> None:
    tab = _open_release_tab(window, qtbot)
    drafted(tab)
    release = tab.controller.release
    assert release is not None and release.id is not None
    assert "فاس" in tab.editor.toPlainText()
    qtbot.waitUntil(lambda: tab.preview.page_count() == 1, timeout=20000)

    started = tab.controller.renders_started
    tab.editor.moveCursor(tab.editor.textCursor().MoveOperation.End)
    type_text(tab.editor, " وأكثر")  # six key presses in quick succession
    assert tab.controller.renders_started == started  # nothing rendered while typing
    qtbot.waitUntil(lambda: tab.controller.renders_started == started + 1, timeout=20000)
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=20000)
    assert tab.controller.renders_started == started + 1  # one render for the whole burst
    assert fake_documents.rendered[-1].paragraphs[-1].endswith("وأكثر")
    assert threading.get_ident() not in fake_documents.render_threads
    # The pause also kept the draft: nothing typed is lost if the window closes now.
    assert services.releases.get_release(release.id).paragraphs[-1].endswith("وأكثر")


def test_window_answers_while_rendering(
    fake_documents: FakeDocuments, window: Any, qtbot: Any
) -> None:
    fake_documents.delay = 0.6
    tab = _open_release_tab(window, qtbot)
    drafted(tab)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    qtbot.waitUntil(lambda: tab.preview.page_count() == 1, timeout=20000)
    timer.stop()
    assert len(ticks) >= 10  # the event loop kept turning during the 0.6 s render


def test_check_issue_archive_and_verify(
    fake_documents: FakeDocuments, window: Any, qtbot: Any, services: Any,
    prompt_log: PromptLog,
) -> None:
    tab = _open_release_tab(window, qtbot)
    drafted(tab)
    assert tab.controller.check() == []
    assert "لم يظهر أي تعارض" in tab.checks.item(0).text()

    tab.issue()
    issued = tab.controller.release
    assert issued.status is ReleaseStatus.ISSUED
    assert issued.reference and issued.reference.count("/") == 1
    assert any(issued.reference in text for text in prompt_log.infos)
    assert tab.editor.isReadOnly() and not tab.issue_button.isEnabled()
    assert issued.reference in tab.status.text()

    dialog = ArchiveDialog(services, window)
    qtbot.addWidget(dialog)
    references = [dialog.model.index(r, ReleaseColumn.REFERENCE).data()
                  for r in range(dialog.model.rowCount())]
    assert issued.reference in references

    pdf = services.releases.get_release(issued.id).pdf
    assert tab.show_verification(pdf) is not None
    assert issued.reference in prompt_log.infos[-1]
    assert tab.show_verification(pdf.replace(b"ref", b"REF")) is None
    assert "لا يطابق" in prompt_log.errors[-1]


def test_discrepancies_require_a_reason(
    fake_documents: FakeDocuments, window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from balagh.gui.release import override_reason

    tab = _open_release_tab(window, qtbot)
    drafted(tab)
    tab.editor.setPlainText("نص بلا أرقام.")
    found = tab.controller.check()
    assert found and "غير مذكور" in tab.checks.item(0).text()
    monkeypatch.setattr(override_reason, "ask_override_reason", lambda _parent: None)
    tab.issue()
    assert tab.controller.release.status is ReleaseStatus.DRAFT  # refused without a reason
    monkeypatch.setattr(override_reason, "ask_override_reason",
                        lambda _parent: "رقم مؤكد هاتفيا")
    tab.issue()
    assert tab.controller.release.status is ReleaseStatus.ISSUED
    assert tab.controller.release.override_reason == "رقم مؤكد هاتفيا"


def test_edition_with_an_issued_release_cannot_be_deleted(
    fake_documents: FakeDocuments, window: Any, qtbot: Any, services: Any,
    prompt_log: PromptLog,
) -> None:
    tab = _open_release_tab(window, qtbot)
    drafted(tab)
    tab.issue()
    fez = fez_number(window)
    assert not window.delete_edition(fez)
    assert prompt_log.errors, "the refusal is shown"
    assert any("\u0600" <= ch <= "\u06ff" for ch in prompt_log.errors[-1])  # in Arabic
    assert services.editions.get(fez).city_ar == "فاس"


def test_the_draft_is_written_in_the_thread_pool_while_the_window_answers(
    fake_documents: FakeDocuments, window: Any, qtbot: Any, services: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """«إنشاء المسودة»: the draft is rendered and stored off the GUI thread; meanwhile the
    button waits, the status bar says so and the event loop turns; the stored draft is
    shown when it comes."""
    tab = _open_release_tab(window, qtbot)
    gate = threading.Event()
    threads: list[int] = []
    real_draft = fake_documents.draft_release

    def slow_draft(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.get_ident())
        gate.wait(10)
        return real_draft(*args, **kwargs)

    monkeypatch.setattr(fake_documents, "draft_release", slow_draft)
    tab.generate_button.click()
    assert tab.controller.drafting and not tab.generate_button.isEnabled()
    assert "جار إنشاء المسودة" in window.statusBar().currentMessage()
    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: bool(ticks), timeout=5000)  # the loop turns while drafting
    assert tab.controller.release is None
    gate.set()
    wait_for_draft(tab)
    release = tab.controller.release
    assert release is not None and release.id is not None  # stored
    assert "فاس" in tab.editor.toPlainText()
    assert threads and threading.get_ident() not in threads
    assert tab.generate_button.isEnabled()
    assert services.releases.get_release(release.id).paragraphs == release.paragraphs


def test_a_draft_that_fails_says_why_and_changes_nothing(
    fake_documents: FakeDocuments, window: Any, qtbot: Any, services: Any,
    prompt_log: PromptLog, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from balagh.core.errors import BalaghError
    from balagh.messages import PerLanguage

    tab = _open_release_tab(window, qtbot)
    before = list(services.releases.releases(fez_number(window)))

    def refused(*_args: Any, **_kwargs: Any) -> Any:
        raise BalaghError(PerLanguage(ar="تعذر إنشاء المسودة: القالب معطوب",
                                      fr="Projet impossible : modèle cassé"))

    monkeypatch.setattr(fake_documents, "draft_release", refused)
    tab.generate_button.click()
    wait_for_draft(tab)
    assert prompt_log.errors[-1] == "تعذر إنشاء المسودة: القالب معطوب"
    assert tab.controller.release is None
    assert list(services.releases.releases(fez_number(window))) == before
    assert tab.generate_button.isEnabled()
