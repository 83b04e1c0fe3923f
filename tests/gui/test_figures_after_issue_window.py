"""The window, after a save that changes a figure of an issued release, names the release
and the numbers and offers to draft the correction."""

from __future__ import annotations

from typing import Any

from gui_helpers import PromptLog, clear_and_type, fez_number, save_and_wait

from balagh.core.model import ReleaseStatus
from balagh.documents.release.draft import draft_release
from balagh.documents.release.pdf import render_release_pdf
from balagh.platform.settings import Settings


def test_saving_a_changed_issued_figure_offers_a_correction(
    window: Any, qtbot: Any, services: Any, prompt_log: PromptLog
) -> None:
    assert services.documents.available()
    fez = services.editions.find(2023)
    draft = draft_release(fez, services.editions.list_editions(), services.catalogue_map(),
                          Settings())
    stored = services.releases.save_draft(draft)
    issued = services.releases.issue(stored.id, lambda r: render_release_pdf(r, Settings()))
    window.open_edition(fez_number(window))
    clear_and_type(window.form.figure_rows["police_staff"].value, "2600")
    prompt_log.confirm_answer = True
    assert save_and_wait(qtbot, window)
    # The issued releases are compared with the new figures in the background.
    qtbot.waitUntil(lambda: any(a.startswith("confirm:") for a in prompt_log.asked),
                    timeout=20000)
    asked = [a for a in prompt_log.asked if a.startswith("confirm:")]
    assert asked and f"البلاغ {issued.reference} الصادر لم يعد يطابق" in asked[0]
    assert "2300 موظف شرطة" in asked[0] and "2600" in asked[0]
    correction = window.release_tab.controller.release
    assert correction.status is ReleaseStatus.DRAFT and correction.supersedes_id == issued.id
    assert any("2600 موظف شرطة" in p for p in correction.paragraphs)
    assert window.tabs.currentWidget() is window.release_tab
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=20000)
