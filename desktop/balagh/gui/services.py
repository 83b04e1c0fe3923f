"""What the window is given to work with: repositories, settings and the documents layer.

Services are passed in (never fetched from globals) so tests hand the window a temporary
store. ``DocumentsApi`` imports ``balagh.documents`` (and so reportlab) only on first use,
keeping start-up fast; the window loads it in a worker thread once it is shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from balagh.core.errors import BalaghError, Problem
from balagh.core.model import Edition, FigureKind, Release, ReleaseKind
from balagh.core.ports import (
    EditionRepository,
    HistoryRepository,
    PhraseRepository,
    ReleaseRepository,
)
from balagh.platform.settings import Settings

if TYPE_CHECKING:
    from balagh.store import Store


def _load_documents() -> None:
    """Import every module of the documents layer the window calls (Jinja2, reportlab…)."""
    import balagh.app.summaries
    import balagh.documents.release.consistency
    import balagh.documents.release.draft
    import balagh.documents.release.pdf
    import balagh.documents.summary.all_pdf
    import balagh.documents.summary.pdf
    import balagh.documents.summary.xlsx  # noqa: F401  (imported here, once, in a worker)


class DocumentsApi:
    """The documents layer, imported on first use (it brings Jinja2 and reportlab)."""

    _available: bool | None = None

    def available(self) -> bool:
        """True when the documents layer can be imported.

        The first call imports it (and reportlab): the window calls it in a worker thread
        after start-up, so later calls are instant.
        """
        if self._available is None:
            try:
                _load_documents()
            except ImportError:
                import logging

                logging.getLogger(__name__).exception("documents layer not importable")
                self._available = False
            else:
                self._available = True
        return self._available

    def known(self) -> bool:
        """True once ``available()`` has been answered (no import needed any more)."""
        return self._available is not None

    def draft_release(
        self,
        edition: Edition,
        all_editions: Sequence[Edition],
        catalogue: dict[str, FigureKind],
        settings: Settings,
        *,
        template_body: str | None = None,
        kind: ReleaseKind = ReleaseKind.CLOSING,
        template_name: str = "",
        release_date: dt.date | None = None,
        phrases: dict[str, str] | None = None,
    ) -> Release:
        """A draft release for ``edition`` (see ``balagh.documents.release.draft``).

        ``template_name`` names a stored template in error messages («القالب «…»، السطر 3»);
        ``release_date`` is the reported day of a daily bulletin; ``phrases`` the
        phrasebook's current wording.
        """
        from balagh.documents.release.draft import draft_release

        return draft_release(
            edition, list(all_editions), catalogue, settings,
            template_body=template_body, kind=kind, template_name=template_name,
            release_date=release_date, phrases=phrases,
        )

    def with_french(
        self, release: Release, edition: Edition, all_editions: Sequence[Edition],
        catalogue: dict[str, FigureKind], settings: Settings, *,
        template_body: str | None = None, template_name: str = "",
        phrases: dict[str, str] | None = None,
    ) -> tuple[Release, list[str]]:
        """``release`` with a French version drafted from the figures (the built-in French
        template, or ``template_body``), and the recorded texts the phrasebook has no French
        for (``balagh.app.bilingual.with_french``)."""
        from balagh.app.bilingual import with_french

        return with_french(release, edition, list(all_editions), catalogue, settings,
                           template_body=template_body, template_name=template_name,
                           phrases=phrases)

    def render_release_pdf_in(self, release: Release, settings: Settings,
                              language: str) -> bytes:
        """The PDF of a release in "ar" or "fr" (its French version)."""
        from balagh.app.bilingual import render_pdf
        from balagh.core.model import Language

        return render_pdf(release, settings, Language(language))

    def render_release_pdf(self, release: Release, settings: Settings) -> bytes:
        """The PDF bytes of a release."""
        from balagh.documents.release.pdf import render_release_pdf

        return render_release_pdf(release, settings)

    def check_release(
        self, release: Release, edition: Edition, catalogue: dict[str, FigureKind],
        all_editions: Sequence[Edition] = (),
    ) -> list[Any]:
        """Discrepancies between the release text and the recorded figures (the other
        editions let computed changes and percentages be recognised)."""
        from balagh.documents.release.consistency import check_release

        return list(check_release(release, edition, catalogue, all_editions=list(all_editions)))

    def edition_summary(
        self, edition: Edition, all_editions: Sequence[Edition],
        catalogue: dict[str, FigureKind], settings: Settings, fmt: str, *,
        french_labels: bool = False,
    ) -> bytes:
        """The summary sheet of one edition, "pdf" or "xlsx" (``balagh.app.summaries``)."""
        from balagh.app.summaries import SummaryFormat, edition_summary

        return edition_summary(edition, all_editions, catalogue, settings, SummaryFormat(fmt),
                               french_labels=french_labels)

    def editions_report(
        self, all_editions: Sequence[Edition], catalogue: dict[str, FigureKind],
        settings: Settings, fmt: str, *, selection: Any = None, french_labels: bool = False,
    ) -> bytes:
        """The report across the editions ``selection`` keeps (``balagh.app.summaries``)."""
        from balagh.app.summaries import SummaryFormat, editions_report

        return editions_report(all_editions, catalogue, settings, SummaryFormat(fmt),
                               selection=selection, french_labels=french_labels)


@dataclass
class Services:
    """Everything the main window works with."""

    editions: EditionRepository
    releases: ReleaseRepository
    phrases: PhraseRepository
    settings: Settings
    documents: DocumentsApi = field(default_factory=DocumentsApi)
    db_url: str = ""
    settings_path: Path | None = None
    #: The open database the repositories belong to (closed with the window; its engine is
    #: what backups copy), None when the window is handed repositories alone (tests).
    store: Store | None = None
    #: The history, trash and audit repository; None: the window has no record menus (tests).
    history: HistoryRepository | None = None
    #: What opening did that the staff should know (Arabic, French): an upgraded database.
    notices: list[tuple[str, str]] = field(default_factory=list)
    #: The editions list read while the store was opened (rows, their cells), or None.
    first_editions: Any = None
    #: The figure catalogue, read once (it changes only when a store is opened).
    _catalogue: dict[str, FigureKind] | None = field(default=None, init=False, repr=False,
                                                     compare=False)

    @property
    def language(self) -> str:
        """The interface language: the settings' when it has a catalogue, else "ar"."""
        from balagh.messages import SOURCE_LANGUAGE, available_languages

        chosen = self.settings.language
        return chosen if chosen in available_languages() else SOURCE_LANGUAGE

    def message(self, error: BalaghError | Problem) -> str:
        """The error's sentence in the interface language."""
        return error.text(self.language)

    def catalogue_map(self) -> dict[str, FigureKind]:
        """The figure catalogue by key, in display order (read from the store once: the
        catalogue is brought up to date when the store opens, never while it is open)."""
        if self._catalogue is None:
            self._catalogue = {kind.key: kind for kind in self.editions.catalogue()}
        return dict(self._catalogue)

    def save_settings(self) -> None:
        """Write the settings file."""
        self.settings.save(self.settings_path)

    def today(self) -> dt.date:
        """Today's date (one place, so the date line is consistent)."""
        return dt.date.today()


def warm_documents(services: Services, number: int | None) -> bool:
    """Load the documents layer and draft and check edition ``number`` once, thrown away
    (run in the thread pool at start-up): templates, phrasebook and the check are then
    ready, so the first «إنشاء المسودة» does not pay for them on the GUI thread.
    Returns whether the documents layer is available."""
    available = services.documents.available()
    if not available or number is None:
        return available
    import logging

    try:
        edition = services.editions.get(number)
        catalogue = services.catalogue_map()
        draft = services.documents.draft_release(edition, [edition], catalogue,
                                                 services.settings)
        services.documents.check_release(draft, edition, catalogue, [edition])
        compile_builtin_templates()
    except Exception:  # warming up is an optimisation; the real action reports errors
        logging.getLogger(__name__).exception("warming up the documents layer failed")
    return available


def compile_builtin_templates() -> None:
    """Compile every built-in Arabic template once (about 100 ms each, kept afterwards):
    whichever kind and form the staff draft first, Jinja does not compile it on the GUI
    thread."""
    from balagh.documents.release.draft import BUILTIN_TEMPLATES, builtin_template
    from balagh.documents.release.templating import compile_template

    for kind, form in BUILTIN_TEMPLATES:
        compile_template(builtin_template(kind, form))
