"""Release templates from the GUI: copy the built-in one, edit, store by name, use, errors."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import PromptLog, drafted, fez_release_tab, type_text
from PySide6.QtGui import QTextCursor

from balagh.core.model import ReleaseKind, StoredTemplate
from balagh.gui.release.templates_dialog import TemplatesDialog


@pytest.fixture
def release_tab(window: Any, qtbot: Any) -> Any:
    tab = fez_release_tab(window, qtbot)
    return tab


def _append_line(editor: Any, text: str) -> None:
    """Move to the end, start a new paragraph (blank line) and type ``text``."""
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    editor.insertPlainText("\n\n")
    type_text(editor, text)


def _tried(qtbot: Any, dialog: Any, action: Any) -> Any:
    """Start a trial or a save (it runs in the background) and wait for its outcome."""
    with qtbot.waitSignal(dialog.tried, timeout=20000) as blocker:
        action()
    return blocker.args[0]


def test_copy_edit_store_and_use_a_template(
    release_tab: Any, window: Any, qtbot: Any, services: Any, prompt_log: PromptLog,
) -> None:
    dialog = TemplatesDialog(services, release_tab.controller.edition, window)
    qtbot.addWidget(dialog)
    # Nothing stored yet: the dialog starts from a copy of the built-in closing template.
    assert dialog.names.count() == 0
    assert dialog.name.text() == "نسخة من قالب الاختتام"
    builtin = dialog.body.toPlainText()
    assert "{{" in builtin and "فاس" not in builtin

    dialog.name.clear()
    type_text(dialog.name, "بلاغ المكتب")
    _append_line(dialog.body, "نشكر زوار مدينة {{ edition.city_ar }}.")
    trial = _tried(qtbot, dialog, dialog.try_current)
    assert trial.ok and trial.paragraphs[-1] == "نشكر زوار مدينة فاس."
    assert "نشكر زوار مدينة فاس." in dialog.trial_text.toPlainText()
    assert _tried(qtbot, dialog, dialog.save_current).ok
    stored = {t.name: t for t in services.releases.templates()}
    assert "بلاغ المكتب" in stored and stored["بلاغ المكتب"].kind is ReleaseKind.CLOSING
    assert stored["بلاغ المكتب"].body.endswith("{{ edition.city_ar }}.")
    assert [dialog.names.item(i).text() for i in range(dialog.names.count())] == ["بلاغ المكتب"]

    # The release tab offers it and drafts with it.
    release_tab.reload_templates(select="بلاغ المكتب")
    assert release_tab.template.currentText() == "بلاغ المكتب"
    drafted(release_tab)
    assert release_tab.controller.release.paragraphs[-1] == "نشكر زوار مدينة فاس."
    assert release_tab.editor.paragraphs()[-1] == "نشكر زوار مدينة فاس."


def test_a_broken_template_is_refused_with_its_line(
    release_tab: Any, window: Any, qtbot: Any, services: Any, prompt_log: PromptLog,
) -> None:
    dialog = TemplatesDialog(services, release_tab.controller.edition, window)
    qtbot.addWidget(dialog)
    dialog.name.setText("قالب معطوب")
    dialog.body.setPlainText("السطر الأول.\n\n{% if figures.visitors_total %}\nزار المعرض.\n")
    trial = _tried(qtbot, dialog, dialog.try_current)
    assert not trial.ok and trial.line is not None
    assert "القالب «قالب معطوب»" in trial.error and f"السطر {trial.line}" in trial.error
    assert trial.error in dialog.outcome.text()
    # The cursor is put on the line at fault.
    assert dialog.body.textCursor().blockNumber() == trial.line - 1
    # Saving is refused: nothing is stored.
    assert not _tried(qtbot, dialog, dialog.save_current).ok
    assert "قالب معطوب" not in {t.name for t in services.releases.templates()}


def test_a_stored_template_that_fails_gives_way_to_the_built_in_one(
    release_tab: Any, services: Any, prompt_log: PromptLog,
) -> None:
    """The release is still drafted (with the built-in template) and the message names the
    template that failed, its line, and what was done instead."""
    drafted(release_tab)
    builtin = release_tab.controller.release
    services.releases.save_template(StoredTemplate(
        "قالب قديم", ReleaseKind.CLOSING,
        "فقرة أولى.\n\nعدد الزوار {{ figures.visitors_total.value | nofilter }}."))
    release_tab.reload_templates(select="قالب قديم")
    drafted(release_tab)
    assert prompt_log.errors, "no message shown"
    assert "القالب «قالب قديم»، السطر 3" in prompt_log.errors[-1]
    assert "أنشئت المسودة بالقالب المدمج" in prompt_log.errors[-1]
    release = release_tab.controller.release
    assert release is not None and release.id is not None
    assert release.paragraphs == builtin.paragraphs  # the built-in template's text
    assert services.releases.get_release(release.id).paragraphs == builtin.paragraphs


def test_the_templates_action_is_in_the_releases_menu(window: Any) -> None:
    from PySide6.QtGui import QAction

    action = window.findChild(QAction, "action_templates")
    assert action is not None and action.text() == "قوالب البلاغات…"


def test_a_runaway_template_is_stopped_off_the_windows_thread(
    release_tab: Any, window: Any, qtbot: Any, services: Any,
) -> None:
    """A template that recurses for ever is stopped at its limit, in the thread pool: the
    window kept answering all along.

    The limit counts the rendering thread's CPU time (``MAX_SECONDS``), so the checks are
    made in CPU time and in turns of the event loop, which a loaded machine does not stretch
    (on the clock the same trial took 2.3 s alone and 5-6 s beside four busy processes).
    """
    import time

    from PySide6.QtWidgets import QApplication

    from balagh.documents.release.template_limits import MAX_SECONDS

    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=60000)  # the window's own reads
    dialog = TemplatesDialog(services, release_tab.controller.edition, window)
    qtbot.addWidget(dialog)
    dialog.name.setText("قالب لا ينتهي")
    dialog.body.setPlainText("{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}"
                             "{% endmacro %}{{ f(40) }}")
    started, process_cpu = time.monotonic(), time.process_time()
    gui_cpu = time.thread_time()
    dialog.try_current()
    returned_cpu = time.thread_time() - gui_cpu
    returned = time.monotonic() - started
    gaps: list[float] = []
    last = time.monotonic()
    while dialog.last_trial is None and time.monotonic() - started < 120:  # only if broken
        QApplication.processEvents()
        now = time.monotonic()
        gaps.append(now - last)
        last = now
        time.sleep(0.01)
    elapsed = time.monotonic() - started
    spent = time.process_time() - process_cpu
    trial = dialog.last_trial
    assert trial is not None and not trial.ok
    assert "القالب «قالب لا ينتهي»" in trial.error and "أوقف القالب" in trial.error
    # The window kept answering: try_current() handed the rendering to the pool (on the
    # GUI thread it would have spent MAX_SECONDS of its own CPU time before returning),
    # and the GUI thread turned all along, never waiting a large part of the trial.
    assert returned_cpu < 0.5 and returned < MAX_SECONDS, (returned_cpu, returned)
    assert len(gaps) > 20, f"{len(gaps)} turns in {elapsed:.1f} s"
    assert max(gaps) < 0.5 * elapsed, f"GUI thread waited {max(gaps):.2f} s of {elapsed:.2f} s"
    # Stopped at its limit: the whole process spent little more than MAX_SECONDS of CPU.
    assert spent < MAX_SECONDS + 3, f"{spent:.2f} s of CPU ({elapsed:.2f} s on the clock)"
