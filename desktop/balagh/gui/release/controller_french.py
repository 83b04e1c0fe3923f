"""The release controller's part for the French version: draft it from the same figures,
drop it, take the typed French, choose which version the preview shows. Methods of
ReleaseController."""

from __future__ import annotations

import copy
import dataclasses
from typing import TYPE_CHECKING

from balagh.core.errors import BalaghError
from balagh.core.model import Release, StoredTemplate

if TYPE_CHECKING:
    from balagh.gui.release.controller import ReleaseController


def generate_french(controller: ReleaseController,
                    template: StoredTemplate | None = None) -> Release | None:
    """Draft the French version of the current draft from the same figures (replacing
    the French text there was), with the built-in French template or a stored one, and
    keep it with the draft."""
    if not controller.editable or controller.release is None or controller.edition is None:
        return None
    from balagh.app.release_drafting import phrase_texts

    try:
        release, controller.untranslated = controller.services.documents.with_french(
            copy.deepcopy(controller.release), controller.edition, controller.all_editions,
            controller.services.catalogue_map(), controller.services.settings,
            template_body=template.body if template else None,
            template_name=template.name if template else "",
            phrases=phrase_texts(controller.services),
        )
    except BalaghError as err:
        controller.message.emit(controller.services.message(err))
        return None
    controller.release = release
    controller._unsaved = True
    controller.save_draft()
    controller.preview_language = "fr"
    controller._announce()
    controller.check_quietly()
    return release


def remove_french(controller: ReleaseController) -> None:
    """Make the draft Arabic only again."""
    if not controller.editable or controller.release is None or not controller.release.versions:
        return
    controller.release = dataclasses.replace(controller.release, versions={})
    controller._unsaved = True
    controller.save_draft()
    controller.preview_language = "ar"
    controller._announce()
    controller.check_quietly()


def update_french(controller: ReleaseController, paragraphs: list[str]) -> None:
    """The user edited the French text: remember it, preview and check shortly after."""
    release = controller.release
    if not controller.editable or release is None or release.french is None:
        return
    cleaned = [p.strip() for p in paragraphs if p.strip()]
    if cleaned == release.french.paragraphs:
        return
    french = dataclasses.replace(release.french, paragraphs=cleaned)
    controller.release = dataclasses.replace(release, versions={**release.versions,
                                                                french.language: french})
    controller._unsaved = True
    controller.timer.start()


def show_language(controller: ReleaseController, language: str) -> None:
    """Preview the Arabic ("ar") or the French ("fr") version."""
    if language == controller.preview_language:
        return
    controller.preview_language = language
    controller.render_preview()
