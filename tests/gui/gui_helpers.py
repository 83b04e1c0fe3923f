"""Typing like a person: Arabic text as key events (QTest only handles ASCII)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from balagh.gui import prompts


def type_text(widget: QWidget, text: str) -> None:
    """Send ``text`` to ``widget`` one character at a time, as a keyboard would."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)
    QApplication.processEvents()


def clear_and_type(widget: QWidget, text: str) -> None:
    """Select all (Ctrl+A), delete, then type ``text``."""
    widget.setFocus()
    widget.selectAll()  # type: ignore[attr-defined]
    press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, press)
    type_text(widget, text)


def shortcut(widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """Press a key combination on ``widget`` the way the window would receive it."""
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, key, modifiers)
    QApplication.processEvents()


@dataclass
class PromptLog:
    """What the window asked and showed, and what the 'user' answers next."""

    unsaved_answer: prompts.Answer = prompts.Answer.DISCARD
    conflict_answer: prompts.Answer = prompts.Answer.CANCEL
    confirm_answer: bool = True
    asked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)


def fez_number(window: Any) -> int:
    """The number of the Fez 2023 demo edition."""
    return next(e.number for e in window.panel.model.editions() if e.year == 2023)
