"""The backup dialog (File → «النسخ الاحتياطية…»): back up now, restore, the automatic ones.

It shows the database, the folder of the automatic daily backups (which may be changed to a
second disk or a network share), the date of the last backup and the backups in that
folder. The work itself is ``balagh.app.backups`` / ``balagh.app.restore``, as for
``balagh db backup|restore``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from balagh.app.backups import automatic_backups, backup, last_backup, verify_backup
from balagh.app.office import backup_folder, office_settings
from balagh.core.errors import BalaghError
from balagh.core.isolates import ltr
from balagh.gui import file_dialogs, prompts
from balagh.gui.button_words import use_program_words
from balagh.gui.services import Services
from balagh.gui.widgets.column_fit import fitted_size

if TYPE_CHECKING:
    from balagh.store import Store



def breakable_path(path: str) -> str:
    """``path`` shown so that a long one wraps after a folder separator (a zero-width space
    after each «/» or «\\»), not only at its spaces."""
    return path.replace("/", "/\u200b").replace("\\", "\\\u200b")


def file_size(size: int, language: str) -> str:
    """«224 كيلوبايت» / «224 ko», «1.5 م.ب» / «1,5 Mo»: CLDR's short units (Babel)."""
    from babel.units import format_unit

    if size < 1024 * 1024:
        return format_unit(round(size / 1024), "digital-kilobyte", length="short",
                           locale=language)
    return format_unit(round(size / 1048576, 1), "digital-megabyte", length="short",
                       locale=language)


