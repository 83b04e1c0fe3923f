"""The window issues exactly the version it checked: a draft changed by someone else after
the check is not issued, and the message names who changed it."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from gui_helpers import PromptLog, drafted, fez_release_tab

from balagh.core.model import ReleaseStatus
from balagh.store.releases import SqlReleaseRepository


@pytest.fixture
def documents_ready(services: Any) -> None:
    if not services.documents.available():
        pytest.fail("the documents layer does not provide draft_release/render_release_pdf")


def test_a_draft_changed_after_the_windows_check_is_not_issued(
    documents_ready: None, window: Any, qtbot: Any, services: Any, demo_store: Any,
    prompt_log: PromptLog,
) -> None:
    tab = fez_release_tab(window, qtbot)
    drafted(tab)
    controller = tab.controller
    checked = controller.check_for_issue()
    assert checked is not None and checked.problems == []
    amina = SqlReleaseRepository(demo_store.engine, actor="amina@poste-2")
    theirs = amina.get_release(checked.release.id)
    amina.save_draft(dataclasses.replace(
        theirs, paragraphs=[*theirs.paragraphs, "وقد بلغ عدد الزوار 3 ملايين زائر."]))
    messages: list[str] = []
    controller.message.connect(messages.append)
    assert controller.issue(None, checked) is None
    assert messages and "amina@poste-2" in messages[0] and "لم يصدر شيء" in messages[0]
    releases = services.releases.releases()
    assert all(r.status is ReleaseStatus.DRAFT for r in releases)
    # The window now shows the text as amina stored it, checked again.
    assert controller.release.paragraphs[-1].endswith("3 ملايين زائر.")
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=20000)
