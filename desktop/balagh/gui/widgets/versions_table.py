"""The versions of a record (an edition, a template) as a Qt table: when, who, what was done."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, SignalInstance
from PySide6.QtWidgets import QWidget

from balagh.core.errors import BalaghError
from balagh.core.history import Version
from balagh.core.isolates import ltr
from balagh.gui import prompts
from balagh.gui.widgets.rows_model import Index, RowsModel


def local_time(version: Version) -> str:
    """When a version was saved, in this computer's time: «01/12/2026 10:05»."""
    return version.saved_at.astimezone().strftime("%d/%m/%Y %H:%M")


class VersionColumn(IntEnum):
    """Columns of the versions list."""

    VERSION = 0
    SAVED_AT = 1
    WHO = 2
    ACTION = 3


class VersionsTableModel(RowsModel[Version]):
    """The versions of one edition (or template), newest first."""

    columns = VersionColumn

    def __init__(self, language: str = "ar", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language

    def set_versions(self, versions: list[Version]) -> None:
        """Replace the rows (given oldest first, shown newest first)."""
        self.set_rows(reversed(versions))

    def headers(self) -> dict[Any, str]:
        return {
            VersionColumn.VERSION: self.tr("النسخة"),
            VersionColumn.SAVED_AT: self.tr("التاريخ"),
            VersionColumn.WHO: self.tr("من طرف"),
            VersionColumn.ACTION: self.tr("العملية"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        version = self.row_at(index.row())
        column = VersionColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is VersionColumn.VERSION:
                return str(version.version)
            if column is VersionColumn.SAVED_AT:
                return ltr(local_time(version))
            if column is VersionColumn.WHO:
                return ltr(version.actor.label())
            return version.action_text(self.language)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is not VersionColumn.ACTION:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and version.actor.db_role:
            return self.tr("مستخدم الحاسوب: %1 — دور قاعدة البيانات: %2").replace(
                "%1", version.actor.os_user).replace("%2", version.actor.db_role)
        return None


class VersionsDialog(Protocol):
    """A dialog that lists the versions of one record (an edition's history, a template's)."""

    restored: SignalInstance  # emitted with what was made current again

    def selected(self) -> Version | None:
        """The version chosen in the list, if any."""
        ...

    def reload(self) -> None:
        """Read the versions again."""
        ...


def restore_selected(dialog: VersionsDialog, parent: QWidget, question: Callable[[int], str],
                     restore: Callable[[int], object],
                     message: Callable[[BalaghError], str]) -> bool:
    """The «استرجاع هذه النسخة…» button of a versions dialog, the one way: ask
    ``question(version number)`` («هل تريد جعل النسخة 2 هي الحالية؟…»); on yes ``restore`` it
    (a new version is recorded), read the list again and emit ``dialog.restored`` with what
    was restored. A refusal is shown (``message`` words it in the interface language); nothing
    selected, «لا» or a refusal give False."""
    version = dialog.selected()
    if version is None:
        return False
    if not prompts.confirm(parent, QCoreApplication.translate("HistoryDialog", "استرجاع نسخة"),
                           question(version.version)):
        return False
    try:
        restored = restore(version.version)
    except BalaghError as err:
        prompts.show_error(parent, QCoreApplication.translate("HistoryDialog", "تعذر الاسترجاع"),
                           message(err))
        return False
    dialog.reload()
    dialog.restored.emit(restored)
    return True
