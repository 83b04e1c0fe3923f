"""Behaviour of the templates dialog: copy a built-in template, try it, store it by name.

A template is tried on a real edition (the one open in the window, else the newest) with the
documents layer before it is stored, so a template that cannot work is refused with the
Arabic message naming its line («القالب «بلاغي»، السطر 3: …») and nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from balagh.core.errors import BalaghError
from balagh.core.model import Edition, Language, ReleaseKind, StoredTemplate
from balagh.gui.services import Services


@dataclass(frozen=True)
class Trial:
    """The outcome of trying a template: the paragraphs it writes, or the error."""

    paragraphs: list[str]
    error: str = ""
    line: int | None = None  # the template line the error is about (1-based)

    @property
    def ok(self) -> bool:
        """True when the template produced a release text."""
        return not self.error


class TemplatesController(QObject):
    """Lists, tries, stores and deletes the user templates of ``services.releases``."""

    changed = Signal()  # the stored templates changed (saved or deleted)

    def __init__(self, services: Services, edition: Edition | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.edition = edition

    def stored(self) -> list[StoredTemplate]:
        """The user templates, by name."""
        return sorted(self.services.releases.templates(), key=lambda t: t.name)

    def find(self, name: str) -> StoredTemplate | None:
        """The stored template called ``name``, if any."""
        return next((t for t in self.stored() if t.name == name), None)

    def builtin_body(self, kind: ReleaseKind, language: str = "ar") -> str:
        """The built-in template text for ``kind`` in ``language`` (what a copy starts from):
        for the open edition, the closing form it uses (the same in both languages)."""
        from balagh.documents.release.draft import builtin_template, edition_template

        if self.edition is not None:
            return edition_template(self.edition, kind, language)
        return builtin_template(kind, language=language)

    def copy_name(self, kind: ReleaseKind, language: str = "ar") -> str:
        """A free name for a copy of the built-in template, e.g. «نسخة من قالب الاختتام 2»."""
        base = (self.tr("نسخة من قالب الاختتام") if kind is ReleaseKind.CLOSING
                else self.tr("نسخة من قالب الافتتاح"))
        if language == "fr":
            base += " (FR)"
        taken = {t.name for t in self.stored()}
        name, n = base, 1
        while name in taken:
            n += 1
            name = f"{base} {n}"
        return name

    def trial_edition(self) -> Edition | None:
        """The edition a template is tried on: the open one, else the newest recorded."""
        if self.edition is not None:
            return self.edition
        editions = self.services.editions.list_editions()
        return max(editions, key=lambda e: e.start_date) if editions else None

    def try_template(self, name: str, kind: ReleaseKind, body: str,
                     language: str = "ar") -> Trial:
        """Write the release text of the trial edition with ``body``; the error if it fails.

        A French template writes the French version of the built-in Arabic draft.
        """
        edition = self.trial_edition()
        if edition is None:
            return Trial([], self.tr("لا توجد أي دورة لتجربة القالب عليها."))
        every = self.services.editions.list_editions()
        catalogue = self.services.catalogue_map()
        settings = self.services.settings
        documents = self.services.documents
        try:
            from balagh.app.release_drafting import phrase_texts

            day = edition.start_date if kind is ReleaseKind.DAILY else None  # tried on day 1
            if language == "fr":
                release = documents.draft_release(edition, every, catalogue, settings,
                                                  kind=kind, release_date=day)
                release, _missing = documents.with_french(
                    release, edition, every, catalogue, settings, template_body=body,
                    template_name=name.strip() or "?", phrases=phrase_texts(self.services))
                french = release.french
                return Trial(list(french.paragraphs) if french else [])
            release = documents.draft_release(
                edition, every, catalogue, settings,
                template_body=body, kind=kind, template_name=name.strip() or "?",
                release_date=day, phrases=phrase_texts(self.services),
            )
        except BalaghError as err:
            return Trial([], self.services.message(err), getattr(err, "line", None))
        return Trial(list(release.paragraphs))

    def check_for_saving(self, name: str, kind: ReleaseKind, body: str,
                         language: str = "ar") -> Trial:
        """What saving would say before storing: a missing name, else the trial
        (run in a worker thread by the dialog)."""
        if not name.strip():
            return Trial([], self.tr("اكتب اسما للقالب."))
        return self.try_template(name, kind, body, language)

    def save(self, name: str, kind: ReleaseKind, body: str, language: str = "ar") -> Trial:
        """Try the template, then store it under ``name`` (nothing stored when it fails)."""
        trial = self.check_for_saving(name, kind, body, language)
        if not trial.ok:
            return trial
        return self.store(name, kind, body, trial, language)

    def store(self, name: str, kind: ReleaseKind, body: str, trial: Trial,
              language: str = "ar") -> Trial:
        """Store a template whose ``trial`` succeeded; returns the trial, or the error."""
        try:
            self.services.releases.save_template(
                StoredTemplate(name.strip(), kind, body, language=Language(language)))
        except BalaghError as err:
            return Trial([], self.services.message(err))
        self.changed.emit()
        return trial

    def delete(self, name: str) -> str:
        """Remove a stored template; returns the error text ("" when done)."""
        try:
            self.services.releases.delete_template(name)
        except BalaghError as err:
            return self.services.message(err)
        self.changed.emit()
        return ""
