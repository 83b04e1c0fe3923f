"""The release and summary tabs are built after the window is usable: until then the tab bar
holds placeholders, and every way of reaching a tab — Ctrl+2, a click on its title, its menu,
saving or choosing an edition, the settings, drafting and issuing — finds it built, on the
edition the form shows, as in a window built at once."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from gui_helpers import (
    PromptLog,
    drafted,
    fez_number,
    fez_release_tab,
    run_window_process,
    save_and_wait,
)
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from balagh.gui.window.assembly import USABLE_AFTER, assembly_steps, run_in_turns

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def usable_window(qtbot: Any, services: Any, prompt_log: PromptLog) -> Iterator[Any]:
    """The window as ``balagh`` leaves it the moment it is usable: the first steps run, the
    later ones (tabs, record, background reads) waiting in ``window.later_steps``."""
    from balagh.gui.window.main_window import MainWindow

    window = MainWindow("ar")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    steps = assembly_steps(window, services, in_background=True)
    while steps:
        step = steps.pop(0)
        while step():
            pass
        if step.__name__ == USABLE_AFTER:
            break
    window.later_steps = steps
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield window
    window.jobs.wait(20000)


def carry_on(window: Any, qtbot: Any) -> None:
    """Let the later steps run, a turn of the event loop each, until the last one."""
    ended: list[bool] = []
    run_in_turns(window, window.services, window.later_steps, lambda: ended.append(True))
    qtbot.waitUntil(lambda: bool(ended), timeout=30000)
    window.jobs.wait(20000)


def menu_named(window: Any, name: str) -> Any:
    return next(a.menu() for a in window.menuBar().actions()
                if a.menu() is not None and a.menu() is getattr(window, name))


def test_the_usable_window_has_placeholders_for_the_later_tabs(usable_window: Any,
                                                                qtbot: Any) -> None:
    window = usable_window
    assert window.services is not None  # usable: menus and signals connected
    assert not window.release_page.built and not window.summary_page.built
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "الدورة", "البلاغ", "الملخص"]
    assert window.tabs.currentWidget() is window.form
    carry_on(window, qtbot)  # the later turns build them without being asked
    assert window.release_page.built and window.summary_page.built
    assert [window.tabs.widget(i) for i in range(window.tabs.count())] == [
        window.form, window.release_tab, window.summary_tab]
    assert window.release_tab.controller.edition.number == window.controller.original_number
    assert window.summary_tab.edition.number == window.controller.original_number


def test_ctrl_2_builds_the_release_tab_and_puts_the_focus_in_it(usable_window: Any,
                                                                 qtbot: Any) -> None:
    window = usable_window
    window.panel.table.setFocus()
    QTest.keyClick(window.panel.table, Qt.Key.Key_2, CTRL)
    assert window.release_page.built
    tab = window.release_page.if_built()
    assert window.tabs.currentWidget() is tab and tab.isVisible()
    assert tab.isAncestorOf(QApplication.focusWidget())
    assert tab.controller.edition.number == window.controller.original_number
    assert not window.summary_page.built  # only what was asked for
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_3, CTRL)
    assert window.tabs.currentWidget() is window.summary_page.if_built()
    carry_on(window, qtbot)


def test_a_click_on_the_tab_shows_it_built_never_the_placeholder(usable_window: Any,
                                                                  qtbot: Any) -> None:
    window = usable_window
    placeholder = window.tabs.widget(1)
    assert placeholder.objectName() == "release_placeholder"
    painted: list[QWidget] = []
    window.tabs.currentChanged.connect(lambda i: painted.append(window.tabs.widget(i)))
    bar = window.tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert painted == [window.release_page.if_built()]  # what the tab changed to
    tab = window.release_tab
    assert tab.isVisible() and not placeholder.isVisible()
    assert tab.controller.edition.number == window.controller.original_number
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not isValid(placeholder)  # gone, not hidden behind the page
    carry_on(window, qtbot)
    assert window.tabs.currentWidget() is tab


def test_opening_the_releases_menu_builds_the_tab_with_its_entries(
        usable_window: Any, window: Any, qtbot: Any) -> None:
    """The menu of a window built later lists the same entries, in the same order, as the
    one of a window built at once (the ``window`` fixture)."""
    pending = usable_window
    menu = pending.release_menu
    names_before = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names_before == ["action_phrasebook", "action_verify"]  # the window's own
    menu.popup(pending.mapToGlobal(pending.rect().center()))
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    assert pending.release_page.built
    layout = [a.objectName() or "-" for a in menu.actions()]
    assert layout == [a.objectName() or "-" for a in window.release_menu.actions()]
    assert "action_french" in layout and "action_generate" in layout
    menu.hide()
    summary = pending.summary_menu
    summary.popup(pending.mapToGlobal(pending.rect().center()))
    qtbot.waitUntil(summary.isVisible, timeout=2000)
    assert [a.objectName() for a in summary.actions()] == [
        a.objectName() for a in window.summary_menu.actions()]
    summary.hide()
    carry_on(pending, qtbot)


def test_the_french_version_by_its_menu_entry_and_ctrl_shift_f(
        usable_window: Any, qtbot: Any, services: Any) -> None:
    window = usable_window
    window.open_edition(fez_number(window))
    french = window.findChild(QAction, "action_french")
    assert french is not None  # opening the edition built the tab: its entries are there
    carry_on(window, qtbot)  # the documents layer, read in the background
    tab = fez_release_tab(window, qtbot)
    drafted(tab)
    assert tab.controller.release.french is None
    tab.editor.setFocus()
    QTest.keyClick(tab.editor, Qt.Key.Key_F, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: tab.controller.release.french is not None, timeout=30000)
    assert tab.french.editor.toPlainText().startswith("La ")


def test_fez_release_tab_drafts_and_issues_from_a_window_not_built_yet(
        usable_window: Any, qtbot: Any, services: Any, prompt_log: PromptLog) -> None:
    window = usable_window
    run_in_turns(window, window.services, window.later_steps)  # the next turns, meanwhile
    tab = fez_release_tab(window, qtbot)  # asks for the tab before its turn came
    assert window.tabs.currentWidget() is tab
    assert tab.controller.edition.number == fez_number(window)
    drafted(tab)
    assert "فاس" in tab.editor.toPlainText()
    prompt_log.confirm_answer = True
    tab.issue()
    qtbot.waitUntil(lambda: not tab.controller.editable, timeout=30000)
    assert services.releases.get_release(tab.controller.release.id).status.value == "issued"
    window.jobs.wait(20000)


def test_saving_an_edition_before_the_tabs_are_built(usable_window: Any, qtbot: Any) -> None:
    window = usable_window
    field = window.form.figure_rows["vehicles"].value
    field.setText("321")
    assert save_and_wait(qtbot, window)
    number = window.controller.original_number
    assert window.release_tab.controller.edition.figures["vehicles"].value == 321
    assert window.summary_tab.edition.number == number
    carry_on(window, qtbot)


def test_a_new_edition_before_the_tabs_are_built_waits_for_its_save(usable_window: Any,
                                                                     qtbot: Any) -> None:
    window = usable_window
    assert window.new_edition()
    carry_on(window, qtbot)  # built now, on a form holding an unsaved edition
    assert window.release_tab.waiting_for_save and window.summary_tab.waiting_for_save
    assert not window.release_tab.generate_button.isEnabled()


def test_settings_saved_before_the_tabs_are_built_reach_them(
        usable_window: Any, qtbot: Any, services: Any) -> None:
    window = usable_window
    services.settings.default_template = "opening"  # the opening release by default
    window._settings_saved()  # what the settings dialog calls once it has saved
    assert not window.release_page.built  # nothing to tell a tab that is not built
    carry_on(window, qtbot)
    tab = window.release_tab
    assert tab.controller.release is None  # the demo editions have no release yet
    assert tab.kind.currentData() == "opening"  # the default of the settings saved


def test_closing_before_the_tabs_are_built_keeps_their_remembered_splitters(
        usable_window: Any) -> None:
    import json

    window = usable_window
    state = window.window_state
    state.path.parent.mkdir(parents=True, exist_ok=True)
    state.path.write_text(json.dumps({state.key: {"splitters": {"release": [300, 500]}}}),
                          encoding="utf-8")
    window.close()
    assert window.closed
    assert not window.release_page.built  # closing built nothing
    remembered = state.entry()["splitters"]
    assert remembered["release"] == [300, 500] and "main" in remembered


#: Modules nothing needs before the window is usable: the later tabs, the record, the
#: editions' files, the command line's subcommands, the start-up error page.
NOT_BEFORE_USABLE = (
    "balagh.gui.release.tab",
    "balagh.gui.summary.tab",
    "balagh.gui.window.record_actions",
    "balagh.gui.edition.interchange",
    "balagh.gui.file_dialogs",
    "balagh.app.backups",
    "balagh.app.archive",
    "balagh.gui.window.startup_error",
    "balagh.cli.editions",
    "balagh.cli.release",
    "balagh.cli.summary",
    "balagh.cli.record",
    "balagh.cli.backup",
)
#: Of them, what the turns after the window is usable import (in the thread pool); the
#: error page is imported only when there is an error or a notice to show.
IMPORTED_AFTER_USABLE = NOT_BEFORE_USABLE[:7]


def test_balagh_is_usable_before_the_later_tabs_modules_are_imported(demo_store: Any) -> None:
    """`balagh --db URL` as the staff start it: the moment the window is usable (its
    start-up log says so), the release and summary tabs are neither built nor imported, nor
    is any module of ``NOT_BEFORE_USABLE``; the next turns of the event loop build the tabs
    and import the window's later modules. The check waits for the last start-up step (its
    log line «store opened … (background)»), not for a tab: the record comes after them."""

    if demo_store.url.startswith("postgresql"):
        pytest.skip("one backend is enough for the start-up path")
    code = (
        "import logging, sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(sys.argv[:1])\n"
        "from balagh.gui.window.main_window import MainWindow\n"
        "def window():\n"
        "    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))\n"
        "finished = []\n"
        "class AtUsable(logging.Handler):\n"
        "    def emit(self, record):\n"
        "        if record.getMessage().endswith('(background)'):\n"
        "            finished.append(True)\n"
        "        if record.getMessage().startswith('start-up step usable'):\n"
        "            w = window()\n"
        "            print('USABLE', w.services is not None, w.release_page.built,\n"
        "                  w.summary_page.built, 'balagh.gui.release.tab' in sys.modules,\n"
        "                  'balagh.gui.summary.tab' in sys.modules, flush=True)\n"
        "            print('EARLY', sorted(set(sys.argv[2:]) & set(sys.modules)), flush=True)\n"
        "            QTimer.singleShot(0, later)\n"
        "def later():\n"
        "    w = window()\n"
        "    if not (finished and w.summary_page.built):\n"
        "        QTimer.singleShot(10, later); return\n"
        "    print('LATER', w.release_page.built, w.tabs.widget(1) is w.release_tab, flush=True)\n"
        "    print('AFTER', sorted(set(sys.argv[2:]) & set(sys.modules)), flush=True)\n"
        "    w.close(); app.quit()\n"
        "logging.getLogger('balagh').addHandler(AtUsable())\n"
        "from balagh.cli.main import main\n"
        "sys.exit(main(['--db', sys.argv[1]]))\n"
    )
    stdout = run_window_process(code, demo_store, *NOT_BEFORE_USABLE)
    assert "USABLE True False False False False" in stdout
    assert "EARLY []" in stdout, stdout
    assert "LATER True True" in stdout
    assert f"AFTER {sorted(IMPORTED_AFTER_USABLE)}" in stdout, stdout
