"""Multi-line Arabic fields that read right to left whatever the text begins with."""

from __future__ import annotations

import unicodedata

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


def text_is_right_to_left(text: str) -> bool | None:
    """The direction of ``text`` by its first letter with a direction of its own (Unicode's
    rule for a paragraph): True for Arabic, False for Latin, None for digits and signs only."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return None


def alignment_of_text(text: str) -> int | None:
    """Where a list cell's text starts, by the text's own direction and whatever the
    interface's: «فاس» at the right edge of a French list, «Fès» at the left of an Arabic
    one; None (the view's default) for text with no direction (digits)."""
    rtl = text_is_right_to_left(text)
    if rtl is None:
        return None
    edge = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    return int(edge | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
