"""The window's title and the name the window gives the edition in the form.

«الدورة 7 — وجدة* — بلاغ»: the edition (its last valid number while the number field holds
something else, «دورة جديدة» before it has one), the unsaved mark, and the program's name
once, last. Qt appends ``applicationDisplayName`` to a window's title on X11 and Windows
unless the title already ends with it (``QPlatformWindow::formatWindowTitle``), so ending
with it shows it once there and on every other platform. Methods of MainWindow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from balagh.core.digits import normalise_digits
from balagh.gui.release import draft_marks
from balagh.messages import msg, pmsg

if TYPE_CHECKING:
    from balagh.gui.window.main_window import MainWindow


def named_number(window: MainWindow) -> str | None:
    """The edition number the title and questions name: the one typed when it is a number,
    else the last valid one of this edition (typed or loaded), else None."""
    typed = normalise_digits(window.form.draft().number_text).strip()
    if typed.isdigit() and int(typed) > 0:
        window.last_number = str(int(typed))
    return window.last_number


def edition_name(window: MainWindow, subject: bool = False) -> str:
    """«الدورة 7 — وجدة», «دورة جديدة» (the title); ``subject``: as a sentence's subject
    («L'édition 7 — Oujda», «La nouvelle édition» in French)."""
    draft = window.form.draft()
    number = named_number(window)
    city = (draft.city_fr if window.language == "fr" else draft.city_ar).strip()
    if number is None:
        name = pmsg("edition as subject", "الدورة الجديدة") if subject else msg("دورة جديدة")
    elif subject:
        name = pmsg("edition as subject", "الدورة {number}", number=number)
    else:
        name = msg("الدورة {number}", number=number)
    return name.text(window.language) + (f" — {city}" if city else "")


def field_changed(window: MainWindow, field: str) -> None:
    if field in ("number", "city_ar", "city_fr"):
        update_title(window)


def edition_loaded(window: MainWindow) -> None:
    """Another edition (or a new one) is in the form: its number names it now."""
    number = window.controller.original_number
    window.last_number = str(number) if number is not None else None
    update_title(window)


def update_title(window: MainWindow) -> None:
    """The title for the edition in the form (or the program's name alone)."""
    program = window.tr("بلاغ")
    if not window.controller.is_open:
        window.setWindowTitle(program + "[*]")
    else:
        title = edition_name(window)
        if window.controller.original_number is None and window.last_number is not None:
            title += " " + window.tr("(جديدة)")
        window.setWindowTitle(f"{title}[*] — {program}")
    window.setWindowModified(draft_marks.is_modified(window))
