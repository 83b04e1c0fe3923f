"""Which release of an edition the release tab opens on: its newest draft, or else (nothing
to edit) its latest issued release with its PDF, read-only — so that a release already
issued is seen before anyone drafts a second one.

No Qt here: the window works it out in the thread pool for the edition it opens on.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from balagh.core.errors import BalaghError
from balagh.core.model import Release, ReleaseStatus

log = logging.getLogger(__name__)


class NotRead:
    """Marks a release not read yet (``None`` means: the edition has none)."""


NOT_READ = NotRead()


def release_to_show(releases: Any, edition_number: int) -> Release | None:
    """The newest draft of an edition, else its latest issued release (with its PDF)."""
    found = releases.releases(edition_number)
    drafts = [r for r in found if r.status is ReleaseStatus.DRAFT]
    if drafts:
        return drafts[0]  # type: ignore[no-any-return]
    issued = [r for r in found if r.status is ReleaseStatus.ISSUED]
    if not issued:
        return None
    latest: Release = max(issued, key=lambda r: (r.issued_at or dt.datetime.min, r.id or 0))
    if not latest.pdf and latest.id is not None:
        try:
            latest = releases.get_release(latest.id)
        except BalaghError:
            log.exception("cannot read issued release %s", latest.id)
    return latest
