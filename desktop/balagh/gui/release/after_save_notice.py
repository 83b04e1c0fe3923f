"""After an edition is saved: say which issued release now disagrees and offer a correction.

The rule is the application layer's (``balagh.app.after_save``); this module only shows it:
one question naming the release and the numbers, whose «yes» drafts the correction from the
new figures in the release tab.
"""

from __future__ import annotations

import logging
from typing import Any

from balagh.app.after_save import Disagreement, issued_disagreements
from balagh.core.errors import BalaghError
from balagh.core.model import Edition
from balagh.gui import prompts

log = logging.getLogger(__name__)


def disagreements(services: Any, edition: Edition) -> list[Disagreement]:
    """The issued releases of ``edition`` its saved figures contradict (none when the
    documents layer is not loaded yet)."""
    documents = services.documents
    if not documents.known() or not documents.available():
        return []

    def check(release: Any, stored: Any, catalogue: Any, editions: Any) -> list[Any]:
        return list(documents.check_release(release, stored, catalogue, editions))

    try:
        return issued_disagreements(services.editions, services.releases, edition.number,
                                    check)
    except BalaghError:
        log.exception("cannot compare the issued releases of edition %s", edition.number)
        return []


def announce_disagreements(window: Any, edition: Edition) -> None:
    """Compare the issued releases with the saved figures in the background, then ask, for
    each release that now disagrees, whether to draft its correction."""
    services = window.services
    window.jobs.submit(lambda: disagreements(services, edition),
                       lambda found: ask_about(window, found),
                       lambda err, _tb: log.error("after-save comparison failed: %s", err))


def ask_about(window: Any, found: list[Disagreement]) -> list[Disagreement]:
    """One question per disagreeing release; «yes» drafts the correction."""
    if window.closed:
        return found
    french = window.services.language == "fr"
    for item in found:
        text = item.text_fr() if french else item.text_ar()
        question = (" Préparer un communiqué correctif à partir des nouveaux chiffres ?"
                    if french else " هل تريد تحضير بلاغ تصحيحي من الأرقام الجديدة يحل محله؟")
        title = "Communiqué émis en désaccord" if french else "بلاغ صادر لا يطابق الأرقام"
        if prompts.confirm(window, title, text + "." + question):
            window.tabs.setCurrentWidget(window.release_tab)
            window.release_tab.controller.draft_correction(item.release)
            break
    return found
