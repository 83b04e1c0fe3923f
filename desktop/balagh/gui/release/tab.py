"""The release tab: template choice, RTL paragraph editor, PDF preview, check and issue (its
widgets and their layout are ``tab_view.ReleaseTabView``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QListWidgetItem,
    QWidget,
)

from balagh.core.isolates import ltr
from balagh.core.model import Edition, Release, ReleaseKind, ReleaseStatus, StoredTemplate
from balagh.core.ports import Finding, finding_text
from balagh.gui import file_dialogs, prompts
from balagh.gui.release import issue_dialog, tab_dialogs
from balagh.gui.release.controller import ReleaseController
from balagh.gui.release.day_choice import fill_days
from balagh.gui.release.drafting import follow_drafting
from balagh.gui.release.exports import ReleaseExports
from balagh.gui.release.shown_release import NOT_READ, NotRead
from balagh.gui.release.tab_view import NO_DATE, ReleaseTabView
from balagh.gui.services import Services
from balagh.gui.widgets.export_notice import save_export
from balagh.gui.widgets.pdf_preview import print_pdf
from balagh.gui.workers import JobRunner

BANNER_STYLE = (
    "QLabel { background: #fff4ce; color: #4a3b00; border: 1px solid #e0c060;"
    " border-radius: 4px; padding: 6px; }"
)


class ReleaseTab(ReleaseTabView):
    """Generate, edit, preview, check, issue, export and print the press release."""

    def __init__(self, services: Services, jobs: JobRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.controller = ReleaseController(services, jobs, self)
        self._loading = False
        #: A new (or duplicated) edition is being edited and not yet saved: nothing to release.
        self.waiting_for_save = False
        self._stored: dict[str, StoredTemplate] = {}
        self.focus_mode = False
        self.build(services.language)
        # Copy and Word export live in the «البلاغات» menu (a third row of buttons does not
        # fit a 1366×768 screen at 150 %); their buttons stay out of the layout.
        self.exports = ReleaseExports(self)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.checks.itemClicked.connect(self._go_to_paragraph)
        self.checks.itemActivated.connect(self._go_to_paragraph)


        self.generate_button.clicked.connect(self.generate)
        self.templates_button.clicked.connect(self.open_templates)
        self.template.currentIndexChanged.connect(self._template_chosen)
        self.check_button.clicked.connect(self.controller.check)
        self.save_button.clicked.connect(self.controller.save_draft)
        self.correct_button.clicked.connect(self.start_correction)
        self.issue_button.clicked.connect(self.issue)
        self.export_button.clicked.connect(self.export_pdf)
        self.print_button.clicked.connect(self.print_release)
        self.archive_button.clicked.connect(self.open_archive)
        for signal in (self.title.textChanged, self.place.textChanged, self.editor.textChanged,
                       self.date.dateChanged):
            signal.connect(self._edited)
        follow_drafting(self)  # «إنشاء المسودة» waits while a draft is written
        c = self.controller
        self.french.edited.connect(self._french_edited)
        self.french.language_chosen.connect(c.show_language)
        self.french.create_button.clicked.connect(
            lambda: c.generate_french(self.french.chosen_template()))
        self.french.remove_button.clicked.connect(c.remove_french)
        c.release_changed.connect(self._show_release)
        c.preview_ready.connect(self.preview.show_pdf)
        c.preview_failed.connect(
            lambda text: self.preview.show_message(self.tr("تعذرت المعاينة: ") + text)
        )
        c.checked.connect(self._show_checks)
        c.message.connect(lambda text: prompts.show_error(self, self.tr("البلاغ"), text))
        self._show_release(None)

    # ----- wiring ---------------------------------------------------------------------------
    def set_editions(self, editions: list[Edition]) -> None:
        """All editions (for comparisons), and the templates list."""
        self.controller.set_editions(editions)
        self.reload_templates()

    def settings_changed(self) -> None:
        """The settings were saved: the default template and the letterhead may differ."""
        self.reload_templates()
        self.controller.render_preview()

    def reload_templates(self, select: str | None = None) -> None:
        """Refill the template choice: the built-in one, then the stored ones by name.

        Selects ``select`` (a stored name) or else the default template of the settings.
        """
        self._stored = {t.name: t for t in self.controller.templates()}
        self.french.set_templates(self.controller.templates_in("fr"))
        self.template.blockSignals(True)
        self.template.clear()
        self.template.addItem(self.tr("القالب المدمج"), "")
        for name in self._stored:
            self.template.addItem(name, name)
        self.template.blockSignals(False)
        default = select or self.services.settings.default_template
        shown = self.controller.release
        if select is None and shown is not None:
            # a refresh of the lists keeps the kind (and template) of the release on screen
            default = shown.template_name if shown.template_name in self._stored \
                else shown.kind.value
        kind_index = self.kind.findData(default)
        if kind_index >= 0:
            self.kind.setCurrentIndex(kind_index)
            self.template.setCurrentIndex(0)
        else:
            self.template.setCurrentIndex(max(self.template.findData(default), 0))
        self._template_chosen()

    def _template_chosen(self, *_args: object) -> None:
        """A stored template decides the kind of release it writes."""
        stored = self._stored.get(str(self.template.currentData() or ""))
        if stored is not None:
            self.kind.setCurrentIndex(max(self.kind.findData(stored.kind.value), 0))

    def set_current(self, edition: Edition | None,
                    shown: Release | NotRead | None = NOT_READ) -> None:
        """The edition selected in the window (``shown``: its release, when read already)."""
        self.waiting_for_save = False
        self.controller.set_edition(edition, shown)
        fill_days(self.day, edition, self.services.language)
        self._update_buttons()

    def show_unsaved_edition(self) -> None:
        """A new or duplicated edition is being edited: no release until it is saved.

        The previous edition's release must not stay on screen (it could be issued by
        mistake): the tab says «احفظ الدورة أولا لإعداد بلاغها» and offers no action.
        """
        self.controller.set_edition(None)
        self.waiting_for_save = True
        self._show_release(None)

    def flush(self, refresh: bool = False) -> bool:
        """Store the draft being typed now (see ``ReleaseController.flush``)."""
        return self.controller.flush(refresh)

    def shutdown(self) -> None:
        """Store what was typed and stop pending previews (window closing)."""
        self.controller.flush()
        self.controller.timer.stop()

    def _documents_ready(self) -> bool:
        documents = self.services.documents
        return documents.known() and documents.available()

    def documents_checked(self) -> None:
        """The documents layer finished loading in the background: enable what it allows."""
        self._update_buttons()
        if self.controller.release is not None:
            self.controller.render_preview()
        elif self._documents_ready() and not self.waiting_for_save:
            self.preview.show_message(self.tr("لا توجد معاينة بعد."))

    # Why the connected database role may not issue ("" when it may): set by the window.
    issue_refusal = ""

    def refuse_issuing(self, why: str) -> None:
        """The database role may not issue: the button stays off and says why."""
        self.issue_refusal = why
        self.issue_button.setToolTip(why)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self._documents_ready()
        waiting = self.waiting_for_save
        has_edition = self.controller.edition is not None and not waiting
        has_release = self.controller.release is not None and not waiting
        editable = self.controller.editable and not waiting
        issued = has_release and not editable
        self.generate_button.setEnabled(ready and has_edition and not self.controller.drafting)
        for widget in (self.kind, self.template, self.templates_button):
            widget.setEnabled(not waiting)
        for widget in (self.check_button, self.export_button, self.print_button,
                       *self.exports.buttons()):
            widget.setEnabled(ready and has_release)
        self.save_button.setEnabled(editable)
        self.issue_button.setEnabled(ready and editable and not self.issue_refusal)
        self.correct_button.setVisible(issued)
        self.correct_button.setEnabled(issued and has_edition)
        for field in (self.title, self.place, self.date):
            field.setEnabled(has_release)
        # An issued release is a record: every field is read-only, not only the text.
        for edit in (self.title, self.place, self.date, self.editor):
            edit.setReadOnly(not editable)
        self.editor.setEnabled(not waiting)
        if not ready:
            self.preview.show_message(self._unavailable_text())

    def _unavailable_text(self) -> str:
        if not self.services.documents.known():
            return self.tr("جار تحميل طبقة الوثائق…")
        return self.tr("طبقة الوثائق (إنشاء ملفات PDF) غير متوفرة في هذه النسخة.")

    def _show_release(self, release: Release | None) -> None:
        self._loading = True
        self.checks.clear()
        try:
            self.status.setStyleSheet("")
            if release is None:
                self.title.clear()
                self.place.clear()
                self.date.setDate(NO_DATE)
                self.editor.clear()
                if self.waiting_for_save:
                    self.status.setText(self.tr("احفظ الدورة أولا لإعداد بلاغها"))
                    self.status.setStyleSheet(BANNER_STYLE)
                    self.preview.show_message(self.tr("احفظ الدورة أولا لإعداد بلاغها"))
                else:
                    self.status.setText(
                        self.tr("لا توجد مسودة لهذه الدورة: اختر قالبا ثم «إنشاء المسودة».")
                    )
                    self.preview.show_message(self.tr("لا توجد معاينة بعد."))
            else:
                self.title.setText(release.title)
                self.place.setText(release.place)
                self.date.setDate(QDate(release.date.year, release.date.month, release.date.day))
                self.editor.set_paragraphs(release.paragraphs)
                if release.status is ReleaseStatus.ISSUED:
                    self.status.setText(self._issued_banner(release))
                    self.status.setStyleSheet(BANNER_STYLE)
                elif release.supersedes_id is not None:
                    self.status.setText(
                        self.tr("مسودة تصحيح: تحل محل البلاغ السابق عند إصدارها.")
                    )
                else:
                    self.status.setText(self.tr("مسودة: التعديلات تظهر في المعاينة بعد لحظة."))
            self.french.show_release(release, self.controller.preview_language,
                                     self.controller.untranslated)
        finally:
            self._loading = False
        self._update_buttons()

    def _french_edited(self, paragraphs: list[str]) -> None:
        if not self._loading:
            self.controller.update_french(paragraphs)

    def _issued_banner(self, release: Release) -> str:
        """«صدر هذا البلاغ تحت المرجع 2025/001 — للقراءة فقط» and the date it was issued."""
        reference = ltr(release.reference or "؟")
        text = self.tr("صدر هذا البلاغ تحت المرجع %1 — للقراءة فقط").replace("%1", reference)
        if release.issued_at is not None:
            when = ltr(release.issued_at.strftime("%d/%m/%Y %H:%M"))
            text += "\n" + self.tr("تاريخ الإصدار: %1").replace("%1", when)
        return text

    def _edited(self, *_args: object) -> None:
        if self._loading:
            return
        day = self.date.date()
        self.controller.update_text(
            self.title.text(),
            self.place.text(),
            dt.date(day.year(), day.month(), day.day()),
            self.editor.paragraphs(),
        )

    def _show_checks(self, items: Sequence[Finding]) -> None:
        self.checks.clear()
        language = self.services.language
        for item in items:
            mark = "ⓘ " if item.is_warning else "⚠ "
            entry = QListWidgetItem(mark + finding_text(item, language))
            entry.setData(Qt.ItemDataRole.UserRole, item.paragraph)
            self.checks.addItem(entry)
        if not items:
            self.checks.addItem(self.tr("✓ لم يظهر أي تعارض بين النص والأرقام المسجلة."))

    def _go_to_paragraph(self, item: QListWidgetItem) -> None:
        """Put the cursor at the start of the paragraph a finding is about."""
        index = item.data(Qt.ItemDataRole.UserRole)
        if not isinstance(index, int):
            return
        block = self.editor.document().findBlockByNumber(index)
        if block.isValid():
            cursor = QTextCursor(block)
            self.editor.setTextCursor(cursor)
            self.editor.ensureCursorVisible()
            self.editor.setFocus()

    # ----- actions ---------------------------------------------------------------------------
    open_phrasebook = tab_dialogs.open_phrasebook
    open_templates = tab_dialogs.open_templates
    open_archive = tab_dialogs.open_archive
    verify_file = tab_dialogs.verify_file
    issue = issue_dialog.issue
    show_verification = tab_dialogs.show_verification

    def generate(self) -> None:
        """Draft from the chosen template (asks before replacing an edited draft)."""
        if (
            self.controller.release is not None
            and self.controller.editable
            and not prompts.confirm(
                self,
                self.tr("إنشاء المسودة"),
                self.tr("ستعوض المسودة الحالية بمسودة جديدة من القالب. هل تريد المتابعة؟"),
            )
        ):
            return
        kind = ReleaseKind(self.kind.currentData())
        day = self.day.currentData() if kind is ReleaseKind.DAILY else None
        stored = self._stored.get(str(self.template.currentData() or ""))
        if stored is None:
            self.controller.generate(kind, day=day)
        else:
            self.controller.generate(kind, stored.body, stored.name, day=day)

    def _kind_changed(self, _index: int = 0) -> None:
        """The day is chosen only for a daily bulletin, among the edition's days."""
        daily = self.kind.currentData() == ReleaseKind.DAILY.value
        self.day.setVisible(daily)
        self.day_label.setVisible(daily)
        fill_days(self.day, self.controller.edition, self.services.language)

    def start_correction(self) -> None:
        """«تصحيح»: a new draft from the issued release's text, superseding it when issued."""
        draft = self.controller.start_correction()
        if draft is not None:
            self.editor.setFocus()

    def _suggested_name(self) -> str:
        release = self.controller.release
        if release is None:
            return "balagh.pdf"
        ref = (release.reference or "draft").replace("/", "-")
        return f"balagh-{release.edition_number}-{ref}.pdf"

    def export_pdf(self) -> None:
        """Save the release PDF where the user says."""
        self.controller.flush(refresh=True)
        data = self.controller.current_pdf()
        if not data:
            return
        path = file_dialogs.save_file_name(
            self, self.tr("تصدير البلاغ"), self._suggested_name(), "PDF (*.pdf)"
        )
        if path:
            save_export(self, self.tr("تصدير البلاغ"), path, data, self.services.language == "fr")

    def print_release(self) -> None:
        """Print the release PDF."""
        self.controller.flush(refresh=True)
        data = self.controller.current_pdf()
        if data:
            print_pdf(data, self)


