"""Figure fields that read left to right: «12 500» never shows as «500 12».

Digits carry no direction of their own. In a right-to-left line, or with Arabic-Indic digits
(«١٢ ٥٠٠»), the Unicode bidirectional rules lay each group of digits out on its own and the
groups come out in reverse order. A number field is therefore left to right, turns the digits
the user types into Western ones (the office's press style; the stored value is the same) and
keeps its text at the reading edge: right in the Arabic form, left in the French one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

#: «٬» (U+066C), which Arabic keyboards type between thousands.
ARABIC_THOUSANDS = "\u066c"


def reading_edge(language: str) -> Qt.AlignmentFlag:
    """Where a figure starts: the right edge in Arabic, the left in French (absolute)."""
    edge = Qt.AlignmentFlag.AlignLeft if language == "fr" else Qt.AlignmentFlag.AlignRight
    return edge | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


def western_digits(edit: QLineEdit) -> None:
    """Replace Arabic-Indic digits in ``edit`` by Western ones, keeping the cursor in place.

    «١٢ ٥٠٠» becomes «12 500»; the Arabic thousands separator goes too, so «١٬٢٥٠٬٠٠٠»
    shows as «1250000» while it is typed, not «1٬250٬000» until saved.
    """
    from balagh.core.digits import normalise_digits

    text = edit.text()
    western = normalise_digits(text).replace(ARABIC_THOUSANDS, "")
    if western != text:
        position = edit.cursorPosition()
        removed = text[:position].count(ARABIC_THOUSANDS)
        edit.setText(western)
        edit.setCursorPosition(position - removed)


def number_field(edit: QLineEdit, language: str = "ar") -> None:
    """Make ``edit`` a figure field: left to right, Western digits, text at the reading edge."""
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setAlignment(reading_edge(language))
    edit.textEdited.connect(lambda _text, e=edit: western_digits(e))
