"""The window's part of the record: history, trash, backups (menus, status bar, start-up).

``install(window)`` is called once the store is attached: it adds the File-menu entries
(«سجل الدورة…», «سلة المحذوفات…», «النسخ الاحتياطية…»), the status-bar label with the date
of the last backup, and starts today's automatic backup in the background.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from balagh.core.errors import BalaghError
from balagh.core.isolates import ltr
from balagh.gui import prompts, shortcuts
from balagh.messages import render

if TYPE_CHECKING:
    from balagh.gui.window.main_window import MainWindow

log = logging.getLogger(__name__)


def has_record(window: MainWindow) -> bool:
    """True when the window's services keep a history (tests may hand the window none)."""
    return window.services is not None and window.services.history is not None


def install(window: MainWindow) -> None:
    """Menus, the last-backup label and today's automatic backup."""
    if not has_record(window):
        return
    menu = window.file_menu
    quit_action = next((a for a in menu.actions() if a.objectName() == "action_quit"), None)
    entries = (
        (QCoreApplication.translate("MainWindow", "سجل الدورة المختارة…"), "history",
         lambda: open_history(window)),
        (QCoreApplication.translate("MainWindow", "سلة المحذوفات…"), "trash",
         lambda: open_trash(window)),
        (QCoreApplication.translate("MainWindow", "النسخ الاحتياطية…"), "backups",
         lambda: open_backups(window)),
    )
    separator = menu.insertSeparator(quit_action) if quit_action else menu.addSeparator()
    for text, name, slot in entries:  # each with its key, shown in the menu and its tooltip
        menu.insertAction(separator, shortcuts.window_action(window, text, name, slot))
    show_role_limits(window)
    label = QLabel(window)
    label.setObjectName("last_backup_label")
    window.statusBar().addPermanentWidget(label)
    show_last_backup(window)
    start_daily_backup(window)


def show_role_limits(window: MainWindow) -> None:
    """On a shared database, what the connected role may not do: issuing turned off, and why.

    The database refuses anyway (``balagh db roles``); the window says it before anyone tries.
    """
    from balagh.app.roles import capabilities

    services = window.services
    assert services is not None
    store = services.store
    if store is None:
        return
    try:
        rights = capabilities(store)
    except Exception:  # the question must not stop the window; the database still refuses
        log.exception("could not read the role's rights")
        return
    if rights.can_issue:
        return
    why = render(rights.why_not, services.language)
    window.release_tab.refuse_issuing(why)
    label = QLabel(QCoreApplication.translate("MainWindow", "دور محرر: لا إصدار"), window)
    label.setObjectName("role_label")
    label.setToolTip(why)
    window.statusBar().addPermanentWidget(label)


def backup_folder_of(window: MainWindow) -> Path:
    """The folder of the automatic backups for this window's settings."""
    from balagh.app.office import backup_folder

    assert window.services is not None
    return backup_folder(window.services.settings)


def show_last_backup(window: MainWindow, failure: str = "") -> None:
    """«آخر نسخة احتياطية: 01/12/2026 09:05» (or why today's backup failed)."""
    from balagh.app.backups import last_backup

    label = window.findChild(QLabel, "last_backup_label")
    if label is None:
        return
    if failure:
        label.setText(QCoreApplication.translate(
            "MainWindow", "تعذرت النسخة الاحتياطية اليومية: %1").replace("%1", failure))
        return
    when = last_backup(backup_folder_of(window))
    text = (when.strftime("%d/%m/%Y %H:%M") if when
            else QCoreApplication.translate("MainWindow", "لا توجد"))
    label.setText(QCoreApplication.translate("MainWindow", "آخر نسخة احتياطية: %1").replace(
        "%1", ltr(text)))


def start_daily_backup(window: MainWindow) -> None:
    """Today's automatic backup in the background (nothing when there is one already)."""
    from balagh.app.backups import daily_backup
    from balagh.app.office import office_settings

    services = window.services
    assert services is not None
    store = services.store
    if store is None or store.read_only:
        return
    folder = backup_folder_of(window)
    office, logo = office_settings(services.settings)

    def failed(err: BaseException, _tb: str) -> None:
        log.error("daily backup failed: %s", err)
        message = services.message(err) if isinstance(err, BalaghError) else str(err)
        show_last_backup(window, message)

    window.jobs.submit(lambda: daily_backup(store, folder, office=office, logo=logo),
                       lambda _report: show_last_backup(window), failed)


