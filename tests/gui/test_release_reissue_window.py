"""The window issues again by the command line's rule (``balagh.app.issuing``): a new draft of
an edition whose release is in force replaces it and the window says which; the same text is
issued again only when the staff confirm it (``balagh release issue --again``)."""

from __future__ import annotations

from typing import Any

from gui_helpers import PromptLog, drafted, fez_release_tab

from balagh.core.model import ReleaseStatus


def _issued(services: Any) -> list[Any]:
    return [r for r in services.releases.releases() if r.status is ReleaseStatus.ISSUED]


def test_the_same_text_is_issued_again_only_when_confirmed(
    window: Any, qtbot: Any, services: Any, prompt_log: PromptLog
) -> None:
    tab = fez_release_tab(window, qtbot)
    drafted(tab)
    tab.issue()
    [first] = _issued(services)
    assert first.reference in prompt_log.infos[-1] and "حل محل" not in prompt_log.infos[-1]

    drafted(tab)  # «إنشاء المسودة» again: the same figures, the same text
    prompt_log.confirm_answer = False
    asked = len(prompt_log.asked)
    tab.issue()
    question = prompt_log.asked[asked]
    assert "مطابق للبلاغ الصادر" in question and first.reference in question
    assert [r.id for r in _issued(services)] == [first.id]  # nothing issued

    prompt_log.confirm_answer = True
    tab.issue()
    second = next(r for r in _issued(services) if r.id != first.id)
    assert second.supersedes_id == first.id
    assert second.reference in prompt_log.infos[-1]
    assert f"وحل محل البلاغ {first.reference}" in prompt_log.infos[-1].replace("\u2066", "") \
        .replace("\u2069", "")
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=20000)