class BackupDialog(QDialog):
    """Backups of ``services``' database; emits ``restore_requested`` with a verified file."""

    restore_requested = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("backup_dialog")
        self.setWindowTitle(self.tr("النسخ الاحتياطية"))
        self.resize(fitted_size(self, 720, 440))
        form = self._where_form(services.db_url)
        self.note = QLabel(self.tr(
            "تنشأ نسخة تلقائية مرة في اليوم عند فتح البرنامج، ويحتفظ بآخر 7 أيام و4 أسابيع "
            "و12 شهرا. كل نسخة يتحقق منها بعد كتابتها، وقبل أي استرجاع تحفظ القاعدة الحالية "
            "جانبا."), self)
        self.note.setWordWrap(True)
        self.at_quit = QCheckBox(self.tr("نسخة احتياطية أيضا عند إغلاق البرنامج"), self)
        self.at_quit.setObjectName("backup_at_quit")
        self.at_quit.setChecked(services.settings.backup_at_quit)
        self.at_quit.toggled.connect(self.set_backup_at_quit)
        self._build_table()
        self.backup_button = QPushButton(self.tr("نسخة احتياطية الآن…"), self)
        self.backup_button.setObjectName("backup_now")
        self.restore_button = QPushButton(self.tr("استرجاع نسخة احتياطية…"), self)
        self.restore_button.setObjectName("restore_backup")
        buttons = use_program_words(QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self))
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self.ask_backup)
        self.restore_button.clicked.connect(self.ask_restore)
        self.change_folder.clicked.connect(self.ask_folder)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.at_quit)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.reload()

    def _where_form(self, db_url: str) -> QFormLayout:
        """The database, the folder of the daily backups (and its button), the last backup."""
        self.database = QLabel(ltr(db_url), self)
        # Left-to-right values start where the line starts (beside their name), not across.
        side = (Qt.AlignmentFlag.AlignRight if self.layoutDirection()
                == Qt.LayoutDirection.RightToLeft else Qt.AlignmentFlag.AlignLeft)
        lead = side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        self.database.setWordWrap(True)
        self.folder = QLabel(self)
        self.folder.setObjectName("backup_folder")
        self.folder.setWordWrap(True)
        self.last = QLabel(self)
        self.last.setObjectName("last_backup")
        for label in (self.database, self.folder, self.last):
            label.setAlignment(lead)
        self.change_folder = QPushButton(self.tr("تغيير المجلد…"), self)
        form = QFormLayout()
        form.addRow(self.tr("قاعدة البيانات:"), self.database)
        # The folder's label is the row's field itself (a wrapped label inside a nested row
        # got the height of one line: its two lines were cut), its button on the next row.
        form.addRow(self.tr("مجلد النسخ اليومية:"), self.folder)
        button_row = QHBoxLayout()
        button_row.addWidget(self.change_folder)
        button_row.addStretch(1)
        form.addRow("", button_row)
        form.addRow(self.tr("آخر نسخة احتياطية:"), self.last)
        return form

    def _build_table(self) -> None:
        """The backups found: day, size, file."""
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("backups")
        self.table.setHorizontalHeaderLabels(
            [self.tr("اليوم"), self.tr("الحجم"), self.tr("الملف")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(40)  # Amiri's tall metrics would make it 176 px
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def backup_folder(self) -> Path:
        """Where the automatic backups go."""
        return backup_folder(self.services.settings)

    def reload(self) -> None:
        """Show the folder, the last backup and the automatic backups (newest first)."""
        folder = self.backup_folder()
        self.folder.setText(ltr(breakable_path(str(folder))))
        self.folder.setToolTip(str(folder))
        when = last_backup(folder)
        self.last.setText(ltr(when.strftime("%d/%m/%Y %H:%M")) if when
                          else self.tr("لا توجد نسخة بعد"))
        found = sorted(automatic_backups(folder).items(), reverse=True)
        self.table.setRowCount(len(found))
        for row, (day, path) in enumerate(found):
            size = file_size(path.stat().st_size, self.services.language)
            # the day and the file read left to right; the size in the interface's order
            cells = (ltr(day.strftime("%d/%m/%Y")), size, ltr(path.name))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)

    def store(self) -> Store:
        """The open store (what the backups read)."""
        assert self.services.store is not None
        return self.services.store

    def back_up_to(self, path: Path) -> str:
        """Write a verified backup to ``path``; returns the sentence to tell the staff."""
        office, logo = office_settings(self.services.settings)
        fmt = "archive" if path.suffix.lower() == ".zip" else None
        report = backup(self.store(), path, fmt=fmt, office=office, logo=logo)
        self.reload()
        return self.tr("كتبت النسخة الاحتياطية وتحقق منها: %1\n%2").replace(
            "%1", ltr(str(report.path))).replace("%2", report.summary(self.services.language))

    def ask_backup(self) -> bool:
        """Ask where, then write the backup."""
        sqlite = self.store().engine.dialect.name == "sqlite"
        stamp = dt.datetime.now().strftime("%Y-%m-%d-%H%M")
        name = f"balagh-backup-{stamp}.{'db' if sqlite else 'zip'}"
        filters = self.tr("نسخة SQLite (*.db);;أرشيف قابل للنقل (*.zip)") if sqlite else \
            self.tr("أرشيف قابل للنقل (*.zip)")
        path = file_dialogs.save_file_name(self, self.tr("نسخة احتياطية"), name, filters)
        if not path:
            return False
        try:
            text = self.back_up_to(Path(path))
        except BalaghError as err:
            prompts.show_error(self, self.tr("تعذرت النسخة الاحتياطية"),
                               self.services.message(err))
            return False
        prompts.show_info(self, self.tr("نسخة احتياطية"), text)
        return True

    def ask_restore(self) -> bool:
        """Pick a backup, verify it, say what it holds and ask; then ``restore_requested``."""
        path = file_dialogs.open_file_name(
            self, self.tr("استرجاع نسخة احتياطية"),
            self.tr("نسخ «بلاغ» (*.db *.zip);;كل الملفات (*)"))
        if not path:
            return False
        return self.confirm_restore(Path(path))

    def confirm_restore(self, path: Path) -> bool:
        """Verify ``path`` and ask before restoring it."""
        try:
            report = verify_backup(path)
        except BalaghError as err:
            prompts.show_error(self, self.tr("نسخة غير سليمة"), self.services.message(err))
            return False
        if not prompts.confirm(
            self, self.tr("استرجاع نسخة احتياطية"),
            self.tr("ستستبدل قاعدة البيانات الحالية بهذه النسخة:\n%1\n%2\nتحفظ القاعدة "
                    "الحالية أولا في مجلد النسخ. هل تريد المتابعة؟").replace(
                "%1", ltr(str(path))).replace("%2", report.summary(self.services.language)),
        ):
            return False
        self.restore_requested.emit(str(path))
        return True

    def ask_folder(self) -> bool:
        """Choose another folder for the automatic backups (kept in the settings)."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("مجلد النسخ اليومية"),
                                                  str(self.backup_folder()))
        if not folder:
            return False
        self.set_folder(folder)
        return True

    def set_backup_at_quit(self, on: bool) -> None:
        """Keep the choice of a backup at quit in the settings."""
        self.services.settings.backup_at_quit = on
        try:
            self.services.save_settings()
        except OSError as err:
            prompts.show_error(self, self.tr("الإعدادات"), str(err))

    def set_folder(self, folder: str) -> None:
        """Keep ``folder`` as the backup folder in the settings."""
        self.services.settings.backup_folder = folder
        try:
            self.services.save_settings()
        except OSError as err:
            prompts.show_error(self, self.tr("الإعدادات"), str(err))
        self.reload()