def backup_when_closing(window: MainWindow) -> bool:
    """The backup the settings ask for at quit (``backup_at_quit``), written now, before the
    store closes; a failure is shown (the window still closes). True when one was written."""
    from balagh.app.backups import closing_backup
    from balagh.app.office import office_settings

    services = window.services
    if services is None or not services.settings.backup_at_quit:
        return False
    store = services.store
    if store is None or store.read_only:
        return False
    office, logo = office_settings(services.settings)
    window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "جار إنشاء النسخة الاحتياطية…"))
    try:
        report = closing_backup(store, backup_folder_of(window), office=office, logo=logo)
    except (BalaghError, OSError) as err:
        log.error("backup at quit failed: %s", err)
        message = services.message(err) if isinstance(err, BalaghError) else str(err)
        prompts.show_error(window, QCoreApplication.translate(
            "MainWindow", "تعذرت النسخة الاحتياطية"), message)
        return False
    log.info("backup at quit written to %s", report.path)
    return True


def open_history(window: MainWindow, number: int | None = None) -> Any:
    """The history of the selected (or given) edition."""
    from balagh.gui.dialogs.history import HistoryDialog

    assert window.services is not None
    number = number if number is not None else window.controller.original_number
    if number is None:
        prompts.show_info(window, QCoreApplication.translate("MainWindow", "سجل الدورة"),
                          QCoreApplication.translate(
                              "MainWindow", "اختر دورة محفوظة من القائمة لرؤية سجلها."))
        return None
    dialog = HistoryDialog(window.services, number, window)
    dialog.restored.connect(lambda edition: _edition_restored(window, edition.number))
    dialog.open()
    return dialog


def _edition_restored(window: MainWindow, number: int) -> None:
    """An old version became current: show it (what was on screen was saved or discarded)."""
    if window.controller.original_number == number:
        window.controller.close()
    window.refresh_list(select=number)
    window.open_edition(number)


def open_trash(window: MainWindow) -> Any:
    """The trash dialog."""
    from balagh.gui.dialogs.trash import TrashDialog

    assert window.services is not None
    dialog = TrashDialog(window.services, window)
    dialog.changed.connect(lambda: window.refresh_list())
    dialog.open()
    return dialog


def open_backups(window: MainWindow) -> Any:
    """The backup dialog."""
    from balagh.gui.dialogs.backups import BackupDialog

    assert window.services is not None
    dialog = BackupDialog(window.services, window)
    dialog.restore_requested.connect(lambda path: restore_into_window(window, Path(path)))
    dialog.finished.connect(lambda _result: show_last_backup(window))
    dialog.open()
    return dialog


def restore_into_window(window: MainWindow, path: Path) -> bool:
    """Restore ``path`` into the open database (saved aside first), then show it again."""
    from balagh.app.office import apply_office_settings
    from balagh.app.restore import restore_database

    services = window.services
    assert services is not None
    window.flush_release()
    if not window.confirm_leave():
        return False
    store = services.store
    assert store is not None
    url = store.engine.url.render_as_string(hide_password=False)
    try:
        done = restore_database(url, path, backup_folder_of(window))
    except BalaghError as err:
        prompts.show_error(window, QCoreApplication.translate("MainWindow", "تعذر الاسترجاع"),
                           services.message(err))
        return False
    store.engine.dispose()  # new connections see the restored database
    if apply_office_settings(services.settings, done.office, done.logo):
        services.save_settings()
    number = window.controller.original_number
    window.controller.close()
    editions = services.editions.list_editions()
    window.refresh_list(editions=editions)
    numbers = [e.number for e in editions]
    if numbers:
        window.open_edition(number if number is not None and number in numbers else numbers[-1])
    aside = done.aside.path if done.aside is not None else None
    prompts.show_info(window, QCoreApplication.translate("MainWindow", "استرجاع نسخة احتياطية"),
                      QCoreApplication.translate(
        "MainWindow", "استرجعت قاعدة البيانات من %1. حفظت القاعدة السابقة في %2.").replace(
        "%1", ltr(str(path))).replace(
        "%2", ltr(str(aside or "—"))))
    show_last_backup(window)
    return True
