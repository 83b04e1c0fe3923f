"""The main window's menus and shortcuts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence

if TYPE_CHECKING:
    from balagh.gui.main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    """File, Edit, Releases and Help menus (Ctrl+S saves, Ctrl+Z / Ctrl+Shift+Z undo/redo)."""
    from balagh.gui import dialogs, interchange_actions

    bar = window.menuBar()
    bar.clear()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "ملف"))
    file_menu.addAction(
        window.add_action(
            QCoreApplication.translate("MainWindow", "دورة جديدة"),
            window.new_edition,
            QKeySequence.StandardKey.New,
            "action_new",
        )
    )
    window.save_action = window.add_action(
        QCoreApplication.translate("MainWindow", "حفظ"),
        window.save,
        QKeySequence.StandardKey.Save,
        "action_save",
    )
    file_menu.addAction(window.save_action)
    window.controller.can_save_changed.connect(window.save_action.setEnabled)
    window.save_action.setEnabled(window.controller.can_save)
    file_menu.addSeparator()
    file_menu.addAction(
        window.add_action(
            QCoreApplication.translate("MainWindow", "استيراد دورات (JSON)…"),
            lambda: interchange_actions.import_editions(window),
            None,
            "action_import",
        )
    )
    file_menu.addAction(
        window.add_action(
            QCoreApplication.translate("MainWindow", "تصدير الدورات (JSON)…"),
            lambda: interchange_actions.export_editions(window),
            None,
            "action_export",
        )
    )
    file_menu.addSeparator()
    file_menu.addAction(
        window.add_action(
            QCoreApplication.translate("MainWindow", "الإعدادات…"),
            lambda: dialogs.open_settings(window),
            None,
            "action_settings",
        )
    )
    file_menu.addSeparator()
    file_menu.addAction(
        window.add_action(
            QCoreApplication.translate("MainWindow", "خروج"),
            window.close,
            QKeySequence.StandardKey.Quit,
            "action_quit",
        )
    )

    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "تحرير"))
    edit_menu.addAction(
        window.add_action(
            QCoreApplication.translate("MainWindow", "بحث في الدورات"),
            window.panel.focus_search,
            QKeySequence.StandardKey.Find,
            "action_find",
        )
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
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    window.undo_action, window.redo_action = undo, redo

    release_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "البلاغات"))
    release_menu.addAction(
        window.add_action(
            QCoreApplication.translate("MainWindow", "قوالب البلاغات…"),
            window.release_tab.open_templates,
            None,
            "action_templates",
        )
    )
    release_menu.addAction(
        window.add_action(
            QCoreApplication.translate("MainWindow", "أرشيف البلاغات الصادرة…"),
            window.release_tab.open_archive,
            None,
            "action_archive",
        )
    )
    release_menu.addAction(
        window.add_action(
            QCoreApplication.translate("MainWindow", "التحقق من ملف PDF…"),
            window.release_tab.verify_file,
            None,
            "action_verify",
        )
    )

    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "مساعدة"))
    help_menu.addAction(
        window.add_action(
            QCoreApplication.translate("MainWindow", "حول بلاغ"),
            lambda: dialogs.show_about(window),
            None,
            "action_about",
        )
    )
