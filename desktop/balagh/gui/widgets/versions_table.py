"""The versions of a record (an edition, a template) as a Qt table: when, who, what was done."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from balagh.core.history import Version
from balagh.core.isolates import ltr

_Index = QModelIndex | QPersistentModelIndex


def local_time(version: Version) -> str:
    """When a version was saved, in this computer's time: «01/12/2026 10:05»."""
    return version.saved_at.astimezone().strftime("%d/%m/%Y %H:%M")


class VersionColumn(IntEnum):
    """Columns of the versions list."""

    VERSION = 0
    SAVED_AT = 1
    WHO = 2
    ACTION = 3


class VersionsTableModel(QAbstractTableModel):
    """The versions of one edition, newest first."""

    def __init__(self, language: str = "ar", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._versions: list[Version] = []

    def set_versions(self, versions: list[Version]) -> None:
        """Replace the rows (given oldest first, shown newest first)."""
        self.beginResetModel()
        self._versions = list(reversed(versions))
        self.endResetModel()

    def version_at(self, row: int) -> Version:
        """The version of a row."""
        return self._versions[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._versions)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(VersionColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            VersionColumn.VERSION: self.tr("النسخة"),
            VersionColumn.SAVED_AT: self.tr("التاريخ"),
            VersionColumn.WHO: self.tr("من طرف"),
            VersionColumn.ACTION: self.tr("العملية"),
        }[VersionColumn(section)]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        version = self._versions[index.row()]
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
