"""The main window's menus; every entry has the shortcut of ``balagh.gui.shortcuts.KEYS``.

Menu titles carry mnemonics (Alt+letter), F10 opens the first menu. The buttons of the
release and summary tabs are driven by actions (``shortcuts.bind_button``) that also appear
here, so their keys are shown in the menus and in the buttons' tooltips.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu
from shiboken6 import isValid

from balagh.gui import shortcuts

if TYPE_CHECKING:
    from balagh.gui.release.tab import ReleaseTab
    from balagh.gui.summary.tab import SummaryTab
    from balagh.gui.window.main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    """File, Edit, View, Releases, Summary and Help menus."""
    bar = window.menuBar()
    bar.clear()
    _file_menu(window, bar.addMenu(QCoreApplication.translate("MainWindow", "&ملف")))
    _edit_menu(window, bar.addMenu(QCoreApplication.translate("MainWindow", "&تحرير")))
    _view_menu(window, bar.addMenu(QCoreApplication.translate("MainWindow", "&عرض")))
    _release_menu(window, bar.addMenu(QCoreApplication.translate("MainWindow", "&البلاغات")))
    _summary_menu(window, bar.addMenu(QCoreApplication.translate("MainWindow", "الم&لخص")))
    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "م&ساعدة"))
    window.help_menu = help_menu
    _help_menu(window, help_menu)
    shortcuts.window_action(
        window, QCoreApplication.translate("MainWindow", "فتح القوائم"), "menus", window.open_menus
    )


def _add(window: MainWindow, menu: QMenu, text: str, name: str, slot: object) -> QAction:
    action = shortcuts.window_action(window, text, name, slot)  # type: ignore[arg-type]
    menu.addAction(action)
    return action


def _import_editions(window: MainWindow) -> None:
    from balagh.gui.edition import interchange as interchange_actions

    interchange_actions.import_editions(window.editions_files)


def _export_editions(window: MainWindow) -> None:
    from balagh.gui.edition import interchange as interchange_actions

    interchange_actions.export_editions(window.editions_files)


def _file_menu(window: MainWindow, menu: QMenu) -> None:
    window.file_menu = menu
    _add(window, menu, QCoreApplication.translate("MainWindow", "دورة جديدة"), "new",
         window.new_edition)
    _add(window, menu, QCoreApplication.translate("MainWindow", "إعداد الدورة الموالية…"),
         "next_edition", window.next_edition)
    _add(
        window,
        menu,
        QCoreApplication.translate("MainWindow", "نسخ الدورة المختارة"),
        "duplicate",
        lambda: window.panel.duplicate_button.click(),
    )
    _add(
        window,
        menu,
        QCoreApplication.translate("MainWindow", "حذف الدورة المختارة…"),
        "delete",
        lambda: window.panel.delete_button.click(),
    )
    window.save_action = _add(
        window, menu, QCoreApplication.translate("MainWindow", "حفظ"), "save", window.save
    )
    window.controller.can_save_changed.connect(window.save_action.setEnabled)
    window.save_action.setEnabled(window.controller.can_save)
    menu.addSeparator()
    _add(
        window,
        menu,
        QCoreApplication.translate("MainWindow", "استيراد دورات (JSON)…"),
        "import",
        lambda: _import_editions(window),
    )
    _add(
        window,
        menu,
        QCoreApplication.translate("MainWindow", "تصدير الدورات (JSON)…"),
        "export",
        lambda: _export_editions(window),
    )
    menu.addSeparator()
    _add(
        window,
        menu,
        QCoreApplication.translate("MainWindow", "الإعدادات…"),
        "settings",
        window.open_settings,
    )
    menu.addSeparator()
    _add(window, menu, QCoreApplication.translate("MainWindow", "خروج"), "quit", window.close)
    _edition_button_tips(window)


def _edition_button_tips(window: MainWindow) -> None:
    """The editions' buttons say the shortcut of the menu entry they share."""
    panel = window.panel
    panel.new_button.setToolTip(shortcuts.with_key(panel.new_button.text(), "new"))
    panel.duplicate_button.setToolTip(
        shortcuts.with_key(panel.duplicate_button.toolTip(), "duplicate")
    )
    panel.delete_button.setToolTip(shortcuts.with_key(panel.delete_button.text(), "delete"))
    window.form.save_button.setToolTip(
        shortcuts.with_key(QCoreApplication.translate("MainWindow", "حفظ الدورة"), "save")
    )


def _edit_menu(window: MainWindow, menu: QMenu) -> None:
    _add(
        window,
        menu,
        QCoreApplication.translate("MainWindow", "بحث في الدورات"),
        "find",
        window.panel.focus_search,
    )
    stack = window.controller.undo_stack
    undo = stack.createUndoAction(window, QCoreApplication.translate("MainWindow", "تراجع"))
    undo.setObjectName("action_undo")
    undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
    redo = stack.createRedoAction(window, QCoreApplication.translate("MainWindow", "إعادة"))
    redo.setObjectName("action_redo")
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    # Undo/redo act on the edition form only (the release editor keeps its own undo).
    for action in (undo, redo):
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.form.addAction(action)
    menu.addAction(undo)
    menu.addAction(redo)
    window.undo_action, window.redo_action = undo, redo
    # Their text names what they undo («تراجع عن: المدينة»); the tooltip names the key too.
    _KeyTip(undo, stack.undoTextChanged)
    _KeyTip(redo, stack.redoTextChanged)


