"""The summary tab: the edition's summary sheet, the all-editions report (PDF and XLSX) and
the edition's social-media card (PDF and PNG, in the platforms' sizes, of the whole edition
or of one recorded day)."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from balagh.core.errors import BalaghError
from balagh.core.model import Edition
from balagh.gui import file_dialogs, prompts
from balagh.gui.services import Services
from balagh.gui.summary.card_choice import CardChoice
from balagh.gui.widgets.export_notice import save_export
from balagh.gui.widgets.pdf_preview import PdfPreview
from balagh.gui.workers import JobRunner

if TYPE_CHECKING:
    from balagh.documents.summary.all_model import Selection

EDITION_SHEET = "edition"
ALL_EDITIONS = "all"
CARD = "card"


class SummaryTab(QWidget):
    """Preview and export of the summary documents; rendering runs in the thread pool."""

    def __init__(self, services: Services, jobs: JobRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.jobs = jobs
        self.edition: Edition | None = None
        self.all_editions: list[Edition] = []
        #: A new (or duplicated) edition is being edited and not yet saved.
        self.waiting_for_save = False
        self._generation = 0
        self._build_widgets()
        self._lay_out()
        self.which.currentIndexChanged.connect(lambda _i: self.refresh())
        self.french.toggled.connect(lambda _c: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.png_button.clicked.connect(self.export_png)
        self.print_button.clicked.connect(self.print_shown)
        self.last.valueChanged.connect(lambda _v: self.refresh())
        self.card.size.currentIndexChanged.connect(lambda _i: self.refresh())
        self.card.day.currentIndexChanged.connect(lambda _i: self.refresh())
        self._update_buttons()

    def _build_widgets(self) -> None:
        """The notice, the choice of document and its options, the actions, the preview."""
        self.notice = QLabel(self.tr("احفظ الدورة أولا لإعداد ملخصها"), self)
        self.notice.setObjectName("summary_notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "QLabel { background: #fff4ce; color: #4a3b00; border: 1px solid #e0c060;"
            " border-radius: 4px; padding: 6px; }"
        )
        self.notice.setVisible(False)
        self.which = QComboBox(self)
        self.which.setObjectName("summary_which")
        self.which.addItem(self.tr("ملخص الدورة"), EDITION_SHEET)
        self.which.addItem(self.tr("تقرير جميع الدورات"), ALL_EDITIONS)
        self.which.addItem(self.tr("بطاقة للنشر"), CARD)
        self.french = QCheckBox(self.tr("عناوين بالفرنسية"), self)
        self.card = CardChoice(self)
        # The report's editions: all (0), or the N most recent.
        self.last = QSpinBox(self)
        self.last.setObjectName("summary_last")
        self.last.setRange(0, 999)
        self.last.setSpecialValueText(self.tr("كل الدورات"))
        self.last.setPrefix(self.tr("الدورات الأخيرة: "))
        self.refresh_button = QPushButton(self.tr("تحديث المعاينة"), self)
        self.pdf_button = QPushButton(self.tr("تصدير PDF…"), self)
        self.xlsx_button = QPushButton(self.tr("تصدير Excel…"), self)
        self.png_button = QPushButton(self.tr("تصدير PNG…"), self)
        self.print_button = QPushButton(self.tr("طباعة…"), self)
        self.print_button.setObjectName("summary_print")
        self.preview = PdfPreview(self)

    def _lay_out(self) -> None:
        """The choices, then the actions, the notice and the preview."""
        # Two rows (choice, then actions) so the tab fits a 1024-px screen in French too.
        choice = QHBoxLayout()
        choice.addWidget(self.which)
        choice.addWidget(self.french)
        choice.addWidget(self.last)
        choice.addWidget(self.card.size)
        choice.addWidget(self.card.day)
        choice.addStretch(1)
        actions = QHBoxLayout()
        for button in (self.refresh_button, self.pdf_button, self.xlsx_button, self.png_button,
                       self.print_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(choice)
        layout.addLayout(actions)
        layout.addWidget(self.notice)
        layout.addWidget(self.preview, 1)

    def set_editions(self, editions: list[Edition]) -> None:
        """Every edition (comparisons and the all-editions report)."""
        self.all_editions = list(editions)
        if self.isVisible():
            self.refresh()

    def set_current(self, edition: Edition | None) -> None:
        """The edition selected in the window."""
        self.edition = edition
        self.waiting_for_save = False
        self.card.set_days(edition)
        self._update_buttons()
        if self.isVisible():
            self.refresh()

    def show_unsaved_edition(self) -> None:
        """A new or duplicated edition is being edited: its sheet waits until it is saved.

        The previous edition's sheet must not stay on screen as if it were this one's.
        """
        self.edition = None
        self.waiting_for_save = True
        self._generation += 1  # a render still running for the previous edition is dropped
        self._update_buttons()
        self.refresh()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.refresh()

    def _ready(self) -> bool:
        documents = self.services.documents
        return documents.known() and documents.available()

    def documents_checked(self) -> None:
        """The documents layer finished loading in the background."""
        self._update_buttons()
        if self.isVisible():
            self.refresh()

    def _needs_edition(self) -> bool:
        return self.which.currentData() in (EDITION_SHEET, CARD)

    def _is_card(self) -> bool:
        return bool(self.which.currentData() == CARD)

    def _blocked(self) -> bool:
        """The edition sheet is chosen while a new edition is not yet saved."""
        return self.waiting_for_save and self._needs_edition()

    def _update_buttons(self) -> None:
        ok = self._ready() and (self.edition is not None or not self._needs_edition())
        card = self._is_card()
        for button in (self.refresh_button, self.pdf_button, self.xlsx_button, self.png_button,
                       self.print_button):
            button.setEnabled(ok and not self._blocked())
        # Its key (Ctrl+Shift+I) exports a picture only of a card, Excel only of the rest.
        self.png_button.setEnabled(self.png_button.isEnabled() and card)
        self.xlsx_button.setEnabled(self.xlsx_button.isEnabled() and not card)
        self.xlsx_button.setVisible(not card)
        self.french.setVisible(not card)
        self.png_button.setVisible(card)
        self.card.size.setVisible(card)
        self.card.day.setVisible(card)
        self.last.setVisible(self.which.currentData() == ALL_EDITIONS)
        self.notice.setVisible(self._blocked())

    def print_shown(self) -> bool:
        """Print the sheet, report or card shown in the preview (as it is previewed)."""
        from balagh.gui.widgets.pdf_preview import print_pdf

        data = self.preview.data
        return bool(data) and print_pdf(data, self)

    def _pdf_job(self) -> object:
        documents = self.services.documents
        settings = copy.deepcopy(self.services.settings)
        catalogue = self.services.catalogue_map()
        editions = list(self.all_editions)
        french = self.french.isChecked()
        if self._is_card():
            return self._card_job("pdf")
        if self._needs_edition():
            edition = self.edition
            assert edition is not None
            return lambda: documents.edition_summary(
                edition, editions, catalogue, settings, "pdf", french_labels=french
            )
        selection = self._selection()
        return lambda: documents.editions_report(
            editions, catalogue, settings, "pdf", french_labels=french, selection=selection
        )

    def _selection(self) -> Selection:
        """All the editions, or the N most recent (the «الدورات الأخيرة» box)."""
        from balagh.documents.summary.all_model import Selection

        return Selection(last=self.last.value() or None)

    def refresh(self) -> None:
        """Render the chosen document in the background and show it."""
        self._update_buttons()
        if not self._ready():
            known = self.services.documents.known()
            self.preview.show_message(
                self.tr("طبقة الوثائق (إنشاء ملفات PDF) غير متوفرة في هذه النسخة.")
                if known
                else self.tr("جار تحميل طبقة الوثائق…")
            )
            return
        if self._blocked():
            self.preview.show_message(self.tr("احفظ الدورة أولا لإعداد ملخصها"))
            return
        if self._needs_edition() and self.edition is None:
            self.preview.show_message(self.tr("اختر دورة من القائمة."))
            return
        self._generation += 1
        generation = self._generation
        self.preview.show_message(self.tr("جار إعداد المعاينة…"))

        def done(data: bytes) -> None:
            if generation == self._generation:
                self.preview.show_pdf(data)

        def failed(err: BaseException, _tb: str) -> None:
            if generation == self._generation:
                text = self.services.message(err) if isinstance(err, BalaghError) else str(err)
                self.preview.show_message(self.tr("تعذرت المعاينة: ") + text)

        self.jobs.submit(self._pdf_job(), done, failed)  # type: ignore[arg-type]

    def _card_job(self, image: str) -> object:
        """Render the card in the worker through the application layer (as the CLI does)."""
        from balagh.app.cards import make_card

        edition = self.edition
        assert edition is not None
        settings = copy.deepcopy(self.services.settings)
        catalogue = self.services.catalogue_map()
        editions = list(self.all_editions)
        size, day = self.card.chosen()
        return lambda: make_card(edition, editions, catalogue, settings, size=size,
                                 image=image, day=day)

    def _name(self, suffix: str) -> str:
        if self._is_card() and self.edition is not None:
            width, height = self.card.chosen()[0]
            return f"card-{self.edition.number}-{self.edition.year}-{width}x{height}.{suffix}"
        if self._needs_edition() and self.edition is not None:
            return f"summary-{self.edition.number}-{self.edition.year}.{suffix}"
        return f"all-editions.{suffix}"

    def export_pdf(self) -> None:
        """Save the shown document as PDF."""
        path = file_dialogs.save_file_name(
            self, self.tr("تصدير PDF"), self._name("pdf"), "PDF (*.pdf)"
        )
        if path:
            self._write(path, self._pdf_job())

    def export_png(self) -> None:
        """Save the card as a PNG picture of the chosen size."""
        path = file_dialogs.save_file_name(
            self, self.tr("تصدير PNG"), self._name("png"), "PNG (*.png)"
        )
        if path:
            self._write(path, self._card_job("png"))

    def export_xlsx(self) -> None:
        """Save the figures as an Excel workbook."""
        path = file_dialogs.save_file_name(
            self, self.tr("تصدير Excel"), self._name("xlsx"), "Excel (*.xlsx)"
        )
        if not path:
            return
        documents = self.services.documents
        settings = self.services.settings
        catalogue = self.services.catalogue_map()
        editions = list(self.all_editions)
        if self._needs_edition() and self.edition is not None:
            edition = self.edition
            self._write(path, lambda: documents.edition_summary(
                edition, editions, catalogue, settings, "xlsx"))
        else:
            selection = self._selection()
            self._write(path, lambda: documents.editions_report(
                editions, catalogue, settings, "xlsx", selection=selection))

    def _write(self, path: str, job: object) -> None:
        def done(data: bytes) -> None:
            save_export(self, self.tr("تصدير"), path, data, self.services.language == "fr")

        def failed(err: BaseException, _tb: str) -> None:
            text = self.services.message(err) if isinstance(err, BalaghError) else str(err)
            prompts.show_error(self, self.tr("تصدير"), text)

        self.jobs.submit(job, done, failed)  # type: ignore[arg-type]
