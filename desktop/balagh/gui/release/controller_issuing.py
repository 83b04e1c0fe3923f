"""The release controller's part that checks and issues: the check against the figures (now,
or in the background after a pause in typing), the issuing workflow of ``balagh.app.issuing``
(stored draft checked, then issued exactly), the PDF of the release shown and the
verification of a file. Methods of ReleaseController."""

from __future__ import annotations

import copy
import logging
from typing import TYPE_CHECKING, Any

from balagh.app.issuing import CheckedDraft, Issuing, figure_findings
from balagh.core.errors import BalaghError
from balagh.core.model import Edition, Release

if TYPE_CHECKING:
    from balagh.app.verification import FileVerification
    from balagh.gui.release.controller import ReleaseController

log = logging.getLogger(__name__)


# ----- checking and issuing --------------------------------------------------------------
def check(controller: ReleaseController) -> list[Any]:
    """Compare the release text with the recorded figures, and the figures with each
    other (``balagh.core.plausibility``); returns the findings."""
    if controller.release is None or controller.edition is None:
        return []
    controller._check_generation += 1  # a check still running in the background is void
    catalogue = controller.services.catalogue_map()
    editions = controller.every_edition()
    controller.discrepancies = list(controller.services.documents.check_release(
        controller.release, controller.edition, catalogue, editions,
    )) + figure_findings(controller.edition, editions, catalogue)
    controller.checked.emit(controller.discrepancies)
    return controller.discrepancies


def check_quietly(controller: ReleaseController) -> None:
    """Run the consistency check in the thread pool (after a pause in typing, a new
    draft…): the findings of the latest request are shown, a failure only logged."""
    if controller.release is None or controller.edition is None:
        return
    controller._check_generation += 1
    generation = controller._check_generation
    controller.checks_started += 1
    release = copy.deepcopy(controller.release)
    edition = controller.edition
    catalogue = controller.services.catalogue_map()
    editions = list(controller.every_edition())
    documents = controller.services.documents

    def work() -> list[Any]:
        return list(documents.check_release(release, edition, catalogue, editions)) + \
            figure_findings(edition, editions, catalogue)

    def done(found: list[Any]) -> None:
        if generation == controller._check_generation:
            controller.discrepancies = found
            controller.checked.emit(found)

    def failed(err: BaseException, _tb: str) -> None:
        log.error("consistency check failed: %s", err)

    controller.jobs.submit(work, done, failed)


def issuing_workflow(controller: ReleaseController, sign: Any = None) -> Issuing:
    """The issuing workflow of ``balagh.app.issuing`` on this window's services."""
    documents = controller.services.documents
    settings = controller.services.settings

    def check(release: Release, edition: Edition, catalogue: Any,
              editions: Any) -> list[Any]:
        return documents.check_release(release, edition, catalogue, editions)

    def render(release: Release) -> bytes:
        data = documents.render_release_pdf(release, settings)
        return sign(data, release) if sign is not None else data

    def render_version(release: Release, language: Any) -> bytes:
        data = documents.render_release_pdf_in(release, settings, language.value)
        return sign(data, release) if sign is not None else data

    return Issuing(controller.services.editions, controller.services.releases, check, render,
                   render_version=render_version)


def check_for_issue(controller: ReleaseController) -> CheckedDraft | None:
    """Store the draft and check that stored version; the result binds the issue to it.

    The findings are shown in the list like those of «فحص التطابق» (with the figures'
    plausibility findings).
    """
    if not controller.editable or controller.release is None:
        return None
    if not controller.flush():
        return None
    try:
        checked = issuing_workflow(controller).check(controller.release)
    except BalaghError as err:
        controller.message.emit(controller.services.message(err))
        return None
    controller.release = checked.release
    controller.discrepancies = list(checked.findings)
    controller.checked.emit(controller.discrepancies)
    return checked


def issue(controller: ReleaseController, override_reason: str | None = None,
          checked: CheckedDraft | None = None, *, again: bool = False) -> Release | None:
    """Issue exactly the checked version of the draft (checked now when not given):
    reference allocated, PDF rendered and stored, read-only after. A draft changed by
    someone after the check is not issued; the message names who changed it. A text
    identical to the release in force it replaces is issued only with ``again``."""
    if checked is None:
        checked = check_for_issue(controller)
    if checked is None:
        return None
    from balagh.app.signing import release_signer
    from balagh.gui.release.signing_prompt import ask_password, forget_passwords

    try:  # the office's certificate (when set) is opened before anything is issued
        sign = release_signer(controller.services.settings, ask_password)
    except BalaghError as err:
        forget_passwords()  # a mistyped password is asked again next time
        controller.message.emit(controller.services.message(err))
        return None
    try:
        issued = issuing_workflow(controller, sign).issue(checked, override_reason,
                                                          again=again)
    except BalaghError as err:
        controller.message.emit(controller.services.message(err))
        reload_after_refusal(controller)
        return None
    log.info("release %s issued for edition %s", issued.reference, issued.edition_number)
    controller.release = issued
    controller._announce()
    controller.issued.emit(issued)
    return issued


def reload_after_refusal(controller: ReleaseController) -> None:
    """After a refused issue, show the stored release as it is now (someone else's
    changes, or the release another issuer issued)."""
    if controller.release is None or controller.release.id is None:
        return
    try:
        controller.release = controller.services.releases.get_release(controller.release.id)
    except BalaghError:
        log.exception("cannot reload release %s", controller.release.id)
        return
    controller._announce()
    controller.check_quietly()


def current_pdf(controller: ReleaseController) -> bytes:
    """The PDF to export or print — of the version previewed: the stored one for an issued
    release, else rendered now."""
    release = controller.release
    if release is None:
        return b""
    if controller.preview_language == "fr" and release.french is not None:
        if release.french.pdf:
            return release.french.pdf
        return controller.services.documents.render_release_pdf_in(
            release, controller.services.settings, "fr")
    if release.pdf:
        return release.pdf
    return controller.services.documents.render_release_pdf(release, controller.services.settings)


def verify(controller: ReleaseController, data: bytes) -> FileVerification:
    """What is known about a PDF file: the issued release it is an unaltered copy of, a
    later correction, its electronic signature (``balagh.app.verification``, as
    ``balagh release verify`` does)."""
    from balagh.app.verification import verify_release_file

    return verify_release_file(data, controller.services.releases)
