"""Every keyboard shortcut of the window, in one table, and the way buttons get theirs.

A tab's button (Generate, Check, Issue, Export…) is driven by a ``QAction`` that carries its
shortcut: the action sits in the window's menu (where Qt shows the key) and on the tab page,
its tooltip and the button's tooltip name the key («فحص التطابق (F7)»), and the action is
enabled exactly when the button is. Triggering it from the menu first brings the tab
forward. Engineers adding a button call ``bind_button`` with a name from ``KEYS``.

The shortcuts page of the user guide lists the same table (``tests/gui`` checks both).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QWidget

from balagh.core.isolates import ltr

Key = QKeySequence.StandardKey | str

#: action name -> key. Names are the actions' object names without ``action_``. Keys are
#: spelled out rather than Qt's platform "standard keys" (Quit has none on Windows).
KEYS: dict[str, Key] = {
    # File
    "new": "Ctrl+N",
    "next_edition": "Ctrl+Shift+N",
    "duplicate": "Ctrl+D",
    "history": "Ctrl+H",
    "trash": "Ctrl+Shift+Del",
    "backups": "Ctrl+B",
    "delete": "Ctrl+Del",
    "save": "Ctrl+S",
    "import": "Ctrl+O",
    "export": "Ctrl+Shift+J",
    "settings": "Ctrl+,",
    "quit": "Ctrl+Q",
    # Edit / view
    "find": "Ctrl+F",
    "tab_edition": "Ctrl+1",
    "tab_release": "Ctrl+2",
    "tab_summary": "Ctrl+3",
    "focus_mode": "F11",
    "menus": "F10",
    # Release tab
    "generate": "Ctrl+G",
    "check": "F7",
    "save_draft": "Ctrl+Shift+S",
    "issue": "Ctrl+I",
    "export_pdf": "Ctrl+E",
    "export_docx": "Ctrl+Shift+E",
    "copy_release": "Ctrl+Shift+C",
    "french": "Ctrl+Shift+F",
    "print": "Ctrl+P",
    "correct": "Ctrl+Shift+R",
    "templates": "Ctrl+T",
    "phrasebook": "Ctrl+Shift+P",
    "archive": "Ctrl+Shift+A",
    "verify": "Ctrl+Shift+V",
    # Summary tab
    "summary_refresh": "F5",
    "summary_pdf": "Ctrl+E",
    "summary_xlsx": "Ctrl+Shift+X",
    "summary_png": "Ctrl+Shift+I",
    "summary_print": "Ctrl+P",
    # Help
    "guide": "F1",
    "about": "Shift+F1",
}


def key_of(name: str) -> QKeySequence:
    """The key sequence of action ``name`` (empty when it has none)."""
    key = KEYS.get(name)
    return QKeySequence(key) if key is not None else QKeySequence()


def key_text(name: str) -> str:
    """The key as shown to the staff, e.g. "Ctrl+G" (Latin letters in both languages)."""
    return key_of(name).toString(QKeySequence.SequenceFormat.NativeText)


def with_key(text: str, name: str) -> str:
    """A tooltip naming the key: «فحص التطابق (F7)»; the key isolated left to right."""
    key = key_text(name)
    plain = text.replace("&", "")
    return f"{plain} ({ltr(key)})" if key else plain


class _EnabledMirror(QObject):
    """Keeps an action enabled exactly when its button is."""

    def __init__(self, button: QAbstractButton, action: QAction) -> None:
        super().__init__(button)
        self.action = action
        button.installEventFilter(self)
        action.setEnabled(button.isEnabled())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange and isinstance(watched, QWidget):
            self.action.setEnabled(watched.isEnabled())
        return False


def bind_button(
    button: QAbstractButton,
    name: str,
    page: QWidget,
    before: Callable[[], None] | None = None,
    text: str | None = None,
) -> QAction:
    """An action with the shortcut of ``name`` that clicks ``button``.

    The shortcut works while the keyboard focus is inside ``page`` (two tabs may use the
    same key: Ctrl+E exports what is shown); ``before`` runs first when it is triggered
    (the window brings ``page`` forward). The action is returned for the menus.
    """
    action = QAction(text or button.text(), page)
    action.setObjectName(f"action_{name}")
    action.setShortcut(key_of(name))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    tip = with_key(button.toolTip() or action.text(), name)
    action.setToolTip(tip)
    button.setToolTip(tip)

    def trigger() -> None:
        if before is not None:
            before()
        if button.isEnabled():
            button.click()

    action.triggered.connect(trigger)
    page.addAction(action)
    _EnabledMirror(button, action)
    return action


def window_action(parent: QWidget, text: str, name: str, slot: Callable[[], object],
                  tip: str = "") -> QAction:
    """A window-wide action with the shortcut of ``name`` (menus, F1, F10…)."""
    action = QAction(text, parent)
    action.setObjectName(f"action_{name}")
    action.setShortcut(key_of(name))
    action.setToolTip(with_key(tip or text, name))
    action.triggered.connect(lambda _checked=False: slot())
    parent.addAction(action)
    return action