class _KeyTip(QObject):
    """Keeps an action's tooltip «its text (its key)» while its text changes; it goes with
    the action (a slot of a child of the action, disconnected when the action is deleted)."""

    def __init__(self, action: QAction, changed: SignalInstance) -> None:
        super().__init__(action)
        self.action = action
        changed.connect(self.update)
        self.update()

    def update(self, _text: str = "") -> None:
        if not isValid(self.action):  # the stack announces its clearing as the window goes
            return
        key = self.action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.action.setToolTip(f"{self.action.text()} (\u2066{key}\u2069)")


def _view_menu(window: MainWindow, menu: QMenu) -> None:
    _add(
        window,
        menu,
        QCoreApplication.translate("MainWindow", "تبويب الدورة"),
        "tab_edition",
        lambda: window.show_tab(window.form),
    )
    _add(
        window,
        menu,
        QCoreApplication.translate("MainWindow", "تبويب البلاغ"),
        "tab_release",
        lambda: window.show_tab(window.release_tab),
    )
    _add(
        window,
        menu,
        QCoreApplication.translate("MainWindow", "تبويب الملخص"),
        "tab_summary",
        lambda: window.show_tab(window.summary_tab),
    )
    menu.addSeparator()
    focus = _add(
        window,
        menu,
        QCoreApplication.translate("MainWindow", "وضع التحرير المركز"),
        "focus_mode",
        window.toggle_focus_mode,
    )
    focus.setCheckable(True)
    window.focus_mode_action = focus


def _release_menu(window: MainWindow, menu: QMenu) -> None:
    """The release tab's entries come with the tab (built as the menu opens, if need be);
    the phrasebook and the verification are the window's."""
    window.release_menu = menu
    _add(
        window,
        menu,
        QCoreApplication.translate("MainWindow", "دليل العبارات الثابتة…"),
        "phrasebook",
        lambda: window.release_tab.open_phrasebook(),
    )
    _add(
        window,
        menu,
        QCoreApplication.translate("MainWindow", "التحقق من ملف PDF…"),
        "verify",
        lambda: window.release_tab.verify_file(),
    )
    window.release_page.when_built(lambda tab: _release_entries(window, menu, tab))
    window.release_page.build_on_show(menu)


def _release_entries(window: MainWindow, menu: QMenu, tab: ReleaseTab) -> None:
    """The release tab's buttons as menu entries, before the window's own."""
    before = menu.actions()[0] if menu.actions() else None

    def forward() -> None:
        window.show_tab(tab)

    entries = [
        shortcuts.bind_button(button, name, tab, forward)
        for button, name in (
            (tab.generate_button, "generate"),
            (tab.check_button, "check"),
            (tab.save_button, "save_draft"),
            (tab.issue_button, "issue"),
            (tab.correct_button, "correct"),
            (tab.export_button, "export_pdf"),
            (tab.print_button, "print"),
            (tab.exports.docx_button, "export_docx"),
            (tab.exports.copy_button, "copy_release"),
        )
    ]
    french = QCoreApplication.translate("MainWindow", "صياغة النسخة الفرنسية")
    entries.append(shortcuts.bind_button(tab.french.create_button, "french", tab, forward,
                                         text=french))
    templates = QCoreApplication.translate("MainWindow", "قوالب البلاغات…")
    archive = QCoreApplication.translate("MainWindow", "أرشيف البلاغات الصادرة…")
    later = [shortcuts.bind_button(tab.templates_button, "templates", tab, text=templates),
             shortcuts.bind_button(tab.archive_button, "archive", tab, text=archive)]
    menu.insertActions(before, entries)  # type: ignore[arg-type]
    menu.insertSeparator(before)  # type: ignore[arg-type]
    menu.insertActions(before, later)  # type: ignore[arg-type]


def _summary_menu(window: MainWindow, menu: QMenu) -> None:
    """The summary tab's entries come with the tab (built as the menu opens, if need be)."""
    window.summary_menu = menu
    window.summary_page.when_built(lambda tab: _summary_entries(window, menu, tab))
    window.summary_page.build_on_show(menu)


def _summary_entries(window: MainWindow, menu: QMenu, tab: SummaryTab) -> None:
    def forward() -> None:
        window.show_tab(tab)

    for button, name in (
        (tab.refresh_button, "summary_refresh"),
        (tab.pdf_button, "summary_pdf"),
        (tab.xlsx_button, "summary_xlsx"),
        (tab.png_button, "summary_png"),
        (tab.print_button, "summary_print"),
    ):
        menu.addAction(shortcuts.bind_button(button, name, tab, forward))


def _help_menu(window: MainWindow, menu: QMenu) -> None:
    _add(
        window,
        menu,
        QCoreApplication.translate("MainWindow", "دليل الاستعمال"),
        "guide",
        lambda: _show_guide(window),
    )
    _add(
        window,
        menu,
        QCoreApplication.translate("MainWindow", "حول بلاغ"),
        "about",
        lambda: _show_about(window),
    )


def _show_guide(window: MainWindow) -> None:
    from balagh.gui.dialogs.guide import show_guide  # imported after start-up (later_tabs)

    show_guide(window, window.language)


def _show_about(window: MainWindow) -> None:
    from balagh.gui.dialogs.about import show_about

    show_about(window)
