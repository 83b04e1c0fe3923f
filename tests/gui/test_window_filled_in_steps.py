"""The window is filled a step per turn of the event loop once the store is open: the
event loop (clicks, repaints, timers) runs between the steps, nothing reacts to the user
before the menus and signals are connected (the release and summary tabs, the record and the
background reads come after), and the filled window is the same as one filled at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer

from balagh.gui.window.assembly import USABLE_AFTER, assembly_steps


def test_the_event_loop_turns_between_the_steps(qtbot: Any, services: Any) -> None:
    from balagh.gui.window.main_window import MainWindow

    window = MainWindow("ar")
    qtbot.addWidget(window)
    window.show()
    turns: list[str] = []
    built: list[bool] = []

    def tick() -> None:  # a timer as the probe of the stall benchmark: fires between steps
        turns.append("attached" if window.services is not None else "building")
        if window.services is None and not built:
            QTimer.singleShot(0, tick)

    QTimer.singleShot(0, tick)
    window.attach_in_steps(services, lambda: built.append(True))
    assert window.services is None  # one step ran; the user cannot act on a half window
    qtbot.waitUntil(lambda: bool(built), timeout=20000)
    names = [step.__name__ for step in assembly_steps(window, services)]
    assert turns.count("building") >= names.index(USABLE_AFTER)
    assert names[names.index(USABLE_AFTER) + 1:] == [
        "later_modules", "release_tab", "summary_tab", "record", "background_reads"]
    assert window.services is services
    assert [window.tabs.widget(i) for i in range(window.tabs.count())] == [
        window.form, window.release_tab, window.summary_tab]
    assert window.panel.model.rowCount() == len(services.editions.list_editions_brief())
    assert window.controller.original_number == window.panel.current_number()
    assert window.release_tab.controller.edition is not None
    assert not window.save_action.isEnabled()  # the menus are there, nothing to save yet
    window.jobs.wait(20000)


def test_a_window_closed_while_filled_closes_its_store(qtbot: Any, services: Any) -> None:
    from balagh.gui.window.main_window import MainWindow

    closed: list[bool] = []

    class Closer:
        def close(self) -> None:
            closed.append(True)

    services.store = Closer()
    window = MainWindow("ar")
    qtbot.addWidget(window)
    window.show()
    window.attach_in_steps(services)
    window.close()  # before the next step
    qtbot.waitUntil(lambda: bool(closed), timeout=5000)
    assert window.services is None
