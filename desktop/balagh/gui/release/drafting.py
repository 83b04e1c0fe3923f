"""«إنشاء المسودة» in the thread pool: the phrasebook read, the template rendered and the
draft stored there; the GUI thread only shows the stored draft (``ReleaseController``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from balagh.core.errors import BalaghError
from balagh.core.model import Edition, Release, ReleaseKind

if TYPE_CHECKING:
    from balagh.gui.release.tab import ReleaseTab
    from balagh.gui.services import Services


def follow_drafting(tab: ReleaseTab) -> None:
    """While a draft is written «إنشاء المسودة» waits and the window's status bar says
    «جار إنشاء المسودة…»."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMainWindow

    def changed(drafting: bool) -> None:
        tab._update_buttons()
        window = tab.window()
        if isinstance(window, QMainWindow):
            if drafting:
                window.statusBar().showMessage(
                    QCoreApplication.translate("ReleaseTab", "جار إنشاء المسودة…"))
            else:
                window.statusBar().clearMessage()

    tab.controller.drafting_changed.connect(changed)


def draft_and_store(
    services: Services, edition: Edition, editions: Sequence[Edition], kind: ReleaseKind,
    template_body: str | None = None, template_name: str = "", day: dt.date | None = None,
) -> tuple[Release, BalaghError | None]:
    """Draft a release of ``edition`` from a template and store it as a draft (runs in the
    thread pool). A stored template that fails (a syntax error, a limit reached) gives way
    to the built-in one: the second value is then the notice that says which template failed,
    on which line and why. Raises BalaghError when nothing could be drafted or stored."""
    from balagh.app.release_drafting import draft_or_builtin, phrase_texts, release_day

    catalogue = services.catalogue_map()
    phrases = phrase_texts(services)
    release_date = release_day(edition, kind, day)

    def draft(body: str | None, name: str) -> Release:
        return services.documents.draft_release(
            edition, editions, catalogue, services.settings, template_body=body, kind=kind,
            template_name=name, release_date=release_date, phrases=phrases)

    if template_body is None:
        release, fallback = draft(None, ""), None
    else:
        release, fallback = draft_or_builtin(lambda: draft(template_body, template_name),
                                             lambda: draft(None, ""))
    return services.releases.save_draft(release), fallback
