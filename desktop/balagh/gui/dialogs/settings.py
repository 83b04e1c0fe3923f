"""The settings dialog: letterhead, logo, place of the date line, templates, database, language.

What applies at once (letterhead, logo, place, title, default template) is used by the next
draft and preview; a new interface language rebuilds the window in it at once
(``balagh.gui.window.language_switch``); the database is read at start-up, so the dialog says it
applies when Balagh is started again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from balagh.gui.button_words import use_program_words
from balagh.gui.dialogs.database_trial import DatabaseTrial
from balagh.gui.widgets.column_fit import fitted_size
from balagh.gui.widgets.rtl_text import right_to_left
from balagh.messages import available_languages
from balagh.platform.settings import Settings

if TYPE_CHECKING:
    from balagh.gui.services import Services

LOGO_PREVIEW = 72  # pixels: the preview box of the logo


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setObjectName("hint")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    return label


class SettingsDialog(QDialog):
    """Letterhead, logo, place of the date line, default template, database, language."""

    def __init__(
        self, settings: Settings, template_names: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("الإعدادات"))
        self.resize(fitted_size(self, 680, 560))
        self._base = settings
        self.letterhead = QPlainTextEdit(self)
        self.letterhead.setObjectName("letterhead")
        right_to_left(self.letterhead)  # the letterhead is Arabic in either interface
        self.letterhead.setPlainText("\n".join(settings.letterhead_lines))
        self.letterhead.setMaximumHeight(96)
        logo_row = self._logo_row(settings.logo_path)
        self.place = QLineEdit(settings.place, self)
        self.place.setObjectName("place")
        self.release_title = QLineEdit(settings.release_title, self)
        self.release_title.setObjectName("release_title")
        self.template = QComboBox(self)
        self.template.setObjectName("default_template")
        self.template.addItem(self.tr("بلاغ اختتام (مدمج)"), "closing")
        self.template.addItem(self.tr("بلاغ افتتاح (مدمج)"), "opening")
        for name in template_names:
            self.template.addItem(self.tr("%1 (قالب محفوظ)").replace("%1", name), name)
        self.template.setCurrentIndex(max(self.template.findData(settings.default_template), 0))
        db_row = self._database_row(settings.database_url)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code in available_languages():  # every language with a catalogue
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))

        self.digits = QComboBox(self)
        self.digits.setObjectName("digits")
        self.digits.addItem(self.tr("أرقام عربية (2.400.000)"), "western")
        self.digits.addItem(self.tr("أرقام هندية (٢٬٤٠٠٬٠٠٠)"), "arabic-indic")
        self.digits.setCurrentIndex(max(self.digits.findData(settings.digits), 0))

        form = self._form(logo_row, db_row)
        buttons = self._buttons()
        # The fields scroll above the buttons where the screen is short (911×512 logical
        # pixels at 150 %): OK and Cancel stay on the screen.
        content = QWidget(self)
        fields = QVBoxLayout(content)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addLayout(form)
        fields.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.trying)
        layout.addWidget(buttons)
        self._show_logo(self.logo.text())

    def _buttons(self) -> QDialogButtonBox:
        """OK and Cancel; OK waits while a new database address is tried."""
        buttons = use_program_words(QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.trying = _hint("", self)
        self.trying.setObjectName("database_trial")
        self.trial = DatabaseTrial(self.database, self.trying, super().accept,
                                   lambda busy: self.ok_button.setEnabled(not busy), self)
        return buttons

    def accept(self) -> None:
        """«موافق»: a new database address is tried first (in the background)."""
        url = self.database.text().strip()
        if not url or url == self._base.database_url.strip():
            super().accept()
        elif self.trial.trying is None:
            self.trial.start(url)

    def reject(self) -> None:
        self.trial.cancel()
        super().reject()

    def _logo_row(self, path: str) -> QHBoxLayout:
        """The logo's file, its buttons and its preview."""
        self.logo = QLineEdit(path, self)
        self.logo.setObjectName("logo")
        self.logo.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.logo.setPlaceholderText(self.tr("بدون شعار"))
        self.logo_button = QPushButton(self.tr("اختيار…"), self)
        self.logo_button.clicked.connect(self._pick_logo)
        self.logo_clear = QPushButton(self.tr("إزالة"), self)
        self.logo_clear.clicked.connect(self.logo.clear)
        self.logo_preview = QLabel(self)
        self.logo_preview.setObjectName("logo_preview")
        self.logo_preview.setFixedSize(LOGO_PREVIEW, LOGO_PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setWordWrap(True)
        self.logo_preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.logo.textChanged.connect(self._show_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_clear)
        logo_row.addWidget(self.logo_preview)
        return logo_row

    def _database_row(self, url: str) -> QHBoxLayout:
        """The database's address and the button that picks a file."""
        self.database = QLineEdit(url, self)
        self.database.setObjectName("database")
        self.database.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.database.setPlaceholderText(self.tr("الملف المدمج (افتراضي)"))
        db_button = QPushButton(self.tr("اختيار ملف…"), self)
        db_button.clicked.connect(self._pick_database)
        db_row = QHBoxLayout()
        db_row.addWidget(self.database, 1)
        db_row.addWidget(db_button)
        return db_row

    def _form(self, logo_row: QHBoxLayout, db_row: QHBoxLayout) -> QFormLayout:
        """Every setting with its label and, under some, a hint."""
        form = QFormLayout()
        form.addRow(self.tr("سطور رأسية الوثائق"), self.letterhead)
        form.addRow(
            "", _hint(self.tr("سطر في كل سطر، من الأعلى إلى الأسفل، في أعلى يمين البلاغ."), self)
        )
        form.addRow(self.tr("الشعار"), logo_row)
        form.addRow(self.tr("مكان سطر التاريخ"), self.place)
        form.addRow(
            "", _hint(self.tr("مثال: «الرباط في 22 ماي 2023». يطبق على المسودات الجديدة."), self)
        )
        form.addRow(self.tr("عنوان البلاغ"), self.release_title)
        form.addRow(self.tr("القالب الافتراضي"), self.template)
        form.addRow(self.tr("أرقام الجداول والبطاقات"), self.digits)
        form.addRow(self.tr("قاعدة البيانات"), db_row)
        form.addRow("", _hint(self.tr("يطبق تغيير قاعدة البيانات عند إعادة تشغيل البرنامج."), self))
        form.addRow(self.tr("لغة الواجهة"), self.language)
        form.addRow("", _hint(self.tr("تطبق لغة الواجهة فورا على النافذة المفتوحة."), self))
        return form

    def _show_logo(self, path: str) -> None:
        """Show the chosen logo (or say there is none / it cannot be read)."""
        path = path.strip()
        if not path:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("بدون شعار"))
            return
        pixmap = QPixmap(path)
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("تعذرت قراءة الصورة"))
            return
        self.logo_preview.setPixmap(
            pixmap.scaled(
                LOGO_PREVIEW - 4,
                LOGO_PREVIEW - 4,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _pick_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("الشعار"), self.logo.text(), self.tr("صور (*.png *.jpg *.jpeg)")
        )
        if path:
            self.logo.setText(path)

    def _pick_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("قاعدة البيانات"),
            "",
            "SQLite (*.db *.sqlite)",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.database.setText(f"sqlite:///{path}")

    def result_settings(self) -> Settings:
        """The settings as edited."""
        lines = [line.strip() for line in self.letterhead.toPlainText().split("\n")]
        # Fields the dialog does not show (the French letterhead…) keep their values.
        return dataclasses.replace(
            self._base,
            letterhead_lines=[line for line in lines if line],
            logo_path=self.logo.text().strip(),
            place=self.place.text().strip() or self._base.place,
            default_template=str(self.template.currentData()),
            database_url=self.database.text().strip(),
            language=str(self.language.currentData()),
            release_title=self.release_title.text().strip() or self._base.release_title,
            digits=str(self.digits.currentData()),
        )


def language_name(code: str) -> str:
    """A language's name in itself: «العربية», «Français» (Babel's CLDR data)."""
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(code).get_display_name(code) or code
    except (UnknownLocaleError, ValueError):  # a language CLDR does not know (a test's)
        name = code
    return name[:1].upper() + name[1:]


def open_settings(
    window: QWidget, services: Services, apply_now: Callable[[], None]
) -> bool:
    """Show the settings dialog; save, let ``apply_now`` apply what applies at once (the
    window's templates, preview and summary), and switch the language at once."""
    from balagh.gui import prompts

    names = [t.name for t in services.releases.templates()] if services.releases else []
    dialog = SettingsDialog(services.settings, names, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    before = services.settings
    after = dialog.result_settings()
    if after.logo_path and after.logo_path != before.logo_path:
        from balagh.core.errors import BalaghError
        from balagh.platform.paths import app_paths
        from balagh.typeset.logo_print import prepare_logo

        try:  # downscaled to print resolution once, here, not in every document
            target = app_paths().ensure().data_dir / f"office-logo{Path(after.logo_path).suffix}"
            after.logo_path = str(prepare_logo(after.logo_path, target))
        except BalaghError as err:
            prompts.show_error(window, dialog.windowTitle(), services.message(err))
            after.logo_path = before.logo_path
    services.settings = after
    services.save_settings()
    apply_now()
    database = after.database_url != before.database_url
    later = ""
    if database:
        later = QCoreApplication.translate(
            "MainWindow", "حفظت الإعدادات. تطبق قاعدة البيانات الجديدة عند إعادة تشغيل البرنامج."
        )
    if later:
        prompts.show_info(window, QCoreApplication.translate("MainWindow", "الإعدادات"), later)
    return True
