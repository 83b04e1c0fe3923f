"""Settings and About dialogs."""

from __future__ import annotations

import platform
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from balagh.settings import Settings

if TYPE_CHECKING:
    from balagh.gui.main_window import MainWindow


class SettingsDialog(QDialog):
    """Letterhead, logo, place of the date line, default template, database, language."""

    def __init__(
        self, settings: Settings, template_names: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("الإعدادات"))
        self.resize(620, 420)
        self.letterhead = QPlainTextEdit(self)
        self.letterhead.setObjectName("letterhead")
        self.letterhead.setPlainText("\n".join(settings.letterhead_lines))
        self.letterhead.setMaximumHeight(90)
        self.logo = QLineEdit(settings.logo_path, self)
        self.logo.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        logo_button = QPushButton(self.tr("اختيار…"), self)
        logo_button.clicked.connect(self._pick_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(logo_button)
        self.place = QLineEdit(settings.place, self)
        self.place.setObjectName("place")
        self.release_title = QLineEdit(settings.release_title, self)
        self.template = QComboBox(self)
        self.template.addItem(self.tr("بلاغ اختتام (مدمج)"), "closing")
        self.template.addItem(self.tr("بلاغ افتتاح (مدمج)"), "opening")
        for name in template_names:
            self.template.addItem(name, name)
        index = self.template.findData(settings.default_template)
        self.template.setCurrentIndex(max(index, 0))
        self.database = QLineEdit(settings.database_url, self)
        self.database.setObjectName("database")
        self.database.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.database.setPlaceholderText(self.tr("الملف المدمج (افتراضي)"))
        db_button = QPushButton(self.tr("اختيار ملف…"), self)
        db_button.clicked.connect(self._pick_database)
        db_row = QHBoxLayout()
        db_row.addWidget(self.database, 1)
        db_row.addWidget(db_button)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem("العربية", "ar")
        self.language.addItem("Français", "fr")
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        form = QFormLayout()
        form.addRow(self.tr("سطور رأسية الوثائق"), self.letterhead)
        form.addRow(self.tr("الشعار"), logo_row)
        form.addRow(self.tr("مكان سطر التاريخ"), self.place)
        form.addRow(self.tr("عنوان البلاغ"), self.release_title)
        form.addRow(self.tr("القالب الافتراضي"), self.template)
        form.addRow(self.tr("قاعدة البيانات"), db_row)
        form.addRow(self.tr("لغة الواجهة"), self.language)
        note = QLabel(self.tr("تطبق لغة الواجهة وقاعدة البيانات عند إعادة تشغيل البرنامج."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self._base = settings

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
        return Settings(
            letterhead_lines=[line for line in lines if line],
            logo_path=self.logo.text().strip(),
            place=self.place.text().strip() or self._base.place,
            default_template=str(self.template.currentData()),
            database_url=self.database.text().strip(),
            language=str(self.language.currentData()),
            release_title=self.release_title.text().strip() or self._base.release_title,
        )


def open_settings(window: MainWindow) -> bool:
    """Show the settings dialog; save and apply what can be applied at once."""
    services = window.services
    if services is None:
        return False
    names = [t.name for t in services.releases.templates()] if services.releases else []
    dialog = SettingsDialog(services.settings, names, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    services.settings = dialog.result_settings()
    services.save_settings()
    window.release_tab.controller.render_preview()
    window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "حفظت الإعدادات."), 5000
    )
    return True


def versions_text() -> str:
    """Balagh, Qt, PySide6 and Python versions (for the About box and bug reports)."""
    import PySide6
    from PySide6.QtCore import qVersion

    import balagh

    return (
        f"Balagh {balagh.__version__}\n"
        f"Qt {qVersion()} — PySide6 {PySide6.__version__}\n"
        f"Python {platform.python_version()} ({platform.system()} {platform.machine()})"
    )


def show_about(window: QWidget) -> None:
    """Help → About: what Balagh is and the versions it runs on."""
    from PySide6.QtWidgets import QMessageBox

    text = QCoreApplication.translate(
        "MainWindow",
        "بلاغ: تسجيل أرقام أيام الأبواب المفتوحة للأمن الوطني وإعداد البلاغات الصحفية "
        "وأوراق الملخص.",
    )
    QMessageBox.about(
        window,
        QCoreApplication.translate("MainWindow", "حول بلاغ"),
        text + "\n\n" + versions_text(),
    )
