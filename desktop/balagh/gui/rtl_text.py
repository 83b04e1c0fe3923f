"""Multi-line Arabic fields that read right to left whatever the text begins with."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit


def right_to_left(editor: QPlainTextEdit | QTextEdit) -> None:
    """Lines start at the right edge and lay out right to left.

    Without this, Qt aligns a short Arabic line such as «المملكة المغربية» at the left of a
    plain-text field; a line of template code («{% if … %}») still shows its braces the
    right way round.
    """
    editor.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    option = QTextOption(editor.document().defaultTextOption())
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    editor.document().setDefaultTextOption(option)


def left_to_right(editor: QPlainTextEdit | QTextEdit) -> None:
    """Lines start at the left edge: template code («{% if peak %}») reads as code, its
    braces never mirrored into «}% if peak %{», the Arabic words inside it still joined."""
    editor.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    option = QTextOption(editor.document().defaultTextOption())
    option.setTextDirection(Qt.LayoutDirection.LeftToRight)
    option.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    editor.document().setDefaultTextOption(option)
