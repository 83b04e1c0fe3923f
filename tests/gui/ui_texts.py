"""Every text a user can read in a widget tree: labels, buttons, group titles, tab texts,
menu actions, tooltips, placeholders, combo items, header labels, window titles, status bar.

Contents typed or loaded by the user (line edits, text editors, table cells) are not
interface texts and are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

Text = tuple[str, str]  # (where: class and object name, the text)
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_MARKED = re.compile(r"⟦[^⟦⟧]*⟧")


def _where(obj: QObject, what: str) -> str:
    return f"{type(obj).__name__}#{obj.objectName() or '?'}.{what}"


def widget_texts(widget: QWidget) -> Iterator[Text]:
    """The interface texts of one widget (not of its children)."""
    for what, text in (("windowTitle", widget.windowTitle()), ("toolTip", widget.toolTip()),
                       ("statusTip", widget.statusTip()), ("whatsThis", widget.whatsThis())):
        yield _where(widget, what), text
    if isinstance(widget, QLabel):
        yield _where(widget, "text"), widget.text()
    if isinstance(widget, QAbstractButton):
        yield _where(widget, "text"), widget.text()
    if isinstance(widget, QGroupBox):
        yield _where(widget, "title"), widget.title()
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        yield _where(widget, "placeholder"), widget.placeholderText()
    if isinstance(widget, QAbstractSpinBox):
        yield _where(widget, "specialValueText"), widget.specialValueText()
        for part in ("prefix", "suffix"):
            if hasattr(widget, part):
                yield _where(widget, part), getattr(widget, part)()
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield _where(widget, f"tab{i}"), widget.tabText(i)
            yield _where(widget, f"tabToolTip{i}"), widget.tabToolTip(i)
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield _where(widget, f"item{i}"), widget.itemText(i)
    if isinstance(widget, QMenu):
        yield _where(widget, "title"), widget.title()
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        header = getattr(widget, "horizontalHeader", None)
        if header is not None and header().isVisible():
            for i in range(model.columnCount(QModelIndex())):
                value = model.headerData(i, Qt.Orientation.Horizontal,
                                         Qt.ItemDataRole.DisplayRole)
                yield _where(widget, f"header{i}"), str(value or "")


def tree_texts(root: QWidget) -> Iterator[Text]:
    """The interface texts of ``root``, its children and their actions."""
    for widget in [root, *root.findChildren(QWidget)]:
        yield from widget_texts(widget)
    for action in root.findChildren(QAction):
        for what, text in (("text", action.text()), ("toolTip", action.toolTip()),
                           ("statusTip", action.statusTip())):
            yield _where(action, what), text


def unmarked(texts: Iterator[Text], allowed: set[str] = frozenset()) -> list[Text]:  # type: ignore[assignment]
    """The texts with Arabic outside a pseudo-language mark «⟦…⟧» (the ids are Arabic, so an
    Arabic letter left over is a sentence that did not go through the catalogue), less the
    user data in ``allowed`` (edition names and the like)."""
    found = []
    for where, text in texts:
        rest = text
        while True:
            shorter = _MARKED.sub("", rest)
            if shorter == rest:
                break
            rest = shorter
        for data in allowed:
            rest = rest.replace(data, "")
        if _ARABIC.search(rest):
            found.append((where, text))
    return sorted(set(found))
